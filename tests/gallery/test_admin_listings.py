"""The gallery listings in the admin: what each column shows, the filters and the search, and a
number of queries that does not grow with the rows."""

import datetime

from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone

import pytest

from tests.factories import ArtworkPageFactory, ExhibitionPageFactory, SpotFactory
from tests.gallery.test_admin import (
    ARTISTS,
    ARTWORKS,
    EXHIBITIONS,
    SPOTS,
    add_spot_url,
    fill_gallery,
    page_text,
    without_translation_buttons,  # noqa: F401 - a fixture
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("admin_in_english")]

# Measured on SQLite and PostgreSQL with 1 and with 10 rows: the same count for both.
LISTINGS = [
    (SPOTS, "", 11),
    (SPOTS, "?q=plek&kind=frame&active=true&live=true&locale=nl", 11),
    (ARTWORKS, "", 21),
    (ARTWORKS, "?theme=ai&year=2025&status=available&live=true&locale=nl", 21),
    (ARTWORKS, "?q=kunstwerk", 21),
    (ARTISTS, "?live=true&locale=nl", 18),
    (ARTISTS, "?q=kunstenaar", 18),
    (EXHIBITIONS, "?period=current&live=true&locale=nl", 19),
    (EXHIBITIONS, "?q=tentoonstelling", 19),
]


@pytest.mark.parametrize("rows", [1, 10])
@pytest.mark.parametrize(("url_name", "query", "max_queries"), LISTINGS)
def test_listing_answers_in_a_fixed_number_of_queries(
    admin_client,
    gallery,
    without_translation_buttons,  # noqa: F811 - the fixture imported above
    django_assert_max_num_queries,
    rows,
    url_name,
    query,
    max_queries,
):
    fill_gallery(gallery, rows)
    admin_client.get(
        reverse(url_name)
    )  # warm the per-process caches (content types, sites)
    with django_assert_max_num_queries(max_queries):
        response = admin_client.get(reverse(url_name) + query)
    assert response.status_code == 200
    # The filters and the search match every row made for the test, so all of them are shown.
    assert len(response.context["object_list"]) >= rows


def test_spot_listing_shows_what_is_on_show_and_a_map_link(admin_client, exhibit):
    response = admin_client.get(reverse(SPOTS))
    assert response.status_code == 200
    text = page_text(response)
    artwork_edit = reverse("wagtailadmin_pages:edit", args=[exhibit.artwork.pk])
    assert f'<a href="{artwork_edit}">Zendmast van licht</a>' in text
    assert "Nieuwe makers 2026" in text
    assert "https://www.openstreetmap.org/?mlat=52.226059&mlon=5.181606" in text


def test_spot_listing_in_english_shows_the_english_artwork(admin_client, exhibit):
    response = admin_client.get(reverse(SPOTS) + "?locale=en")
    text = page_text(response)
    assert "Station square" in text
    assert "Transmitter of light" in text
    assert "Zendmast van licht" not in text


def test_spot_listing_leaves_out_draft_exhibitions_and_ended_placements(
    admin_client, exhibit
):
    exhibit.exhibition.unpublish()
    response = admin_client.get(reverse(SPOTS))
    assert "Zendmast van licht" not in page_text(response)


def listed(response: HttpResponse) -> set[str]:
    return {str(item) for item in response.context["object_list"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?locale=nl", {"Stationsplein", "Kerkbrink", "Wand bij de bieb"}),
        # Every language unless one is chosen.
        ("?q=1211", {"Stationsplein", "Station square"}),
        ("?q=kerk", {"Kerkbrink"}),
        ("?kind=wall", {"Wand bij de bieb"}),
        ("?active=false", {"Wand bij de bieb"}),
        ("?live=false", {"Wand bij de bieb"}),
        ("?locale=en", {"Station square", "Kerkbrink"}),
    ],
)
def test_spot_filters_and_search(admin_client, exhibit, query, expected):
    SpotFactory(name="Wand bij de bieb", kind="wall", active=False, live=False)
    assert listed(admin_client.get(reverse(SPOTS) + query)) == expected


def test_spot_edit_view_shows_the_map_and_what_is_on_show(admin_client, exhibit):
    response = admin_client.get(
        reverse("wagtailsnippets_gallery_spot:edit", args=[exhibit.spot.pk])
    )
    assert response.status_code == 200
    text = page_text(response)
    assert "openstreetmap.org/export/embed.html" in text
    assert "marker=52.226059,5.181606" in text
    assert "Zendmast van licht" in text


def test_spot_add_view_asks_to_save_before_showing_the_map(admin_client, gallery):
    response = admin_client.get(add_spot_url())
    assert response.status_code == 200
    assert "Save the spot to see it on the map" in page_text(response)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?theme=ai&locale=nl", {"Zendmast van licht", "Golflengte"}),
        (
            "?theme=ai",
            {"Zendmast van licht", "Golflengte", "Transmitter of light", "Wavelength"},
        ),
        ("?theme=xr", {"Zonder thema"}),
        ("?year=1999", {"Zonder thema"}),
        ("?status=retired", {"Zonder thema"}),
        ("?live=false", {"Zonder thema"}),
        ("?locale=en", {"Transmitter of light", "Wavelength"}),
        ("?q=zendmast", {"Zendmast van licht"}),
    ],
)
def test_artwork_filters_and_search(admin_client, exhibit, gallery, query, expected):
    draft = ArtworkPageFactory(
        parent=gallery.artworks,
        title="Zonder thema",
        year=1999,
        themes=["xr"],
        status="retired",
        artists=[exhibit.artist],
    )
    draft.unpublish()
    assert listed(admin_client.get(reverse(ARTWORKS) + query)) == expected


def test_artwork_listing_names_the_artists(admin_client, exhibit):
    text = page_text(admin_client.get(reverse(ARTWORKS)))
    assert "Demo Noor Vos" in text
    assert "2025" in text


def test_artist_listing_counts_works_in_the_artist_language(admin_client, exhibit):
    response = admin_client.get(reverse(ARTISTS) + "?locale=nl")
    [artist] = response.context["object_list"]
    assert artist.artwork_count == 2
    response = admin_client.get(reverse(ARTISTS) + "?locale=en")
    [artist_en] = response.context["object_list"]
    assert artist_en.artwork_count == 2


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("current", {"Nieuwe makers 2026"}),
        ("upcoming", {"Straks"}),
        ("past", {"Vorig jaar"}),
        ("", {"Nieuwe makers 2026", "Straks", "Vorig jaar"}),
    ],
)
def test_exhibition_period_filter(admin_client, exhibit, gallery, period, expected):
    today = timezone.localdate()
    ExhibitionPageFactory(
        parent=gallery.index,
        title="Straks",
        start_date=today + datetime.timedelta(days=40),
        end_date=today + datetime.timedelta(days=80),
    )
    ExhibitionPageFactory(
        parent=gallery.index,
        title="Vorig jaar",
        start_date=today - datetime.timedelta(days=400),
        end_date=today - datetime.timedelta(days=300),
    )
    response = admin_client.get(reverse(EXHIBITIONS) + f"?locale=nl&period={period}")
    assert listed(response) == expected


def test_exhibition_listing_counts_placements(admin_client, exhibit):
    response = admin_client.get(reverse(EXHIBITIONS) + "?locale=nl")
    [exhibition] = response.context["object_list"]
    assert exhibition.placement_count == 2
