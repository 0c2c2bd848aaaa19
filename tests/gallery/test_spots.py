"""Spots: coordinates in Hilversum unless a curator says otherwise, one slug per language, drafts."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from gallery.geo import distance_metres, in_gallery_area
from gallery.models import Spot
from tests.factories import SpotFactory

pytestmark = pytest.mark.django_db

STATION = (52.226059, 5.181606)
DUDOK_TOWN_HALL = (52.229450, 5.170650)


def spot(**fields) -> Spot:
    return SpotFactory.build(**fields)


def test_hilversum_coordinates_are_accepted():
    spot(latitude=Decimal("52.226059"), longitude=Decimal("5.181606")).full_clean()


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (Decimal("5.181606"), Decimal("52.226059")),  # swapped
        (Decimal("52.370216"), Decimal("4.895168")),  # Amsterdam
        (Decimal("0"), Decimal("0")),
    ],
)
def test_coordinates_outside_hilversum_are_refused_with_a_message(latitude, longitude):
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            spot(latitude=latitude, longitude=longitude).full_clean()
        assert "outside Hilversum" in str(error.value.message_dict["latitude"])
    assert "longitude" in error.value.message_dict


def test_a_curator_can_place_a_spot_outside_hilversum_on_purpose():
    spot(
        latitude=Decimal("52.370216"),
        longitude=Decimal("4.895168"),
        outside_hilversum=True,
    ).full_clean()


def test_a_slug_is_unique_per_language(dutch):
    SpotFactory(slug="kerkbrink")
    with pytest.raises(ValidationError) as error:
        spot(slug="kerkbrink").full_clean()
    assert "slug" in error.value.message_dict


def test_a_translation_keeps_coordinates_slug_and_access_but_translates_text(
    english, translate
):
    source = SpotFactory(
        name="Kerkbrink",
        slug="kerkbrink",
        position="Tegen de kerkmuur",
        step_free=False,
    )
    translated = translate(
        source,
        english,
        {"Kerkbrink": "Church square", "Tegen de kerkmuur": "Against the church wall"},
    )
    assert (translated.name, translated.position) == (
        "Church square",
        "Against the church wall",
    )
    assert (translated.latitude, translated.longitude) == (
        source.latitude,
        source.longitude,
    )
    assert (translated.slug, translated.step_free) == ("kerkbrink", False)
    assert translated.translation_key == source.translation_key


def test_a_spot_is_drafted_with_revisions_before_it_goes_live(dutch):
    draft = SpotFactory(live=False)
    draft.name = "Groest, tweede lijst"
    revision = draft.save_revision()
    assert Spot.objects.get(pk=draft.pk).live is False
    revision.publish()
    published = Spot.objects.get(pk=draft.pk)
    assert published.live and published.name == "Groest, tweede lijst"
    assert published.revisions.count() == 1


def test_map_link_points_at_the_coordinates():
    url = spot(latitude=Decimal("52.226059"), longitude=Decimal("5.181606")).map_url
    assert url.startswith("https://www.openstreetmap.org/?mlat=52.226059&mlon=5.181606")


def test_the_bounding_box_holds_the_town_and_not_its_neighbours():
    assert in_gallery_area(*STATION) and in_gallery_area(*DUDOK_TOWN_HALL)
    assert not in_gallery_area(52.1561, 5.3878)  # Amersfoort
    assert not in_gallery_area(52.2783, 5.1625)  # Bussum


def test_distance_between_the_station_and_the_town_hall():
    # About 830 m as the crow flies (great-circle distance).
    assert 800 < distance_metres(*STATION, *DUDOK_TOWN_HALL) < 860
