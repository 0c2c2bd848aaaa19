from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UsersConfig(AppConfig):
    """Staff accounts. Its own app so that Wagtail's migrations, which depend on the user model,
    can run before the page and image models of ``cms`` that depend on Wagtail."""

    name = "cms.users"
    label = "users"
    verbose_name = _("Users")
    default_auto_field = "django.db.models.BigAutoField"
