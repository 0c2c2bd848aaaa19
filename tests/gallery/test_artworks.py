"""Artworks: facts synchronised across languages, texts translated, themes from a fixed list."""

from decimal import Decimal

from django.core.exceptions import ValidationError

import pytest

from gallery.choices import RightsStatement
from tests.factories import ArtworkPageFactory

pytestmark = pytest.mark.django_db


def test_a_translation_keeps_the_facts_and_translates_the_words(exhibit):
    source, translated = exhibit.artwork, exhibit.artwork_en
    for field in (
        "year",
        "height_cm",
        "width_cm",
        "depth_cm",
        "themes",
        "rights_statement",
    ):
        assert getattr(translated, field) == getattr(source, field), field
    assert translated.medium == "digital print on aluminium"
    assert translated.title == "Transmitter of light"
    assert [link.artist_id for link in translated.artist_links.all()] == [
        exhibit.artist.pk
    ]
    [image] = translated.images.all()
    assert image.image_id == source.images.get().image_id
    assert image.alt == "A blue transmitter mast of neon tubes against a dark sky."


def test_dimensions_read_as_on_a_museum_label(gallery):
    artwork = ArtworkPageFactory.build(
        height_cm=Decimal("120.0"), width_cm=Decimal("80.5"), depth_cm=None
    )
    assert artwork.dimensions == "120 × 80,5 cm"
    assert ArtworkPageFactory.build(height_cm=None, width_cm=None).dimensions == ""


def test_an_unknown_theme_is_refused(gallery):
    artwork = ArtworkPageFactory(parent=gallery.artworks)
    artwork.themes = ["ai", "astrology"]
    with pytest.raises(ValidationError) as error:
        artwork.full_clean()
    assert "astrology" in str(error.value.message_dict["themes"])


def test_the_rights_statement_is_a_uri():
    assert all(
        value.startswith(
            ("https://creativecommons.org/", "http://rightsstatements.org/")
        )
        for value in RightsStatement.values
    )


def test_the_library_alt_text_is_used_when_the_artwork_has_none(gallery):
    artwork = ArtworkPageFactory(parent=gallery.artworks)
    image = artwork.images.get()
    assert image.alt_text == ""
    assert image.alt == image.image.description
