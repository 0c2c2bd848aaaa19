"""Public gallery answers: strong ETag, Cache-Control, 304, a server-side copy, fresh on publish."""

from wagtail.actions.unpublish import UnpublishAction

import pytest

pytestmark = pytest.mark.django_db

URLS = [
    "/api/gallery/artworks/",
    "/api/gallery/artists/",
    "/api/gallery/exhibitions/",
    "/api/gallery/spots/",
    "/api/gallery/map/",
]


@pytest.mark.parametrize("url", URLS)
def test_every_answer_has_a_strong_etag_and_public_cache_control(client, exhibit, url):
    response = client.get(url)
    assert response.status_code == 200
    etag = response["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "max-age=" in cache_control
    assert "stale-while-revalidate=" in cache_control
    assert "Accept-Language" in response["Vary"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag


def test_a_detail_answers_304_too(client, exhibit):
    url = f"/api/gallery/artworks/{exhibit.artwork.pk}/"
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=f'"other", {etag}').status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_a_repeated_request_does_not_touch_the_database(
    client, exhibit, django_assert_num_queries
):
    first = client.get("/api/gallery/artworks/", {"locale": "en"})
    with django_assert_num_queries(0):
        second = client.get("/api/gallery/artworks/", {"locale": "en"})
    assert second.content == first.content and second["ETag"] == first["ETag"]


def test_languages_are_cached_apart(client, exhibit):
    dutch = client.get("/api/gallery/artworks/")
    english = client.get("/api/gallery/artworks/", HTTP_ACCEPT_LANGUAGE="en")
    assert dutch["ETag"] != english["ETag"]
    assert "Transmitter of light" in english.content.decode()


def test_publishing_changes_the_etag_and_the_answer(client, exhibit):
    before = client.get("/api/gallery/artworks/")
    exhibit.artwork.title = "Zendmast van licht, tweede versie"
    exhibit.artwork.save_revision().publish()
    after = client.get("/api/gallery/artworks/", HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert "tweede versie" in after.content.decode()


def test_unpublishing_a_spot_clears_it_from_the_map(client, exhibit):
    def spot_ids() -> set[int]:
        features = client.get("/api/gallery/map/").json()["features"]
        return {feature["id"] for feature in features}

    assert exhibit.spot.pk in spot_ids()
    UnpublishAction(exhibit.spot).execute()
    assert exhibit.spot.pk not in spot_ids()


def test_errors_are_not_cached_as_public(client, gallery):
    response = client.get("/api/gallery/artworks/", {"page_size": "0"})
    assert response.status_code == 400
    assert "public" not in response.get("Cache-Control", "")


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [("https://themediaahead.nl", True), ("https://evil.example", False)],
)
def test_cors_allows_only_the_configured_origins_without_credentials(
    client, gallery, settings, origin, allowed
):
    settings.CORS_ALLOWED_ORIGINS = ["https://themediaahead.nl"]
    response = client.get("/api/gallery/artworks/", HTTP_ORIGIN=origin)
    assert (response.get("Access-Control-Allow-Origin") == origin) is allowed
    assert "Access-Control-Allow-Credentials" not in response


def test_a_frontend_elsewhere_may_post_to_the_open_call(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://themediaahead.nl"]
    response = client.options(
        "/api/gallery/submissions/",
        HTTP_ORIGIN="https://themediaahead.nl",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert response["Access-Control-Allow-Origin"] == "https://themediaahead.nl"
    assert "POST" in response["Access-Control-Allow-Methods"]


def test_writes_are_not_allowed(client, gallery):
    assert client.post("/api/gallery/artworks/", {}).status_code == 405
    assert client.delete("/api/gallery/spots/1/").status_code == 405
