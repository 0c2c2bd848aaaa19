"""Query parameters of the gallery API, each validated with a message per parameter."""

import uuid
from collections.abc import Callable
from typing import Any

from django import forms
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

import django_filters
from drf_spectacular.utils import extend_schema_field

from api.parameters import InvalidNumber, object_id, whole_number
from gallery.choices import ArtworkTheme, SpotKind
from gallery.geo import distance_expression
from gallery.models import ArtistPage, ArtworkArtist, ArtworkPage, ExhibitionPage, Spot
from gallery.models.exhibitions import effective_dates_annotation
from gallery.queries import visible_pages, visible_placements, visible_spots

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


class WholeNumberField(forms.Field):
    """A whole number from ``minimum`` to ``maximum`` (see ``api.parameters``)."""

    def __init__(self, *, minimum: int, maximum: int, **kwargs: Any) -> None:
        self.minimum, self.maximum = minimum, maximum
        super().__init__(**kwargs)

    def to_python(self, value: str | None) -> int | None:
        if value in (None, ""):
            return None
        try:
            return whole_number(value, self.minimum, self.maximum)
        except InvalidNumber as error:
            raise forms.ValidationError(str(error), code="invalid") from error


class VisibleIdField(forms.Field):
    """The id of an object a passer-by may see, as its ``translation_key``: the same object in
    every language. A hidden object and a missing one get the same message, so that an id
    reveals nothing about what is not published."""

    default_error_messages = {
        "unknown": _("There is no published %(object)s with id %(id)d."),
    }

    def __init__(
        self, *, visible: Callable[[], models.QuerySet], **kwargs: Any
    ) -> None:
        self.visible = visible
        super().__init__(**kwargs)

    def to_python(self, value: str | None) -> uuid.UUID | None:
        if value in (None, ""):
            return None
        queryset = self.visible()
        try:
            pk = object_id(value, queryset.model)
        except InvalidNumber as error:
            raise forms.ValidationError(str(error), code="invalid") from error
        key = queryset.filter(pk=pk).values_list("translation_key", flat=True).first()
        if key is None:
            raise forms.ValidationError(
                self.error_messages["unknown"],
                code="unknown",
                params={"object": queryset.model._meta.verbose_name, "id": pk},
            )
        return key


class IntegerFilter(django_filters.Filter):
    """A filter whose value is a whole number from ``minimum`` (and to ``maximum``), described
    so in the OpenAPI document: the method it calls may receive something else (a key)."""

    def __init__(
        self, *, minimum: int, maximum: int | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        schema = {"type": "integer", "minimum": minimum, "description": self.label}
        if maximum is not None:
            schema["maximum"] = maximum
        extend_schema_field(schema)(self)


class WholeNumberFilter(IntegerFilter):
    field_class = WholeNumberField

    def __init__(self, *, minimum: int, maximum: int, **kwargs: Any) -> None:
        super().__init__(minimum=minimum, maximum=maximum, **kwargs)
        self.extra.update(minimum=minimum, maximum=maximum)


class VisibleIdFilter(IntegerFilter):
    """Takes the id of a visible object; the filter method receives its translation key."""

    field_class = VisibleIdField

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(minimum=1, **kwargs)


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
    artist = VisibleIdFilter(
        visible=lambda: visible_pages(ArtistPage.objects.all()),
        method="filter_artist",
        label=_("artist id"),
    )
    exhibition = VisibleIdFilter(
        visible=lambda: visible_pages(ExhibitionPage.objects.all()),
        method="filter_exhibition",
        label=_("exhibition id"),
    )
    spot = VisibleIdFilter(
        visible=visible_spots, method="filter_spot", label=_("spot id")
    )
    theme = django_filters.ChoiceFilter(
        choices=ArtworkTheme.choices, method="filter_theme", label=_("theme")
    )
    year = WholeNumberFilter(minimum=0, maximum=9999, label=_("year"))
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
        fields: list[str] = []

    def located(self, queryset: models.QuerySet) -> models.QuerySet:
        """Where each work is on show today; works not on show have no place on a map."""
        today = timezone.localdate()
        current = (
            visible_placements()
            .filter(
                artwork__translation_key=OuterRef("translation_key"),
                exhibition__locale_id=OuterRef("locale_id"),
            )
            .annotate(**effective_dates_annotation())
            .filter(shown_from__lte=today, shown_until__gte=today)
        )
        return queryset.annotate(
            spot_latitude=Subquery(current.values("spot__latitude")[:1]),
            spot_longitude=Subquery(current.values("spot__longitude")[:1]),
        ).filter(spot_latitude__isnull=False)

    def filter_artist(
        self, queryset: models.QuerySet, name: str, value: uuid.UUID
    ) -> models.QuerySet:
        return queryset.filter(
            Exists(credits(artist__translation_key=value, visible_artist=False))
        )

    def filter_exhibition(
        self, queryset: models.QuerySet, name: str, value: uuid.UUID
    ) -> models.QuerySet:
        placed = visible_placements().filter(exhibition__translation_key=value)
        return queryset.filter(
            translation_key__in=placed.values("artwork__translation_key")
        )

    def filter_spot(
        self, queryset: models.QuerySet, name: str, value: uuid.UUID
    ) -> models.QuerySet:
        placed = visible_placements().filter(spot__translation_key=value)
        return queryset.filter(
            translation_key__in=placed.values("artwork__translation_key")
        )

    def filter_theme(
        self, queryset: models.QuerySet, name: str, value: str
    ) -> models.QuerySet:
        # Themes are a JSON list of fixed codes; matching the quoted code works on every database.
        return queryset.filter(themes__icontains=f'"{value}"')

    def filter_text(
        self, queryset: models.QuerySet, name: str, value: str
    ) -> models.QuerySet:
        """Every word in the title, introduction, medium or a visible artist's name. Each word
        is one ``EXISTS`` on the credits, not a join: rows and cost stay linear in the words,
        however many artists a work has."""
        for word in search_words(value):
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(introduction__icontains=word)
                | Q(medium__icontains=word)
                | Exists(credits(artist__title__icontains=word))
            )
        return queryset


def credits(visible_artist: bool = True, **lookups: Any) -> models.QuerySet:
    """The credit rows of the artwork in the outer query that match ``lookups``; with
    ``visible_artist``, only those whose linked artist page a passer-by may see (without: the
    caller matched an artist's translation key it already knows to be visible, and the link
    may point at another language's row)."""
    rows = ArtworkArtist.objects.filter(artwork=OuterRef("pk"), **lookups)
    if visible_artist:
        rows = rows.filter(artist__in=visible_pages(ArtistPage.objects.all()))
    return rows


def search_words(value: str) -> list[str]:
    """The first eight distinct words of a search: the cost of ``q`` has a ceiling."""
    return list(dict.fromkeys(value.split()))[:8]


class ArtistFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label=_("search text"))
    ordering = OrderingFilter(fields=(("title", "name"),))

    class Meta:
        model = ArtistPage
        fields: list[str] = []

    def filter_text(
        self, queryset: models.QuerySet, name: str, value: str
    ) -> models.QuerySet:
        for word in search_words(value):
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
        for word in search_words(value):
            queryset = queryset.filter(
                Q(name__icontains=word) | Q(address__icontains=word)
            )
        return queryset
