"""Exhibitions: artworks placed at spots for a period. A placement is the installation of an object
at a spot; the object and the spot outlive it."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey
from wagtail_localize.fields import SynchronizedField

from cms.models.base import BasePage


def effective_dates_annotation() -> dict[str, Coalesce]:
    """A placement's own dates, else its exhibition's."""
    return {
        "shown_from": Coalesce("starts_on", "exhibition__start_date"),
        "shown_until": Coalesce("ends_on", "exhibition__end_date"),
    }


class ExhibitionPageForm(WagtailAdminPageForm):
    """Checks placements against the exhibition's dates and against every other placement on the
    same spot: a spot holds one work at a time."""

    def clean(self) -> dict:
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        if not (start and end) or end < start:
            return cleaned_data
        rows = []
        for form in self.formsets["placements"].forms:
            data = form.cleaned_data if form.is_valid() else {}
            if not data.get("spot") or data.get("DELETE"):
                continue
            own_start, own_end = data.get("starts_on"), data.get("ends_on")
            if own_start and not start <= own_start <= end:
                form.add_error("starts_on", outside_exhibition_message(start, end))
            if own_end and not start <= own_end <= end:
                form.add_error("ends_on", outside_exhibition_message(start, end))
            if own_start and own_end and own_end < own_start:
                form.add_error("ends_on", _("A placement cannot end before it starts."))
            if form.errors:
                continue
            rows.append((form, data["spot"], own_start or start, own_end or end))
        for form, message in placement_conflicts(self.instance, rows):
            form.add_error("spot", message)
        return cleaned_data


def outside_exhibition_message(start: datetime.date, end: datetime.date) -> str:
    return _("Choose a date within the exhibition, %(start)s to %(end)s.") % {
        "start": formats.date_format(start),
        "end": formats.date_format(end),
    }


def placement_conflicts(
    exhibition: "ExhibitionPage",
    rows: list[tuple[Any, Any, datetime.date, datetime.date]],
) -> list[tuple[Any, str]]:
    """For each ``(key, spot, start, end)`` row that shares its spot with an earlier row or with a
    placement of another exhibition at an overlapping moment: ``(key, message)``."""
    conflicts = []
    for index_, (key, spot, start, end) in enumerate(rows):
        for _other, other_spot, other_start, other_end in rows[:index_]:
            if other_spot.translation_key == spot.translation_key and (
                other_start <= end and start <= other_end
            ):
                conflicts.append(
                    (
                        key,
                        _(
                            "%(spot)s already holds another work of this exhibition from "
                            "%(start)s to %(end)s."
                        )
                        % {
                            "spot": spot,
                            "start": formats.date_format(other_start),
                            "end": formats.date_format(other_end),
                        },
                    )
                )
                break
    taken = (
        ExhibitionPlacement.objects.filter(
            spot__translation_key__in={
                spot.translation_key for _k, spot, _s, _e in rows
            }
        )
        .exclude(exhibition__translation_key=exhibition.translation_key)
        .annotate(**effective_dates_annotation())
        .select_related("exhibition", "spot")
        .order_by("shown_from")
    )
    flagged = {key for key, _message in conflicts}
    for placement in taken:
        for key, spot, start, end in rows:
            if (
                key not in flagged
                and placement.spot.translation_key == spot.translation_key
                and placement.shown_from <= end
                and start <= placement.shown_until
            ):
                flagged.add(key)
                conflicts.append(
                    (
                        key,
                        _(
                            "%(spot)s is taken by the exhibition “%(exhibition)s” from %(start)s "
                            "to %(end)s. A spot holds one work at a time."
                        )
                        % {
                            "spot": spot,
                            "exhibition": placement.exhibition.title,
                            "start": formats.date_format(placement.shown_from),
                            "end": formats.date_format(placement.shown_until),
                        },
                    )
                )
    return conflicts


class ExhibitionPage(BasePage):
    """An Urban Gallery exhibition: a period, a curator's statement and works placed at spots."""

    start_date = models.DateField(_("opens on"))
    end_date = models.DateField(_("closes on"))
    curator_statement = RichTextField(
        _("curator's statement"), blank=True, features=["bold", "italic", "link"]
    )

    base_form_class = ExhibitionPageForm
    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel(
            [FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")
        ),
        FieldPanel("curator_statement"),
        MultiFieldPanel(
            [
                InlinePanel(
                    "placements",
                    label=_("placement"),
                    help_text=_(
                        "Which work hangs at which spot. Leave the dates empty to use the "
                        "exhibition's."
                    ),
                )
            ],
            heading=_("Placements"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("curator_statement"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    override_translatable_fields = [
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
    ]

    class Meta:
        verbose_name = _("exhibition")
        verbose_name_plural = _("exhibitions")

    def clean(self) -> None:
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("An exhibition cannot close before it opens.")}
            )

    def get_context(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> dict[str, Any]:
        from gallery.exhibit import card_images, prefetch_renditions
        from gallery.queries import exhibition_showings

        context = super().get_context(request, *args, **kwargs)
        context["showings"] = exhibition_showings(self)
        # One query for every card's thumbnail rather than one per card.
        prefetch_renditions(
            card_images(showing.artwork for showing in context["showings"])
        )
        return context


class ExhibitionPlacement(TranslatableMixin, Orderable):
    """One work at one spot for a period (the exhibition's unless set)."""

    exhibition = ParentalKey(
        ExhibitionPage, on_delete=models.CASCADE, related_name="placements"
    )
    artwork = models.ForeignKey(
        "gallery.ArtworkPage",
        verbose_name=_("artwork"),
        on_delete=models.CASCADE,
        related_name="placements",
    )
    spot = models.ForeignKey(
        "gallery.Spot",
        verbose_name=_("spot"),
        on_delete=models.CASCADE,
        related_name="placements",
    )
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("until"), null=True, blank=True)
    label_note = models.CharField(
        _("label note"),
        max_length=200,
        blank=True,
        help_text=_(
            "A line for the label, e.g. 'Made with pupils of the Media College'."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("artwork"), FieldPanel("spot")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("label_note"),
    ]
    # Which object stands where and when is a fact, the same in every language.
    override_translatable_fields = [
        SynchronizedField("artwork", overridable=False),
        SynchronizedField("spot", overridable=False),
        SynchronizedField("starts_on", overridable=False),
        SynchronizedField("ends_on", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("placement")
        verbose_name_plural = _("placements")

    def __str__(self) -> str:
        return f"{self.artwork} @ {self.spot}"
