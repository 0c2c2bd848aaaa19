"""What communications staff do: schedule, translate through wagtail-localize, submit for review."""

from datetime import timedelta
from unittest import mock

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page

import pytest
from wagtail_localize.models import Translation

from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

PAGES_URL = "/api/v2/pages/"


def test_scheduled_page_appears_only_after_its_go_live_time(client, programme):
    event = EventPageFactory(parent=programme, title="REMIX Fest", live=False)
    event.go_live_at = timezone.now() + timedelta(hours=1)
    revision = event.save_revision()
    revision.publish()
    event.refresh_from_db()
    assert not event.live
    assert "REMIX Fest" not in {
        item["title"] for item in client.get(PAGES_URL).json()["items"]
    }

    two_hours_later = timezone.now() + timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=two_hours_later):
        call_command("publish_scheduled", verbosity=0)

    event.refresh_from_db()
    assert event.live
    assert "REMIX Fest" in {
        item["title"] for item in client.get(PAGES_URL).json()["items"]
    }


def test_editor_translates_an_event_with_wagtail_localize(
    admin_client, programme, english, django_capture_on_commit_callbacks
):
    event = EventPageFactory(
        parent=programme, title="Dag van de Mediastages", slug="dag-van-de-mediastages"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/localize/submit/page/{event.pk}/", {"locales": [english.pk]}
        )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=event.translation_key, target_locale=english
    )
    english_event = event.get_translation(english)
    # Dates, place and links are synchronised, not retyped; the text awaits the translator.
    assert english_event.start_at == event.start_at
    assert english_event.venue_address == event.venue_address
    assert english_event.registration_url == event.registration_url
    assert not english_event.live
    edit = admin_client.get(f"/admin/pages/{english_event.pk}/edit/")
    assert edit.status_code == 200
    assert (
        str(translation.uuid) in edit.content.decode()
        or "localize" in edit.content.decode()
    )


def test_the_api_never_shows_a_draft_translation(
    client, admin_client, programme, english, django_capture_on_commit_callbacks
):
    event = EventPageFactory(parent=programme, title="Xperience Day")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"/admin/localize/submit/page/{event.pk}/", {"locales": [english.pk]}
        )
    english_event = event.get_translation(english)
    listed = {
        item["id"] for item in client.get(PAGES_URL, {"locale": "en"}).json()["items"]
    }
    assert english_event.pk not in listed
    assert client.get(f"{PAGES_URL}{english_event.pk}/").status_code == 404
    assert client.get(f"{PAGES_URL}{event.pk}/").json()["meta"]["translations"] == {}


def test_editors_can_create_every_brand_page_type_where_it_belongs(home):
    from cms.models import (
        ArticlePage,
        EpisodePage,
        EventPage,
        NewsIndexPage,
        PodcastIndexPage,
        ProgrammeIndexPage,
        StandardPage,
    )
    from gallery.models import GalleryIndexPage

    home_page_type_children = set(home.specific_class.allowed_subpage_models())
    assert home_page_type_children == {
        StandardPage,
        ProgrammeIndexPage,
        NewsIndexPage,
        PodcastIndexPage,
        GalleryIndexPage,
    }
    assert EventPage.allowed_parent_page_models() == [ProgrammeIndexPage]
    assert ArticlePage.allowed_parent_page_models() == [NewsIndexPage]
    assert EpisodePage.allowed_parent_page_models() == [PodcastIndexPage]
    assert not Page.objects.filter(content_type__model="eventpage", depth=3).exists()


@pytest.mark.parametrize("fixture", ["about", "event", "article", "episode"])
def test_every_brand_page_type_can_be_submitted_for_translation(
    request, admin_client, fixture, english, django_capture_on_commit_callbacks
):
    dutch_page = request.getfixturevalue(fixture)
    # Start from a page that has no English version yet, under parents that do.
    dutch_page.get_translation(english).delete()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/localize/submit/page/{dutch_page.pk}/", {"locales": [english.pk]}
        )
    assert response.status_code == 302
    english_page = dutch_page.get_translation(english).specific
    assert english_page.get_parent().locale == english
    assert not english_page.live
    assert admin_client.get(f"/admin/pages/{english_page.pk}/edit/").status_code == 200
