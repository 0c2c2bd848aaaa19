from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GalleryConfig(AppConfig):
    name = "gallery"
    verbose_name = _("Urban Gallery")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from gallery.signal_handlers import register_signal_handlers

        register_signal_handlers()
