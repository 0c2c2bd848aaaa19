"""The year-round programme: one index per language, events below it."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from cms.blocks import BodyStreamBlock
from cms.choices import EventAudience, EventSeries, EventStatus
from cms.visibility import visible_pages

from .base import BasePage


def upcoming_filter() -> models.Q:
    """Events that have not ended: still to start, or running now."""
    now = timezone.now()
    return models.Q(end_at__gte=now) | models.Q(end_at__isnull=True, start_at__gte=now)


class ProgrammeIndexPage(BasePage):
    """Lists the events of the programme, upcoming first."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    max_count_per_parent = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EventPage"]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def upcoming_events(self) -> models.QuerySet:
        return (
            visible_pages(EventPage.objects.all())
            .child_of(self)
            .filter(upcoming_filter())
            .select_related("image")
            .order_by("start_at")
        )

    def past_events(self) -> models.QuerySet:
        return (
            visible_pages(EventPage.objects.all())
            .child_of(self)
            .exclude(upcoming_filter())
            .select_related("image")
            .order_by("-start_at")
        )

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["upcoming_events"] = self.upcoming_events()
        context["past_events"] = self.past_events()[:24]
        return context


class EventPage(BasePage):
    """One event of the programme: when, where, for whom, and how to register."""

    start_at = models.DateTimeField(_("starts at"))
    end_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    venue_name = models.CharField(
        _("venue"), max_length=200, help_text=_("E.g. Beeld & Geluid, Media Park.")
    )
    venue_address = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_("Street, number and town, as on a map."),
    )
    series = models.CharField(
        _("series"), max_length=40, choices=EventSeries.choices, blank=True
    )
    audience = models.CharField(
        _("audience"), max_length=40, choices=EventAudience.choices, blank=True
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["cms.ProgrammeIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_at"), FieldPanel("end_at")]),
                FieldPanel("status"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("venue_address")], heading=_("Where")
        ),
        MultiFieldPanel(
            [
                FieldPanel("series"),
                FieldPanel("audience"),
                FieldPanel("registration_url"),
            ],
            heading=_("Programme"),
        ),
        FieldPanel("body"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("start_at"),
        APIField("end_at"),
        APIField("venue_name"),
        APIField("venue_address"),
        APIField("series"),
        APIField("audience"),
        APIField("status"),
        APIField("registration_url"),
        APIField("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("start_at"),
        index.FilterField("end_at"),
    ]
    # Dates, place and links are the same in every language; an editor sets them once.
    override_translatable_fields = [
        SynchronizedField("start_at"),
        SynchronizedField("end_at"),
        SynchronizedField("venue_address"),
        SynchronizedField("series"),
        SynchronizedField("audience"),
        SynchronizedField("status"),
        SynchronizedField("registration_url"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self) -> None:
        super().clean()
        if self.start_at and self.end_at and self.end_at < self.start_at:
            raise ValidationError(
                {"end_at": _("An event cannot end before it starts.")}
            )

    @property
    def has_ended(self) -> bool:
        return (self.end_at or self.start_at) < timezone.now()

    @property
    def is_bookable(self) -> bool:
        """Registration is open: a link, still scheduled, not over yet."""
        return (
            bool(self.registration_url)
            and self.status == EventStatus.SCHEDULED
            and not self.has_ended
        )
