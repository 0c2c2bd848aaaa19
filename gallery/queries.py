"""What is on show where and when, in a visitor's language, in a fixed number of queries.

Placements, artist links and spot links point at one language's rows (translations copy them, see
``override_translatable_fields``); these helpers localise them by ``translation_key`` in one query
per model, falling back to the default language where a translation is missing.
"""

import datetime
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from cms.images import rendition_filter_specs
from cms.visibility import published, visible_files, visible_pages
from gallery.geo import distance_expression
from gallery.models import (
    ArtistPage,
    ArtworkImage,
    ArtworkPage,
    ExhibitionPage,
    ExhibitionPlacement,
    Spot,
)
from gallery.models.exhibitions import effective_dates_annotation


@dataclass
class Showing:
    """A work at a spot for a period, each in the visitor's language where one exists."""

    placement: ExhibitionPlacement
    artwork: ArtworkPage
    spot: Spot
    exhibition: ExhibitionPage
    distance_m: float | None = None

    @property
    def shown_from(self) -> datetime.date:
        return self.placement.shown_from

    @property
    def shown_until(self) -> datetime.date:
        return self.placement.shown_until


def visible_spots() -> models.QuerySet:
    """Spots a passer-by may see (in any language): published, not expired."""
    return published(Spot.objects.all())


def visible_placements() -> models.QuerySet:
    """Placements of visible exhibitions at visible spots: only these put a work on show."""
    return ExhibitionPlacement.objects.filter(
        exhibition__in=visible_pages(ExhibitionPage.objects.all()),
        spot__in=visible_spots(),
    )


def images_with_renditions() -> models.Prefetch:
    """An artwork's image rows (those whose image is not in a restricted collection) with their
    images and every rendition the site and API serve; two queries for any number of artworks."""
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=rendition_filter_specs())
    )
    return models.Prefetch(
        "images",
        queryset=ArtworkImage.objects.filter(
            image__in=visible_files(get_image_model().objects.all())
        )
        .order_by("sort_order")
        .select_related("image")
        .prefetch_related(models.Prefetch("image__renditions", queryset=renditions)),
    )


def localized(
    queryset: models.QuerySet, keys: set[uuid.UUID], locale: Locale
) -> dict[uuid.UUID, models.Model]:
    """``translation_key`` → the object of ``queryset`` in ``locale``, else in the default
    language; one query."""
    languages = {locale.language_code, settings.LANGUAGE_CODE}
    found: dict[uuid.UUID, models.Model] = {}
    rows = queryset.filter(
        translation_key__in=keys, locale__language_code__in=languages
    ).select_related("locale")
    for row in rows:
        if row.translation_key not in found or row.locale_id == locale.pk:
            found[row.translation_key] = row
    return found


def attach_artists(artworks: Iterable[ArtworkPage], locale: Locale) -> None:
    """Set ``artwork.artists``: its visible artists in ``locale`` (else the default language), in
    credit order; one query, and one more per artwork whose ``artist_links`` are not prefetched
    (the exhibit page of a single work, a preview).

    A link points at one language's artist page; the query finds that page's translations by a
    subquery on its key, so a link to a hidden page finds nothing and credits no one.
    """
    # Read once per artwork: without a prefetch, each ``.all()`` would query again. Pairs, not a
    # dict: a previewed artwork has no primary key and cannot be hashed.
    links = [(artwork, list(artwork.artist_links.all())) for artwork in artworks]
    artist_ids = {link.artist_id for _artwork, rows in links for link in rows}
    languages = {locale.language_code, settings.LANGUAGE_CODE}
    # The linked pages themselves come too (whatever their language), to map each link to its
    # translation key: an editor may have chosen the English artist for the Dutch work.
    rows = list(
        visible_pages(ArtistPage.objects.all())
        .filter(
            Q(
                translation_key__in=Page.objects.filter(pk__in=artist_ids).values(
                    "translation_key"
                ),
                locale__language_code__in=languages,
            )
            | Q(pk__in=artist_ids)
        )
        .select_related("locale")
    )
    key_of = {row.pk: row.translation_key for row in rows}

    def preference(row: ArtistPage) -> int:
        """The asked language first, then the default, then the linked page as it is."""
        if row.locale_id == locale.pk:
            return 2
        return int(row.locale.language_code == settings.LANGUAGE_CODE)

    best: dict[uuid.UUID, ArtistPage] = {}
    for row in rows:
        chosen = best.get(row.translation_key)
        if chosen is None or preference(row) > preference(chosen):
            best[row.translation_key] = row
    for artwork, rows in links:
        artwork.artists = [
            best[key_of[link.artist_id]] for link in rows if link.artist_id in key_of
        ]


def artworks_for_display(keys: set[uuid.UUID], locale: Locale) -> dict:
    """Visible artworks by ``translation_key`` with their images and localised artists."""
    artworks = localized(
        visible_pages(ArtworkPage.objects.all()).prefetch_related(
            images_with_renditions(), "artist_links"
        ),
        keys,
        locale,
    )
    attach_artists(artworks.values(), locale)
    return artworks


def placements_on_show(
    locale: Locale, day: datetime.date | None = None
) -> models.QuerySet:
    """Placements of visible exhibitions in ``locale`` that are on show on ``day`` (today)."""
    day = day or timezone.localdate()
    return (
        visible_placements()
        .filter(exhibition__locale=locale)
        .annotate(**effective_dates_annotation())
        .filter(shown_from__lte=day, shown_until__gte=day)
        .select_related("exhibition", "spot")
    )


def showings(
    placements: models.QuerySet | list[ExhibitionPlacement], locale: Locale
) -> list[Showing]:
    """``placements`` with their artwork and spot in ``locale``; placements whose artwork or spot
    is not visible are left out."""
    placements = list(placements)
    artworks = artworks_for_display(
        {placement.artwork.translation_key for placement in placements}, locale
    )
    spots = localized(
        visible_spots(),
        {placement.spot.translation_key for placement in placements},
        locale,
    )
    return [
        Showing(
            placement=placement,
            artwork=artworks[placement.artwork.translation_key],
            spot=spots[placement.spot.translation_key],
            exhibition=placement.exhibition,
            distance_m=getattr(placement, "distance_m", None),
        )
        for placement in placements
        if placement.artwork.translation_key in artworks
        and placement.spot.translation_key in spots
    ]


def on_show_at(spot: Spot, day: datetime.date | None = None) -> Showing | None:
    """What hangs at ``spot`` now (or on ``day``), in the spot's language."""
    placements = (
        placements_on_show(spot.locale, day)
        .filter(spot__translation_key=spot.translation_key)
        .select_related("artwork")
        .order_by("-shown_from")[:1]
    )
    found = showings(placements, spot.locale)
    return found[0] if found else None


def works_near(
    latitude: float,
    longitude: float,
    locale: Locale,
    limit: int = 6,
    exclude: ArtworkPage | None = None,
) -> list[Showing]:
    """Works on show now, nearest to a point first, with their distance in metres."""
    placements = (
        placements_on_show(locale)
        .select_related("artwork")
        .annotate(distance_m=distance_expression(latitude, longitude, "spot__"))
        .order_by("distance_m")
    )
    if exclude is not None:
        placements = placements.exclude(
            artwork__translation_key=exclude.translation_key
        )
    return showings(placements[:limit], locale)


def artwork_showings(artwork: ArtworkPage) -> list[Showing]:
    """Where ``artwork`` is on show now or will be, soonest first."""
    today = timezone.localdate()
    placements = (
        visible_placements()
        .filter(
            exhibition__locale=artwork.locale,
            artwork__translation_key=artwork.translation_key,
        )
        .annotate(**effective_dates_annotation())
        .filter(shown_until__gte=today)
        .select_related("exhibition", "spot", "artwork")
        .order_by("shown_from")
    )
    return showings(placements, artwork.locale)


def current_exhibitions(locale: Locale) -> models.QuerySet:
    """Visible exhibitions in ``locale`` that are open today, opening first."""
    today = timezone.localdate()
    return (
        visible_pages(ExhibitionPage.objects.filter(locale=locale))
        .filter(start_date__lte=today, end_date__gte=today)
        .select_related("image")
        .order_by("start_date")
    )


def exhibitions_by_period(locale: Locale) -> dict[str, list[ExhibitionPage]]:
    """Current, upcoming and (the twelve latest) past exhibitions in ``locale``: one query."""
    today = timezone.localdate()
    periods: dict[str, list[ExhibitionPage]] = {
        "current": [],
        "upcoming": [],
        "past": [],
    }
    exhibitions = (
        visible_pages(ExhibitionPage.objects.filter(locale=locale))
        .select_related("image")
        .order_by("start_date")
    )
    for exhibition in exhibitions:
        if exhibition.end_date < today:
            periods["past"].insert(0, exhibition)
        elif exhibition.start_date > today:
            periods["upcoming"].append(exhibition)
        else:
            periods["current"].append(exhibition)
    periods["past"] = periods["past"][:12]
    return {f"{period}_exhibitions": pages for period, pages in periods.items()}


def exhibition_showings(exhibition: ExhibitionPage) -> list[Showing]:
    """Every placement of ``exhibition``, in its order, with artwork and spot localised."""
    placements = (
        exhibition.placements.annotate(**effective_dates_annotation())
        .select_related("exhibition", "spot", "artwork")
        .order_by("sort_order")
    )
    return showings(placements, exhibition.locale)


def page_in_language(page: Page | None, locale: Locale) -> Page | None:
    """``page`` in ``locale`` when that translation is visible, else ``page``."""
    if page is None or page.locale_id == locale.pk:
        return page
    return (
        visible_pages(
            page.specific_class.objects.filter(translation_key=page.translation_key)
        )
        .filter(locale=locale)
        .first()
        or page
    )


def in_language(queryset: models.QuerySet, locale: Locale) -> models.QuerySet:
    """``queryset`` in ``locale``, plus the default-language objects that have no translation
    there, annotated with ``is_fallback``; one query however many objects."""
    if locale.language_code == settings.LANGUAGE_CODE:
        return queryset.filter(locale=locale).annotate(
            is_fallback=models.Value(False, output_field=models.BooleanField())
        )
    translated = queryset.filter(locale=locale).values("translation_key")
    return queryset.filter(
        models.Q(locale=locale)
        | models.Q(locale__language_code=settings.LANGUAGE_CODE)
        & ~models.Q(translation_key__in=translated)
    ).annotate(
        is_fallback=models.Case(
            models.When(locale=locale, then=models.Value(False)),
            default=models.Value(True),
            output_field=models.BooleanField(),
        )
    )
