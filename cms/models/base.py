"""Plumbing every page of the brand site shares."""

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page

from rest_framework import serializers

from cms.images import image_api_representation


class ImageRenditionsField(serializers.Field):
    """Serialises an image as renditions of one fixed spec."""

    def __init__(self, spec: str, **kwargs: Any) -> None:
        self.spec = spec
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, image: Any) -> dict | None:
        return image_api_representation(image, self.spec)


class LivePageSerializerField(serializers.Field):
    """A linked page as id and title, or None while it is not live: a link never reveals a draft."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page: Page) -> dict | None:
        if page is None or not page.live:
            return None
        return {"id": page.pk, "title": page.title}


class ImageAPIField(APIField):
    """An image field in the API as renditions of one fixed spec (see ``cms.images``)."""

    def __init__(self, name: str, source: str, spec: str) -> None:
        super().__init__(name, serializer=ImageRenditionsField(spec, source=source))


class BasePage(Page):
    """Fields and behaviour common to every brand page: introduction, image, frontend URL."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        # No reverse relation from the image to each page type that uses it.
        related_name="+",
        help_text=_(
            "Shown at the top of the page and in listings. Give it alt text in the library."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("image"),
    ]

    api_fields = [
        APIField("introduction"),
        ImageAPIField("image_hero", source="image", spec="hero"),
        ImageAPIField("image_listing", source="image", spec="listing"),
    ]

    class Meta:
        abstract = True
