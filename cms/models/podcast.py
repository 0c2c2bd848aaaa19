from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey
from wagtail_localize.fields import SynchronizedField

from cms.blocks import BodyStreamBlock
from cms.visibility import visible_pages

from .base import BasePage


class PodcastIndexPage(BasePage):
    """The Three Takeaways Podcast: episodes, newest first."""

    max_count_per_parent = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EpisodePage"]

    class Meta:
        verbose_name = _("podcast")
        verbose_name_plural = _("podcasts")

    def episodes(self) -> models.QuerySet:
        return (
            visible_pages(EpisodePage.objects.all())
            .child_of(self)
            .select_related("image")
            .order_by("-episode_number")
        )

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = self.episodes()
        return context


class EpisodePage(BasePage):
    """One episode: a conversation with media professionals, summed up in three takeaways."""

    episode_number = models.PositiveSmallIntegerField(_("episode number"))
    audio_url = models.URLField(
        _("audio file URL"), help_text=_("The MP3 or M4A file of the episode.")
    )
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"))
    takeaways = StreamField(
        [("takeaway", blocks.CharBlock(label=_("takeaway"), max_length=200))],
        min_num=3,
        max_num=3,
        verbose_name=_("three takeaways"),
        help_text=_("Exactly three: what a listener should remember."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("show notes"))

    parent_page_types = ["cms.PodcastIndexPage"]
    subpage_types: list[str] = []
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("episode_number"),
        FieldPanel("audio_url"),
        FieldPanel("duration_seconds"),
        InlinePanel("guests", label=_("guests"), min_num=1),
        FieldPanel("takeaways"),
        FieldPanel("body"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("episode_number"),
        APIField("audio_url"),
        APIField("duration_seconds"),
        APIField("guests"),
        APIField("takeaways"),
        APIField("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [
        SynchronizedField("episode_number"),
        SynchronizedField("audio_url"),
        SynchronizedField("duration_seconds"),
    ]

    class Meta:
        verbose_name = _("podcast episode")
        verbose_name_plural = _("podcast episodes")


class EpisodeGuest(TranslatableMixin, Orderable):
    """A guest of an episode; the role is translated, the name kept as it is."""

    episode = ParentalKey(EpisodePage, on_delete=models.CASCADE, related_name="guests")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("E.g. 'producer at .Monks'.")
    )

    panels = [FieldPanel("name"), FieldPanel("role")]
    api_fields = [APIField("name"), APIField("role")]
    override_translatable_fields = [SynchronizedField("name")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("guest")
        verbose_name_plural = _("guests")
