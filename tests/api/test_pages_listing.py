"""The Wagtail v2 pages API in both languages, its lookups and its errors."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PAGES_URL = "/api/v2/pages/"


def titles(response) -> set[str]:
    return {item["title"] for item in response.json()["items"]}


def test_listing_per_locale_returns_that_language_only(client, about):
    dutch = client.get(PAGES_URL, {"locale": "nl"})
    english = client.get(PAGES_URL, {"locale": "en"})
    assert dutch.status_code == english.status_code == 200
    assert titles(dutch) == {"The Media Ahead", "Over ons"}
    assert titles(english) == {"The Media Ahead", "About us"}
    assert {item["meta"]["locale"] for item in english.json()["items"]} == {"en"}


def test_translation_of_links_the_two_languages(client, about, english):
    response = client.get(PAGES_URL, {"translation_of": about.pk, "locale": "en"})
    assert [item["id"] for item in response.json()["items"]] == [
        about.get_translation(english).pk
    ]


def test_detail_renders_stream_field_ready_for_a_frontend(client, about, english):
    response = client.get(f"{PAGES_URL}{about.get_translation(english).pk}/")
    body = response.json()["body"]
    assert body[0]["type"] == "heading"
    assert body[0]["value"] == {"text": "Why", "level": "h2"}
    assert body[1] == {
        "type": "paragraph",
        "value": "<p>Hilversum is Media City.</p>",
        "id": body[1]["id"],
    }


def test_detail_serves_the_page_image_as_webp_renditions_with_alt_text(client, home):
    image = client.get(f"{PAGES_URL}{home.pk}/").json()["image_hero"]
    assert image["alt"] == home.image.description
    assert image["credit"] == home.image.credit
    assert image["license"] == home.image.license_url
    assert image["url"].endswith(".webp")
    assert "400w" in image["srcset"]


@pytest.mark.parametrize(
    ("path", "title"), [("/nl/over-ons/", "Over ons"), ("/en/about-us/", "About us")]
)
def test_find_by_html_path_works_in_every_locale(client, about, path, title):
    response = client.get(f"{PAGES_URL}find/", {"html_path": path}, follow=True)
    assert response.status_code == 200
    assert response.json()["title"] == title


def test_find_of_an_unknown_path_is_a_json_404_not_a_redirect(client, about):
    response = client.get(f"{PAGES_URL}find/", {"html_path": "/en/nowhere/"})
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"locale": "fr"}, "locale must be one of: nl, en"),
        ({"fields": "title,,"}, "fields"),
        ({"offset": "99999999999999999999"}, "offset cannot be higher than 1000000"),
        (
            {"search": "a", "search_operator": "xor"},
            "search_operator must be 'and' or 'or'",
        ),
        (
            {"type": "cms.EventPage", "start_at": "x"},
            "a field filter has a value of the wrong type",
        ),
        ({"limit": "-1"}, "limit must be a positive integer"),
        ({"limit": "100000"}, "limit cannot be higher than 100"),
        ({"type": "cms.Nothing"}, "type doesn't exist"),
        ({"translation_of": "abc"}, "translation_of must be a positive integer"),
        (
            {"unknown": "1"},
            "query parameter is not an operation or a recognised field: unknown",
        ),
    ],
)
def test_bad_parameters_are_a_400_problem_with_a_message(client, home, params, message):
    response = client.get(PAGES_URL, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 400
    assert message in problem["detail"]


@pytest.mark.parametrize("query", ['"', "\x00", '"a" OR *', "*"])
def test_search_syntax_characters_are_not_an_error(client, home, query):
    for url in (PAGES_URL, reverse("wagtailapi:images:listing")):
        response = client.get(url, {"search": query})
        assert response.status_code == 200, (url, query)


@pytest.mark.parametrize("url", [f"{PAGES_URL}find/", "/api/v2/images/find/"])
def test_find_with_a_non_numeric_id_is_a_400(client, home, url):
    response = client.get(url, {"id": "abc"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["detail"] == "id must be a positive integer"


def test_api_takes_no_credentials(client, home, admin_user):
    import base64

    credentials = base64.b64encode(b"admin:password").decode()
    response = client.get(PAGES_URL, HTTP_AUTHORIZATION=f"Basic {credentials}")
    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")
    assert "Accept-Language" in response["Vary"]


def test_unknown_api_path_is_a_json_404_in_the_visitors_language(client):
    response = client.get("/api/nothing-here/")
    assert response.status_code == 404
    assert response.json()["status"] == 404
    assert response.json()["detail"] == "Op dit adres staat niets."
    english = client.get("/api/nothing-here/", HTTP_ACCEPT_LANGUAGE="en")
    assert english.json()["detail"] == "There is nothing at this address."


def test_listing_query_count_does_not_grow_with_the_number_of_pages(client, home):
    StandardPageFactory(parent=home)
    client.get(
        PAGES_URL, {"locale": "nl"}
    )  # warm the per-process site and locale caches
    with CaptureQueriesContext(connection) as few:
        client.get(PAGES_URL, {"locale": "nl"})
    StandardPageFactory.create_batch(10, parent=home)
    with CaptureQueriesContext(connection) as many:
        response = client.get(PAGES_URL, {"locale": "nl"})
    assert response.json()["meta"]["total_count"] == 12
    assert len(many) == len(few) <= 10


def test_images_endpoint_lists_alt_text_credit_and_licence(client, home):
    response = client.get(
        reverse("wagtailapi:images:listing"),
        {"fields": "alt,credit,license_url,thumbnail"},
    )
    item = response.json()["items"][0]
    assert item["alt"] == home.image.description
    assert item["credit"] == home.image.credit
    assert item["license_url"] == home.image.license_url
    assert item["thumbnail"]["url"].endswith(".webp")


def test_images_listing_query_count_does_not_grow_and_hides_library_tags(client, home):
    from tests.factories import ImageFactory

    params = {"fields": "alt,credit,license_url,thumbnail"}
    client.get(reverse("wagtailapi:images:listing"), params)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("wagtailapi:images:listing"), params)
    ImageFactory.create_batch(10)
    client.get(
        reverse("wagtailapi:images:listing"), params
    )  # renders the new thumbnails once
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("wagtailapi:images:listing"), params)
    assert response.json()["meta"]["total_count"] == 11
    assert len(many) == len(few) <= 6
    assert "tags" not in response.json()["items"][0]
    assert (
        client.get(reverse("wagtailapi:images:listing"), {"fields": "tags"}).status_code
        == 400
    )


def test_api_is_json_only(client, home):
    assert client.get(PAGES_URL, HTTP_ACCEPT="text/html").status_code == 406
    assert client.get(PAGES_URL, {"format": "api"}).status_code == 404
