"""Events: typed fields, upcoming / past, and blocks that list them."""

from datetime import timedelta

from django.utils import timezone

import pytest

from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

PAGES_URL = "/api/v2/pages/"


@pytest.fixture
def past_event(programme):
    start = timezone.now() - timedelta(days=60)
    return EventPageFactory(
        parent=programme,
        title="XR Creators Connect",
        start_at=start,
        end_at=start + timedelta(hours=3),
    )


@pytest.fixture
def running_event(programme):
    start = timezone.now() - timedelta(hours=1)
    return EventPageFactory(
        parent=programme,
        title="AI 101",
        start_at=start,
        end_at=start + timedelta(days=1),
    )


def ids(response) -> set[int]:
    return {item["id"] for item in response.json()["items"]}


def test_upcoming_lists_events_that_have_not_ended(
    client, event, past_event, running_event
):
    response = client.get(
        PAGES_URL, {"type": "cms.EventPage", "locale": "nl", "upcoming": "true"}
    )
    assert response.status_code == 200
    assert ids(response) == {event.pk, running_event.pk}


def test_past_lists_events_that_have_ended(client, event, past_event, running_event):
    response = client.get(
        PAGES_URL, {"type": "cms.EventPage", "locale": "nl", "past": "true"}
    )
    assert ids(response) == {past_event.pk}


def test_events_carry_their_synchronised_fields_in_english(client, event, english):
    english_event = event.get_translation(english)
    fields = "start_at,end_at,venue_name,venue_address,series,audience,status,registration_url"
    item = client.get(
        PAGES_URL, {"type": "cms.EventPage", "locale": "en", "fields": fields}
    ).json()["items"][0]
    assert item["id"] == english_event.pk
    assert item["series"] == "pizza-talks"
    assert item["venue_address"] == "Media Parkboulevard 1, 1217 WE Hilversum"
    assert item["start_at"] == timezone.localtime(event.start_at).isoformat()


def test_events_can_be_ordered_by_start(client, event, past_event, running_event):
    response = client.get(
        PAGES_URL, {"type": "cms.EventPage", "locale": "nl", "order": "-start_at"}
    )
    assert [item["id"] for item in response.json()["items"]] == [
        event.pk,
        running_event.pk,
        past_event.pk,
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"upcoming": "true"}, "upcoming needs type=cms.EventPage"),
        ({"type": "cms.EventPage", "past": "maybe"}, "past must be true or false"),
    ],
)
def test_bad_event_filters_are_a_400(client, event, params, message):
    response = client.get(PAGES_URL, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["detail"] == message


def test_event_list_block_lists_upcoming_events_in_the_page_language(
    client, about, event, english, translate
):
    about.body = [
        ("event_list", {"heading": "Binnenkort", "series": "pizza-talks", "limit": 3})
    ]
    about.save_revision().publish()
    english_about = translate(about, english, {"Binnenkort": "Coming up"})
    block = client.get(f"{PAGES_URL}{english_about.pk}/").json()["body"][0]
    assert block["type"] == "event_list"
    assert block["value"]["heading"] == "Coming up"
    assert [item["title"] for item in block["value"]["events"]] == [
        "Pizza Talks: AI in the newsroom"
    ]


def test_event_listing_with_images_query_count_does_not_grow(client, programme):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import ImageFactory

    EventPageFactory(parent=programme, image=ImageFactory())
    params = {
        "type": "cms.EventPage",
        "locale": "nl",
        "upcoming": "true",
        "fields": "*",
    }
    client.get(PAGES_URL, params)  # renders the renditions once
    with CaptureQueriesContext(connection) as few:
        client.get(PAGES_URL, params)
    for _ in range(10):
        EventPageFactory(parent=programme, image=ImageFactory())
    client.get(PAGES_URL, params)
    with CaptureQueriesContext(connection) as many:
        response = client.get(PAGES_URL, params)
    assert response.json()["meta"]["total_count"] == 11
    assert all(
        item["image_listing"]["url"].endswith(".webp")
        for item in response.json()["items"]
    )
    assert len(many) == len(few) <= 10
