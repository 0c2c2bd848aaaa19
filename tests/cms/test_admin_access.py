"""wagtail-localize's translation routes under the explorer's rules (``cms.admin_access``): what
each role may still do through them, what it is refused and how, and what the forms offer. The
matrix (``test_admin_matrix.py``) checks every route; these tests check the allowed paths it does
not post, and the words a refused user reads."""

from django.contrib.messages import get_messages
from django.urls import reverse

import pytest
from wagtail_localize.models import TranslationSource

from cms.admin_access import DENIED
from tests.factories import ArtworkPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def update_url(instance) -> str:
    source = TranslationSource.objects.get(object_id=instance.translation_key)
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def submit_url(page) -> str:
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


@pytest.fixture
def changed_about(about, english):
    """The brand page with a new Dutch draft, and its English translation as it was."""
    about.title = "Over The Media Ahead"
    about.save_revision().publish()
    return about


@pytest.mark.parametrize(("role", "offered"), [("editor", False), ("moderator", True)])
def test_the_sync_form_offers_publishing_only_to_who_may_publish(
    client, staff, changed_about, role, offered
):
    client.force_login(staff[role])
    response = client.get(update_url(changed_about))
    assert response.status_code == 200
    assert ('name="publish_translations"' in response.content.decode()) is offered


def test_an_editor_cannot_publish_translations_past_the_review(
    client, staff, changed_about, english
):
    english_page = changed_about.get_translation(english)
    revision_before = english_page.live_revision_id
    client.force_login(staff["editor"])

    response = client.post(update_url(changed_about), {"publish_translations": "on"})

    assert response.status_code == 302
    assert response.headers["Location"] == reverse("wagtailadmin_home")
    # In the admin's language, Dutch by default.
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert messages == [str(DENIED)]
    assert messages[0].startswith("Dit mag u niet doen")
    english_page.refresh_from_db()
    assert english_page.live_revision_id == revision_before


def test_an_editor_still_syncs_translations_as_drafts(client, staff, changed_about):
    client.force_login(staff["editor"])
    response = client.post(update_url(changed_about), {})
    assert response.status_code == 302
    assert response.headers["Location"] != reverse("wagtailadmin_home")


def test_a_moderator_publishes_synced_translations(
    client, staff, changed_about, english, django_capture_on_commit_callbacks
):
    client.force_login(staff["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            update_url(changed_about), {"publish_translations": "on"}
        )
    assert response.status_code == 302
    english_page = changed_about.get_translation(english)
    assert english_page.live
    assert not english_page.has_unpublished_changes


@pytest.mark.parametrize(
    ("role", "where", "allowed"),
    [
        ("editor", "brand", True),
        ("curator", "brand", False),
        ("curator", "gallery", True),
    ],
)
def test_translating_a_page_needs_the_right_to_edit_it_and_add_in_the_target(
    client, staff, gallery, english, role, where, allowed
):
    if where == "brand":
        page = StandardPageFactory(parent=gallery.index.get_parent(), slug="pers")
    else:
        page = ArtworkPageFactory(parent=gallery.artworks, slug="ruis")
    client.force_login(staff[role])

    response = client.post(submit_url(page), {"locales": [english.pk]})

    assert response.status_code == 302
    assert (response.headers["Location"] != reverse("wagtailadmin_home")) is allowed
    assert page.has_translation(english) is allowed
