"""E-mail to the artist, in the language they chose: on receipt and on the decision.

Plain text through Django's mail backends (console in development, SMTP by settings in
production). Sent after the transaction commits, so nobody is told about a submission that was not
saved; a mail server that is down, or any other failure to send, undoes nothing (it is logged).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from gallery.choices import SubmissionStatus
from gallery.models import Submission

logger = logging.getLogger(__name__)


def send(
    submission: Submission, template: str, subject: str, **context: object
) -> None:
    body = render_to_string(template, {"submission": submission, **context})
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [submission.email])
    except Exception:
        # The submission or decision is saved either way; staff see the failure in the log.
        logger.exception("Open call: e-mail for %s not sent", submission.reference)


def send_received(submission: Submission, status_url: str) -> None:
    with translation.override(submission.language):
        subject = gettext("We received your submission %(reference)s") % {
            "reference": submission.reference
        }
        send(
            submission,
            "gallery/email/submission_received.txt",
            subject,
            status_url=status_url,
        )


def send_decision(submission: Submission) -> None:
    with translation.override(submission.language):
        if submission.status == SubmissionStatus.ACCEPTED:
            subject = gettext("Your work has been selected (%(reference)s)")
        else:
            subject = gettext("About your submission %(reference)s")
        send(
            submission,
            "gallery/email/submission_decision.txt",
            subject % {"reference": submission.reference},
            accepted=submission.status == SubmissionStatus.ACCEPTED,
        )
