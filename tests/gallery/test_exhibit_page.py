"""The exhibit pages a QR code opens: an artwork and a spot, in Dutch and English, on a phone.

What a passer-by reads (the work, its makers, where it hangs, what else is nearby), what a machine
reads (schema.org JSON-LD), and what it costs: bytes before images and database queries.
"""

import json
import re
from datetime import timedelta
from decimal import Decimal

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Locale, get_page_models

import pytest

from gallery.models import (
    ArtistIndexPage,
    ArtistPage,
    ArtworkIndexPage,
    ArtworkPage,
    ExhibitionPage,
    GalleryIndexPage,
    Spot,
)
from gallery.templatetags.gallery_tags import jsonld_script
from tests.factories import ArtworkPageFactory, ExhibitionPageFactory

pytestmark = pytest.mark.django_db

ARTWORK = {
    "nl": "/nl/urban-gallery/kunstwerken/zendmast-van-licht/",
    "en": "/en/urban-gallery/artworks/transmitter-of-light/",
}
SPOT = {
    "nl": "/nl/urban-gallery/spots/stationsplein/",
    "en": "/en/urban-gallery/spots/stationsplein/",
}
ARTIST = {
    "nl": "/nl/urban-gallery/kunstenaars/demo-noor-vos/",
    "en": "/en/urban-gallery/artists/demo-noor-vos/",
}
NEIGHBOUR = {
    "nl": ("/nl/urban-gallery/kunstwerken/golflengte/", "Golflengte"),
    "en": ("/en/urban-gallery/artworks/golflengte/", "Wavelength"),
}
TITLE = {"nl": "Zendmast van licht", "en": "Transmitter of light"}
BOTH = pytest.mark.parametrize("language", ["nl", "en"])
# The budget for an exhibit page on a phone: HTML and CSS before any image.
WEIGHT_BUDGET = 30 * 1024
# Measured with warm caches; the same with 2 and with 8 works nearby (see the test).
ARTWORK_PAGE_QUERIES = 38
SPOT_PAGE_QUERIES = 32

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
SCRIPT = re.compile(r"<script\b[^>]*>", re.I)
STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)">')


def html_of(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def jsonld_of(html: str) -> dict:
    (data,) = JSONLD.findall(html)
    return json.loads(data)


def graph(document: dict) -> dict[str, dict]:
    """The nodes of a JSON-LD document by ``@type``."""
    nodes = document.get("@graph", [document])
    return {node["@type"]: node for node in nodes}


def weight(html: str) -> int:
    """Bytes of the HTML plus every stylesheet it links: what a phone loads before images."""
    total = len(html.encode())
    for href in STYLESHEET.findall(html):
        path = finders.find(href.removeprefix("/static/"))
        assert path, href
        with open(path, "rb") as stylesheet:
            total += len(stylesheet.read())
    return total


def spot_near_the_station(slug: str, number: int = 0, **fields) -> Spot:
    """A live Dutch spot, ``number`` × 11 m north of the station.

    Not ``SpotFactory``: its latitude sequence moves every spot of a test session further north,
    out of Hilversum after a few hundred spots.
    """
    return Spot.objects.create(
        **{
            "locale": Locale.objects.get(language_code="nl"),
            "name": slug.replace("-", " ").capitalize(),
            "slug": slug,
            "address": "Stationsplein 1, Hilversum",
            "latitude": Decimal("52.226100") + Decimal(number) / 10000,
            "longitude": Decimal("5.181600"),
            "live": True,
            **fields,
        }
    )


def nearby_works(
    exhibit, english, translate, count: int, start: int = 0
) -> list[ArtworkPage]:
    """``count`` more Dutch-only works on show at spots around the station, in an exhibition
    translated into English (so the English pages show them as Dutch fallbacks)."""
    numbers = range(start, start + count)
    artworks = [
        ArtworkPageFactory(
            parent=exhibit.artwork.get_parent(),
            title=f"Buurwerk {number}",
            slug=f"buurwerk-{number}",
            artists=[exhibit.artist],
        )
        for number in numbers
    ]
    spots = [spot_near_the_station(f"buurplek-{number}", number) for number in numbers]
    exhibition = ExhibitionPageFactory(
        parent=exhibit.exhibition.get_parent(),
        placements=[
            {"artwork": artwork, "spot": spot}
            for artwork, spot in zip(artworks, spots, strict=True)
        ],
    )
    translate(exhibition, english, {})
    return artworks


# --- Every gallery page renders ----------------------------------------------------------------

RENDERED_PAGE_TYPES = {
    GalleryIndexPage,
    ArtworkIndexPage,
    ArtworkPage,
    ArtistIndexPage,
    ArtistPage,
    ExhibitionPage,
}


def test_every_gallery_page_type_has_a_rendering_test():
    page_types = {
        model for model in get_page_models() if model._meta.app_label == "gallery"
    }
    assert page_types == RENDERED_PAGE_TYPES


@pytest.mark.parametrize(
    ("path", "language", "expected"),
    [
        ("/nl/urban-gallery/", "nl", "Nieuwe makers 2026"),
        ("/en/urban-gallery/", "en", "New makers 2026"),
        ("/nl/urban-gallery/kunstwerken/", "nl", "Golflengte"),
        ("/en/urban-gallery/artworks/", "en", "Wavelength"),
        ("/nl/urban-gallery/kunstenaars/", "nl", "Demo Noor Vos"),
        ("/en/urban-gallery/artists/", "en", "Demo Noor Vos"),
        (ARTIST["nl"], "nl", "Zendmast van licht"),
        (ARTIST["en"], "en", "Transmitter of light"),
        ("/nl/urban-gallery/nieuwe-makers-2026/", "nl", "Stationsplein"),
        ("/en/urban-gallery/nieuwe-makers-2026/", "en", "Station square"),
        (ARTWORK["nl"], "nl", "Zendmast van licht"),
        (ARTWORK["en"], "en", "Transmitter of light"),
        (SPOT["nl"], "nl", "Zendmast van licht"),
        (SPOT["en"], "en", "Transmitter of light"),
    ],
)
def test_gallery_pages_render_in_each_language(
    client, exhibit, path, language, expected
):
    html = html_of(client, path)
    assert f'<html lang="{language}">' in html
    assert expected in html
    assert "<h1" in html and html.count("<h1") == 1


# --- The artwork page ----------------------------------------------------------------------------


@BOTH
def test_artwork_page_shows_the_work_its_maker_and_its_picture(
    client, exhibit, language
):
    html = html_of(client, ARTWORK[language])
    assert f"<h1>{TITLE[language]}</h1>" in html
    # The artist, linked to the artist's page in the same language, and the year.
    assert f'<a href="{ARTIST[language]}">Demo Noor Vos</a>, 2025' in html
    medium = {"nl": "digitale print op aluminium", "en": "digital print on aluminium"}
    assert medium[language] in html
    assert "120 × 80 cm" in html
    description = {
        "nl": "Een beschrijving van het werk.",
        "en": "A description of the work.",
    }
    assert description[language] in html
    alt = {
        "nl": "Een blauwe zendmast van neonbuizen tegen een donkere lucht.",
        "en": "A blue transmitter mast of neon tubes against a dark sky.",
    }
    img = re.search(
        r'<img src="[^"]+\.webp" width="(\d+)" height="(\d+)" alt="([^"]*)"', html
    )
    assert img, "the artwork's picture with width, height and alt text"
    assert (img[1], img[2], img[3]) == ("640", "400", alt[language])
    srcset = re.search(r'<source type="image/webp" srcset="([^"]+)" sizes="', html)
    assert srcset
    assert re.fullmatch(r"(/\S+\.webp \d+w)(, /\S+\.webp \d+w)*", srcset[1])
    assert "640w" in srcset[1]
    # Credit and licence of the picture, and the rights statement of the work.
    assert (
        'Photo: Test Maker · <a href="https://creativecommons.org/licenses/by/4.0/" '
        'rel="license">CC BY 4.0</a>'
    ) in html
    assert 'href="http://rightsstatements.org/vocab/InC/1.0/" rel="license"' in html


@BOTH
def test_artwork_page_says_where_the_work_is_on_show(client, exhibit, language):
    html = html_of(client, ARTWORK[language])
    spot = {"nl": "Stationsplein", "en": "Station square"}
    assert f'<a href="{SPOT[language]}">{spot[language]}</a>' in html
    assert "Stationsplein 1, 1211 EX Hilversum" in html
    assert "https://www.openstreetmap.org/?mlat=52.226059&amp;mlon=5.181606" in html


def test_audio_description_is_offered_only_when_there_is_one(client, exhibit):
    assert "<audio" not in html_of(client, ARTWORK["nl"])
    audio = get_document_model().objects.create(
        title="Audiodescriptie",
        file=ContentFile(b"ID3 not really an mp3", name="zendmast.mp3"),
    )
    ArtworkPage.objects.filter(pk=exhibit.artwork.pk).update(audio_description=audio)
    html = html_of(client, ARTWORK["nl"])
    player = re.search(
        r'<audio controls preload="none" src="([^"]+)"[^>]*>(.*?)</audio>', html
    )
    assert player, "an audio player that loads nothing until asked"
    assert player[1] == audio.url
    assert f'<a href="{audio.url}">' in player[2], "a link to the file as a fallback"


@BOTH
def test_artwork_page_links_its_translation(client, exhibit, language):
    other = "en" if language == "nl" else "nl"
    html = html_of(client, ARTWORK[language])
    for code in ("nl", "en"):
        assert re.search(
            rf'<link rel="alternate" hreflang="{code}" href="https?://[^"/]+{ARTWORK[code]}">',
            html,
        )
    assert f'<a href="{ARTWORK[other]}" hreflang="{other}" lang="{other}">' in html


@BOTH
def test_artwork_page_describes_the_work_in_json_ld(client, exhibit, language):
    artwork = jsonld_of(html_of(client, ARTWORK[language]))
    assert artwork["@context"] == "https://schema.org"
    assert artwork["@type"] == "VisualArtwork"
    assert artwork["name"] == TITLE[language]
    assert artwork["url"].endswith(ARTWORK[language])
    assert artwork["inLanguage"] == language
    (artist,) = artwork["artist"]
    assert artist["@type"] == "Person"
    assert artist["name"] == "Demo Noor Vos"
    assert artist["url"].endswith(ARTIST[language])
    assert artwork["dateCreated"] == "2025"
    assert artwork["artMedium"]
    assert artwork["height"] == {
        "@type": "QuantitativeValue",
        "value": 120,
        "unitCode": "CMT",
        "unitText": "cm",
    }
    assert artwork["width"]["value"] == 80
    assert artwork["license"] == "http://rightsstatements.org/vocab/InC/1.0/"
    (image,) = artwork["image"]
    assert image["@type"] == "ImageObject"
    assert image["contentUrl"].startswith("http")
    assert (image["width"], image["height"]) == (640, 400)
    assert image["license"] == "https://creativecommons.org/licenses/by/4.0/"
    place = artwork["contentLocation"]
    assert place["@type"] == "Place"
    assert place["url"].endswith(SPOT[language])
    assert place["address"] == "Stationsplein 1, 1211 EX Hilversum"
    assert place["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 52.226059,
        "longitude": 5.181606,
    }


def test_art_forms_among_the_themes_become_the_artform(client, exhibit):
    ArtworkPage.objects.filter(translation_key=exhibit.artwork.translation_key).update(
        themes=["photography", "ai"]
    )
    artwork = jsonld_of(html_of(client, ARTWORK["en"]))
    assert artwork["artform"] == "Photography"
    assert artwork["keywords"] == ["Artificial intelligence"]


def test_json_ld_cannot_close_its_script_element():
    html = str(jsonld_script({"name": "</script><script>alert(1)</script> & <!--"}))
    assert html.count("<script") == 1 and html.count("</script>") == 1
    payload = JSONLD.fullmatch(html)[1]
    assert json.loads(payload) == {"name": "</script><script>alert(1)</script> & <!--"}


@BOTH
def test_artwork_page_lists_other_works_nearby(client, exhibit, language):
    html = html_of(client, ARTWORK[language])
    nearby = html.split('id="nearby-heading"')[1]
    path, title = NEIGHBOUR[language]
    assert f'<a href="{path}">{title}</a>' in nearby
    assert TITLE[language] not in nearby, "the work itself is not its own neighbour"
    assert re.search(r"\b\d+ m\b", nearby), "how far away it is"


def test_a_dutch_work_on_an_english_page_is_marked_as_dutch(
    client, exhibit, english, translate
):
    nearby_works(exhibit, english, translate, 1)
    html = html_of(client, ARTWORK["en"])
    assert (
        '<a href="/nl/urban-gallery/kunstwerken/buurwerk-0/" lang="nl">Buurwerk 0</a>'
        in html
    )
    assert '<a href="/en/urban-gallery/artworks/golflengte/">Wavelength</a>' in html


# --- The spot page -------------------------------------------------------------------------------


@BOTH
def test_spot_page_shows_the_work_on_show_now(client, exhibit, language):
    html = html_of(client, SPOT[language])
    assert f"<h1>{TITLE[language]}</h1>" in html
    assert f'<a href="{ARTIST[language]}">Demo Noor Vos</a>, 2025' in html
    assert "120 × 80 cm" in html
    assert 'fetchpriority="high"' in html and 'width="640" height="400"' in html
    position = {"nl": "Links van de hoofdingang", "en": "Left of the main entrance"}
    assert position[language] in html
    assert "https://www.openstreetmap.org/?mlat=52.226059&amp;mlon=5.181606" in html
    path, title = NEIGHBOUR[language]
    assert f'<a href="{path}">{title}</a>' in html.split('id="nearby-heading"')[1]


@BOTH
def test_spot_page_links_the_spot_in_the_other_language(client, exhibit, language):
    other = "en" if language == "nl" else "nl"
    html = html_of(client, SPOT[language])
    for code in ("nl", "en"):
        assert re.search(
            rf'<link rel="alternate" hreflang="{code}" href="https?://[^"/]+{SPOT[code]}">',
            html,
        )
    assert f'<a href="{SPOT[other]}" hreflang="{other}" lang="{other}">' in html
    # Not the gallery index that routes the spot page.
    assert 'hreflang="en" href="http://localhost/en/urban-gallery/"' not in html


@BOTH
def test_spot_page_describes_the_place_and_its_work_in_json_ld(
    client, exhibit, language
):
    nodes = graph(jsonld_of(html_of(client, SPOT[language])))
    place, artwork = nodes["Place"], nodes["VisualArtwork"]
    assert place["url"].endswith(SPOT[language])
    assert place["geo"]["latitude"] == 52.226059
    assert place["geo"]["longitude"] == 5.181606
    assert artwork["name"] == TITLE[language]
    assert artwork["contentLocation"] == {"@id": place["@id"]}
    assert artwork["artist"][0]["url"].endswith(ARTIST[language])


def test_a_spot_with_nothing_on_show_lists_the_exhibitions_instead(client, exhibit):
    spot_near_the_station("lege-lijst", name="Lege lijst")
    ExhibitionPageFactory(
        parent=exhibit.exhibition.get_parent(),
        title="Volgend seizoen",
        start_date=timezone.localdate() + timedelta(days=40),
        end_date=timezone.localdate() + timedelta(days=90),
    )
    html = html_of(client, "/nl/urban-gallery/spots/lege-lijst/")
    assert "<h1>Lege lijst</h1>" in html
    assert "Nieuwe makers 2026" in html.split('id="current-heading"')[1]
    assert "Volgend seizoen" in html.split('id="upcoming-heading"')[1]
    nodes = graph(jsonld_of(html))
    assert set(nodes) == {"Place"}


def test_a_draft_spot_can_be_previewed_as_its_page(rf, exhibit):
    exhibit.spot.name = "Stationsplein (nieuw)"
    request = rf.get("/")
    response = exhibit.spot.serve_preview(request, exhibit.spot.default_preview_mode)
    html = response.render().content.decode()
    assert "<h1>Zendmast van licht</h1>" in html
    assert "Stationsplein (nieuw)" in html


def test_a_draft_artwork_can_be_previewed(exhibit):
    exhibit.artwork.title = "Zendmast van licht (herzien)"
    exhibit.artwork.save_revision()
    response = exhibit.artwork.make_preview_request()
    assert response.status_code == 200
    assert "<h1>Zendmast van licht (herzien)</h1>" in response.content.decode()


# --- What a passer-by may not see -------------------------------------------------------------


def test_draft_artworks_are_not_found_and_not_listed(client, exhibit):
    exhibit.neighbour.unpublish()
    assert client.get(NEIGHBOUR["nl"][0]).status_code == 404
    assert "Golflengte" not in html_of(client, ARTWORK["nl"])
    assert "Golflengte" not in html_of(client, SPOT["nl"])
    html = html_of(client, "/nl/urban-gallery/spots/kerkbrink/")
    assert "<h1>Kerkbrink</h1>" in html
    assert "Golflengte" not in html
    assert 'id="current-heading"' in html, "the exhibitions instead of a work"


def test_draft_spots_are_not_found_and_not_listed(client, exhibit):
    Spot.objects.filter(translation_key=exhibit.other_spot.translation_key).update(
        live=False
    )
    assert client.get("/nl/urban-gallery/spots/kerkbrink/").status_code == 404
    assert "Golflengte" not in html_of(client, ARTWORK["nl"])
    assert "Kerkbrink" not in html_of(client, SPOT["nl"])


@pytest.mark.parametrize("how", ["ended", "expired"])
def test_an_exhibition_that_is_over_does_not_count(client, exhibit, how):
    yesterday = timezone.now() - timedelta(days=1)
    exhibitions = ExhibitionPage.objects.filter(
        translation_key=exhibit.exhibition.translation_key
    )
    if how == "ended":
        exhibitions.update(end_date=yesterday.date())
    else:
        exhibitions.update(expire_at=yesterday)
    html = html_of(client, ARTWORK["en"])
    assert 'id="nearby-heading"' not in html
    assert "This work is not on show at the moment." in html
    spot = html_of(client, SPOT["en"])
    assert "<h1>Station square</h1>" in spot
    assert "Transmitter of light" not in spot


# --- Weight, scripts, queries ---------------------------------------------------------------------


@pytest.mark.parametrize("page", ["artwork", "spot"])
@BOTH
def test_exhibit_page_weighs_at_most_30_kb_before_images(
    client, exhibit, english, translate, page, language
):
    nearby_works(exhibit, english, translate, 8)
    html = html_of(client, {"artwork": ARTWORK, "spot": SPOT}[page][language])
    total = weight(html)
    # Shown with ``pytest -s``: the closing note reports this figure.
    print(f"\n{page} page ({language}): HTML + CSS = {total} bytes")  # noqa: T201
    assert total <= WEIGHT_BUDGET


@pytest.mark.parametrize("paths", [ARTWORK, SPOT])
@BOTH
def test_exhibit_page_needs_no_javascript(client, exhibit, paths, language):
    html = html_of(client, paths[language])
    assert SCRIPT.findall(html) == ['<script type="application/ld+json">']


@pytest.mark.parametrize(
    ("paths", "budget"), [(ARTWORK, ARTWORK_PAGE_QUERIES), (SPOT, SPOT_PAGE_QUERIES)]
)
@BOTH
def test_exhibit_page_queries_do_not_grow_with_the_works_nearby(
    client,
    exhibit,
    english,
    translate,
    django_assert_max_num_queries,
    paths,
    budget,
    language,
):
    path = paths[language]
    counts = {}
    for nearby, start in ((2, 0), (8, 1)):
        # The fixture's neighbour plus these; the page lists the nearest six.
        nearby_works(exhibit, english, translate, nearby - 1 - start, start=start)
        client.get(path)  # the first view makes the renditions
        with CaptureQueriesContext(connection) as queries:
            html = html_of(client, path)
        counts[nearby] = len(queries)
        cards = html.count('<li class="card">')
        print(f"\n{path}: {len(queries)} queries, {nearby} nearby, {cards} cards")  # noqa: T201
    assert counts[2] == counts[8]
    with django_assert_max_num_queries(budget):
        html_of(client, path)


def test_an_expired_spot_has_no_page_before_the_scheduler_runs(client, exhibit):
    Spot.objects.filter(translation_key=exhibit.spot.translation_key).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )

    assert client.get("/nl/urban-gallery/spots/stationsplein/").status_code == 404
