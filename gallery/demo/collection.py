"""The collection: spots, artists and artworks, which outlive every exhibition."""

from decimal import Decimal
from typing import Any

from cms.demo.images import demo_image
from cms.demo.loader import Report, locales
from gallery.choices import ArtworkStatus
from gallery.demo import artists as artist_data
from gallery.demo import artworks as artwork_data
from gallery.demo import spots as spot_data
from gallery.demo.pages import (
    Pair,
    ensure_page,
    ensure_translation,
    page_pairs,
    rich_text,
)
from gallery.models import (
    ArtistIndexPage,
    ArtistPage,
    ArtworkArtist,
    ArtworkImage,
    ArtworkIndexPage,
    ArtworkPage,
    Spot,
)

PLACEHOLDER_ALT = (
    "Demo-afbeelding in plaats van een {} van ‘{}’: schuine kleurbanen met witte cirkels.",
    "Demo image standing in for a {} of ‘{}’: diagonal bands of colour with white circles.",
)
PHOTO, DETAIL = ("foto", "photo"), ("detailfoto", "detail photo")


def placeholder_alt(title: tuple[str, str], detail: bool = False) -> tuple[str, str]:
    """Alt text for a picture drawn by ``cms.demo.images``: what it really shows (a placeholder),
    and which work it stands in for."""
    kind = DETAIL if detail else PHOTO
    return PLACEHOLDER_ALT[0].format(kind[0], title[0]), PLACEHOLDER_ALT[1].format(
        kind[1], title[1]
    )


def spot_texts(data: dict[str, Any]) -> dict[str, Pair]:
    dutch, english = data["description"]
    note_nl, note_en = spot_data.DEMO_NOTE
    return {
        "name": data["name"],
        "description": (f"{dutch} {note_nl}", f"{english} {note_en}"),
        "position": data["position"],
        "accessibility_notes": data["accessibility_notes"],
    }


def ensure_spot(data: dict[str, Any], report: Report) -> Spot:
    """The live Dutch spot of ``data`` and its live English translation."""
    dutch, _english = locales()
    texts = spot_texts(data)
    spot = Spot.objects.filter(locale=dutch, slug=data["slug"]).first()
    if spot is None:
        spot = Spot(
            locale=dutch,
            slug=data["slug"],
            kind=data["kind"],
            address=data["address"],
            latitude=Decimal(data["latitude"]),
            longitude=Decimal(data["longitude"]),
            step_free=data["step_free"],
            lit_at_night=data["lit_at_night"],
            live=True,
            **{field: dutch_text for field, (dutch_text, _en) in texts.items()},
        )
        # The same checks as the admin: coordinates in Hilversum, one slug per language.
        spot.full_clean()
        spot.save()
        spot.save_revision().publish()
        report(f"  created spot {spot.name!r}")
    ensure_translation(spot, texts.values(), report)
    return spot


def ensure_spots(report: Report) -> dict[str, Spot]:
    return {data["slug"]: ensure_spot(data, report) for data in spot_data.SPOTS}


def ensure_artists(index: ArtistIndexPage, report: Report) -> dict[str, ArtistPage]:
    artists = {}
    for data in artist_data.ARTISTS:
        bio = [*data["bio"], artist_data.DEMO_NOTE]
        artists[data["slug"]] = ensure_page(
            index,
            ArtistPage,
            data["slug"],
            lambda data=data, bio=bio: ArtistPage(
                title=data["name"],
                slug=data["slug"],
                introduction=data["introduction"][0],
                pronouns=data["pronouns"][0],
                discipline=data["discipline"][0],
                bio=rich_text(bio),
                links=[
                    (
                        "link",
                        {
                            "label": "Portfolio",
                            "url": f"https://example.org/{data['slug']}/",
                        },
                    )
                ],
            ),
            [data["introduction"], data["pronouns"], data["discipline"], *bio],
            report,
        )
    return artists


def artwork_image_alts(data: dict[str, Any]) -> list[Pair]:
    return [
        placeholder_alt(data["title"], detail=number > 0)
        for number in range(data["images"])
    ]


def new_artwork(
    data: dict[str, Any], description: list[Pair], artists: dict[str, ArtistPage]
) -> ArtworkPage:
    dutch, _english = locales()
    height, width, depth = (Decimal(size) if size else None for size in data["size"])
    artwork = ArtworkPage(
        title=data["title"][0],
        slug=data["slug"][0],
        introduction=data["introduction"][0],
        year=data["year"],
        medium=data["medium"][0],
        height_cm=height,
        width_cm=width,
        depth_cm=depth,
        description=rich_text(description),
        themes=[theme.value for theme in data["themes"]],
        rights_statement=data["rights"].value,
        status=ArtworkStatus.AVAILABLE,
    )
    for slug in data["artists"]:
        artwork.artist_links.add(ArtworkArtist(artist=artists[slug]))
    for number, (alt, _english_alt) in enumerate(artwork_image_alts(data)):
        title = f"Urban Gallery – {data['title'][0]}" + (" (detail)" if number else "")
        artwork.images.add(
            ArtworkImage(image=demo_image(title, alt), alt_text=alt, locale=dutch)
        )
    return artwork


def ensure_artworks(
    index: ArtworkIndexPage, artists: dict[str, ArtistPage], report: Report
) -> dict[str, ArtworkPage]:
    artworks = {}
    for data in artwork_data.ARTWORKS:
        description = [*data["description"], artwork_data.DEMO_NOTE]
        artworks[data["slug"][0]] = ensure_page(
            index,
            ArtworkPage,
            data["slug"][0],
            lambda data=data, description=description: new_artwork(
                data, description, artists
            ),
            [
                *page_pairs(data),
                data["medium"],
                *description,
                *artwork_image_alts(data),
            ],
            report,
        )
    return artworks
