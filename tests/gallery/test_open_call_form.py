"""/nl/open-call/ and /en/open-call/: the form without JavaScript, and the status page."""

import re
import time

from django.core import mail, signing
from django.test import override_settings

import pytest

from gallery.choices import SubmissionStatus
from gallery.models import Submission
from gallery.submission_forms import STARTED_SALT, form_started_token
from tests.gallery.submission_files import gif, submission_fields, upload

pytestmark = pytest.mark.django_db


def form_fields(**overrides):
    fields = {"started": form_started_token(), "nickname": "", "language": ""}
    fields.update(overrides)
    return submission_fields(**fields)


def test_the_form_is_served_in_both_languages(client):
    dutch = client.get("/nl/open-call/")
    english = client.get("/en/open-call/")
    assert dutch.status_code == english.status_code == 200
    page = english.content.decode()
    assert '<html lang="en">' in page
    assert "<h1>Open call: Urban Gallery</h1>" in page
    assert 'enctype="multipart/form-data"' in page
    assert 'hreflang="nl" href="/nl/open-call/"' in page
    assert 'autocomplete="email"' in page
    assert 'accept="image/jpeg,image/png,image/webp"' in page
    assert "<script" not in page
    assert '<html lang="nl">' in dutch.content.decode()
    assert "no-store" in english["Cache-Control"]


def test_a_submission_through_the_form_leads_to_its_status_page(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/open-call/", form_fields())
    assert response.status_code == 303, response.content.decode()[:2000]
    assert re.fullmatch(
        r"/en/open-call/status/[\w-]{43}/\?sent=1", response["Location"]
    )
    submission = Submission.objects.get()
    assert submission.language == "en"
    page = client.get(response["Location"])
    assert page.status_code == 200
    text = page.content.decode()
    assert "Thank you! We have received your submission." in text
    assert submission.reference in text and "Received" in text
    assert "Noor@Example.org" not in text
    assert page["Referrer-Policy"] == "same-origin"
    (receipt,) = mail.outbox
    assert response["Location"].split("?")[0] in receipt.body


def test_the_receipt_is_in_the_language_chosen_for_emails(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/open-call/", form_fields(language="nl"))
    assert response["Location"].startswith("/nl/open-call/status/")
    (receipt,) = mail.outbox
    assert "Beste Noor Visser" in receipt.body


def test_errors_come_back_with_every_entry_kept_and_a_summary(
    client, quarantined_files
):
    response = client.post(
        "/en/open-call/",
        form_fields(image_1=upload("anim.gif", gif()), email="nope"),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'role="alert"' in page and "Your submission was not sent" in page
    assert 'href="#id_email"' in page and 'href="#id_image_1"' in page
    assert 'value="Zenders in de nacht"' in page  # the title is kept
    assert "omroepgeschiedenis van Hilversum" in page  # and the statement
    assert 'aria-invalid="true"' in page
    assert re.search(r'aria-describedby="[^"]*id_email_error', page)
    assert not Submission.objects.exists() and quarantined_files() == []


def test_the_honeypot_refuses_a_bot(client):
    response = client.post("/nl/open-call/", form_fields(nickname="buy pills"))
    assert response.status_code == 400
    assert not Submission.objects.exists()


@override_settings(OPEN_CALL_MIN_SECONDS=3)
def test_a_form_sent_faster_than_a_person_can_is_refused(client):
    response = client.post("/en/open-call/", form_fields())
    assert response.status_code == 400
    assert "quicker than a person" in response.content.decode()
    started = signing.dumps(time.time() - 10, salt=STARTED_SALT)
    response = client.post("/en/open-call/", form_fields(started=started))
    assert response.status_code == 303


def test_a_forged_or_missing_start_time_is_refused(client):
    for started in ("", "1700000000", signing.dumps(time.time(), salt="other")):
        response = client.post("/en/open-call/", form_fields(started=started))
        assert response.status_code == 400
        assert "opened too long ago" in response.content.decode()
    assert not Submission.objects.exists()


def test_the_form_needs_a_csrf_token(db):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/en/open-call/", form_fields())
    assert response.status_code == 403
    assert not Submission.objects.exists()


def test_the_upload_limits_hold_with_the_csrf_check_on(db, quarantined_files):
    # The CSRF check must not read the body before the guard is in place.
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    page = browser.get("/en/open-call/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    fields = form_fields(csrfmiddlewaretoken=token)
    fields["image_2"] = [upload(f"{number}.gif", gif()) for number in range(100)]
    response = browser.post("/en/open-call/", fields)
    assert response.status_code == 400
    assert "Too many files or fields in one submission" in response.content.decode()
    assert not Submission.objects.exists() and quarantined_files() == []
    response = browser.post("/en/open-call/", form_fields(csrfmiddlewaretoken=token))
    assert response.status_code == 303


def test_the_rate_limit_answers_with_a_page_and_retry_after(client):
    for number in range(5):
        fields = form_fields(email=f"artist{number}@example.org")
        assert client.post("/en/open-call/", fields).status_code == 303
    response = client.post("/en/open-call/", form_fields(email="six@example.org"))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "several submissions in a short time" in response.content.decode()
    assert 'value="Zenders in de nacht"' in response.content.decode()


def test_the_artist_can_withdraw_until_a_decision(client):
    location = client.post("/en/open-call/", form_fields())["Location"].split("?")[0]
    response = client.post(location, {"action": "withdraw"})
    assert response.status_code == 303
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.WITHDRAWN
    page = client.get(location).content.decode()
    assert (
        "You withdrew this submission" in page and "Withdraw my submission" not in page
    )
    response = client.post(location, {"action": "withdraw"})
    assert "can no longer be withdrawn" in response.content.decode()


def test_an_unknown_status_token_is_a_404(client):
    assert client.get(f"/en/open-call/status/{'a' * 43}/").status_code == 404
