"""Placement rules: a spot holds one work at a time, across exhibitions and languages."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from gallery.models.exhibitions import placement_conflicts
from tests.factories import ArtworkPageFactory, ExhibitionPageFactory, SpotFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    """The tests quote the English messages; the Dutch ones come from the catalogue."""
    with translation.override("en"):
        yield


def days(start: int, end: int, exhibition) -> tuple:
    return (
        exhibition.start_date + timedelta(days=start),
        exhibition.start_date + timedelta(days=end),
    )


def test_two_rows_on_one_spot_at_overlapping_moments_conflict(exhibit):
    exhibition = exhibit.exhibition
    rows = [
        ("first", exhibit.spot, *days(0, 10, exhibition)),
        ("second", exhibit.spot, *days(10, 20, exhibition)),
    ]
    [(key, message)] = placement_conflicts(exhibition, rows)
    assert key == "second"
    assert "Stationsplein already holds another work of this exhibition" in message


def test_one_spot_can_hold_works_one_after_the_other(exhibit):
    exhibition = exhibit.exhibition
    rows = [
        ("first", exhibit.spot, *days(0, 9, exhibition)),
        ("second", exhibit.spot, *days(10, 20, exhibition)),
    ]
    assert placement_conflicts(exhibition, rows) == []


def test_a_spot_taken_by_another_exhibition_conflicts_and_names_it(exhibit, gallery):
    other = ExhibitionPageFactory.build(
        start_date=exhibit.exhibition.end_date, end_date=exhibit.exhibition.end_date
    )
    [(key, message)] = placement_conflicts(
        other, [("row", exhibit.spot_en, other.start_date, other.end_date)]
    )
    assert key == "row"
    assert "“Nieuwe makers 2026”" in message or "“New makers 2026”" in message


def test_the_exhibition_itself_and_its_translations_do_not_conflict_with_themselves(
    exhibit,
):
    rows = [
        ("a", exhibit.spot, exhibit.exhibition.start_date, exhibit.exhibition.end_date),
        (
            "b",
            exhibit.other_spot,
            exhibit.exhibition.start_date,
            exhibit.exhibition.end_date,
        ),
    ]
    assert placement_conflicts(exhibit.exhibition_en, rows) == []
    assert placement_conflicts(exhibit.exhibition, rows) == []


def test_a_free_spot_has_no_conflict(exhibit):
    free = SpotFactory()
    other = ExhibitionPageFactory.build(
        start_date=exhibit.exhibition.start_date, end_date=exhibit.exhibition.end_date
    )
    assert (
        placement_conflicts(other, [("row", free, other.start_date, other.end_date)])
        == []
    )


def test_an_exhibition_cannot_close_before_it_opens(exhibit):
    exhibition = exhibit.exhibition
    exhibition.end_date = exhibition.start_date - timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        exhibition.full_clean()
    assert "end_date" in error.value.message_dict


def test_translations_copy_placements_with_the_same_work_spot_and_dates(exhibit):
    def facts(exhibition):
        # By translation key: the copy may point at either language's artwork and spot.
        return sorted(
            (
                str(p.artwork.translation_key),
                str(p.spot.translation_key),
                p.starts_on,
                p.ends_on,
            )
            for p in exhibition.placements.all()
        )

    copied = list(exhibit.exhibition_en.placements.all())
    assert facts(exhibit.exhibition_en) == facts(exhibit.exhibition)
    assert {p.locale.language_code for p in copied} == {"en"}
    assert exhibit.exhibition_en.start_date == exhibit.exhibition.start_date


def test_a_translated_label_note_keeps_the_placement_facts(gallery, english, translate):
    artwork = ArtworkPageFactory(parent=gallery.artworks)
    exhibition = ExhibitionPageFactory(
        parent=gallery.index,
        placements=[
            {
                "artwork": artwork,
                "spot": SpotFactory(),
                "label_note": "Gemaakt met scholieren",
            }
        ],
    )
    translated = translate(
        exhibition, english, {"Gemaakt met scholieren": "Made with pupils"}
    )
    [placement] = translated.placements.all()
    assert placement.label_note == "Made with pupils"
    assert placement.artwork_id == artwork.pk
