"""Search stems each language with its own rules (PostgreSQL); SQLite does its best."""

from django.core.management import call_command
from django.db import connection

import pytest

pytestmark = pytest.mark.django_db

PAGES_URL = "/api/v2/pages/"
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="language stemming needs PostgreSQL"
)


@pytest.fixture
def indexed_event(event):
    event.introduction = "Een evenement voor jonge makers over immersieve verhalen."
    event.save_revision().publish()
    call_command("update_index", verbosity=0)
    return event


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_search_finds_a_page_by_a_word_of_its_title(client, indexed_event):
    assert titles(client.get(PAGES_URL, {"search": "redactie", "locale": "nl"})) == [
        "Pizza Talks: AI in de redactie"
    ]


@postgres_only
def test_dutch_search_matches_inflections(client, indexed_event):
    assert titles(client.get(PAGES_URL, {"search": "evenementen", "locale": "nl"})) == [
        "Pizza Talks: AI in de redactie"
    ]
    assert titles(client.get(PAGES_URL, {"search": "verhaal", "locale": "nl"})) == [
        "Pizza Talks: AI in de redactie"
    ]


@postgres_only
def test_english_search_matches_inflections(client, indexed_event, english):
    english_event = indexed_event.get_translation(english)
    english_event.introduction = (
        "Monthly knowledge sharing with media professionals in newsrooms."
    )
    english_event.save_revision().publish()
    call_command("update_index", verbosity=0)
    assert titles(client.get(PAGES_URL, {"search": "newsroom", "locale": "en"})) == [
        "Pizza Talks: AI in the newsroom"
    ]
    assert titles(
        client.get(PAGES_URL, {"search": "professional", "locale": "en"})
    ) == ["Pizza Talks: AI in the newsroom"]


def test_search_with_a_filter_on_events(client, indexed_event):
    response = client.get(
        PAGES_URL,
        {
            "search": "redactie",
            "type": "cms.EventPage",
            "upcoming": "true",
            "locale": "nl",
        },
    )
    assert titles(response) == ["Pizza Talks: AI in de redactie"]
