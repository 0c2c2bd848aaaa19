"""A submission from the open call to the gallery API, and what is purged afterwards."""

import datetime
import os
import time
from decimal import Decimal
from io import StringIO

from django.core import mail
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from wagtail.images import get_image_model

import pytest

from gallery.choices import SubmissionStatus
from gallery.models import ArtworkPage, Submission
from gallery.models.submissions import quarantine_storage
from gallery.submission_accept import accept_submission, parse_dimensions
from gallery.submissions import InvalidTransition, decide, start_review
from tests.gallery.submission_files import submission_fields, upload, webp

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, django_capture_on_commit_callbacks):
    def submit(**overrides) -> Submission:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/api/gallery/submissions/", submission_fields(**overrides)
            )
        assert response.status_code == 201, response.content
        return Submission.objects.get(reference=response.json()["reference"])

    return submit


def test_submit_accept_publish_and_the_work_is_in_the_api_in_both_languages(
    client, gallery, admin_user, submitted, django_capture_on_commit_callbacks
):
    submission = submitted(
        image_2=upload("detail.webp", webp()), alt_text_2="Detail van de mast."
    )
    start_review(submission)
    with django_capture_on_commit_callbacks(execute=True):
        artwork = accept_submission(submission, admin_user)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ACCEPTED
    assert submission.artwork == artwork and submission.decided_by == admin_user

    # A draft: nothing is public until an editor publishes, not even the images.
    assert not artwork.live and not submission.artist.live
    assert "Zenders in de nacht" not in client.get("/api/v2/images/").content.decode()
    image_id = artwork.images.first().image_id
    assert client.get(f"/api/v2/images/{image_id}/").status_code == 404
    assert (
        "Zenders in de nacht"
        not in client.get("/api/gallery/artworks/").content.decode()
    )
    assert (artwork.year, artwork.medium) == (2025, "Digitale print op dibond")
    assert (artwork.height_cm, artwork.width_cm, artwork.depth_cm) == (120, 80, 2)
    assert artwork.introduction == "Een serie nachtfoto's van zendmasten."
    images = [row.image for row in artwork.images.all()]
    assert [image.description for image in images] == [
        "Een zendmast die oplicht tegen een donkerblauwe lucht.",
        "Detail van de mast.",
    ]
    assert {image.credit for image in images} == {"Noor Visser"}
    assert all("rightsstatements.org" in image.license_url for image in images)

    # The decision reached the artist, in their language.
    assert "geselecteerd" in mail.outbox[-1].subject

    with django_capture_on_commit_callbacks(execute=True):
        submission.artist.save_revision().publish()
        artwork.get_latest_revision().publish()
    assert client.get(f"/api/v2/images/{image_id}/").status_code == 200
    dutch = client.get("/api/gallery/artworks/", {"locale": "nl"}).json()["results"]
    (card,) = [item for item in dutch if item["title"] == "Zenders in de nacht"]
    assert card["artists"][0]["name"] == "Noor Visser"
    assert card["is_fallback"] is False
    english = client.get("/api/gallery/artworks/", {"locale": "en"}).json()["results"]
    (card,) = [item for item in english if item["title"] == "Zenders in de nacht"]
    # No English translation yet: the Dutch work stands in, marked as such.
    assert card["is_fallback"] is True
    detail = client.get(f"/api/gallery/artworks/{card['id']}/").content.decode()
    for personal in ("Noor@Example.org", "noor@example.org", "consent"):
        assert personal not in detail


def test_an_artist_who_has_a_page_gets_no_second_one(gallery, admin_user, submitted):
    first = submitted()
    accept_submission(first, admin_user)
    second = submitted(title="Tweede werk", artist_name="noor visser ")
    accept_submission(second, admin_user)
    second.refresh_from_db()
    assert second.artist_id == first.artist_id
    assert ArtworkPage.objects.filter(title="Zenders in de nacht").count() == 1


def test_the_longest_names_still_make_a_draft(gallery, admin_user, submitted):
    submission = submitted(title="T" * 200, artist_name="A" * 200)
    artwork = accept_submission(submission, admin_user)
    titles = [row.image.title for row in artwork.images.all()]
    assert all(len(title) <= 255 and title.endswith("(1)") for title in titles)


def test_a_decision_is_final(gallery, admin_user, submitted):
    submission = submitted()
    decide(submission, SubmissionStatus.DECLINED, admin_user, "Niet dit jaar.")
    with pytest.raises(InvalidTransition):
        accept_submission(submission, admin_user)
    with pytest.raises(InvalidTransition):
        start_review(submission)
    assert not ArtworkPage.objects.filter(title="Zenders in de nacht").exists()


def test_an_accept_that_fails_leaves_no_library_file(
    gallery, admin_user, submitted, monkeypatch
):
    submission = submitted()
    image_model = get_image_model()
    before = image_model.objects.count()

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(ArtworkPage, "save_revision", broken)
    with pytest.raises(RuntimeError):
        accept_submission(submission, admin_user)
    assert image_model.objects.count() == before
    media = quarantine_storage()  # the submission keeps its own files
    assert all(media.exists(row.file.name) for row in submission.images.all())
    submission.refresh_from_db()
    assert submission.is_open


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120 x 80 x 2 cm", (120, 80, 2)),
        ("30,5×40", (30.5, 40, None)),
        ("29.75 x 21 cm", (Decimal("29.8"), 21, None)),
        ("12345678 x 1", (None, None, None)),
        ("0 x 10", (None, None, None)),
        ("ongeveer twee meter", (None, None, None)),
        ("", (None, None, None)),
    ],
)
def test_dimensions_are_read_when_they_are_numbers(text, expected):
    assert parse_dimensions(text) == expected


def test_purge_deletes_old_declined_and_withdrawn_submissions_with_their_files(
    admin_user, submitted, django_capture_on_commit_callbacks, quarantined_files
):
    old_declined = submitted(email="a@example.org")
    decide(old_declined, SubmissionStatus.DECLINED, admin_user)
    old_withdrawn = submitted(email="b@example.org")
    old_withdrawn.status = SubmissionStatus.WITHDRAWN
    old_withdrawn.save()
    recent = submitted(email="c@example.org")
    decide(recent, SubmissionStatus.DECLINED, admin_user)
    waiting = submitted(email="d@example.org")
    long_ago = timezone.now() - datetime.timedelta(days=91)
    Submission.objects.filter(pk=old_declined.pk).update(decided_at=long_ago)
    Submission.objects.filter(pk=old_withdrawn.pk).update(
        decided_at=None, updated_at=long_ago
    )
    Submission.objects.filter(pk=waiting.pk).update(created_at=long_ago)
    doomed_files = [
        row.file.name for s in (old_declined, old_withdrawn) for row in s.images.all()
    ]

    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_submissions", stdout=StringIO())
    assert set(Submission.objects.values_list("pk", flat=True)) == {
        recent.pk,
        waiting.pk,
    }
    assert not set(doomed_files) & set(quarantined_files())
    assert len(quarantined_files()) == 2


def test_purge_deletes_one_submission_on_request(
    submitted, django_capture_on_commit_callbacks, quarantined_files
):
    submission = submitted()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "purge_submissions",
            reference=submission.reference.lower(),
            stdout=StringIO(),
        )
    assert not Submission.objects.exists() and quarantined_files() == []


def test_sweep_removes_orphans_and_keeps_files_in_use(submitted, quarantined_files):
    submission = submitted()
    storage = quarantine_storage()
    orphan = storage.save("submissions/orphan.jpg", ContentFile(b"orphan"))
    fresh = storage.save("submissions/fresh.jpg", ContentFile(b"orphan"))
    an_hour_ago = time.time() - 2 * 3600
    os.utime(storage.path(orphan), (an_hour_ago, an_hour_ago))
    in_use = submission.images.get().file.name
    os.utime(storage.path(in_use), (an_hour_ago, an_hour_ago))
    call_command("sweep_submission_files", stdout=StringIO())
    assert quarantined_files() == sorted([fresh, in_use])


def test_submissions_arriving_together_cannot_pass_the_limit_together(db):
    from concurrent.futures import ThreadPoolExecutor

    from gallery.ratelimit import RateLimited
    from gallery.submissions import reserve_submission

    def reserve(number: int) -> bool:
        try:
            reserve_submission("192.0.2.1", f"artist{number}@example.org")
        except RateLimited:
            return False
        return True

    with ThreadPoolExecutor(max_workers=12) as pool:
        granted = list(pool.map(reserve, range(12)))
    assert granted.count(True) == 5


def test_a_mail_server_failure_undoes_nothing(
    client, monkeypatch, django_capture_on_commit_callbacks, quarantined_files
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr("gallery.submission_mail.send_mail", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/api/gallery/submissions/", submission_fields())
    assert response.status_code == 201
    submission = Submission.objects.get()
    assert quarantined_files() == [submission.images.get().file.name]


def test_a_withdrawal_never_overwrites_a_decision_made_meanwhile(
    gallery, admin_user, submitted
):
    from gallery.submissions import withdraw

    submission = submitted()
    stale = Submission.objects.get(pk=submission.pk)  # the status page loaded it
    accept_submission(submission, admin_user)
    with pytest.raises(InvalidTransition):
        withdraw(stale)
    assert Submission.objects.get(pk=submission.pk).status == SubmissionStatus.ACCEPTED
