from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Public API")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from wagtail.images import get_image_model
        from wagtail.models import Page
        from wagtail.signals import (
            page_published,
            page_unpublished,
            post_page_move,
            published,
            unpublished,
        )

        from gallery.models import Spot
        from gallery.versioning import bump_content_version

        # Anything that can change a public answer makes every cached answer stale.
        signals = {
            "page-published": (page_published, None),
            "page-unpublished": (page_unpublished, None),
            "page-moved": (post_page_move, None),
            "published": (published, None),
            "unpublished": (unpublished, None),
            "page-deleted": (post_delete, Page),
            "spot-deleted": (post_delete, Spot),
            "image-saved": (post_save, get_image_model()),
            "image-deleted": (post_delete, get_image_model()),
        }
        for name, (signal, sender) in signals.items():
            signal.connect(
                bump_content_version, sender=sender, dispatch_uid=f"gallery-api-{name}"
            )
