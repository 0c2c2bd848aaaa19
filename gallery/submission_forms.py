"""The open call's fields and their rules: one form for the API and the HTML page alike.

``SubmissionForm`` is the whole contract (the API's serializer and its OpenAPI schema are built
from it, ``api.gallery.submissions``), so both ways in give the same messages in the same
language. ``OpenCallForm`` adds what only a browser form needs against bots: a honeypot field and
a signed start time.
"""

import time
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from gallery.choices import SubmissionLanguage
from gallery.models import Submission
from gallery.submission_images import CleanImage, clean_image, megabytes, megapixels

IMAGE_SLOTS = range(1, settings.OPEN_CALL_MAX_IMAGES + 1)
FIRST_YEAR = 1900
STARTED_SALT = "gallery.open-call.started"


def model_text(name: str, **kwargs: Any) -> forms.CharField:
    """A text field with the model's label and length limit."""
    field = Submission._meta.get_field(name)
    return forms.CharField(
        label=capfirst(field.verbose_name),
        max_length=field.max_length,
        required=not field.blank,
        **kwargs,
    )


class SubmittedImageField(forms.FileField):
    """A file that must be a JPEG, PNG or WebP; cleans to its re-encoded ``CleanImage``."""

    def clean(self, data: Any, initial: Any = None) -> CleanImage | None:
        upload = super().clean(data, initial)
        return clean_image(upload) if upload else None


class SubmissionForm(forms.Form):
    artist_name = model_text("artist_name")
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    website = forms.URLField(
        label=_("Website"),
        max_length=500,
        required=False,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("Optional; http or https."),
    )
    statement = model_text(
        "statement",
        widget=forms.Textarea,
        help_text=_("Who you are and what you make, in a few sentences."),
    )
    title = model_text("title")
    year = forms.IntegerField(label=_("Year"))
    medium = model_text("medium", help_text=_("For example: digital print on Dibond."))
    dimensions = model_text(
        "dimensions", help_text=_("Height × width × depth in cm, if it has them.")
    )
    description_nl = model_text("description_nl", widget=forms.Textarea)
    description_en = model_text("description_en", widget=forms.Textarea)
    language = forms.ChoiceField(
        label=_("Language for our e-mails"),
        choices=SubmissionLanguage.choices,
        required=False,
    )
    licence_consent = forms.BooleanField(
        label=_(
            "I license The Media Ahead to show this work in public space in Hilversum and to "
            "photograph, film and publish it there, for the exhibition and its documentation. "
            "I keep my copyright."
        )
    )
    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy statement and agree to it.")
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for number in IMAGE_SLOTS:
            self.fields[f"image_{number}"] = SubmittedImageField(
                label=_("Image %(number)s") % {"number": number},
                required=number == 1,
                help_text=_(
                    "JPEG, PNG or WebP, at most %(megabytes)s MB and %(megapixels)s megapixels."
                )
                % {
                    "megabytes": megabytes(settings.OPEN_CALL_MAX_IMAGE_BYTES),
                    "megapixels": megapixels(settings.OPEN_CALL_MAX_IMAGE_PIXELS),
                },
            )
            self.fields[f"alt_text_{number}"] = forms.CharField(
                label=_("Alt text for image %(number)s") % {"number": number},
                max_length=250,
                required=False,
                help_text=_("What the image shows, for people who cannot see it."),
            )

    def clean_year(self) -> int:
        year = self.cleaned_data["year"]
        last = timezone.localdate().year + 1
        if not FIRST_YEAR <= year <= last:
            raise forms.ValidationError(
                _("Give a year between %(first)s and %(last)s."),
                code="year",
                params={"first": FIRST_YEAR, "last": last},
            )
        return year

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not (data.get("description_nl") or data.get("description_en")):
            self.add_error(
                "description_nl",
                forms.ValidationError(
                    _("Describe the work in Dutch, in English or in both."),
                    code="description",
                ),
            )
        for number in IMAGE_SLOTS:
            has_image = bool(self.files.get(f"image_{number}"))
            alt_text = data.get(f"alt_text_{number}", "")
            if has_image and not alt_text:
                self.add_error(
                    f"alt_text_{number}",
                    forms.ValidationError(
                        _("Describe image %(number)s for people who cannot see it."),
                        code="alt-text",
                        params={"number": number},
                    ),
                )
            elif alt_text and not has_image and not self.has_error(f"image_{number}"):
                self.add_error(
                    f"image_{number}",
                    forms.ValidationError(
                        _("Add the image this alt text describes."), code="image"
                    ),
                )
        return data

    def images(self) -> list[tuple[CleanImage, str]]:
        """The clean images with their alt text, in slot order."""
        return [
            (
                self.cleaned_data[f"image_{number}"],
                self.cleaned_data[f"alt_text_{number}"],
            )
            for number in IMAGE_SLOTS
            if self.cleaned_data.get(f"image_{number}")
        ]


def form_started_token() -> str:
    """A signed timestamp of when the form was shown."""
    return signing.dumps(time.time(), salt=STARTED_SALT)


class OpenCallForm(SubmissionForm):
    """The browser form: a field people leave empty (bots fill it in) and a signed start time."""

    # Hidden from sight and from assistive technology in the template; its label says what to do
    # for the rare person who reaches it anyway.
    nickname = forms.CharField(
        label=_("Leave this field empty"), required=False, max_length=100
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_nickname(self) -> str:
        if self.cleaned_data["nickname"]:
            raise forms.ValidationError(
                _("This field must stay empty."), code="honeypot"
            )
        return ""

    def clean_started(self) -> str:
        try:
            started = signing.loads(
                self.cleaned_data["started"],
                salt=STARTED_SALT,
                max_age=settings.OPEN_CALL_FORM_MAX_AGE,
            )
        except signing.BadSignature:
            raise forms.ValidationError(
                _(
                    "This form was opened too long ago. Check your entries, add the images "
                    "again and send it once more."
                ),
                code="expired",
            ) from None
        if time.time() - float(started) < settings.OPEN_CALL_MIN_SECONDS:
            raise forms.ValidationError(
                _(
                    "That was quicker than a person can fill in the form. Please try again."
                ),
                code="too-fast",
            )
        return self.cleaned_data["started"]
