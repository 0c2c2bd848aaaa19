"""/api/gallery/spots/, /map/, /exhibitions/ and /artists/."""

from datetime import timedelta

from django.utils import timezone

import pytest

from tests.factories import ExhibitionPageFactory, SpotFactory

pytestmark = pytest.mark.django_db


def test_a_spot_carries_what_is_on_show_there_today(client, exhibit):
    spot = client.get(f"/api/gallery/spots/{exhibit.spot_en.pk}/").json()
    assert spot["name"] == "Station square"
    assert spot["on_show"]["artwork"]["title"] == "Transmitter of light"
    assert spot["on_show"]["artwork"]["artists"][0]["name"] == "Demo Noor Vos"
    assert spot["on_show"]["exhibition"]["title"] == "New makers 2026"
    assert spot["html_url"].endswith("/en/urban-gallery/spots/stationsplein/")
    assert spot["translations"]["nl"]["id"] == exhibit.spot.pk
    assert (spot["latitude"], spot["longitude"]) == (52.226059, 5.181606)
    assert spot["accessibility"]["step_free"] is True


def test_spots_near_a_point_come_with_their_distance(client, exhibit):
    results = client.get("/api/gallery/spots/", {"near": "52.223370,5.176080"}).json()[
        "results"
    ]
    assert [spot["slug"] for spot in results] == ["kerkbrink", "stationsplein"]
    assert results[0]["distance_m"] < 1


def test_the_map_is_geojson_with_longitude_first(client, exhibit):
    response = client.get(
        "/api/gallery/map/", {"locale": "en"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    station = next(f for f in data["features"] if f["id"] == exhibit.spot_en.pk)
    assert station["geometry"] == {
        "type": "Point",
        "coordinates": [5.181606, 52.226059],
    }
    assert station["properties"]["artwork"]["title"] == "Transmitter of light"
    assert station["properties"]["artwork"]["thumbnail"]["url"].endswith(".webp")


def test_a_spot_with_nothing_on_show_is_on_the_map_without_artwork(client, exhibit):
    empty = SpotFactory(name="Groest", slug="groest")
    features = client.get("/api/gallery/map/").json()["features"]
    assert (
        next(f for f in features if f["id"] == empty.pk)["properties"]["artwork"]
        is None
    )


def test_an_inactive_spot_is_not_on_the_map(client, exhibit):
    gone = SpotFactory(name="Gesloopte muur", active=False)
    assert gone.pk not in {
        f["id"] for f in client.get("/api/gallery/map/").json()["features"]
    }


def test_exhibitions_by_period(client, exhibit, gallery):
    today = timezone.localdate()
    ExhibitionPageFactory(
        parent=gallery.index,
        title="Vorig jaar",
        start_date=today - timedelta(days=400),
        end_date=today - timedelta(days=300),
    )
    ExhibitionPageFactory(
        parent=gallery.index,
        title="Volgend voorjaar",
        start_date=today + timedelta(days=100),
        end_date=today + timedelta(days=200),
    )

    def titles(**params):
        response = client.get("/api/gallery/exhibitions/", params)
        return [item["title"] for item in response.json()["results"]]

    assert titles(current="true") == ["Nieuwe makers 2026"]
    assert titles(upcoming="true") == ["Volgend voorjaar"]
    assert titles(past="true") == ["Vorig jaar"]
    assert titles(current="false", ordering="start_date") == [
        "Vorig jaar",
        "Volgend voorjaar",
    ]
    assert (
        client.get("/api/gallery/exhibitions/", {"current": "yes"}).status_code == 400
    )


def test_an_exhibition_lists_its_placements(client, exhibit):
    data = client.get(f"/api/gallery/exhibitions/{exhibit.exhibition_en.pk}/").json()
    assert data["period"] == "current"
    placed = {(p["artwork"]["title"], p["spot"]["name"]) for p in data["placements"]}
    assert ("Transmitter of light", "Station square") in placed
    assert data["json_ld"]["@type"] == "ExhibitionEvent"
    assert data["json_ld"]["startDate"] == exhibit.exhibition.start_date.isoformat()


def test_an_artist_lists_their_works(client, exhibit):
    data = client.get(f"/api/gallery/artists/{exhibit.artist_en.pk}/").json()
    assert data["name"] == "Demo Noor Vos"
    assert {work["title"] for work in data["artworks"]} == {
        "Transmitter of light",
        "Wavelength",
    }
    assert data["json_ld"]["@type"] == "Person"
    results = client.get("/api/gallery/artists/", {"q": "noor"}).json()["results"]
    assert [artist["name"] for artist in results] == ["Demo Noor Vos"]
