"""The Curators group: people who compose Urban Gallery exhibitions. They edit everything below
each gallery index page (exhibitions, artworks, artists), the spots, and upload pictures and audio
descriptions, and review the open call's submissions; they never touch the brand site's pages."""

from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)
from wagtail.permission_policies import ModelPermissionPolicy

from gallery.models import GalleryIndexPage, Spot, Submission

CURATOR_GROUP = "Curators"

# Granted on every gallery index page and so on all pages below it. No bulk delete: a curator
# retires an artwork (its status) rather than deleting its history.
PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
SPOT_PERMISSIONS = ("add", "change", "delete", "publish", "view")
SUBMISSION_PERMISSIONS = ("view", "change")
# Checked against Wagtail's own image and document models, whatever the custom models are (see
# ``wagtail.images.get_permission_policy``).
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
GLOBAL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
)


def submission_permissions() -> list[Permission]:
    """Review the open call: see submissions and move them on; deleting one is for admins."""
    return list(
        Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Submission),
            codename__in=[f"{action}_submission" for action in SUBMISSION_PERMISSIONS],
        )
    )


def spot_permissions() -> list[Permission]:
    # ``publish_spot`` is created by Wagtail's post_migrate handler only once the snippet is
    # registered; create it here too, so that the group is complete on any database.
    content_type = ContentType.objects.get_for_model(Spot)
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_{Spot._meta.model_name}",
            defaults={"name": f"Can {action} {Spot._meta.verbose_name_raw}"},
        )[0]
        for action in SPOT_PERMISSIONS
    ]


def global_permissions() -> list[Permission]:
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in GLOBAL_PERMISSIONS
    ]


def collection_permissions() -> list[Permission]:
    # Resolve the models so that a missing app fails loudly here rather than silently granting
    # less than promised.
    get_image_model()
    get_document_model()
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codenames in COLLECTION_PERMISSIONS.items()
        for codename in codenames
    ]


def page_permissions() -> list[Permission]:
    content_type = ContentType.objects.get_for_model(Page)
    model_name = Page._meta.model_name
    return list(
        Permission.objects.filter(
            content_type=content_type,
            codename__in=[f"{action}_{model_name}" for action in PAGE_PERMISSIONS],
        )
    )


def ensure_curator_group() -> Group:
    """Create or complete the Curators group; safe to run again, and before any gallery index
    page exists (then it only gets the permissions that are not tied to a page). Permissions
    granted by hand are left alone."""
    group, _created = Group.objects.get_or_create(name=CURATOR_GROUP)
    group.permissions.add(
        *global_permissions(), *spot_permissions(), *submission_permissions()
    )

    root_collection = Collection.get_first_root_node()
    for permission in collection_permissions():
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission
        )

    # Every language's gallery index: translating a page creates it below the index of the
    # target language, so the curators must be able to edit there too.
    page_perms = page_permissions()
    for index in GalleryIndexPage.objects.all():
        for permission in page_perms:
            GroupPagePermission.objects.get_or_create(
                group=group, page=index, permission=permission
            )
    return group


class ModelPolicyWithout(ModelPermissionPolicy):
    """A model's permissions, but for one action that nobody may take, superusers included (a QR
    code is never deleted; a submission is never added in the admin)."""

    def __init__(self, model: type[Model], forbidden: str) -> None:
        super().__init__(model)
        self.forbidden = forbidden

    def user_has_permission(self, user: AbstractBaseUser, action: str) -> bool:
        return action != self.forbidden and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions: list[str]) -> Any:
        allowed = [action for action in actions if action != self.forbidden]
        return super().users_with_any_permission(allowed or ["none"])
