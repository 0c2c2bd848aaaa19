"""Accepting a submission: its work becomes a *draft* artwork, nothing goes live.

The draft ``ArtworkPage`` (default language, below the artwork index) credits an existing artist
page of the same name, or a new draft ``ArtistPage``; the images leave quarantine for the Wagtail
image library with their alt text, the artist as credit and the open-call licence. An editor
reviews, translates and publishes. All of it happens in one transaction; library files written
before a failure are removed again.
"""

import re
import uuid
from decimal import Decimal
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import QuerySet
from django.utils.html import linebreaks
from django.utils.text import Truncator, slugify
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
# A collection name, not shown to the public; editors see it in the image library.
OPEN_CALL_COLLECTION = "Open call (not published yet)"
# ``height_cm`` and its kind: 7 digits, one after the point.
MAX_SIZE_CM = Decimal("1000000")
IMAGE_TITLE_LENGTH = get_image_model()._meta.get_field("title").max_length


class AcceptError(Exception):
    """The site lacks what an accepted work goes into."""


def parse_dimensions(
    text: str,
) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """Height, width and depth in cm, rounded as the artwork stores them (one decimal, below
    a million); all None when the text is not that (the editor reads it in the submission)."""
    match = DIMENSIONS.match(text or "")
    if not match:
        return None, None, None
    sizes = [
        Decimal(value.replace(",", ".")).quantize(Decimal("0.1")) if value else None
        for value in match.groups()
    ]
    if any(size is not None and not 0 < size < MAX_SIZE_CM for size in sizes):
        return None, None, None
    height, width, depth = sizes
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


def open_call_collection() -> Collection:
    """Where accepted images wait for their artwork to be published: the public images API
    leaves this collection out, and publishing the artwork moves its images to the root."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=OPEN_CALL_COLLECTION).first()
    return found or root.add_child(name=OPEN_CALL_COLLECTION)


def open_call_collection_ids() -> QuerySet:
    """The collection(s) of accepted images whose artworks are not published yet."""
    return Collection.objects.filter(name=OPEN_CALL_COLLECTION).values_list(
        "pk", flat=True
    )


def release_images(artwork: ArtworkPage) -> None:
    """The artwork is published: its images from the open call join the public library."""
    image_ids = [row.image_id for row in artwork.images.all()]
    get_image_model().objects.filter(
        pk__in=image_ids, collection__name=OPEN_CALL_COLLECTION
    ).update(collection=Collection.get_first_root_node())


def import_images(submission: Submission, written: list) -> list[tuple[object, str]]:
    """Each submitted image as a library image (its file copied out of quarantine)."""
    image_model = get_image_model()
    collection = open_call_collection()
    imported = []
    for number, row in enumerate(submission.images.all(), start=1):
        with row.file.open("rb") as source:
            content = source.read()
        extension = row.file.name.rsplit(".", 1)[-1]
        title = f"{submission.title} – {submission.artist_name}"
        suffix = f" ({number})"
        image = image_model(
            title=Truncator(title).chars(IMAGE_TITLE_LENGTH - len(suffix)) + suffix,
            description=row.alt_text,
            credit=submission.artist_name,
            license_url=settings.OPEN_CALL_IMAGE_LICENSE_URL,
            collection=collection,
            # A random name: the original's URL must not be guessable from the reference.
            file=ImageFile(
                BytesIO(content), name=f"open-call-{uuid.uuid4().hex}.{extension}"
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
    except ValidationError as error:
        remove_files(written)
        raise AcceptError(
            _("The draft could not be made: %(problem)s")
            % {"problem": " ".join(error.messages)}
        ) from error
    except BaseException:
        remove_files(written)
        raise
    return artwork


def remove_files(files: list) -> None:
    """Library files written for an accept that did not go through."""
    for file in files:
        file.storage.delete(file.name)
