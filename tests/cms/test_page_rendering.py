"""Every page type renders at its URL in both languages, with the language in the markup."""

from wagtail.models import get_page_models

import pytest

from cms.models import (
    ArticlePage,
    EpisodePage,
    EventPage,
    HomePage,
    NewsIndexPage,
    PodcastIndexPage,
    ProgrammeIndexPage,
    StandardPage,
)

pytestmark = pytest.mark.django_db


RENDERED_PAGE_TYPES = {
    HomePage,
    StandardPage,
    ProgrammeIndexPage,
    EventPage,
    NewsIndexPage,
    ArticlePage,
    PodcastIndexPage,
    EpisodePage,
}


def test_every_page_type_has_a_rendering_test():
    page_types = {
        model for model in get_page_models() if model._meta.app_label == "cms"
    }
    assert page_types == RENDERED_PAGE_TYPES


@pytest.mark.parametrize(
    ("fixture", "path", "language", "expected"),
    [
        ("event", "/nl/programma/", "nl", "Pizza Talks: AI in de redactie"),
        ("event", "/en/programme/", "en", "Pizza Talks: AI in the newsroom"),
        (
            "event",
            "/nl/programma/pizza-talks-ai/",
            "nl",
            "Media Parkboulevard 1, 1217 WE Hilversum",
        ),
        (
            "event",
            "/en/programme/pizza-talks-ai-newsroom/",
            "en",
            "Monthly knowledge sharing with media professionals.",
        ),
        ("article", "/nl/nieuws/", "nl", "The Media Ahead gelanceerd"),
        ("article", "/en/news/launched/", "en", "The Media Ahead launched"),
        ("episode", "/nl/podcast/", "nl", "Over stages"),
        ("episode", "/en/podcast/on-internships/", "en", "First lesson"),
        ("episode", "/en/podcast/on-internships/", "en", "internship coordinator"),
    ],
)
def test_brand_page_types_render_in_each_language(
    client, request, fixture, path, language, expected
):
    request.getfixturevalue(fixture)
    response = client.get(path)
    assert response.status_code == 200, path
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert expected in html


@pytest.mark.parametrize(
    ("path", "language", "expected"),
    [
        ("/nl/", "nl", "Build your next story in Hilversum."),
        ("/en/", "en", "Build your story in Hilversum."),
    ],
)
def test_home_page_renders_in_each_language(client, home, path, language, expected):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert expected in html


@pytest.mark.parametrize(
    ("path", "language", "heading", "text"),
    [
        ("/nl/over-ons/", "nl", "Aanleiding", "Hilversum is Mediastad."),
        ("/en/about-us/", "en", "Why", "Hilversum is Media City."),
    ],
)
def test_standard_page_renders_in_each_language(
    client, about, path, language, heading, text
):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h2>{heading}</h2>" in html
    assert text in html


def test_page_links_its_translations_with_hreflang(client, about):
    html = client.get("/nl/over-ons/").content.decode()
    assert 'hreflang="en" href="http://localhost/en/about-us/"' in html
    assert 'href="/en/about-us/" hreflang="en" lang="en">English</a>' in html


def test_ui_strings_are_translated_into_dutch(client, home):
    assert "Naar de inhoud" in client.get("/nl/").content.decode()
    assert "Skip to content" in client.get("/en/").content.decode()


def test_page_image_has_alt_text_and_webp_srcset(client, home):
    html = client.get("/nl/").content.decode()
    assert f'alt="{home.image.description}"' in html
    assert "format-webp.width-400.webp 400w" in html


def test_bare_root_redirects_to_a_language(client, home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


def test_preview_works_without_an_external_frontend(admin_client, about):
    response = admin_client.get(f"/admin/pages/{about.pk}/view_draft/")
    assert response.status_code == 200
    assert "Hilversum is Mediastad." in response.content.decode()


def test_unknown_page_is_a_friendly_404(client, home):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
