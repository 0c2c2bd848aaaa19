"""Navigation and footer per language through the API."""

from wagtail.models import Site

import pytest

from cms.models import FooterText, NavigationSettings, SocialMediaSettings

pytestmark = pytest.mark.django_db

NAVIGATION_URL = "/api/navigation/"


@pytest.fixture
def navigation(about, event, english, translate, dutch):
    settings = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.main_menu = [
        ("link", {"page": event.get_parent()}),
        ("link", {"page": about}),
    ]
    settings.footer_menu = [("link", {"page": about})]
    settings.save()
    social = SocialMediaSettings.load()
    social.links = [
        (
            "link",
            {"platform": "instagram", "url": "https://instagram.com/themediaahead"},
        )
    ]
    social.save()
    footer = FooterText.objects.create(
        locale=dutch, body="<p>Een programma van Hilversum Mediastad.</p>", live=True
    )
    translate(
        footer,
        english,
        {
            "Een programma van Hilversum Mediastad.": "A programme of Hilversum Mediastad."
        },
    )
    return settings


def test_menus_are_served_in_the_requested_language(client, navigation):
    data = client.get(NAVIGATION_URL, {"locale": "en"}).json()
    assert data["locale"] == "en"
    assert [item["title"] for item in data["main_menu"]] == ["Programme", "About us"]
    assert data["main_menu"][1]["html_url"] == "http://localhost/en/about-us/"
    assert [item["title"] for item in data["footer_menu"]] == ["About us"]
    assert data["footer_text"] == "<p>A programme of Hilversum Mediastad.</p>"
    assert data["social_links"] == [
        {"platform": "instagram", "url": "https://instagram.com/themediaahead"}
    ]


def test_language_follows_accept_language_then_dutch(client, navigation):
    assert (
        client.get(NAVIGATION_URL, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").json()[
            "locale"
        ]
        == "en"
    )
    dutch = client.get(NAVIGATION_URL).json()
    assert dutch["locale"] == "nl"
    assert [item["title"] for item in dutch["main_menu"]] == ["Programma", "Over ons"]


def test_untranslated_menu_page_falls_back_to_dutch(client, navigation, about, english):
    about.get_translation(english).unpublish()
    titles = [
        item["title"]
        for item in client.get(NAVIGATION_URL, {"locale": "en"}).json()["main_menu"]
    ]
    assert titles == ["Programme", "Over ons"]


def test_unknown_locale_is_a_400_per_field(client, navigation):
    response = client.get(NAVIGATION_URL, {"locale": "fr"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["errors"]["locale"] == ['"fr" is not a valid choice.']


def test_built_in_pages_show_the_menu_and_footer(client, navigation):
    html = client.get("/en/about-us/").content.decode()
    assert '<a href="/en/programme/">Programme</a>' in html
    assert 'aria-current="page">About us</a>' in html
    assert "A programme of Hilversum Mediastad." in html


def test_navigation_query_count_does_not_grow_with_the_menu(
    client, navigation, about, event, django_assert_max_num_queries
):
    client.get(NAVIGATION_URL, {"locale": "en"})
    # locale, site, settings, footer, social links; per menu: its pages, view restrictions, translations
    with django_assert_max_num_queries(11):
        client.get(NAVIGATION_URL, {"locale": "en"})
    navigation.main_menu = [
        ("link", {"page": page})
        for page in (event.get_parent(), about, event, about.get_parent())
    ]
    navigation.save()
    with django_assert_max_num_queries(11):
        response = client.get(NAVIGATION_URL, {"locale": "en"})
    assert len(response.json()["main_menu"]) == 4
