from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from gallery.permissions import ensure_curator_group


@pytest.fixture
def staff(gallery) -> dict:
    """A user of each admin role: Wagtail's Editors and Moderators, our Curators, a superuser."""
    user_model = get_user_model()

    def member(name: str, group: Group):
        user = user_model.objects.create_user(name, f"{name}@example.org", "not-used")
        user.groups.add(group)
        return user

    return {
        "editor": member("redacteur", Group.objects.get(name="Editors")),
        "moderator": member("eindredacteur", Group.objects.get(name="Moderators")),
        "curator": member("conservator", ensure_curator_group()),
        "admin": user_model.objects.create_superuser(
            "beheer", "beheer@example.org", "x"
        ),
    }
