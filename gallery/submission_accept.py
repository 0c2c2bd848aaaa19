"""Accepting a submission: its work becomes a *draft* artwork, nothing goes live.

The draft ``ArtworkPage`` (default language, below the artwork index) credits an existing artist
page of the same name, or a new draft ``ArtistPage``; the images leave quarantine for the Wagtail
image library with their alt text, the artist as credit and the open-call licence. An editor
reviews, translates and publishes. All of it happens in one transaction; library files written
before a failure are removed again.
"""

import re
from decimal import Decimal
from io import BytesIO

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from gallery.choices import RightsStatement, SubmissionStatus
from gallery.models import (
    ArtistIndexPage,
    ArtistPage,
    ArtworkArtist,
    ArtworkImage,
    ArtworkIndexPage,
    ArtworkPage,
    Submission,
)
from gallery.submissions import InvalidTransition, decide

# "120 x 80", "120 × 80 × 4 cm", "120x80x4": height, width and depth in centimetres.
DIMENSIONS = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)(?:\s*[x×]\s*(\d+(?:[.,]\d+)?))?\s*(?:cm)?\s*$",
    re.IGNORECASE,
)
INTRODUCTION_LENGTH = ArtworkPage._meta.get_field("introduction").max_length


class AcceptError(Exception):
    """The site lacks what an accepted work goes into."""


def parse_dimensions(
    text: str,
) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    match = DIMENSIONS.match(text or "")
    if not match:
        return None, None, None
    height, width, depth = (
        Decimal(value.replace(",", ".")) if value else None for value in match.groups()
    )
    return height, width, depth


def introduction(text: str) -> str:
    """The first paragraph, cut at a word to fit the introduction."""
    first = text.strip().split("\n\n")[0].strip()
    if len(first) <= INTRODUCTION_LENGTH:
        return first
    return first[: INTRODUCTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def index_page(model: type, locale: Locale) -> ArtworkIndexPage | ArtistIndexPage:
    index = model.objects.filter(locale=locale).first()
    if index is None:
        raise AcceptError(
            _(
                "There is no “%(model)s” page in the default language to put the draft in."
            )
            % {"model": model._meta.verbose_name}
        )
    return index


def find_or_create_artist(
    submission: Submission, locale: Locale, user: object
) -> ArtistPage:
    """The artist page of the same name (live or draft), else a new draft one."""
    existing = ArtistPage.objects.filter(
        locale=locale, title__iexact=submission.artist_name.strip()
    ).first()
    if existing is not None:
        return existing
    parent = index_page(ArtistIndexPage, locale)
    artist = ArtistPage(
        title=submission.artist_name.strip(),
        slug=find_available_slug(parent, slugify(submission.artist_name) or "artist"),
        bio=linebreaks(submission.statement, autoescape=True),
        links=(
            [("link", {"label": submission.website, "url": submission.website})]
            if submission.website
            else []
        ),
        live=False,
        owner=user,
    )
    parent.add_child(instance=artist)
    artist.save_revision(user=user, log_action=True)
    return artist


def import_images(submission: Submission, written: list) -> list[tuple[object, str]]:
    """Each submitted image as a library image (its file copied out of quarantine)."""
    image_model = get_image_model()
    collection = Collection.get_first_root_node()
    imported = []
    for number, row in enumerate(submission.images.all(), start=1):
        with row.file.open("rb") as source:
            content = source.read()
        extension = row.file.name.rsplit(".", 1)[-1]
        image = image_model(
            title=f"{submission.title} – {submission.artist_name} ({number})",
            description=row.alt_text,
            credit=submission.artist_name,
            license_url=settings.OPEN_CALL_IMAGE_LICENSE_URL,
            collection=collection,
            file=ImageFile(
                BytesIO(content),
                name=f"open-call-{submission.reference}-{number}.{extension}",
            ),
        )
        image._set_image_file_metadata()
        image.save()
        written.append(image.file)
        imported.append((image, row.alt_text))
    return imported


def accept_submission(submission: Submission, user: object) -> ArtworkPage:
    """Accept ``submission``: a draft artwork (and artist) with its images, and the artist told."""
    if not submission.is_open:
        raise InvalidTransition(submission.status)
    locale = Locale.get_default()
    parent = index_page(ArtworkIndexPage, locale)
    written: list = []
    try:
        with transaction.atomic():
            artist = find_or_create_artist(submission, locale, user)
            description = submission.description_nl or submission.description_en
            height, width, depth = parse_dimensions(submission.dimensions)
            artwork = ArtworkPage(
                title=submission.title,
                slug=find_available_slug(
                    parent, slugify(submission.title) or "artwork"
                ),
                introduction=introduction(description),
                year=submission.year,
                medium=submission.medium,
                height_cm=height,
                width_cm=width,
                depth_cm=depth,
                description=linebreaks(description, autoescape=True),
                rights_statement=RightsStatement.IN_COPYRIGHT,
                live=False,
                owner=user,
            )
            artwork.artist_links.add(ArtworkArtist(artist=artist))
            for image, alt_text in import_images(submission, written):
                artwork.images.add(
                    ArtworkImage(image=image, alt_text=alt_text, locale=locale)
                )
            parent.add_child(instance=artwork)
            artwork.save_revision(user=user, log_action=True)
            submission.artwork = artwork
            submission.artist = artist
            decide(submission, SubmissionStatus.ACCEPTED, user)
    except BaseException:
        for file in written:
            file.storage.delete(file.name)
        raise
    return artwork
