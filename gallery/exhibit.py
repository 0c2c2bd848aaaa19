"""What the exhibit pages show: the page a passer-by opens after scanning the QR code at a work.

Two pages: an artwork (``ArtworkPage.get_context``) and a spot (``GalleryIndexPage``'s
``spots/<slug>/`` route and the spot's preview). Each builder returns the template context in a
fixed number of queries, however many works hang nearby: objects are localised per model in one
query (``gallery.queries``) and the image renditions of the whole page are fetched in one more.
"""

from collections.abc import Iterable
from typing import Any

from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language_info

from wagtail.images import get_image_model
from wagtail.models import Locale

from cms.images import RENDITION_SPECS, RENDITION_WIDTHS
from gallery import jsonld
from gallery.choices import RightsStatement
from gallery.models import (
    ArtistPage,
    ArtworkImage,
    ArtworkPage,
    GalleryIndexPage,
    Spot,
)
from gallery.queries import (
    Showing,
    artwork_showings,
    attach_artists,
    exhibitions_by_period,
    on_show_at,
    visible_pages,
    visible_spots,
    works_near,
)

# Enough to choose a next stop on foot; few enough to keep the page light on a phone.
NEARBY_LIMIT = 6
FIGURE_SPEC = "original"
THUMBNAIL_SPEC = RENDITION_SPECS["thumbnail"]
# Every rendition an exhibit page shows: the figure, its srcset widths and the card thumbnails.
PAGE_RENDITION_SPECS = [
    RENDITION_SPECS[FIGURE_SPEC],
    THUMBNAIL_SPEC,
    *(f"width-{width}|format-webp" for width in RENDITION_WIDTHS),
]


def prefetch_renditions(images: Iterable[Any]) -> None:
    """Load the renditions an exhibit page uses for all ``images`` in one query.

    Wagtail then reads them from ``prefetched_renditions`` instead of asking the cache or the
    database per image (``AbstractImage.find_existing_renditions``); missing ones are created.
    Images that come with their renditions (``gallery.queries`` may prefetch them) are skipped.
    """
    images = [
        image
        for image in images
        if image is not None
        and image.pk
        # Wagtail's own test for prefetched renditions, with or without ``to_attr``.
        and image._get_prefetched_renditions() is None
    ]
    if not images:
        return
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=PAGE_RENDITION_SPECS)
    )
    prefetch_related_objects(
        images,
        Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"),
    )


def card_images(artworks: Iterable[ArtworkPage]) -> list[Any]:
    """The library images of the artworks' first pictures, for ``prefetch_renditions``.

    Reads ``images`` as prefetched (``images__image``): no query of its own.
    """
    pictures = (artwork.first_image() for artwork in artworks)
    return [picture.image for picture in pictures if picture is not None]


def prepare_cards(artworks: Iterable[ArtworkPage], locale: Locale) -> list[ArtworkPage]:
    """Artworks for a list of cards (``gallery/includes/artwork_card.html``): each with its
    ``artists`` in ``locale`` and the thumbnails' renditions, in two queries for the whole list.

    The artworks must come with ``images__image`` and ``artist_links__artist`` prefetched.
    """
    artworks = list(artworks)
    attach_artists(artworks, locale)
    prefetch_renditions(card_images(artworks))
    return artworks


def figure(picture: ArtworkImage, request: HttpRequest | None) -> dict[str, Any]:
    """One picture of a work as the page shows it: WebP renditions of the fixed specs only (as in
    ``cms.images.image_api_representation``), width and height for a page that does not shift,
    this language's alt text, credit and licence.

    The page links renditions by path, as Wagtail's image tags do; ``absolute_url`` is for
    JSON-LD, which needs absolute URLs.
    """
    image = picture.image
    main_spec = RENDITION_SPECS[FIGURE_SPEC]
    # Wagtail never upscales: widths beyond the original would repeat the largest file.
    width_specs = [
        f"width-{width}|format-webp"
        for width in RENDITION_WIDTHS
        if width <= image.width
    ]
    renditions = image.get_renditions(main_spec, *width_specs)
    main = renditions[main_spec]
    candidates = {renditions[spec].width: renditions[spec].url for spec in width_specs}
    candidates.setdefault(main.width, main.url)
    return {
        "url": main.url,
        "absolute_url": request.build_absolute_uri(main.url)
        if request
        else main.full_url,
        "width": main.width,
        "height": main.height,
        "srcset": ", ".join(
            f"{url} {width}w" for width, url in sorted(candidates.items())
        ),
        "alt": picture.alt,
        "credit": image.credit,
        "license": image.license_url,
    }


def figures(
    pictures: Iterable[ArtworkImage], request: HttpRequest | None
) -> list[dict[str, Any]]:
    """An artwork's pictures, in order (see ``figure``)."""
    return [figure(picture, request) for picture in pictures]


def image_objects(pictures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``figures`` with absolute URLs, for ``jsonld.image_object``."""
    return [{**picture, "url": picture["absolute_url"]} for picture in pictures]


def rights(uri: str) -> dict[str, str] | None:
    """A licence or rights statement URI with its name ("CC BY 4.0"), or None when unset."""
    if not uri:
        return None
    return {"url": uri, "label": str(dict(RightsStatement.choices).get(uri, uri))}


def gallery_indexes(locale_ids: Iterable[int]) -> dict[int, GalleryIndexPage]:
    """The visible gallery index of each locale, whose ``spots/<slug>/`` route shows a spot."""
    indexes: dict[int, GalleryIndexPage] = {}
    pages = visible_pages(
        GalleryIndexPage.objects.filter(locale_id__in=set(locale_ids))
    ).order_by("path")
    for index in pages:
        indexes.setdefault(index.locale_id, index)
    return indexes


def spot_url(
    spot: Spot,
    indexes: dict[int, GalleryIndexPage],
    request: HttpRequest | None,
    full: bool = False,
) -> str | None:
    """The spot's page below the gallery index of its language, or None without one."""
    index = indexes.get(spot.locale_id)
    if index is None:
        return None
    base = index.get_full_url(request) if full else index.get_url(request)
    if base is None:
        return None
    subpage = index.reverse_subpage("spot", kwargs={"slug": spot.slug})
    return base.rstrip("/") + "/" + subpage.lstrip("/")


def link_spots(
    showings: Iterable[Showing],
    indexes: dict[int, GalleryIndexPage],
    request: HttpRequest | None,
) -> None:
    """Give each showing's spot its ``page_url`` for the templates."""
    for showing in showings:
        showing.spot.page_url = spot_url(showing.spot, indexes, request)


def artwork_jsonld(
    artwork: ArtworkPage,
    request: HttpRequest | None,
    artists: list[ArtistPage],
    pictures: list[dict[str, Any]],
    showing: Showing | None,
    indexes: dict[int, GalleryIndexPage],
) -> dict[str, Any]:
    """The ``VisualArtwork`` node of an artwork, located at the spot where it is on show now."""
    location = None
    if showing is not None:
        location = jsonld.place(
            showing.spot, spot_url(showing.spot, indexes, request, full=True)
        )
    return jsonld.visual_artwork(
        artwork,
        url=artwork.get_full_url(request) if artwork.pk else None,
        language=artwork.locale.language_code,
        artists=[
            jsonld.person(artist, artist.get_full_url(request)) for artist in artists
        ],
        images=image_objects(pictures),
        location=location,
    )


def artwork_page_context(
    artwork: ArtworkPage, request: HttpRequest | None
) -> dict[str, Any]:
    """An artwork's page: the work, where it is on show (now first, then upcoming) and the other
    works on show nearest to where it hangs now."""
    locale = artwork.locale
    attach_artists([artwork], locale)
    artists = artwork.artists
    today = timezone.localdate()
    showings = artwork_showings(artwork) if artwork.pk else []
    now = [showing for showing in showings if showing.shown_from <= today]
    nearby: list[Showing] = []
    if now:
        here = now[0].spot
        nearby = works_near(
            float(here.latitude),
            float(here.longitude),
            locale,
            limit=NEARBY_LIMIT,
            exclude=artwork,
        )
    indexes = gallery_indexes(
        showing.spot.locale_id for showing in [*showings, *nearby]
    )
    link_spots(showings, indexes, request)
    link_spots(nearby, indexes, request)
    # A preview's unsaved images come as a list without select_related; either way, once.
    own = list(artwork.images.select_related("image"))
    prefetch_renditions(
        [picture.image for picture in own]
        + card_images(showing.artwork for showing in nearby)
    )
    pictures = figures(own, request)
    return {
        "artwork": artwork,
        "artists": artists,
        "figures": pictures,
        "rights": rights(artwork.rights_statement),
        "showings_now": now,
        "showings_later": [s for s in showings if s.shown_from > today],
        "nearby": nearby,
        "jsonld": jsonld.document(
            artwork_jsonld(
                artwork,
                request,
                artists,
                pictures,
                now[0] if now else None,
                indexes,
            )
        ),
    }


def spot_translations(
    spot: Spot,
    translations: list[Spot],
    indexes: dict[int, GalleryIndexPage],
    request: HttpRequest | None,
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The spot's page in the other languages (for the language switch) and in every language
    (for ``hreflang`` alternates), from its live ``translations`` (itself included); a language
    without a visible gallery index has no spot pages."""
    switch, alternates = [], []
    for translation in translations:
        code = translation.locale.language_code
        url = spot_url(translation, indexes, request, full=True)
        if url is None:
            continue
        alternates.append({"code": code, "url": url})
        if translation.pk != spot.pk:
            switch.append(
                {
                    "code": code,
                    "name": get_language_info(code)["name_local"],
                    "url": spot_url(translation, indexes, request),
                }
            )
    return switch, alternates


def spot_page_context(spot: Spot, request: HttpRequest | None) -> dict[str, Any]:
    """A spot's page: where it is and how to reach it, the work on show there now (else the
    current and upcoming exhibitions) and the works on show nearest to it."""
    showing = on_show_at(spot) if spot.pk else None
    artwork = showing.artwork if showing else None
    nearby: list[Showing] = []
    if spot.latitude is not None and spot.longitude is not None:
        nearby = works_near(
            float(spot.latitude),
            float(spot.longitude),
            spot.locale,
            limit=NEARBY_LIMIT,
            exclude=artwork,
        )
    translations = list(
        visible_spots()
        .filter(translation_key=spot.translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    indexes = gallery_indexes(
        {
            spot.locale_id,
            *(translation.locale_id for translation in translations),
            *(showing.spot.locale_id for showing in nearby),
        }
    )
    link_spots(nearby, indexes, request)
    spot.page_url = spot_url(spot, indexes, request)
    switch, alternates = spot_translations(spot, translations, indexes, request)
    own = list(artwork.images.all()) if artwork else []
    prefetch_renditions(
        [picture.image for picture in own]
        + card_images(showing.artwork for showing in nearby)
    )
    place = jsonld.place(spot, spot_url(spot, indexes, request, full=True))
    context: dict[str, Any] = {
        # base.html builds the header's language switch and hreflang links from ``page``; here
        # they must lead to this spot's translations, not to the gallery index that routes it.
        "page": None,
        "spot": spot,
        "spot_translations": switch,
        "spot_alternates": alternates,
        "showing": showing,
        "nearby": nearby,
    }
    if artwork is None:
        periods = exhibitions_by_period(spot.locale)
        context["current_exhibitions"] = periods["current_exhibitions"]
        context["upcoming_exhibitions"] = periods["upcoming_exhibitions"]
        context["jsonld"] = jsonld.document(place)
        return context
    pictures = figures(own, request)
    context.update(
        artwork=artwork,
        artists=artwork.artists,
        figures=pictures,
        rights=rights(artwork.rights_statement),
        jsonld=jsonld.document(
            place,
            jsonld.visual_artwork(
                artwork,
                url=artwork.get_full_url(request),
                language=artwork.locale.language_code,
                artists=[
                    jsonld.person(artist, artist.get_full_url(request))
                    for artist in artwork.artists
                ],
                images=image_objects(pictures),
                # The place is the graph's other node: refer to it rather than repeat it.
                location={"@id": place["@id"]} if "@id" in place else place,
            ),
        ),
    )
    return context
