"""POST /api/gallery/submissions/ and GET …/<token>/: the open call through the API."""

import re

from django.core import mail

import pytest

from gallery.choices import SubmissionStatus
from gallery.models import Submission, SubmissionImage
from tests.gallery.submission_files import submission_fields, upload, webp

pytestmark = pytest.mark.django_db

URL = "/api/gallery/submissions/"
PERSONAL = ("Noor@Example.org", "noor@example.org", "consent", "email", "127.0.0.1")


def submit(client, fields: dict | None = None, **headers):
    return client.post(URL, fields or submission_fields(), **headers)


@pytest.fixture
def stored_files(quarantined_files):
    return quarantined_files


def test_a_submission_is_received_with_a_reference_and_a_private_status_url(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 201, response.content
    body = response.json()
    assert re.fullmatch(r"OC-[0-9A-Z]{8}", body["reference"])
    assert body["status"] == "received"
    assert response["Location"] == body["status_url"]
    assert body["status_url"].startswith("http://testserver/api/gallery/submissions/")
    assert body["status_page"].startswith("http://testserver/en/open-call/status/")
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    for personal in PERSONAL:
        assert personal not in response.content.decode()

    submission = Submission.objects.get(reference=body["reference"])
    assert submission.language == "en"
    assert submission.licence_consent_at and submission.privacy_consent_at
    # The token is in the URL the artist holds, never in the database.
    token = body["status_url"].rstrip("/").rsplit("/", 1)[1]
    assert token not in submission.token_digest and len(token) >= 40
    image = submission.images.get()
    assert (image.width, image.height, image.content_type) == (64, 48, "image/jpeg")
    assert re.fullmatch(r"submissions/[0-9a-f]{32}\.jpg", image.file.name)

    # The receipt, in the artist's language, with the status page's link.
    (receipt,) = mail.outbox
    assert receipt.to == ["Noor@Example.org"]
    assert body["reference"] in receipt.subject and "received" in receipt.subject
    assert body["status_page"] in receipt.body


def test_the_artist_reads_the_status_and_nothing_personal(client):
    body = submit(client).json()
    response = client.get(body["status_url"])
    assert response.status_code == 200
    status = response.json()
    assert status["reference"] == body["reference"]
    assert status["status"] == "received"
    assert status["title"] == "Zenders in de nacht"
    assert "no-store" in response["Cache-Control"]
    for personal in PERSONAL:
        assert personal not in response.content.decode()


def test_an_unknown_token_is_a_json_404(client):
    response = client.get(f"{URL}{'x' * 43}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_messages_come_per_field_in_the_language_asked_for(client, stored_files):
    fields = submission_fields(
        email="not-an-address",
        website="javascript:alert(1)",
        year="1850",
        description_nl="",
        description_en="",
        alt_text_1="",
        licence_consent=None,
    )
    response = client.post(f"{URL}?locale=en", fields, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    errors = response.json()["errors"]
    assert set(errors) == {
        "email",
        "website",
        "year",
        "description_nl",
        "alt_text_1",
        "licence_consent",
    }
    assert errors["year"] == [
        f"Give a year between 1900 and {errors['year'][0][-5:-1]}."
    ]
    assert errors["alt_text_1"] == ["Describe image 1 for people who cannot see it."]
    dutch = client.post(URL, fields, HTTP_ACCEPT_LANGUAGE="nl").json()["errors"]
    assert dutch["email"] == ["Voer een geldig e-mailadres in."]
    assert dutch["alt_text_1"] == [
        "Beschrijf afbeelding 1 voor wie haar niet kan zien."
    ]
    assert not Submission.objects.exists() and not stored_files()


def test_a_submission_needs_an_image_and_consent(client):
    response = client.post(
        URL,
        submission_fields(image_1=None, alt_text_1=None, privacy_consent=None),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"image_1", "privacy_consent"}


def test_five_images_in_any_slot_with_their_alt_text(client, stored_files):
    fields = submission_fields()
    for number in range(2, 6):
        fields[f"image_{number}"] = upload(f"beeld{number}.webp", webp())
        fields[f"alt_text_{number}"] = f"Beeld {number}"
    response = submit(client, fields)
    assert response.status_code == 201, response.content
    submission = Submission.objects.get()
    assert list(submission.images.values_list("alt_text", flat=True)) == [
        "Een zendmast die oplicht tegen een donkerblauwe lucht.",
        *(f"Beeld {number}" for number in range(2, 6)),
    ]
    assert len(stored_files()) == 5


def test_an_alt_text_without_its_image_is_refused(client):
    response = client.post(
        URL, submission_fields(alt_text_3="Iets"), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "image_3": ["Add the image this alt text describes."]
    }


def test_json_is_not_accepted(client):
    response = client.post(URL, {"title": "x"}, content_type="application/json")
    assert response.status_code == 415


def test_a_sixth_submission_within_the_hour_is_refused_with_retry_after(
    client, stored_files
):
    for number in range(5):
        fields = submission_fields(email=f"artist{number}@example.org")
        assert submit(client, fields).status_code == 201
    response = submit(client, submission_fields(email="someone-else@example.org"))
    assert response.status_code == 429
    assert 3500 <= int(response["Retry-After"]) <= 3600
    assert response["Content-Type"] == "application/problem+json"
    assert Submission.objects.count() == 5 and len(stored_files()) == 5
    # Another address (another artist in the same building) is counted apart.
    other = submit(client, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 201


def test_one_email_address_submits_five_times_an_hour_from_any_address(client):
    for number in range(5):
        response = submit(client, REMOTE_ADDR=f"192.0.2.{number + 1}")
        assert response.status_code == 201
    response = submit(client, REMOTE_ADDR="198.51.100.1")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


def test_the_api_never_lists_submissions(client):
    submit(client)
    assert client.get(URL).status_code == 405
    for path in ("/api/gallery/artworks/", "/api/gallery/artists/", "/api/v2/pages/"):
        assert "Zenders in de nacht" not in client.get(path).content.decode()


def test_a_failure_while_saving_leaves_no_row_and_no_file(
    client, stored_files, monkeypatch
):
    original = SubmissionImage.save
    calls = []

    def fail_on_second(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SubmissionImage, "save", fail_on_second)
    fields = submission_fields(image_2=upload("b.webp", webp()), alt_text_2="Beeld 2")
    client.raise_request_exception = False
    response = submit(client, fields)
    assert response.status_code == 500
    assert "disk full" not in response.content.decode()
    assert not Submission.objects.exists()
    assert stored_files() == []


def test_the_status_follows_the_decision(client):
    body = submit(client).json()
    submission = Submission.objects.get()
    submission.status = SubmissionStatus.DECLINED
    submission.decision_reason = "Past niet in het thema van dit jaar."
    submission.save()
    status = client.get(body["status_url"]).json()
    assert status["status"] == "declined"
    assert status["decision_reason"] == "Past niet in het thema van dit jaar."
