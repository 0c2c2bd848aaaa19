"""Open-call submissions: an artist's work and images, kept apart until a person accepts them.

A submission is a plain model, not a page: nothing of it is public. Its images live in the
``quarantine`` storage (``settings.STORAGES``), which has no URL; staff see them through a view
that checks their login. The artist follows the submission with a secret token; only its
SHA-256 is stored, so a copy of the database cannot be used to read anyone's status page.
"""

import hashlib
import secrets
import uuid

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from gallery.choices import SubmissionLanguage, SubmissionStatus

# What the artist can still change their mind about; a decision is final.
OPEN_STATUSES = (SubmissionStatus.RECEIVED, SubmissionStatus.IN_REVIEW)
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def quarantine_storage() -> Storage:
    """Where submitted images wait for a person: private, outside ``MEDIA_URL``."""
    return storages["quarantine"]


def quarantined_name(instance: "SubmissionImage", filename: str) -> str:
    """A random name: nothing of what the client called the file reaches a path."""
    extension = filename.rsplit(".", 1)[-1] if "." in filename else "bin"
    return f"submissions/{uuid.uuid4().hex}.{extension}"


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_reference() -> str:
    """What the artist quotes in an e-mail: ``OC-`` and eight Crockford base32 characters."""
    return "OC-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


class SubmissionQuerySet(models.QuerySet):
    def by_token(self, token: str) -> "SubmissionQuerySet":
        return self.filter(token_digest=token_digest(token))


class Submission(models.Model):
    reference = models.CharField(
        _("reference"),
        max_length=12,
        unique=True,
        default=new_reference,
        editable=False,
    )
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.RECEIVED,
        db_index=True,
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=SubmissionLanguage.choices,
        default=SubmissionLanguage.NL,
        help_text=_("The artist's language: e-mails and the status page use it."),
    )

    artist_name = models.CharField(_("artist name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    website = models.URLField(_("website"), max_length=500, blank=True)
    statement = models.TextField(_("short bio or statement"), max_length=2000)

    title = models.CharField(_("title of the work"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"))
    medium = models.CharField(_("medium or technique"), max_length=200)
    dimensions = models.CharField(_("dimensions"), max_length=200, blank=True)
    description_nl = models.TextField(
        _("description (Dutch)"), max_length=5000, blank=True
    )
    description_en = models.TextField(
        _("description (English)"), max_length=5000, blank=True
    )

    licence_consent_at = models.DateTimeField(_("licence accepted at"))
    privacy_consent_at = models.DateTimeField(_("privacy statement accepted at"))

    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_reason = models.TextField(
        _("reason"),
        blank=True,
        help_text=_("Sent to the artist with a decline."),
    )
    staff_notes = models.TextField(
        _("staff notes"),
        blank=True,
        help_text=_("Internal: never shown to the artist."),
    )
    artwork = models.ForeignKey(
        "gallery.ArtworkPage",
        verbose_name=_("draft artwork"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    artist = models.ForeignKey(
        "gallery.ArtistPage",
        verbose_name=_("artist page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("open-call submission")
        verbose_name_plural = _("open-call submissions")

    def __str__(self) -> str:
        return f"{self.reference} · {self.title}"

    def set_token(self) -> str:
        """A new secret for the status URL; only its digest is kept."""
        token = secrets.token_urlsafe(32)
        self.token_digest = token_digest(token)
        return token

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class SubmissionImage(models.Model):
    """One re-encoded image of a submission: metadata stripped, stored under a random name."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="images"
    )
    sort_order = models.PositiveSmallIntegerField(default=0)
    file = models.FileField(
        _("file"),
        storage=quarantine_storage,
        upload_to=quarantined_name,
        max_length=200,
    )
    alt_text = models.CharField(_("alt text"), max_length=250)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    content_type = models.CharField(max_length=20)
    size = models.PositiveIntegerField(_("bytes"))

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("submitted image")
        verbose_name_plural = _("submitted images")

    def __str__(self) -> str:
        return self.alt_text
