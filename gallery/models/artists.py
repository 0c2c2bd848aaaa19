"""Artists: the public profile of a maker. Contact details live on the open-call submission only."""

from typing import Any

from django.core.validators import URLValidator
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from cms.models.base import BasePage
from cms.visibility import visible_pages

from .artworks import ArtworkPage

WEB_LINK = URLValidator(schemes=["http", "https"])


class ArtistLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("label"), max_length=60, help_text=_("E.g. 'Website'.")
    )
    url = blocks.URLBlock(label=_("URL"), validators=[WEB_LINK])

    class Meta:
        icon = "link"
        label = _("Link")


class ArtistIndexPage(BasePage):
    """The artists of the Urban Gallery, A to Z."""

    max_count_per_parent = 1
    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = ["gallery.ArtistPage"]

    class Meta:
        verbose_name = _("artist index")
        verbose_name_plural = _("artist indexes")

    def artists(self) -> models.QuerySet:
        return (
            visible_pages(ArtistPage.objects.all())
            .child_of(self)
            .select_related("image")
            .order_by("title")
        )

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["artists"] = self.artists()
        return context


class ArtistPage(BasePage):
    """A maker's public profile: name, short bio, portrait, discipline and links.

    The introduction is the one-line bio; the image is the portrait.
    """

    pronouns = models.CharField(
        _("pronouns"),
        max_length=40,
        blank=True,
        help_text=_("Only if the artist wants them shown."),
    )
    discipline = models.CharField(
        _("discipline"),
        max_length=120,
        blank=True,
        help_text=_("E.g. 'illustrator and XR maker'."),
    )
    bio = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link"])
    links = StreamField(
        [("link", ArtistLinkBlock())],
        blank=True,
        max_num=5,
        verbose_name=_("links"),
        help_text=_(
            "Website or portfolio (http or https). No e-mail addresses or phone numbers."
        ),
    )

    parent_page_types = ["gallery.ArtistIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("pronouns"),
        FieldPanel("discipline"),
        FieldPanel("bio"),
        FieldPanel("links"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("pronouns"),
        APIField("discipline"),
        APIField("bio"),
        APIField("links"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("discipline"),
        index.SearchField("bio"),
    ]
    # A name is not translated.
    override_translatable_fields = [
        SynchronizedField("title", overridable=False),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("links"),
    ]

    class Meta:
        verbose_name = _("artist")
        verbose_name_plural = _("artists")

    def artworks(self) -> models.QuerySet:
        """This artist's live works in the artist page's language."""
        return (
            visible_pages(ArtworkPage.objects.all())
            .filter(
                locale_id=self.locale_id,
                artist_links__artist__translation_key=self.translation_key,
            )
            .distinct()
            .order_by("-year", "title")
        )

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        from gallery.exhibit import prepare_cards

        context = super().get_context(request, *args, **kwargs)
        context["artworks"] = prepare_cards(
            self.artworks().prefetch_related("images__image", "artist_links__artist"),
            self.locale,
        )
        return context
