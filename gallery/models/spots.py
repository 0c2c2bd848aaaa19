"""Spots: frames, walls and plinths in Hilversum's public space. A spot outlives every work shown
on it, so its QR code and URL stay the same while exhibitions change."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)

from wagtail_localize.fields import SynchronizedField

from gallery.choices import SpotKind
from gallery.geo import in_gallery_area


class Spot(
    DraftStateMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, models.Model
):
    """A place where a work can hang or stand, with its coordinates and how to reach it."""

    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("E.g. 'Stationsplein, bicycle shed wall'."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_(
            "The last part of the spot's web address; the same in every language."
        ),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=SpotKind.choices, default=SpotKind.FRAME
    )
    address = models.CharField(
        _("address"), max_length=200, help_text=_("Street and number, as on a map.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=6,
        help_text=_("WGS84 in decimal degrees, e.g. 52.226059 (as on OpenStreetMap)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        help_text=_("WGS84 in decimal degrees, e.g. 5.181606."),
    )
    outside_hilversum = models.BooleanField(
        _("outside Hilversum on purpose"),
        default=False,
        help_text=_(
            "Tick only for a spot that really lies outside the municipality; "
            "otherwise the coordinates are checked against it."
        ),
    )
    description = models.TextField(
        _("site description"),
        blank=True,
        help_text=_("What kind of place this is and what passers-by see around it."),
    )
    position = models.CharField(
        _("position on site"),
        max_length=200,
        blank=True,
        help_text=_(
            "How to find the work on the spot, e.g. 'left of the main entrance'."
        ),
    )
    step_free = models.BooleanField(_("step-free access"), default=True)
    lit_at_night = models.BooleanField(_("lit at night"), default=False)
    accessibility_notes = models.TextField(
        _("accessibility notes"),
        blank=True,
        help_text=_("Anything else a visitor with a disability should know."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick when the frame or wall is gone; its history stays."),
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="spot",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("outside_hilversum"),
            ],
            heading=_("Location"),
        ),
        FieldPanel("description"),
        FieldPanel("position"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("step_free"), FieldPanel("lit_at_night")]),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Accessibility"),
        ),
        FieldPanel("active"),
    ]
    # Where a spot is and what it is like physically is the same in every language.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("address"),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("outside_hilversum", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("step_free", overridable=False),
        SynchronizedField("lit_at_night", overridable=False),
        SynchronizedField("active", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("spot")
        verbose_name_plural = _("spots")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="gallery_spot_unique_slug_per_locale"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if (
            self.latitude is not None
            and self.longitude is not None
            and not self.outside_hilversum
            and not in_gallery_area(self.latitude, self.longitude)
        ):
            message = _(
                "These coordinates lie outside Hilversum. Check that latitude (about 52.2) and "
                "longitude (about 5.2) are not swapped, or tick 'outside Hilversum on purpose'."
            )
            raise ValidationError({"latitude": message, "longitude": message})
        duplicate = Spot.objects.filter(locale_id=self.locale_id, slug=self.slug)
        if self.slug and duplicate.exclude(pk=self.pk).exists():
            raise ValidationError({"slug": _("Another spot already has this slug.")})

    @property
    def map_url(self) -> str:
        """The spot on OpenStreetMap, for editors and for visitors who want directions."""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=19/{self.latitude}/{self.longitude}"
        )

    def get_preview_template(self, request: HttpRequest, mode_name: str) -> str:
        return "gallery/spot_page.html"

    def get_preview_context(self, request: HttpRequest, mode_name: str) -> dict:
        from gallery.exhibit import spot_page_context

        return spot_page_context(self, request)
