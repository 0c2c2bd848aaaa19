"""wagtail-localize's translation editor saves each string through DRF views inside the admin. The
project's DRF defaults serve those views too, so they must take the admin session and the form
posts the editor sends, while the public API stays anonymous (``api.public``)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation

pytestmark = pytest.mark.django_db

BOUNDARY = "BoUnDaRyStRiNg"


def put_string(client, translation: Translation, segment: StringSegment, value: str):
    return client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        data=encode_multipart(BOUNDARY, {"value": value}),
        content_type=MULTIPART_CONTENT,
    )


@pytest.fixture
def home_translation(home, english) -> Translation:
    return Translation.objects.get(
        source__object_id=home.translation_key, target_locale=english
    )


def test_an_editor_saves_a_string_in_the_translation_editor(
    client, home_translation, english
):
    editor = get_user_model().objects.create_user("redactie", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    segment = StringSegment.objects.filter(source=home_translation.source).first()

    response = put_string(client, home_translation, segment, "Make your story here.")

    assert response.status_code in (200, 201), response.content
    saved = StringTranslation.objects.get(
        translation_of=segment.string, locale=english, context=segment.context
    )
    assert saved.data == "Make your story here."


def test_the_translation_editor_refuses_anonymous_writes(client, home_translation):
    segment = StringSegment.objects.filter(source=home_translation.source).first()

    response = put_string(client, home_translation, segment, "Defaced")

    assert response.status_code == 302  # to the admin login
    assert not StringTranslation.objects.filter(data="Defaced").exists()
