"""/api/gallery/artworks/: language and fallback, every filter, detail, fields, bad input."""

from datetime import timedelta

from django.utils import timezone

import pytest

from gallery.versioning import bump_content_version
from tests.factories import (
    ArtistPageFactory,
    ArtworkPageFactory,
    ExhibitionPageFactory,
    ImageFactory,
    SpotFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/gallery/artworks/"


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["results"]]


def test_the_list_is_in_the_asked_language_with_links_to_each_translation(
    client, exhibit
):
    data = client.get(URL, {"locale": "en"}).json()
    first = next(
        item for item in data["results"] if item["title"] == "Transmitter of light"
    )
    assert first["locale"] == "en" and first["is_fallback"] is False
    assert first["id"] == exhibit.artwork_en.pk
    assert first["translations"]["nl"]["id"] == exhibit.artwork.pk
    assert first["translations"]["nl"]["html_url"].endswith(
        "/nl/urban-gallery/kunstwerken/zendmast-van-licht/"
    )
    assert first["html_url"].endswith(
        "/en/urban-gallery/artworks/transmitter-of-light/"
    )
    assert first["artists"] == [
        {
            "id": exhibit.artist_en.pk,
            "name": "Demo Noor Vos",
            "html_url": exhibit.artist_en.full_url,
        }
    ]
    assert first["on_show"]["spot"]["name"] == "Station square"
    assert (
        first["image"]["alt"]
        == "A blue transmitter mast of neon tubes against a dark sky."
    )
    assert first["image"]["srcset"].endswith("400w")
    assert first["image"]["url"].endswith(".webp")
    assert data["license"]["license_url"].startswith("https://creativecommons.org/")


def test_the_language_comes_from_accept_language_else_dutch(client, exhibit):
    assert "Transmitter of light" in titles(
        client.get(URL, HTTP_ACCEPT_LANGUAGE="en-GB,en")
    )
    assert "Zendmast van licht" in titles(client.get(URL))
    assert "Zendmast van licht" in titles(client.get(URL, HTTP_ACCEPT_LANGUAGE="de"))


def test_an_untranslated_work_is_served_in_dutch_marked_as_fallback(client, exhibit):
    ArtworkPageFactory(
        parent=exhibit.artwork.get_parent(), title="Alleen in het Nederlands"
    )
    results = client.get(URL, {"locale": "en"}).json()["results"]
    fallback = next(
        item for item in results if item["title"] == "Alleen in het Nederlands"
    )
    assert fallback["is_fallback"] is True and fallback["locale"] == "nl"
    assert list(fallback["translations"]) == ["nl"]
    assert sum(item["title"] == "Transmitter of light" for item in results) == 1
    assert not any(item["title"] == "Zendmast van licht" for item in results)


def test_detail_by_id_and_in_another_language(client, exhibit):
    detail = client.get(f"{URL}{exhibit.artwork.pk}/").json()
    assert detail["title"] == "Zendmast van licht"
    assert detail["description"] == "<p>Een beschrijving van het werk.</p>"
    assert detail["rights"]["uri"].startswith("http://rightsstatements.org/")
    assert detail["showings"][0]["spot"]["name"] == "Stationsplein"
    assert detail["json_ld"]["@type"] == "VisualArtwork"
    assert detail["json_ld"]["contentLocation"]["geo"]["latitude"] == pytest.approx(
        52.226059
    )
    english = client.get(f"{URL}{exhibit.artwork.pk}/", {"locale": "en"}).json()
    assert (english["id"], english["title"]) == (
        exhibit.artwork_en.pk,
        "Transmitter of light",
    )
    assert english["is_fallback"] is False


def test_detail_of_an_untranslated_work_in_english_is_the_dutch_marked_fallback(
    client, gallery
):
    artwork = ArtworkPageFactory(parent=gallery.artworks, title="Onvertaald")
    data = client.get(f"{URL}{artwork.pk}/", {"locale": "en"}).json()
    assert (data["id"], data["is_fallback"], data["locale"]) == (artwork.pk, True, "nl")


@pytest.fixture
def catalogue(gallery):
    """Three works by two artists; two on show (at the station and at the Groest), one not."""
    first, second = ArtistPageFactory.create_batch(2, parent=gallery.artists)
    station, groest = (
        SpotFactory(latitude="52.226059", longitude="5.181606"),
        SpotFactory(latitude="52.224780", longitude="5.173550"),
    )
    ai = ArtworkPageFactory(
        parent=gallery.artworks,
        title="Algoritme",
        year=2024,
        themes=["ai"],
        artists=[first],
    )
    xr = ArtworkPageFactory(
        parent=gallery.artworks,
        title="Brilwereld",
        year=2025,
        themes=["xr", "immersive"],
        medium="virtual reality",
        artists=[second],
    )
    stored = ArtworkPageFactory(
        parent=gallery.artworks, title="Depot", year=2023, themes=[], artists=[first]
    )
    exhibition = ExhibitionPageFactory(
        parent=gallery.index,
        placements=[{"artwork": ai, "spot": station}, {"artwork": xr, "spot": groest}],
    )
    return locals()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"artist": "first"}, ["Algoritme", "Depot"]),
        ({"exhibition": "exhibition"}, ["Algoritme", "Brilwereld"]),
        ({"spot": "groest"}, ["Brilwereld"]),
        ({"theme": "immersive"}, ["Brilwereld"]),
        ({"year": "2023"}, ["Depot"]),
        ({"q": "virtual"}, ["Brilwereld"]),
        ({"q": "algo"}, ["Algoritme"]),
        ({"ordering": "-year"}, ["Brilwereld", "Algoritme", "Depot"]),
        ({"bbox": "5.17,52.22,5.178,52.23"}, ["Brilwereld"]),
    ],
)
def test_each_filter(client, catalogue, params, expected):
    query = {
        name: catalogue[value].pk if value in catalogue else value
        for name, value in params.items()
    }
    result = titles(client.get(URL, query))
    assert result == expected if "ordering" in query else sorted(result) == expected


def test_near_orders_by_distance_and_gives_metres(client, catalogue):
    results = client.get(URL, {"near": "52.224780,5.173550"}).json()["results"]
    assert [item["title"] for item in results] == ["Brilwereld", "Algoritme"]
    assert results[0]["distance_m"] < 1
    assert 500 < results[1]["distance_m"] < 700


def test_fields_chooses_the_fields(client, catalogue):
    results = client.get(URL, {"fields": "id,title"}).json()["results"]
    assert all(set(item) == {"id", "title"} for item in results)


def test_pages_of_results(client, catalogue):
    data = client.get(URL, {"page_size": 2, "ordering": "title"}).json()
    assert (data["count"], len(data["results"])) == (3, 2)
    assert "page=2" in data["next"]
    assert titles(
        client.get(URL, {"page_size": 2, "page": 2, "ordering": "title"})
    ) == ["Depot"]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"locale": "de"}, "locale"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "101"}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
        ({"near": "52.2"}, "near"),
        ({"near": "north,east"}, "near"),
        ({"near": "95,5"}, "near"),
        ({"bbox": "5.2,52.2,5.1,52.3"}, "bbox"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"ordering": "password"}, "ordering"),
        ({"theme": "astrology"}, "theme"),
        ({"year": "last"}, "year"),
        ({"artist": "x"}, "artist"),
        ({"fields": "id,email"}, "fields"),
    ],
)
def test_bad_parameters_are_a_400_naming_the_parameter(
    client, gallery, params, parameter
):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert parameter in response.json()["errors"]


@pytest.mark.parametrize("path", ["999999/", "abc/", "-1/", "1.5/"])
def test_an_unknown_or_malformed_id_is_a_json_404(client, gallery, path):
    response = client.get(f"{URL}{path}")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_a_page_beyond_the_last_is_a_404(client, catalogue):
    assert client.get(URL, {"page": 99}).status_code == 404


@pytest.mark.parametrize("size", [1, 100])
def test_a_list_costs_the_same_few_queries_for_one_or_a_hundred(
    client, gallery, size, django_assert_max_num_queries
):
    spots = SpotFactory.create_batch(12)
    artists = ArtistPageFactory.create_batch(3, parent=gallery.artists)
    placements = []
    for spot in spots:
        artwork = ArtworkPageFactory(
            parent=gallery.artworks,
            artists=artists,
            images=ImageFactory.create_batch(2),
        )
        # Publishing makes the renditions, as publishing in the admin does.
        artwork.save_revision().publish()
        placements.append({"artwork": artwork, "spot": spot})
    ExhibitionPageFactory(parent=gallery.index, placements=placements)
    # Warms the locale, site and gallery-index caches, as any earlier request would.
    client.get(URL, {"page_size": 1, "locale": "en"})
    with django_assert_max_num_queries(10):
        response = client.get(
            URL, {"page_size": size, "locale": "en", "ordering": "title"}
        )
    assert len(response.json()["results"]) == min(size, 12)
    assert all(len(item["artists"]) == 3 for item in response.json()["results"])


def test_renditions_exist_once_the_work_is_published(gallery):
    from cms.images import rendition_filter_specs

    artwork = ArtworkPageFactory(parent=gallery.artworks)
    artwork.save_revision().publish()
    image = artwork.images.get().image
    made = set(image.renditions.values_list("filter_spec", flat=True))
    assert {"fill-800x600|format-webp", "fill-400x300|format-webp"} <= made
    assert made <= set(rendition_filter_specs())


def test_a_published_change_shows_at_once(client, exhibit):
    assert "Zendmast van licht" in titles(client.get(URL))
    exhibit.artwork.title = "Zendmast van licht (herzien)"
    exhibit.artwork.save_revision().publish()
    assert "Zendmast van licht (herzien)" in titles(client.get(URL))


def test_on_show_follows_the_calendar(client, exhibit):
    exhibit.exhibition.end_date = timezone.localdate() - timedelta(days=1)
    exhibit.exhibition.start_date = timezone.localdate() - timedelta(days=10)
    exhibit.exhibition.save_revision().publish()
    bump_content_version()
    results = client.get(URL).json()["results"]
    assert all(item["on_show"] is None for item in results)


def test_an_artist_linked_in_another_language_is_credited_in_this_one(client, exhibit):
    # An editor chose the English artist page while editing the Dutch work.
    exhibit.artwork.artist_links.update(artist=exhibit.artist_en)
    bump_content_version()
    (card,) = [
        item
        for item in client.get(URL, {"locale": "nl"}).json()["results"]
        if item["title"] == "Zendmast van licht"
    ]
    assert [artist["id"] for artist in card["artists"]] == [exhibit.artist.pk]
