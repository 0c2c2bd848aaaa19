import pytest


@pytest.fixture
def admin_in_english(admin_user):
    """The admin in English, so that tests can quote the English messages; the Dutch ones come
    from the catalogue, which ``tests/cms/test_languages.py`` keeps complete."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_user
