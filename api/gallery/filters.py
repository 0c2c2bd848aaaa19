"""Query parameters of the gallery API, each validated with a message per parameter."""

from typing import Any

from django import forms
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

import django_filters

from gallery.choices import ArtworkTheme, SpotKind
from gallery.geo import distance_expression
from gallery.models import (
    ArtistPage,
    ArtworkPage,
    ExhibitionPage,
    ExhibitionPlacement,
    Spot,
)
from gallery.models.exhibitions import effective_dates_annotation
from gallery.queries import visible_pages

BOOLEAN_CHOICES = [("true", "true"), ("false", "false")]


class OrderingFilter(django_filters.OrderingFilter):
    """django-filter's, with the "(descending)" labels translated when shown. django-filter
    formats them when the filterset class is built, so the language of the first request would
    stick (and the OpenAPI document would depend on which request came first)."""

    def build_choices(self, fields: dict, labels: dict) -> list[tuple[str, Any]]:
        descending = lazy(lambda label: self.descending_fmt % label, str)
        choices = super().build_choices(fields, labels)
        return [
            (param, descending(choices[index - 1][1]))
            if param.startswith("-") and param not in labels
            else (param, label)
            for index, (param, label) in enumerate(choices)
        ]


class PointField(forms.Field):
    """``lat,lon`` in WGS84 decimal degrees."""

    default_error_messages = {
        "invalid": _(
            "Give a point as latitude,longitude in decimal degrees, e.g. 52.2261,5.1816."
        ),
    }

    def to_python(self, value: str | None) -> tuple[float, float] | None:
        if value in (None, ""):
            return None
        try:
            latitude, longitude = (float(part) for part in value.split(","))
        except ValueError as error:
            raise forms.ValidationError(
                self.error_messages["invalid"], code="invalid"
            ) from error
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return latitude, longitude


class BoundingBoxField(forms.Field):
    """``west,south,east,north`` in WGS84 decimal degrees (the order of RFC 7946)."""

    default_error_messages = {
        "invalid": _(
            "Give a box as west,south,east,north in decimal degrees, with west < east and "
            "south < north, e.g. 5.15,52.21,5.20,52.24."
        ),
    }

    def to_python(self, value: str | None) -> tuple[float, ...] | None:
        if value in (None, ""):
            return None
        try:
            west, south, east, north = (float(part) for part in value.split(","))
        except ValueError as error:
            raise forms.ValidationError(
                self.error_messages["invalid"], code="invalid"
            ) from error
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return west, south, east, north


class PointFilter(django_filters.Filter):
    field_class = PointField


class BoundingBoxFilter(django_filters.Filter):
    field_class = BoundingBoxField


def strict_boolean(label: str) -> django_filters.TypedChoiceFilter:
    """``true`` or ``false``; anything else is an error, not silently ignored."""
    return django_filters.TypedChoiceFilter(
        choices=BOOLEAN_CHOICES,
        coerce=lambda value: value == "true",
        method="filter_period",
        label=label,
    )


def pages_with_key_of(model: type[Page], pk: int) -> models.QuerySet:
    """The translation key of page ``pk`` of ``model``, as a subquery."""
    return model.objects.filter(pk=pk).values("translation_key")


class GeoFilterMixin:
    """``near`` orders by distance (and gives ``distance_m``); ``bbox`` keeps what lies inside.
    Both work on the ``latitude``/``longitude`` columns reached through ``geo_prefix``."""

    geo_prefix = ""

    def keep(self, queryset: models.QuerySet, name: str, value: Any) -> models.QuerySet:
        """``near`` and ``bbox`` act together in ``filter_queryset``."""
        return queryset

    def located(self, queryset: models.QuerySet) -> models.QuerySet:
        return queryset

    def filter_queryset(self, queryset: models.QuerySet) -> models.QuerySet:
        queryset = super().filter_queryset(queryset)
        near, bbox = (
            self.form.cleaned_data.get("near"),
            self.form.cleaned_data.get("bbox"),
        )
        if near is None and bbox is None:
            return queryset
        queryset = self.located(queryset)
        prefix = self.geo_prefix
        if bbox is not None:
            west, south, east, north = bbox
            queryset = queryset.filter(
                **{
                    f"{prefix}latitude__gte": south,
                    f"{prefix}latitude__lte": north,
                    f"{prefix}longitude__gte": west,
                    f"{prefix}longitude__lte": east,
                }
            )
        if near is not None:
            queryset = queryset.annotate(
                distance_m=distance_expression(*near, prefix=prefix)
            ).order_by("distance_m", "pk")
        return queryset


class ArtworkFilterSet(GeoFilterMixin, django_filters.FilterSet):
    artist = django_filters.NumberFilter(method="filter_artist", label=_("artist id"))
    exhibition = django_filters.NumberFilter(
        method="filter_exhibition", label=_("exhibition id")
    )
    spot = django_filters.NumberFilter(method="filter_spot", label=_("spot id"))
    theme = django_filters.ChoiceFilter(
        choices=ArtworkTheme.choices, method="filter_theme", label=_("theme")
    )
    year = django_filters.NumberFilter()
    q = django_filters.CharFilter(method="filter_text", label=_("search text"))
    near = PointFilter(method="keep", label=_("near latitude,longitude"))
    bbox = BoundingBoxFilter(
        method="keep", label=_("bounding box west,south,east,north")
    )
    ordering = OrderingFilter(
        fields=(
            ("title", "title"),
            ("year", "year"),
            ("first_published_at", "published"),
        )
    )
    geo_prefix = "spot_"

    class Meta:
        model = ArtworkPage
        fields = ["year"]

    def located(self, queryset: models.QuerySet) -> models.QuerySet:
        """Where each work is on show today; works not on show have no place on a map."""
        today = timezone.localdate()
        current = (
            ExhibitionPlacement.objects.filter(
                artwork__translation_key=OuterRef("translation_key"),
                exhibition__locale_id=OuterRef("locale_id"),
                exhibition__in=visible_pages(ExhibitionPage.objects.all()),
            )
            .annotate(**effective_dates_annotation())
            .filter(shown_from__lte=today, shown_until__gte=today)
        )
        return queryset.annotate(
            spot_latitude=Subquery(current.values("spot__latitude")[:1]),
            spot_longitude=Subquery(current.values("spot__longitude")[:1]),
        ).filter(spot_latitude__isnull=False)

    def filter_artist(
        self, queryset: models.QuerySet, name: str, value: int
    ) -> models.QuerySet:
        return queryset.filter(
            artist_links__artist__translation_key__in=pages_with_key_of(
                ArtistPage, value
            )
        ).distinct()

    def filter_exhibition(
        self, queryset: models.QuerySet, name: str, value: int
    ) -> models.QuerySet:
        placed = ExhibitionPlacement.objects.filter(
            exhibition__translation_key__in=pages_with_key_of(ExhibitionPage, value)
        ).values("artwork__translation_key")
        return queryset.filter(translation_key__in=placed)

    def filter_spot(
        self, queryset: models.QuerySet, name: str, value: int
    ) -> models.QuerySet:
        placed = ExhibitionPlacement.objects.filter(
            spot__translation_key__in=Spot.objects.filter(pk=value).values(
                "translation_key"
            )
        ).values("artwork__translation_key")
        return queryset.filter(translation_key__in=placed)

    def filter_theme(
        self, queryset: models.QuerySet, name: str, value: str
    ) -> models.QuerySet:
        # Themes are a JSON list of fixed codes; matching the quoted code works on every database.
        return queryset.filter(themes__icontains=f'"{value}"')

    def filter_text(
        self, queryset: models.QuerySet, name: str, value: str
    ) -> models.QuerySet:
        words = value.split()[:8]
        for word in words:
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(introduction__icontains=word)
                | Q(medium__icontains=word)
                | Q(artist_links__artist__title__icontains=word)
            )
        return queryset.distinct() if words else queryset


class ArtistFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label=_("search text"))
    ordering = OrderingFilter(fields=(("title", "name"),))

    class Meta:
        model = ArtistPage
        fields: list[str] = []

    def filter_text(
        self, queryset: models.QuerySet, name: str, value: str
    ) -> models.QuerySet:
        for word in value.split()[:8]:
            queryset = queryset.filter(
                Q(title__icontains=word) | Q(discipline__icontains=word)
            )
        return queryset


class ExhibitionFilterSet(django_filters.FilterSet):
    current = strict_boolean(_("open today"))
    upcoming = strict_boolean(_("not yet open"))
    past = strict_boolean(_("already ended"))
    ordering = OrderingFilter(
        fields=(
            ("start_date", "start_date"),
            ("end_date", "end_date"),
            ("title", "title"),
        )
    )

    class Meta:
        model = ExhibitionPage
        fields: list[str] = []

    def filter_period(
        self, queryset: models.QuerySet, name: str, value: bool
    ) -> models.QuerySet:
        today = timezone.localdate()
        period = {
            "current": Q(start_date__lte=today, end_date__gte=today),
            "upcoming": Q(start_date__gt=today),
            "past": Q(end_date__lt=today),
        }[name]
        return queryset.filter(period) if value else queryset.exclude(period)


class SpotFilterSet(GeoFilterMixin, django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label=_("search text"))
    kind = django_filters.ChoiceFilter(choices=SpotKind.choices)
    active = django_filters.TypedChoiceFilter(
        choices=BOOLEAN_CHOICES, coerce=lambda value: value == "true"
    )
    near = PointFilter(method="keep", label=_("near latitude,longitude"))
    bbox = BoundingBoxFilter(
        method="keep", label=_("bounding box west,south,east,north")
    )
    ordering = OrderingFilter(fields=(("name", "name"),))

    class Meta:
        model = Spot
        fields = ["kind", "active"]

    def filter_text(
        self, queryset: models.QuerySet, name: str, value: str
    ) -> models.QuerySet:
        for word in value.split()[:8]:
            queryset = queryset.filter(
                Q(name__icontains=word) | Q(address__icontains=word)
            )
        return queryset
