"""The Urban Gallery demo: a current, a past and an upcoming exhibition of fictional work at real
spots in Hilversum, in Dutch and English, that keeps the admin's rules and loads idempotently."""

import datetime
from itertools import combinations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page, Revision

import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from gallery.choices import SubmissionStatus
from gallery.demo.loader import load_gallery
from gallery.models import (
    ArtistIndexPage,
    ArtistPage,
    ArtworkArtist,
    ArtworkImage,
    ArtworkIndexPage,
    ArtworkPage,
    ExhibitionPage,
    ExhibitionPlacement,
    GalleryIndexPage,
    Spot,
    Submission,
    SubmissionImage,
)
from gallery.models.exhibitions import effective_dates_annotation, placement_conflicts
from gallery.queries import current_exhibitions, exhibitions_by_period, on_show_at
from tests.cms.test_demo_content import restore_snapshot, take_snapshot

# Real commits: wagtail-localize publishes translations on commit, as in a real run of the command.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COUNTED_MODELS = [
    Page,
    GalleryIndexPage,
    ArtworkIndexPage,
    ArtistIndexPage,
    ArtistPage,
    ArtworkPage,
    ArtworkArtist,
    ArtworkImage,
    ExhibitionPage,
    ExhibitionPlacement,
    Spot,
    Submission,
    SubmissionImage,
    get_image_model(),
    Revision,
    TranslationSource,
    Translation,
    StringTranslation,
    Group,
    GroupPagePermission,
]

# The database right after the first real load of both demos, per database (see
# tests/cms/test_demo_content.py for how a snapshot is taken and restored).
SNAPSHOTS: dict[str, object] = {}


def load_gallery_demo(**options) -> None:
    call_command("load_gallery_demo", verbosity=0, **options)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


@pytest.fixture
def demo() -> dict[str, int]:
    """The brand site and the gallery demo. The first test loads them for real, later tests
    restore a snapshot of that database."""
    connection.ensure_connection()
    name = connection.settings_dict["NAME"]
    if name in SNAPSHOTS:
        restore_snapshot(SNAPSHOTS[name])
    else:
        call_command("load_demo_content", verbosity=0)
        load_gallery_demo()
        SNAPSHOTS[name] = take_snapshot()
    return counts()


def test_there_is_a_current_a_past_and_an_upcoming_exhibition(demo, dutch, english):
    today = timezone.localdate()
    for locale in (dutch, english):
        periods = exhibitions_by_period(locale)
        assert [
            len(periods[f"{period}_exhibitions"])
            for period in ("current", "past", "upcoming")
        ] == [1, 1, 1]
    [current] = current_exhibitions(dutch)
    assert current.start_date <= today - datetime.timedelta(days=28)
    assert current.end_date >= today + datetime.timedelta(days=28)
    assert current.placements.values("spot").distinct().count() >= 12


def test_there_are_enough_works_artists_and_spots_in_both_languages(
    demo, dutch, english
):
    for locale in (dutch, english):
        assert ArtworkPage.objects.live().filter(locale=locale).count() >= 12
        assert ArtistPage.objects.live().filter(locale=locale).count() >= 8
        assert Spot.objects.filter(locale=locale, live=True, active=True).count() >= 12
    for artist in ArtistPage.objects.all():
        assert artist.title.endswith("(demo)")
    assert "fictional" in ArtistPage.objects.filter(locale=english).first().bio


def test_every_spot_lies_in_hilversum_and_keeps_its_place_in_english(
    demo, dutch, english, settings
):
    west, south, east, north = settings.GALLERY_BOUNDING_BOX
    spots = Spot.objects.filter(locale=dutch)
    for spot in spots:
        assert south <= spot.latitude <= north
        assert west <= spot.longitude <= east
        assert not spot.outside_hilversum
        spot.full_clean()
        translation = spot.get_translation(english)
        assert (translation.latitude, translation.longitude) == (
            spot.latitude,
            spot.longitude,
        )
        assert translation.live
        assert translation.position != spot.position
    assert len({(spot.latitude, spot.longitude) for spot in spots}) == spots.count()
    station = Spot.objects.get(locale=english, slug="stationsplein")
    assert station.name == "Station square, by the main entrance"


def test_english_versions_are_wagtail_localize_translations(demo, dutch, english):
    pages = Page.objects.type(
        GalleryIndexPage,
        ArtworkIndexPage,
        ArtistIndexPage,
        ArtistPage,
        ArtworkPage,
        ExhibitionPage,
    ).filter(locale=dutch)
    sources = [*(page.specific for page in pages), *Spot.objects.filter(locale=dutch)]
    assert len(sources) >= 3 + 8 + 12 + 3 + 12
    for source in sources:
        translation_source = TranslationSource.objects.get_for_instance_or_none(source)
        assert translation_source is not None, source
        assert Translation.objects.filter(
            source=translation_source, target_locale=english
        ).exists()
        assert source.get_translation(english).locale == english
    artwork = ArtworkPage.objects.get(locale=dutch, slug="zendmast-van-licht")
    assert artwork.get_translation(english).title == "Transmitter of light"
    assert artwork.get_translation(english).url_path.endswith(
        "/urban-gallery/artworks/transmitter-of-light/"
    )


def test_every_artwork_has_an_artist_and_described_images_in_both_languages(
    demo, dutch, english
):
    for artwork in ArtworkPage.objects.filter(locale=dutch).prefetch_related(
        "images__image"
    ):
        assert artwork.artist_links.exists()
        assert artwork.year and artwork.medium and artwork.dimensions and artwork.themes
        assert artwork.rights_statement and artwork.description
        translation = artwork.get_translation(english)
        assert translation.medium != artwork.medium
        images, english_images = (
            list(artwork.images.all()),
            list(translation.images.all()),
        )
        assert 1 <= len(images) <= 2
        assert [image.image_id for image in english_images] == [
            image.image_id for image in images
        ]
        for image, english_image in zip(images, english_images, strict=True):
            assert image.alt_text.startswith("Demo-afbeelding")
            assert english_image.alt_text.startswith("Demo image")
            assert english_image.locale == english
            assert image.image.file.name.endswith(".png")
            assert image.image.description


def test_no_spot_holds_two_works_at_the_same_moment(demo, dutch):
    placements = ExhibitionPlacement.objects.filter(locale=dutch).annotate(
        **effective_dates_annotation()
    )
    for first, second in combinations(placements, 2):
        if first.spot_id == second.spot_id:
            assert (
                first.shown_until < second.shown_from
                or second.shown_until < first.shown_from
            )
    for exhibition in ExhibitionPage.objects.filter(locale=dutch):
        rows = [
            (placement.pk, placement.spot, placement.shown_from, placement.shown_until)
            for placement in placements.filter(exhibition=exhibition)
        ]
        assert placement_conflicts(exhibition, rows) == []
        for _pk, _spot, shown_from, shown_until in rows:
            assert (
                exhibition.start_date
                <= shown_from
                <= shown_until
                <= exhibition.end_date
            )


def test_every_spot_of_the_current_exhibition_shows_a_work_in_both_languages(
    demo, dutch, english
):
    [current] = current_exhibitions(dutch)
    spots = {placement.spot for placement in current.placements.select_related("spot")}
    for spot in spots:
        showing = on_show_at(spot)
        assert showing is not None, spot
        assert showing.exhibition == current
        english_showing = on_show_at(spot.get_translation(english))
        assert english_showing.artwork.locale == english
        assert (
            english_showing.artwork.translation_key == showing.artwork.translation_key
        )
    station = Spot.objects.get(locale=dutch, slug="stationsplein")
    later = timezone.localdate() + datetime.timedelta(days=20)
    assert on_show_at(station).artwork.slug == "wachten-op-de-814"
    assert on_show_at(station, later).artwork.slug == "hoor-je-mij"


def test_the_open_call_has_submissions_to_moderate(demo):
    received, in_review = (
        Submission.objects.filter(status=status).get()
        for status in (SubmissionStatus.RECEIVED, SubmissionStatus.IN_REVIEW)
    )
    assert {received.language, in_review.language} == {"nl", "en"}
    for submission in (received, in_review):
        assert "(demo)" in submission.artist_name
        assert submission.email.endswith("@example.org")
        image = submission.images.get()
        assert image.alt_text and image.file.storage.exists(image.file.name)


def test_a_second_run_changes_nothing(demo):
    dates = list(ExhibitionPage.objects.values_list("pk", "start_date", "end_date"))
    load_gallery_demo()
    assert counts() == demo
    assert (
        list(ExhibitionPage.objects.values_list("pk", "start_date", "end_date"))
        == dates
    )


def test_a_run_on_a_later_day_only_moves_the_exhibitions_along(demo, dutch):
    later = timezone.localdate() + datetime.timedelta(days=30)
    dates = {
        pk: (start, end)
        for pk, start, end in ExhibitionPage.objects.values_list(
            "pk", "start_date", "end_date"
        )
    }
    revisions = set(Revision.objects.values_list("pk", flat=True))
    load_gallery(lambda message: None, today=later)
    shift = datetime.timedelta(days=30)
    for pk, start, end in ExhibitionPage.objects.values_list(
        "pk", "start_date", "end_date"
    ):
        assert (start, end) == (dates[pk][0] + shift, dates[pk][1] + shift)
    new_revisions = Revision.objects.exclude(pk__in=revisions)
    exhibition_type = ContentType.objects.get_for_model(ExhibitionPage)
    assert new_revisions.count() == 6
    assert set(new_revisions.values_list("content_type", flat=True)) == {
        exhibition_type.pk
    }
    assert {
        model: count for model, count in counts().items() if model != "Revision"
    } == {model: count for model, count in demo.items() if model != "Revision"}
    current = ExhibitionPage.objects.get(
        locale=dutch, start_date__lte=later, end_date__gte=later
    )
    assert current.slug == "nieuwe-makers-in-de-mediastad"


def test_curators_can_edit_the_gallery_and_get_a_demo_login(demo, settings):
    curators = Group.objects.get(name="Curators")
    indexes = set(GalleryIndexPage.objects.values_list("pk", flat=True))
    assert len(indexes) == 2
    assert (
        set(
            GroupPagePermission.objects.filter(group=curators).values_list(
                "page", flat=True
            )
        )
        == indexes
    )
    settings.DEBUG = True
    load_gallery_demo(users=True)
    curator = get_user_model().objects.get(username="curator")
    assert curator.check_password("mediastad")
    assert list(curator.groups.all()) == [curators]
    assert not curator.is_superuser
    # Enough to build the demo by hand: exhibitions and spots, in both languages.
    for exhibition in ExhibitionPage.objects.all():
        permissions = exhibition.permissions_for_user(curator)
        assert permissions.can_edit() and permissions.can_publish()
    assert curator.has_perms(
        ["gallery.add_spot", "gallery.change_spot", "gallery.publish_spot"]
    )


def test_demo_logins_are_refused_outside_development(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="development only"):
        load_gallery_demo(users=True)


def test_the_command_refuses_without_the_brand_home_page():
    with pytest.raises(CommandError, match="load_demo_content"):
        load_gallery_demo()
    assert not GalleryIndexPage.objects.exists()
