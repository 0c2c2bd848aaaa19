from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField

from cms.blocks import BodyStreamBlock

from .base import BasePage
from .partners import Partner


class HomePage(BasePage):
    """The root of the brand site in each language: the core message and the partners."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.StandardPage",
        "cms.ProgrammeIndexPage",
        "cms.NewsIndexPage",
        "cms.PodcastIndexPage",
        "gallery.GalleryIndexPage",
    ]

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = Partner.objects.filter(
            locale_id=self.locale_id
        ).select_related("logo")
        return context
