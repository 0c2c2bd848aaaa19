"""What an editor sees when a spot, an artwork or an exhibition does not add up: the form again
(200) with the reason next to the field, and nothing saved."""

import datetime

from django.utils import timezone

import pytest

from gallery.models import ArtworkPage, ExhibitionPage, Spot
from tests.factories import ExhibitionPageFactory, ImageFactory
from tests.gallery.test_admin import (
    add_page_url,
    add_spot_url,
    artwork_form,
    exhibition_form,
    page_text,
    spot_form,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("admin_in_english")]

OUTSIDE = "These coordinates lie outside Hilversum"


# -- Spots --------------------------------------------------------------------------------------


def test_spot_in_amsterdam_is_refused(admin_client, gallery):
    response = admin_client.post(
        add_spot_url(), spot_form(latitude="52.373169", longitude="4.890660")
    )
    assert response.status_code == 200
    assert OUTSIDE in page_text(response)
    assert set(response.context["form"].errors) == {"latitude", "longitude"}
    assert not Spot.objects.exists()


def test_spot_outside_hilversum_on_purpose_is_accepted(admin_client, gallery):
    response = admin_client.post(
        add_spot_url(),
        spot_form(latitude="52.373169", longitude="4.890660", outside_hilversum="on"),
    )
    assert response.status_code == 302
    spot = Spot.objects.get()
    assert spot.outside_hilversum
    assert spot.live


def test_spot_with_swapped_coordinates_is_refused_with_a_hint(admin_client, gallery):
    response = admin_client.post(
        add_spot_url(), spot_form(latitude="5.181606", longitude="52.226059")
    )
    assert response.status_code == 200
    assert "are not swapped" in page_text(response)
    assert not Spot.objects.exists()


def test_spot_slug_is_unique_per_language(admin_client, exhibit):
    response = admin_client.post(add_spot_url(), spot_form(slug="stationsplein"))
    assert response.status_code == 200
    assert "Another spot already has this slug." in page_text(response)
    assert Spot.objects.filter(slug="stationsplein").count() == 2  # nl and en


def test_spot_draft_is_checked_too(admin_client, gallery):
    """Coordinates are not a required field that a draft may skip: a wrong one is wrong."""
    response = admin_client.post(
        add_spot_url(),
        spot_form(
            latitude="52.373169", longitude="4.890660", **{"action-publish": None}
        ),
    )
    assert response.status_code == 200
    assert not Spot.objects.exists()


# -- Exhibitions --------------------------------------------------------------------------------


def post_exhibition(admin_client, gallery, placements, **fields):
    return admin_client.post(
        add_page_url(ExhibitionPage, gallery.index),
        exhibition_form(placements, **fields),
    )


def test_placement_outside_the_exhibition_dates_is_refused(
    admin_client, exhibit, gallery
):
    today = timezone.localdate()
    spot = exhibit.other_spot
    exhibit.exhibition.unpublish()  # free both spots
    response = post_exhibition(
        admin_client,
        gallery,
        [
            {
                "artwork": exhibit.artwork,
                "spot": spot,
                "starts_on": today - datetime.timedelta(days=20),
            }
        ],
    )
    assert response.status_code == 200
    assert "Choose a date within the exhibition" in page_text(response)
    assert not ExhibitionPage.objects.filter(slug="licht-op-de-stad").exists()


def test_placement_that_ends_before_it_starts_is_refused(
    admin_client, exhibit, gallery
):
    today = timezone.localdate()
    response = post_exhibition(
        admin_client,
        gallery,
        [
            {
                "artwork": exhibit.artwork,
                "spot": exhibit.spot,
                "starts_on": today + datetime.timedelta(days=40),
                "ends_on": today + datetime.timedelta(days=35),
            }
        ],
        start_date=str(today + datetime.timedelta(days=31)),
        end_date=str(today + datetime.timedelta(days=60)),
    )
    assert response.status_code == 200
    assert "A placement cannot end before it starts." in page_text(response)
    assert not ExhibitionPage.objects.filter(slug="licht-op-de-stad").exists()


def test_two_works_on_one_spot_at_once_are_refused(admin_client, exhibit, gallery):
    today = timezone.localdate()
    # After the fixture's exhibition closes, so that only the two rows below collide.
    response = post_exhibition(
        admin_client,
        gallery,
        [
            {"artwork": exhibit.artwork, "spot": exhibit.spot},
            {
                "artwork": exhibit.neighbour,
                "spot": exhibit.spot,
                "starts_on": today + datetime.timedelta(days=45),
            },
        ],
        start_date=str(today + datetime.timedelta(days=31)),
        end_date=str(today + datetime.timedelta(days=60)),
    )
    assert response.status_code == 200
    assert "already holds another work of this exhibition" in page_text(response)
    assert not ExhibitionPage.objects.filter(slug="licht-op-de-stad").exists()


def test_one_spot_one_after_the_other_is_fine(admin_client, exhibit, gallery):
    today = timezone.localdate()
    response = post_exhibition(
        admin_client,
        gallery,
        [
            {
                "artwork": exhibit.artwork,
                "spot": exhibit.spot,
                "ends_on": today + datetime.timedelta(days=40),
            },
            {
                "artwork": exhibit.neighbour,
                "spot": exhibit.spot,
                "starts_on": today + datetime.timedelta(days=41),
            },
        ],
        start_date=str(today + datetime.timedelta(days=31)),
        end_date=str(today + datetime.timedelta(days=60)),
    )
    assert response.status_code == 302
    assert ExhibitionPage.objects.get(slug="licht-op-de-stad").placements.count() == 2


def test_spot_taken_by_another_exhibition_is_refused(admin_client, exhibit, gallery):
    response = post_exhibition(
        admin_client,
        gallery,
        [{"artwork": exhibit.neighbour, "spot": exhibit.spot}],
    )
    assert response.status_code == 200
    text = page_text(response)
    assert "is taken by the exhibition “Nieuwe makers 2026”" in text
    assert not ExhibitionPage.objects.filter(slug="licht-op-de-stad").exists()


def test_spot_taken_in_english_counts_as_the_same_spot(admin_client, exhibit, gallery):
    """The English spot is the same frame on the same wall."""
    response = post_exhibition(
        admin_client,
        gallery,
        [{"artwork": exhibit.neighbour, "spot": exhibit.spot_en}],
    )
    assert response.status_code == 200
    assert "is taken by the exhibition" in page_text(response)


def test_exhibition_that_closes_before_it_opens_is_refused(admin_client, gallery):
    today = timezone.localdate()
    response = post_exhibition(
        admin_client,
        gallery,
        [],
        start_date=str(today),
        end_date=str(today - datetime.timedelta(days=1)),
    )
    assert response.status_code == 200
    assert "An exhibition cannot close before it opens." in page_text(response)
    assert not ExhibitionPage.objects.filter(slug="licht-op-de-stad").exists()


def test_editing_an_exhibition_does_not_collide_with_itself(
    admin_client, exhibit, gallery
):
    """Its own placements (and those of its translation) are not "another exhibition"."""
    exhibition = ExhibitionPageFactory(
        parent=gallery.index,
        start_date=timezone.localdate() + datetime.timedelta(days=31),
        end_date=timezone.localdate() + datetime.timedelta(days=60),
        placements=[{"artwork": exhibit.artwork, "spot": exhibit.spot}],
    )
    placement = exhibition.placements.get()
    data = exhibition_form(
        [{"artwork": exhibit.artwork, "spot": exhibit.spot}],
        title="Later dit jaar",
        slug=exhibition.slug,
        start_date=str(exhibition.start_date),
        end_date=str(exhibition.end_date),
    )
    data.update({"placements-INITIAL_FORMS": "1", "placements-0-id": str(placement.pk)})
    response = admin_client.post(f"/admin/pages/{exhibition.pk}/edit/", data)
    assert response.status_code == 302
    exhibition.refresh_from_db()
    assert exhibition.title == "Later dit jaar"


# -- Artworks -----------------------------------------------------------------------------------


def post_artwork(admin_client, gallery, artists, images, **fields):
    return admin_client.post(
        add_page_url(ArtworkPage, gallery.artworks),
        artwork_form(artists, images, **fields),
    )


@pytest.mark.parametrize("publish", [True, False])
def test_artwork_without_an_artist(admin_client, gallery, publish):
    """Publishing needs an artist; a draft may wait for one."""
    response = post_artwork(
        admin_client,
        gallery,
        [],
        [(ImageFactory(), "")],
        **({} if publish else {"action-publish": None}),
    )
    artwork = ArtworkPage.objects.filter(slug="signaal").first()
    if publish:
        assert response.status_code == 200
        assert artwork is None
        [error] = response.context["form"].formsets["artist_links"].non_form_errors()
        assert error in page_text(response)
        assert "Add at least one artist before publishing." in page_text(response)
    else:
        assert response.status_code == 302
        assert artwork is not None
        assert not artwork.live


@pytest.mark.parametrize("publish", [True, False])
def test_artwork_without_an_image(admin_client, exhibit, gallery, publish):
    response = post_artwork(
        admin_client,
        gallery,
        [exhibit.artist],
        [],
        **({} if publish else {"action-publish": None}),
    )
    artwork = ArtworkPage.objects.filter(slug="signaal").first()
    if publish:
        assert response.status_code == 200
        assert artwork is None
        [error] = response.context["form"].formsets["images"].non_form_errors()
        assert error in page_text(response)
        assert "Add at least one image before publishing." in page_text(response)
    else:
        assert response.status_code == 302
        assert not artwork.live


@pytest.mark.parametrize("publish", [True, False])
def test_artwork_image_without_alt_text(admin_client, exhibit, gallery, publish):
    """Neither on the artwork nor in the library: a blind visitor would get nothing."""
    response = post_artwork(
        admin_client,
        gallery,
        [exhibit.artist],
        [(ImageFactory(description=""), "")],
        **({} if publish else {"action-publish": None}),
    )
    artwork = ArtworkPage.objects.filter(slug="signaal").first()
    if publish:
        assert response.status_code == 200
        assert "Describe this image for people who cannot see it" in page_text(response)
        assert artwork is None
    else:
        assert response.status_code == 302
        assert not artwork.live


def test_artwork_alt_text_on_the_artwork_is_enough(admin_client, exhibit, gallery):
    response = post_artwork(
        admin_client,
        gallery,
        [exhibit.artist],
        [(ImageFactory(description=""), "Een zendmast van licht.")],
    )
    assert response.status_code == 302
    assert ArtworkPage.objects.get(slug="signaal").live


def test_artwork_with_an_unknown_theme_is_refused(admin_client, exhibit, gallery):
    response = post_artwork(
        admin_client,
        gallery,
        [exhibit.artist],
        [(ImageFactory(), "")],
        themes=["ai", "astrology"],
    )
    assert response.status_code == 200
    assert not ArtworkPage.objects.filter(slug="signaal").exists()


def test_a_dutch_curator_reads_the_message_in_dutch(client, admin_user, gallery):
    """The default admin language is Dutch: the same refusal, translated."""
    from wagtail.users.models import UserProfile

    UserProfile.objects.filter(user=admin_user).update(preferred_language="nl")
    client.force_login(admin_user)
    response = client.post(
        add_spot_url(), spot_form(latitude="52.370216", longitude="4.895168")
    )
    assert response.status_code == 200
    assert "Deze coördinaten liggen buiten Hilversum" in page_text(response)
    assert not Spot.objects.exists()
