from typing import Any

from django.db.models.signals import post_save

from wagtail.models import Page
from wagtail.signals import page_published, published

from gallery.models import ArtworkPage, QRCode, Spot
from gallery.models.qr_codes import ensure_code
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


def create_qr_code(sender: type, instance: ArtworkPage | Spot, **kwargs: Any) -> None:
    """Every published artwork and spot has a code in use, ready to print; one for all its
    languages."""
    ensure_code(instance)


def register_signal_handlers() -> None:
    page_published.connect(queue_renditions, dispatch_uid="gallery-queue-renditions")
    page_published.connect(
        create_qr_code, sender=ArtworkPage, dispatch_uid="gallery-qr-artwork"
    )
    published.connect(create_qr_code, sender=Spot, dispatch_uid="gallery-qr-spot")
    # The API shows each object's code: a new, retired or moved code changes its answers.
    post_save.connect(
        bump_content_version, sender=QRCode, dispatch_uid="gallery-qr-content-version"
    )
