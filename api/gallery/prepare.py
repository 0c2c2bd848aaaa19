"""Everything a page of gallery results needs, loaded in a fixed number of queries.

Serialisers only read attributes these functions set (``translations``, ``html_url``, ``artists``,
``on_show`` …), so a list of 100 costs the same number of queries as a list of 1.
"""

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.db.models import Prefetch
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from cms.frontend import frontend_url
from cms.images import rendition_filter_specs
from cms.visibility import visible_files
from gallery.links import all_gallery_indexes, spot_html_url
from gallery.models import Spot
from gallery.queries import (
    Showing,
    attach_artists,
    localized,
    placements_on_show,
    showings,
    visible_pages,
    visible_spots,
)


def image_with_renditions(field: str = "image") -> Prefetch:
    """A page's own image (portrait, hero) with its renditions; None when the image is in a
    restricted collection."""
    return Prefetch(
        field,
        queryset=visible_files(get_image_model().objects.all()).prefetch_renditions(
            *rendition_filter_specs()
        ),
    )


def attach_page_links(pages: Iterable[Page]) -> None:
    """Set ``html_url`` and ``translations`` (language → id and html_url of each visible
    translation, the page itself included) on ``pages``; one query per page type."""
    pages = list(pages)
    by_model: dict[type, set[uuid.UUID]] = defaultdict(set)
    for page in pages:
        by_model[type(page)].add(page.translation_key)
    translations: dict[uuid.UUID, dict[str, dict[str, Any]]] = defaultdict(dict)
    for model, keys in by_model.items():
        rows = visible_pages(
            model.objects.filter(translation_key__in=keys)
        ).select_related("locale")
        for row in rows.order_by("locale__language_code"):
            translations[row.translation_key][row.locale.language_code] = {
                "id": row.pk,
                "html_url": frontend_url(row),
            }
    for page in pages:
        page.html_url = frontend_url(page)
        page.translations = translations[page.translation_key]


def attach_spot_links(spots: Iterable[Spot]) -> None:
    """``html_url`` and ``translations`` for spots; two queries."""
    spots = list(spots)
    rows = list(
        visible_spots()
        .filter(translation_key__in={spot.translation_key for spot in spots})
        .select_related("locale")
    )
    indexes = all_gallery_indexes()
    translations: dict[uuid.UUID, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in sorted(rows, key=lambda row: row.locale.language_code):
        translations[row.translation_key][row.locale.language_code] = {
            "id": row.pk,
            "html_url": spot_html_url(row, indexes),
        }
    for spot in spots:
        spot.html_url = spot_html_url(spot, indexes)
        spot.translations = translations[spot.translation_key]


def attach_on_show_for_artworks(artworks: Iterable[Any], locale: Locale) -> None:
    """``artwork.on_show``: the spot and exhibition where the work is on show today, or None."""
    artworks = list(artworks)
    placements = list(
        placements_on_show(locale)
        .filter(artwork__translation_key__in={a.translation_key for a in artworks})
        .select_related("artwork")
        .order_by("shown_from")
    )
    spots = localized(
        visible_spots(),
        {placement.spot.translation_key for placement in placements},
        locale,
    )
    found: dict[uuid.UUID, Showing] = {}
    for placement in placements:
        spot = spots.get(placement.spot.translation_key)
        if spot is not None:
            found.setdefault(
                placement.artwork.translation_key,
                Showing(placement, placement.artwork, spot, placement.exhibition),
            )
    link_showings(found.values())
    for artwork in artworks:
        artwork.on_show = found.get(artwork.translation_key)


def attach_on_show_for_spots(spots: Iterable[Spot], locale: Locale) -> None:
    """``spot.on_show``: the work on show at each spot today, or None."""
    spots = list(spots)
    placements = (
        placements_on_show(locale)
        .filter(spot__translation_key__in={spot.translation_key for spot in spots})
        .select_related("artwork")
        .order_by("shown_from")
    )
    found: dict[uuid.UUID, Showing] = {}
    for showing in showings(placements, locale):
        found[showing.placement.spot.translation_key] = showing
    link_showings(found.values())
    for spot in spots:
        spot.on_show = found.get(spot.translation_key)


def link_showings(found: Iterable[Showing]) -> None:
    """URLs for the artworks (and their artists), exhibitions and spots of ``found``."""
    found = list(found)
    indexes = all_gallery_indexes()
    for showing in found:
        for artist in getattr(showing.artwork, "artists", []):
            artist.html_url = frontend_url(artist)
        showing.artwork.html_url = frontend_url(showing.artwork)
        showing.exhibition.html_url = frontend_url(showing.exhibition)
        showing.spot.html_url = spot_html_url(showing.spot, indexes)


def prepare_artworks(artworks: Iterable[Any], locale: Locale) -> list[Any]:
    artworks = list(artworks)
    attach_artists(artworks, locale)
    for artwork in artworks:
        for artist in artwork.artists:
            artist.html_url = frontend_url(artist)
    attach_page_links(artworks)
    attach_on_show_for_artworks(artworks, locale)
    return artworks


def prepare_artists(artists: Iterable[Any]) -> list[Any]:
    artists = list(artists)
    attach_page_links(artists)
    return artists


def prepare_exhibitions(exhibitions: Iterable[Any]) -> list[Any]:
    exhibitions = list(exhibitions)
    attach_page_links(exhibitions)
    today = timezone.localdate()
    for exhibition in exhibitions:
        if exhibition.end_date < today:
            exhibition.period = "past"
        elif exhibition.start_date > today:
            exhibition.period = "upcoming"
        else:
            exhibition.period = "current"
    return exhibitions


def prepare_spots(spots: Iterable[Spot], locale: Locale) -> list[Spot]:
    spots = list(spots)
    attach_spot_links(spots)
    attach_on_show_for_spots(spots, locale)
    return spots
