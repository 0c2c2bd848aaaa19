"""Each page says which languages it exists in, and where a person reads it."""

import pytest

pytestmark = pytest.mark.django_db

PAGES_URL = "/api/v2/pages/"


def test_meta_lists_the_other_languages_of_each_page(client, about, english):
    english_about = about.get_translation(english)
    item = client.get(f"{PAGES_URL}{about.pk}/").json()
    assert item["meta"]["translations"] == {
        "en": {"id": english_about.pk, "html_url": "http://localhost/en/about-us/"}
    }
    assert item["meta"]["is_fallback"] is False
    listed = {
        page["id"]: page["meta"]
        for page in client.get(PAGES_URL, {"locale": "en"}).json()["items"]
    }
    assert listed[english_about.pk]["translations"]["nl"]["id"] == about.pk


def test_untranslated_alias_is_marked_as_fallback(client, about, english):
    english_home = about.get_parent().get_translation(english)
    page = about.specific.create_alias(
        parent=english_home, update_locale=english, update_slug="alias-of-over-ons"
    )
    meta = client.get(f"{PAGES_URL}{page.pk}/").json()["meta"]
    assert meta["is_fallback"] is True


def test_unpublished_translation_is_not_listed(client, about, english):
    english_about = about.get_translation(english)
    english_about.unpublish()
    item = client.get(f"{PAGES_URL}{about.pk}/").json()
    assert item["meta"]["translations"] == {}
    assert english_about.pk not in {
        page["id"] for page in client.get(PAGES_URL).json()["items"]
    }


def test_html_url_and_rich_text_links_point_at_the_frontend_when_configured(
    client, settings, about, english
):
    settings.FRONTEND_BASE_URL = "https://www.themediaahead.nl"
    about.body = [
        (
            "paragraph",
            f'<p>Zie <a linktype="page" id="{about.get_parent().pk}">de homepagina</a>.</p>',
        )
    ]
    about.save_revision().publish()
    item = client.get(f"{PAGES_URL}{about.pk}/").json()
    assert item["meta"]["html_url"] == "https://www.themediaahead.nl/nl/over-ons/"
    assert (
        item["meta"]["translations"]["en"]["html_url"]
        == "https://www.themediaahead.nl/en/about-us/"
    )
    assert (
        item["body"][0]["value"]
        == '<p>Zie <a href="https://www.themediaahead.nl/nl/">de homepagina</a>.</p>'
    )


def test_listing_query_count_with_translations_does_not_grow(
    client, home, english, translate, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import StandardPageFactory

    def translated_page():
        page = StandardPageFactory(parent=home)
        translate(page, english, {})

    translated_page()
    client.get(PAGES_URL)
    with CaptureQueriesContext(connection) as few:
        client.get(PAGES_URL, {"fields": "translations"})
    for _ in range(5):
        translated_page()
    with CaptureQueriesContext(connection) as many:
        response = client.get(PAGES_URL, {"fields": "translations"})
    assert (
        response.json()["meta"]["total_count"] == 2 + 6 * 2
    )  # both home pages, six pages in two languages
    assert len(many) == len(few) <= 10
