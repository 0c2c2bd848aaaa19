"""What is on show where, now, in the visitor's language, and never what a passer-by may not see."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from gallery.queries import (
    artwork_showings,
    current_exhibitions,
    exhibitions_by_period,
    on_show_at,
    works_near,
)
from tests.factories import (
    ArtistPageFactory,
    ArtworkPageFactory,
    ExhibitionPageFactory,
    ImageFactory,
    SpotFactory,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def test_a_spot_shows_its_work_in_the_spot_language(exhibit):
    showing = on_show_at(exhibit.spot_en)
    assert showing.artwork == exhibit.artwork_en
    assert showing.spot == exhibit.spot_en
    assert showing.exhibition == exhibit.exhibition_en
    assert showing.artwork.artists == [exhibit.artist_en]
    assert on_show_at(exhibit.spot).artwork == exhibit.artwork


def test_an_untranslated_work_falls_back_to_dutch_on_an_english_spot(
    exhibit, english, translate
):
    untranslated = ArtworkPageFactory(
        parent=exhibit.artwork.get_parent(), artists=[exhibit.artist]
    )
    spot = SpotFactory(slug="groest")
    spot_en = translate(spot, english, {})
    exhibition = ExhibitionPageFactory(
        parent=exhibit.exhibition.get_parent(),
        placements=[{"artwork": untranslated, "spot": spot}],
    )
    translate(exhibition, english, {})
    showing = on_show_at(spot_en)
    assert showing.artwork == untranslated
    assert showing.artwork.locale.language_code == "nl"


@pytest.mark.parametrize(
    ("starts_in", "ends_in", "on_show"),
    [(-3, 3, True), (0, 0, True), (1, 5, False), (-5, -1, False)],
)
def test_a_placement_is_on_show_only_between_its_own_dates(
    gallery, starts_in, ends_in, on_show
):
    spot = SpotFactory()
    artwork = ArtworkPageFactory(
        parent=gallery.artworks, artists=[ArtistPageFactory(parent=gallery.artists)]
    )
    ExhibitionPageFactory(
        parent=gallery.index,
        placements=[
            {
                "artwork": artwork,
                "spot": spot,
                "starts_on": TODAY() + timedelta(days=starts_in),
                "ends_on": TODAY() + timedelta(days=ends_in),
            }
        ],
    )
    assert (on_show_at(spot) is not None) is on_show


def hide_unpublished(page):
    page.unpublish()


def hide_expired(page):
    # Past its expiry date but not yet unpublished by the scheduler.
    type(page).objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )


def hide_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type="login")


@pytest.mark.parametrize("hide", [hide_unpublished, hide_expired, hide_private])
@pytest.mark.parametrize("what", ["exhibition", "artwork"])
def test_nothing_hidden_is_on_show(exhibit, hide, what):
    hide(getattr(exhibit, what))
    assert on_show_at(exhibit.spot) is None
    assert all(
        showing.artwork.translation_key != exhibit.artwork.translation_key
        for showing in works_near(52.226, 5.1816, exhibit.spot.locale)
    )


def test_an_exhibition_not_yet_open_or_closed_shows_nothing(exhibit):
    exhibit.exhibition.start_date = TODAY() + timedelta(days=1)
    exhibit.exhibition.end_date = TODAY() + timedelta(days=10)
    exhibit.exhibition.save()
    assert on_show_at(exhibit.spot) is None
    exhibit.exhibition.start_date = TODAY() - timedelta(days=10)
    exhibit.exhibition.end_date = TODAY() - timedelta(days=1)
    exhibit.exhibition.save()
    assert on_show_at(exhibit.spot) is None


def test_a_draft_artist_is_not_credited(exhibit):
    exhibit.artist.unpublish()
    assert on_show_at(exhibit.spot).artwork.artists == []


def test_a_work_at_a_draft_spot_is_not_on_show(exhibit):
    type(exhibit.spot).objects.filter(
        translation_key=exhibit.spot.translation_key
    ).update(live=False)
    assert on_show_at(exhibit.spot) is None


def test_works_near_a_point_come_nearest_first_with_their_distance(exhibit, english):
    # From the Kerkbrink: the neighbour hangs there, the artwork 530 m away at the station.
    showings = works_near(52.223370, 5.176080, english)
    assert [showing.artwork for showing in showings] == [
        exhibit.neighbour_en,
        exhibit.artwork_en,
    ]
    assert showings[0].distance_m < 1
    assert 450 < showings[1].distance_m < 600
    nearby = works_near(52.223370, 5.176080, english, exclude=exhibit.neighbour_en)
    assert [showing.artwork for showing in nearby] == [exhibit.artwork_en]


def test_an_artwork_knows_where_it_is_on_show(exhibit):
    [showing] = artwork_showings(exhibit.artwork_en)
    assert showing.spot == exhibit.spot_en
    assert showing.shown_from == exhibit.exhibition.start_date


def test_exhibitions_are_split_into_current_upcoming_and_past(gallery):
    current = ExhibitionPageFactory(parent=gallery.index)
    upcoming = ExhibitionPageFactory(
        parent=gallery.index,
        start_date=TODAY() + timedelta(days=40),
        end_date=TODAY() + timedelta(days=90),
    )
    past = ExhibitionPageFactory(
        parent=gallery.index,
        start_date=TODAY() - timedelta(days=90),
        end_date=TODAY() - timedelta(days=40),
    )
    draft = ExhibitionPageFactory(parent=gallery.index)
    draft.unpublish()
    periods = exhibitions_by_period(gallery.index.locale)
    assert periods == {
        "current_exhibitions": [current],
        "upcoming_exhibitions": [upcoming],
        "past_exhibitions": [past],
    }
    assert list(current_exhibitions(gallery.index.locale)) == [current]


def add_works(gallery, count: int) -> None:
    """``count`` works with two artists and two images each, on show at their own spots."""
    placements = []
    for _ in range(count):
        artists = ArtistPageFactory.create_batch(2, parent=gallery.artists)
        artwork = ArtworkPageFactory(
            parent=gallery.artworks,
            artists=artists,
            images=ImageFactory.create_batch(2),
        )
        placements.append({"artwork": artwork, "spot": SpotFactory()})
    ExhibitionPageFactory(parent=gallery.index, placements=placements)


@pytest.mark.parametrize("count", [2, 8])
def test_on_show_queries_do_not_grow_with_the_number_of_works(
    gallery, count, django_assert_max_num_queries, django_assert_num_queries
):
    add_works(gallery, count)
    spot = SpotFactory._meta.model.objects.order_by("pk").first()
    locale = gallery.index.locale
    with django_assert_num_queries(8):
        on_show_at(spot)
    with django_assert_num_queries(7):
        showings = works_near(52.2261, 5.1816, locale, limit=count)
    assert len(showings) == count
    assert all(len(showing.artwork.artists) == 2 for showing in showings)
    with django_assert_max_num_queries(2):
        exhibitions_by_period(locale)
