from typing import Any

from wagtail.models import Page
from wagtail.signals import page_published

from gallery.models import ArtworkPage
from gallery.tasks import generate_renditions


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


def register_signal_handlers() -> None:
    page_published.connect(queue_renditions, dispatch_uid="gallery-queue-renditions")
