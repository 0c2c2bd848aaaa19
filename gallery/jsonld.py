"""schema.org JSON-LD for artworks, artists and spots, as plain dicts.

The exhibit pages embed these in ``<script type="application/ld+json">`` (see
``gallery_tags.jsonld_script``); the REST API can return the same dicts. Builders take the URLs
from the caller, because only the caller knows whether a person reads the object on the external
frontend or on the built-in page. Empty values are left out rather than sent as ``null`` or ``""``:
search engines treat an empty property as a wrong one.

Vocabulary: https://schema.org/VisualArtwork, https://schema.org/Place,
https://schema.org/GeoCoordinates, https://schema.org/QuantitativeValue.
"""

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from gallery.choices import ArtworkTheme

SCHEMA_ORG = "https://schema.org"
# UN/CEFACT Common Code for centimetre, as schema.org's ``unitCode`` expects.
CENTIMETRE = "CMT"
# Themes that name the form of a work (schema.org ``artform``: "Painting, Photograph, …"); the
# others (AI, data, media history, …) are subjects, which go into ``keywords``.
ARTFORM_THEMES = (
    ArtworkTheme.PHOTOGRAPHY,
    ArtworkTheme.ILLUSTRATION,
    ArtworkTheme.FILM,
    ArtworkTheme.ANIMATION,
    ArtworkTheme.XR,
    ArtworkTheme.IMMERSIVE,
    ArtworkTheme.GAMING,
    ArtworkTheme.PODCAST,
)


def compact(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without empty values (``None``, ``""``, ``[]``, ``{}``); ``0`` stays."""
    return {
        key: value for key, value in data.items() if value not in (None, "", [], {})
    }


def document(*nodes: dict[str, Any]) -> dict[str, Any]:
    """One JSON-LD document: a single node with its ``@context``, or several in an ``@graph``."""
    if len(nodes) == 1:
        return {"@context": SCHEMA_ORG, **nodes[0]}
    return {"@context": SCHEMA_ORG, "@graph": list(nodes)}


def geo_coordinates(
    latitude: Decimal | float, longitude: Decimal | float
) -> dict[str, Any]:
    """A WGS84 point. Numbers, not strings: Decimal would serialise as a string."""
    return {
        "@type": "GeoCoordinates",
        "latitude": float(latitude),
        "longitude": float(longitude),
    }


def place(spot: Any, url: str | None = None) -> dict[str, Any]:
    """A ``Place`` for a spot: its name, address, position on the ground and public page.

    The address is one line as editors write it ("Stationsplein 1, 1211 EX Hilversum"), so it goes
    out as schema.org's plain-text form rather than a half-filled PostalAddress.
    """
    return compact(
        {
            "@type": "Place",
            "@id": f"{url}#place" if url else None,
            "name": spot.name,
            "url": url,
            "description": spot.description,
            "address": spot.address,
            **located(spot),
            "isAccessibleForFree": True,
            "publicAccess": True,
        }
    )


def located(spot: Any) -> dict[str, Any]:
    """``geo`` and ``hasMap`` of a spot whose coordinates are known (a preview may lack them)."""
    if spot.latitude is None or spot.longitude is None:
        return {}
    return {
        "geo": geo_coordinates(spot.latitude, spot.longitude),
        "hasMap": spot.map_url,
    }


def person(artist: Any, url: str | None = None) -> dict[str, Any]:
    """A ``Person`` for an artist: the name and public profile, never contact details."""
    return compact(
        {
            "@type": "Person",
            "name": artist.title,
            "url": url,
            "jobTitle": getattr(artist, "discipline", ""),
        }
    )


def image_object(image: dict[str, Any] | None) -> dict[str, Any] | None:
    """An ``ImageObject`` from ``cms.images.image_api_representation``."""
    if not image:
        return None
    return compact(
        {
            "@type": "ImageObject",
            "contentUrl": image["url"],
            "width": image["width"],
            "height": image["height"],
            "description": image["alt"],
            "creditText": image["credit"],
            "license": image["license"],
        }
    )


def size(centimetres: Decimal | None) -> dict[str, Any] | None:
    """A ``QuantitativeValue`` in centimetres, or None when unknown."""
    if centimetres is None:
        return None
    value = float(centimetres)
    return {
        "@type": "QuantitativeValue",
        "value": int(value) if value.is_integer() else value,
        "unitCode": CENTIMETRE,
        "unitText": "cm",
    }


def visual_artwork(
    artwork: Any,
    *,
    url: str | None = None,
    language: str | None = None,
    artists: Iterable[dict[str, Any]] = (),
    images: Iterable[dict[str, Any] | None] = (),
    location: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A ``VisualArtwork``: title, makers, year, medium, size, rights and, when it is on show,
    where (``contentLocation``, a ``place``).

    ``artists`` are ``person`` dicts, ``images`` representations from
    ``cms.images.image_api_representation``; ``language`` defaults to the artwork's own.
    """
    themes = artwork.themes or []
    labels = dict(ArtworkTheme.choices)
    artforms = [str(labels[theme]) for theme in ARTFORM_THEMES if theme in themes]
    subjects = [
        str(labels[theme])
        for theme in themes
        if theme in labels and theme not in ARTFORM_THEMES
    ]
    return compact(
        {
            "@type": "VisualArtwork",
            "@id": f"{url}#artwork" if url else None,
            "name": artwork.title,
            "url": url,
            "inLanguage": language or artwork.locale.language_code,
            "description": artwork.introduction,
            "image": [node for node in map(image_object, images) if node],
            "artist": list(artists),
            "dateCreated": str(artwork.year) if artwork.year else None,
            "artMedium": artwork.medium,
            "artform": artforms[0] if len(artforms) == 1 else artforms,
            "keywords": subjects,
            "height": size(artwork.height_cm),
            "width": size(artwork.width_cm),
            "depth": size(artwork.depth_cm),
            "license": artwork.rights_statement,
            "contentLocation": location,
        }
    )
