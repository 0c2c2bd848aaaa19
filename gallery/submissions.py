"""The open call's services: receive a submission, move it through review, purge it.

Views (the API's and the HTML form's) validate with ``gallery.submission_forms`` and call these;
side effects (files, e-mail, counters) live here. A submission is saved whole or not at all: its
files are written inside the transaction and removed again if it fails, and the artist's e-mail
goes out only after the commit.
"""

import datetime
from collections.abc import Callable

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from gallery import submission_mail
from gallery.choices import SubmissionStatus
from gallery.models import Submission, SubmissionImage
from gallery.models.submissions import OPEN_STATUSES, quarantine_storage
from gallery.ratelimit import RateLimit, RateLimited
from gallery.submission_forms import SubmissionForm

# Purged after OPEN_CALL_PURGE_DAYS: the artist or we said no.
PURGEABLE = (SubmissionStatus.DECLINED, SubmissionStatus.WITHDRAWN)


class InvalidTransition(Exception):
    """The submission is not in a state that allows this step (e.g. deciding twice)."""


def submissions_per_ip() -> RateLimit:
    return RateLimit(
        "open-call-ip", settings.OPEN_CALL_RATE_LIMIT, settings.OPEN_CALL_RATE_WINDOW
    )


def submissions_per_email() -> RateLimit:
    return RateLimit(
        "open-call-email", settings.OPEN_CALL_RATE_LIMIT, settings.OPEN_CALL_RATE_WINDOW
    )


def attempts_per_ip() -> RateLimit:
    return RateLimit(
        "open-call-attempt",
        settings.OPEN_CALL_ATTEMPT_LIMIT,
        settings.OPEN_CALL_RATE_WINDOW,
    )


def count_attempt(ip: str) -> None:
    """Count a request to submit, or refuse it (``RateLimited``) when the client has sent too
    many this hour; before its body is read."""
    attempts_per_ip().take(ip)


def check_quota(ip: str) -> None:
    """Refuse (``RateLimited``) a client that has submitted its share this hour."""
    submissions_per_ip().check(ip)


def check_attempt(ip: str) -> None:
    """Both checks at once, for a client that has nothing to keep (the API)."""
    check_quota(ip)
    count_attempt(ip)


def create_submission(
    form: SubmissionForm,
    ip: str,
    language: str,
    status_url: Callable[[str, str], str],
) -> tuple[Submission, str]:
    """Store a valid ``form`` as a new submission and send the receipt; the submission and its
    secret token. ``status_url(token, language)`` makes the artist's status link.

    Raises ``RateLimited`` when the client or the e-mail address has submitted its share.
    """
    email = form.cleaned_data["email"].strip().lower()
    reserve_submission(ip, email)
    try:
        submission, token = store_submission(form, language)
    except BaseException:
        submissions_per_ip().give_back(ip)
        submissions_per_email().give_back(email)
        raise
    # Saved: nothing after this point may undo it (a failing mail server is only logged).
    link = status_url(token, submission.language)
    transaction.on_commit(lambda: submission_mail.send_received(submission, link))
    return submission, token


def store_submission(form: SubmissionForm, language: str) -> tuple[Submission, str]:
    """The submission and its images, saved whole or not at all (files written for a failed
    one are removed again); the submission and its secret token."""
    data = form.cleaned_data
    now = timezone.now()
    submission = Submission(
        language=data.get("language") or language,
        artist_name=data["artist_name"],
        email=data["email"],
        website=data["website"],
        statement=data["statement"],
        title=data["title"],
        year=data["year"],
        medium=data["medium"],
        dimensions=data["dimensions"],
        description_nl=data["description_nl"],
        description_en=data["description_en"],
        licence_consent_at=now,
        privacy_consent_at=now,
    )
    token = submission.set_token()
    written: list[str] = []
    try:
        with transaction.atomic():
            submission.save()
            for order, (image, alt_text) in enumerate(form.images()):
                row = SubmissionImage(
                    submission=submission,
                    sort_order=order,
                    alt_text=alt_text,
                    width=image.width,
                    height=image.height,
                    content_type=image.content_type,
                    size=len(image.content),
                )
                row.file.save(
                    f"image.{image.extension}", ContentFile(image.content), save=False
                )
                written.append(row.file.name)
                row.save()
    except BaseException:
        storage = quarantine_storage()
        for name in written:
            storage.delete(name)
        raise
    return submission, token


def status_page_path(token: str, language: str) -> str:
    """The artist's status page, in the language they chose for our e-mails."""
    with translation.override(language):
        return reverse("open-call-status", args=[token])


def reserve_submission(ip: str, email: str) -> None:
    """Take a place in the hourly limits of the client address and of the e-mail address, or
    raise ``RateLimited``; a submission that fails gives its places back."""
    submissions_per_ip().take(ip)
    try:
        submissions_per_email().take(email)
    except RateLimited:
        submissions_per_ip().give_back(ip)
        raise


def start_review(submission: Submission) -> None:
    if submission.status != SubmissionStatus.RECEIVED:
        raise InvalidTransition(submission.status)
    submission.status = SubmissionStatus.IN_REVIEW
    submission.save(update_fields=["status", "updated_at"])


def decide(
    submission: Submission, status: SubmissionStatus, user: object, reason: str = ""
) -> None:
    """Record an accept or decline and tell the artist, after the commit."""
    if not submission.is_open:
        raise InvalidTransition(submission.status)
    submission.status = status
    submission.decision_reason = reason
    submission.decided_at = timezone.now()
    submission.decided_by = user
    submission.save()
    transaction.on_commit(lambda: submission_mail.send_decision(submission))


def withdraw(submission: Submission) -> None:
    """The artist takes the submission back (from the status page)."""
    # One conditional UPDATE: a curator's decision made meanwhile is never overwritten.
    now = timezone.now()
    changed = Submission.objects.filter(
        pk=submission.pk, status__in=OPEN_STATUSES
    ).update(status=SubmissionStatus.WITHDRAWN, decided_at=now, updated_at=now)
    if not changed:
        raise InvalidTransition(submission.status)


def purgeable(days: int) -> "Submission.objects":
    """Declined and withdrawn submissions decided more than ``days`` days ago."""
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return Submission.objects.filter(status__in=PURGEABLE).filter(
        Q(decided_at__lt=cutoff) | Q(decided_at__isnull=True, updated_at__lt=cutoff)
    )
