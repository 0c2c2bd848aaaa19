"""Drafts, scheduled, expired and private content never reach the gallery API, in any endpoint."""

import json
from datetime import timedelta

from django.utils import timezone

from wagtail.actions.unpublish import UnpublishAction
from wagtail.models import PageViewRestriction

import pytest

pytestmark = pytest.mark.django_db

ENDPOINTS = {
    "artwork": "/api/gallery/artworks/",
    "artist": "/api/gallery/artists/",
    "exhibition": "/api/gallery/exhibitions/",
}


def make_draft(page):
    page.unpublish()


def make_scheduled(page):
    page.unpublish()
    page.go_live_at = timezone.now() + timedelta(days=3)
    page.save_revision(approved_go_live_at=page.go_live_at)


def make_expired(page):
    type(page).objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(minutes=5)
    )


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


HIDE = [make_draft, make_scheduled, make_expired, make_private]


def everything(client) -> str:
    """Every list and the map, in both languages, as one text."""
    bodies = []
    for locale in ("nl", "en"):
        for url in [*ENDPOINTS.values(), "/api/gallery/spots/", "/api/gallery/map/"]:
            response = client.get(url, {"locale": locale, "page_size": 100})
            assert response.status_code == 200
            bodies.append(response.content.decode())
    return "\n".join(bodies)


@pytest.mark.parametrize("hide", HIDE)
@pytest.mark.parametrize("kind", ENDPOINTS)
def test_hidden_pages_are_in_no_list_no_detail_and_no_map(client, exhibit, kind, hide):
    page = getattr(exhibit, kind)
    translation = getattr(exhibit, f"{kind}_en")
    for each in (page, translation):
        hide(each)
    text = everything(client)
    assert f'"id":{page.pk},' not in text.replace(" ", "")
    assert f'"id":{translation.pk},' not in text.replace(" ", "")
    for each in (page, translation):
        assert client.get(f"{ENDPOINTS[kind]}{each.pk}/").status_code == 404


def test_a_hidden_artist_is_not_credited(client, exhibit):
    make_draft(exhibit.artist)
    make_draft(exhibit.artist_en)
    results = client.get("/api/gallery/artworks/").json()["results"]
    assert all(item["artists"] == [] for item in results)
    assert "Demo Noor Vos" not in everything(client)


def test_a_hidden_exhibition_puts_nothing_on_show(client, exhibit):
    make_draft(exhibit.exhibition)
    spots = client.get("/api/gallery/spots/").json()["results"]
    assert all(spot["on_show"] is None for spot in spots)
    artworks = client.get("/api/gallery/artworks/").json()["results"]
    assert all(item["on_show"] is None for item in artworks)
    assert (
        client.get(f"/api/gallery/artworks/{exhibit.artwork.pk}/").json()["showings"]
        == []
    )


def test_a_draft_spot_is_in_no_list_and_not_found(client, exhibit):
    UnpublishAction(exhibit.spot).execute()
    ids = {spot["id"] for spot in client.get("/api/gallery/spots/").json()["results"]}
    assert exhibit.spot.pk not in ids
    assert client.get(f"/api/gallery/spots/{exhibit.spot.pk}/").status_code == 404


def keys_of(node) -> set[str]:
    if isinstance(node, dict):
        return set(node).union(*(keys_of(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(keys_of(value) for value in node))
    return set()


def test_nothing_personal_or_internal_is_ever_served(client, exhibit):
    urls = [
        *ENDPOINTS.values(),
        "/api/gallery/spots/",
        "/api/gallery/map/",
        f"/api/gallery/artworks/{exhibit.artwork.pk}/",
        f"/api/gallery/artists/{exhibit.artist.pk}/",
        f"/api/gallery/exhibitions/{exhibit.exhibition.pk}/",
        f"/api/gallery/spots/{exhibit.spot.pk}/",
    ]
    for url in urls:
        data = client.get(url).json()
        assert not keys_of(data) & {"email", "owner", "password", "ip", "phone"}, url
        assert "mailto:" not in json.dumps(data), url
