"""QR codes at the exhibits and how often each is scanned.

A printed code lives for years, so a code is never deleted and never reused: it points at an
artwork or a spot *as an object* (whatever its language, by ``translation_key``), and a retired
code keeps leading somewhere useful. Scan counts are per code, day, language and bot flag only:
nothing about the person who scanned.
"""

import secrets
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

# Crockford's base32 (https://www.crockford.com/base32.html): digits and upper-case letters
# without I, L, O and U, so that a code read aloud or typed from a label cannot be misread.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
MIN_LENGTH, MAX_LENGTH = 3, 6
# Crockford's decoding rules: case does not matter, I and L are read as 1, O as 0, hyphens are
# only for legibility.
READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0", "-": None, " ": None})
# Random tries per length before a longer code is used; a short code space fills up slowly.
TRIES_PER_LENGTH = 8


def normalize_code(text: str) -> str | None:
    """``text`` as a stored code (upper case, Crockford's look-alikes mapped), or None when it
    cannot be one."""
    code = text.upper().translate(READ_AS)
    if MIN_LENGTH <= len(code) <= MAX_LENGTH and all(c in ALPHABET for c in code):
        return code
    return None


def random_code(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


class QRCodeQuerySet(models.QuerySet):
    def active(self) -> "QRCodeQuerySet":
        return self.filter(is_retired=False)

    def for_object(self, obj: models.Model) -> "QRCodeQuerySet":
        """Codes of ``obj`` in any of its languages."""
        field = QRCode.target_field(obj)
        return self.filter(**{f"{field}__translation_key": obj.translation_key})


class QRCode(models.Model):
    """A short code printed next to an artwork or on a spot's frame.

    The target is one row of the object (preferably the default language's); the landing finds
    the visitor's language by ``translation_key``. A spot's code leads to what is on show there
    now, an artwork's to the artwork.
    """

    code = models.CharField(
        _("code"),
        max_length=MAX_LENGTH,
        unique=True,
        blank=True,
        help_text=_(
            "3–6 digits and capital letters without I, L, O and U. Leave empty for a new "
            "random code. A code cannot be changed once saved: it may be printed already."
        ),
    )
    artwork = models.ForeignKey(
        "gallery.ArtworkPage",
        verbose_name=_("artwork"),
        null=True,
        blank=True,
        # A code outlives its target: a deleted target makes the code lead to the gallery.
        on_delete=models.SET_NULL,
        related_name="qr_codes",
    )
    spot = models.ForeignKey(
        "gallery.Spot",
        verbose_name=_("spot"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="qr_codes",
    )
    is_retired = models.BooleanField(
        _("retired"),
        default=False,
        help_text=_(
            "A retired code still leads to the gallery overview, with a line saying that the "
            "work has moved on; it is never given to anything else."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = QRCodeQuerySet.as_manager()

    class Meta:
        verbose_name = _("QR code")
        verbose_name_plural = _("QR codes")
        ordering = ["-created_at", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(artwork__isnull=True) | models.Q(spot__isnull=True),
                name="gallery_qrcode_one_target",
            ),
            # One code in use per target row; retired ones stay.
            models.UniqueConstraint(
                fields=["artwork"],
                condition=models.Q(is_retired=False, artwork__isnull=False),
                name="gallery_qrcode_one_active_per_artwork",
            ),
            models.UniqueConstraint(
                fields=["spot"],
                condition=models.Q(is_retired=False, spot__isnull=False),
                name="gallery_qrcode_one_active_per_spot",
            ),
        ]

    def __str__(self) -> str:
        return self.code

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.code:
            super().save(*args, **kwargs)
            return
        # A fresh random code, the shortest length that still has room; a clash with a code
        # saved meanwhile is retried rather than reported.
        for length in range(MIN_LENGTH, MAX_LENGTH + 1):
            for _try in range(TRIES_PER_LENGTH):
                self.code = random_code(length)
                if QRCode.objects.filter(code=self.code).exists():
                    continue
                try:
                    with transaction.atomic():
                        super().save(*args, **kwargs)
                    return
                except IntegrityError:
                    if not QRCode.objects.filter(code=self.code).exists():
                        raise  # another constraint, not the code
        self.code = ""
        raise IntegrityError("No free QR code left")

    def clean(self) -> None:
        super().clean()
        if self.pk:
            stored = QRCode.objects.filter(pk=self.pk).values_list("code", flat=True)
            if self.code != stored.first():
                raise ValidationError(
                    {"code": _("A code cannot be changed: it may be printed already.")}
                )
        elif self.code:
            code = normalize_code(self.code)
            if code is None or code != self.code.upper():
                raise ValidationError(
                    {
                        "code": _(
                            "Use 3–6 digits and capital letters without I, L, O and U."
                        )
                    }
                )
            self.code = code
        if self.artwork_id and self.spot_id:
            raise ValidationError(_("Choose an artwork or a spot, not both."))
        if not self.pk and not (self.artwork_id or self.spot_id):
            raise ValidationError(
                _("Choose the artwork or the spot this code leads to.")
            )
        target = self.target
        if target is not None and not self.is_retired:
            others = QRCode.objects.active().for_object(target).exclude(pk=self.pk)
            if others.exists():
                raise ValidationError(
                    _(
                        "%(target)s already has the code %(code)s; retire that one first."
                    )
                    % {"target": target, "code": others.first().code}
                )

    @staticmethod
    def target_field(obj: models.Model) -> str:
        from gallery.models import ArtworkPage, Spot

        if isinstance(obj, ArtworkPage):
            return "artwork"
        if isinstance(obj, Spot):
            return "spot"
        raise TypeError(f"QR codes point at artworks and spots, not {type(obj)}")

    @property
    def target(self) -> models.Model | None:
        return self.artwork or self.spot

    @property
    def url(self) -> str:
        return encoded_url(self.code)


def encoded_url(code: str) -> str:
    """What a code encodes: ``<QR_BASE_URL>/Q/<CODE>`` with scheme and host in upper case, so
    that the whole URL fits QR's alphanumeric mode (hosts and schemes ignore case)."""
    base = settings.QR_BASE_URL
    scheme, separator, rest = base.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.upper()}{separator}{host.upper()}{slash}{path}/Q/{code}"


def ensure_code(obj: models.Model) -> QRCode:
    """The code in use for ``obj`` (an artwork or a spot, in any language), created when it has
    none. New codes point at the default language's row where one exists."""
    existing = QRCode.objects.active().for_object(obj).first()
    if existing is not None:
        return existing
    field = QRCode.target_field(obj)
    source = (
        type(obj)
        .objects.filter(
            translation_key=obj.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .first()
        or obj
    )
    try:
        with transaction.atomic():
            return QRCode.objects.create(**{field: source})
    except IntegrityError:
        # Published twice at once: the other publish made it.
        found = QRCode.objects.active().for_object(obj).first()
        if found is None:
            raise
        return found


def active_code(target_field: str) -> models.Subquery:
    """The code in use of each row's object (``target_field``: "artwork" or "spot"), for
    ``.annotate()``: a list of objects gets its codes without a query of its own."""
    return models.Subquery(
        QRCode.objects.active()
        .filter(
            **{f"{target_field}__translation_key": models.OuterRef("translation_key")}
        )
        .order_by("pk")
        .values("code")[:1]
    )


class ScanCount(models.Model):
    """How often a code was opened on a day, in a language; bots and link previews apart."""

    qr_code = models.ForeignKey(
        QRCode,
        verbose_name=_("QR code"),
        on_delete=models.CASCADE,
        related_name="scan_counts",
    )
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=8)
    is_bot = models.BooleanField(
        _("bot or link preview"),
        default=False,
        help_text=_("Crawlers and link previews; not counted as scans."),
    )
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("scan count")
        verbose_name_plural = _("scan counts")
        constraints = [
            models.UniqueConstraint(
                fields=["qr_code", "day", "language", "is_bot"],
                name="gallery_scancount_unique_bucket",
            )
        ]

    def __str__(self) -> str:
        return f"{self.qr_code} {self.day} {self.language}: {self.count}"
