"""Nothing private or unpublished reaches an anonymous reader through lists, links or menus."""

from wagtail.models import PageViewRestriction, Site

import pytest

from cms.models import NavigationSettings
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

PAGES_URL = "/api/v2/pages/"


@pytest.fixture
def restricted_event(programme):
    event = EventPageFactory(parent=programme, title="Besloten preview")
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    return event


@pytest.fixture
def draft_page(home):
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(
        parent=home, title="Geheime plannen", slug="geheime-plannen"
    )
    page.unpublish()
    return page


def test_restricted_event_is_missing_from_lists_and_blocks(
    client, about, event, restricted_event
):
    about.body = [("event_list", {"heading": "Binnenkort", "series": "", "limit": 12})]
    about.save_revision().publish()
    titles = [
        item["title"]
        for item in client.get(f"{PAGES_URL}{about.pk}/").json()["body"][0]["value"][
            "events"
        ]
    ]
    assert titles == ["Pizza Talks: AI in de redactie"]
    assert "Besloten preview" not in client.get("/nl/programma/").content.decode()
    assert client.get(f"{PAGES_URL}{restricted_event.pk}/").status_code == 404


def test_links_to_a_draft_page_reveal_nothing(client, about, draft_page):
    about.body = [
        (
            "call_to_action",
            {
                "text": "Lees meer",
                "button_label": "Meer",
                "page": draft_page,
                "url": "",
            },
        ),
        (
            "paragraph",
            f'<p>Zie <a linktype="page" id="{draft_page.pk}">de plannen</a>.</p>',
        ),
    ]
    about.save_revision().publish()
    body = client.get(f"{PAGES_URL}{about.pk}/").json()["body"]
    assert body[0]["value"]["url"] is None and body[0]["value"]["page"] is None
    assert body[1]["value"] == "<p>Zie <a>de plannen</a>.</p>"
    html = client.get("/nl/over-ons/").content.decode()
    assert "geheime-plannen" not in html


def test_restricted_page_is_not_in_the_menu(client, about, restricted_event):
    settings = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.main_menu = [
        ("link", {"page": about}),
        ("link", {"page": restricted_event}),
    ]
    settings.save()
    titles = [
        item["title"]
        for item in client.get("/api/navigation/", {"locale": "nl"}).json()["main_menu"]
    ]
    assert titles == ["Over ons"]


def test_a_draft_artist_is_not_revealed_through_an_artwork(client, exhibit):
    exhibit.artist.unpublish()
    response = client.get(
        "/api/v2/pages/",
        {"type": "gallery.ArtworkPage", "fields": "artist_links", "locale": "nl"},
    )
    items = response.json()["items"]
    # Not even a credit without a name: that would tell how many hidden artists there are.
    assert items and all(item["artist_links"] == [] for item in items)
    assert "Demo Noor Vos" not in response.content.decode()
