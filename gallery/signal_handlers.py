from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from gallery.models import ArtworkPage, QRCode, Spot, SubmissionImage
from gallery.models.qr_codes import ensure_code
from gallery.models.submissions import quarantine_storage
from gallery.submission_accept import release_images
from gallery.tasks import generate_renditions
from gallery.versioning import bump_content_version


def image_ids_of(page: Page) -> list[int]:
    """The images a published gallery page shows: its own image and an artwork's pictures."""
    ids = [page.image_id] if getattr(page, "image_id", None) else []
    if isinstance(page, ArtworkPage):
        ids += [row.image_id for row in page.images.all()]
    return ids


def queue_renditions(sender: type, instance: Page, **kwargs: Any) -> None:
    if sender._meta.app_label != "gallery":
        return
    image_ids = image_ids_of(instance)
    if image_ids:
        generate_renditions.enqueue(image_ids=image_ids)


def release_open_call_images(
    sender: type, instance: ArtworkPage, **kwargs: Any
) -> None:

    release_images(instance)


def create_qr_code(sender: type, instance: ArtworkPage | Spot, **kwargs: Any) -> None:
    """Every published artwork and spot has a code in use, ready to print; one for all its
    languages."""
    ensure_code(instance)


def delete_quarantined_file(
    sender: type, instance: SubmissionImage, **kwargs: Any
) -> None:
    """A submitted image's file goes with its row, however the row was deleted (a purge, a
    cascade), once the deletion is committed."""
    name = instance.file.name
    if name:
        transaction.on_commit(lambda: quarantine_storage().delete(name))


def connect_content_version() -> None:
    """Anything that can change a public answer (the API's, a QR landing's) makes every cached
    one stale: publishing, moving or deleting pages and spots, view restrictions (a page behind
    a password is no longer public), images (alt text, credit) and QR codes (the API shows
    each object's code)."""
    image_model = get_image_model()
    signals = {
        "page-published": (page_published, None),
        "page-unpublished": (page_unpublished, None),
        "page-moved": (post_page_move, None),
        "published": (published, None),
        "unpublished": (unpublished, None),
        "page-deleted": (post_delete, Page),
        "spot-deleted": (post_delete, Spot),
        "restriction-saved": (post_save, PageViewRestriction),
        "restriction-deleted": (post_delete, PageViewRestriction),
        "image-saved": (post_save, image_model),
        "image-deleted": (post_delete, image_model),
        "qr-code-saved": (post_save, QRCode),
    }
    for name, (signal, sender) in signals.items():
        signal.connect(
            bump_content_version,
            sender=sender,
            dispatch_uid=f"gallery-content-version-{name}",
        )


def register_signal_handlers() -> None:
    page_published.connect(queue_renditions, dispatch_uid="gallery-queue-renditions")
    page_published.connect(
        create_qr_code, sender=ArtworkPage, dispatch_uid="gallery-qr-artwork"
    )
    published.connect(create_qr_code, sender=Spot, dispatch_uid="gallery-qr-spot")
    page_published.connect(
        release_open_call_images,
        sender=ArtworkPage,
        dispatch_uid="gallery-open-call-images",
    )
    post_delete.connect(
        delete_quarantined_file,
        sender=SubmissionImage,
        dispatch_uid="gallery-submission-image-file",
    )
    connect_content_version()
