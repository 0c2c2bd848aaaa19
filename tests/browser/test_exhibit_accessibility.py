"""The Urban Gallery's pages meet WCAG 2.1 AA on a phone, in Dutch and in English.

Above all the exhibit pages a QR code opens (an artwork, a spot): a real chromium loads them from
the live server and audits them as ``test_accessibility`` audits the brand pages.
"""

from django.core.files.base import ContentFile

import pytest

from .conftest import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_exhibit_pages_are_accessible_on_a_phone(exhibit, audit_page):
    from wagtail.documents import get_document_model

    from gallery.models import ArtworkPage

    # With an audio description, so that the player is audited too.
    audio = get_document_model().objects.create(
        title="Audiodescriptie",
        file=ContentFile(b"ID3 not really an mp3", name="zendmast.mp3"),
    )
    ArtworkPage.objects.filter(translation_key=exhibit.artwork.translation_key).update(
        audio_description=audio
    )
    assert_accessible(
        audit_page,
        [
            ("/nl/urban-gallery/kunstwerken/zendmast-van-licht/", "nl"),
            ("/en/urban-gallery/artworks/transmitter-of-light/", "en"),
            ("/nl/urban-gallery/spots/stationsplein/", "nl"),
            ("/en/urban-gallery/spots/stationsplein/", "en"),
        ],
    )


def test_gallery_pages_are_accessible_on_a_phone(
    exhibit, english, translate, audit_page
):
    from tests.gallery.test_exhibit_page import spot_near_the_station

    # A spot with nothing on show lists the exhibitions instead.
    empty = spot_near_the_station("lege-lijst", name="Lege lijst")
    translate(empty, english, {"Lege lijst": "Empty frame"})
    assert_accessible(
        audit_page,
        [
            ("/nl/urban-gallery/", "nl"),
            ("/en/urban-gallery/", "en"),
            ("/nl/urban-gallery/nieuwe-makers-2026/", "nl"),
            ("/en/urban-gallery/nieuwe-makers-2026/", "en"),
            ("/nl/urban-gallery/kunstwerken/", "nl"),
            ("/en/urban-gallery/artworks/", "en"),
            ("/nl/urban-gallery/kunstenaars/", "nl"),
            ("/en/urban-gallery/artists/", "en"),
            ("/nl/urban-gallery/kunstenaars/demo-noor-vos/", "nl"),
            ("/en/urban-gallery/artists/demo-noor-vos/", "en"),
            ("/nl/urban-gallery/spots/lege-lijst/", "nl"),
            ("/en/urban-gallery/spots/lege-lijst/", "en"),
        ],
    )
