"""The demo command builds the bilingual brand site from the brief, and a second run changes nothing."""

from django.core.management import call_command

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision, Site

import pytest
from wagtail_localize.models import StringTranslation, Translation

from cms.models import CustomImage, HomePage, Partner, StandardPage

# Real commits: wagtail-localize publishes translations on commit, as in a real run of the command.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COUNTED_MODELS = [
    Page,
    HomePage,
    StandardPage,
    CustomImage,
    Partner,
    Revision,
    Translation,
    StringTranslation,
    Redirect,
    Site,
]


def load_demo() -> None:
    call_command("load_demo_content", verbosity=0)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


@pytest.fixture
def demo() -> dict[str, int]:
    load_demo()
    return counts()


def test_second_run_changes_nothing(demo):
    load_demo()
    assert counts() == demo


def test_site_root_is_the_dutch_home_page_and_the_starter_page_is_gone(demo, dutch):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale == dutch
    assert list(
        Page.objects.filter(depth=2).values_list("content_type__model", flat=True)
    ) == ["homepage", "homepage"]


def test_home_carries_the_core_message_in_both_languages(demo, client):
    for path in ("/nl/", "/en/"):
        html = client.get(path).content.decode()
        assert "Build your next story in Hilversum" in html
    assert (
        "Hilversum Mediastad begint een nieuw hoofdstuk"
        in client.get("/nl/").content.decode()
    )
    assert (
        "Hilversum Mediastad starts a new chapter"
        in client.get("/en/").content.decode()
    )


def test_about_page_tells_the_story_of_the_brief_in_both_languages(demo, client):
    dutch = client.get("/nl/over-the-media-ahead/").content.decode()
    english = client.get("/en/about-the-media-ahead/").content.decode()
    assert "Tussen trots en transformatie" in dutch
    assert ".Monks" in dutch
    assert "Between pride and transformation" in english
    assert "The new course" in english


def test_partners_from_the_brief_exist_in_both_languages(demo, english):
    names = set(
        Partner.objects.filter(locale__language_code="nl").values_list(
            "name", flat=True
        )
    )
    assert names == {
        "Beeld & Geluid",
        "Hilversum Marketing",
        "Media Campus NL",
        ".Monks",
        "Gemeente Hilversum",
    }
    assert Partner.objects.filter(locale=english).count() == 5
    monks = Partner.objects.get(locale=english, name=".Monks")
    assert monks.description.startswith("Hilversum media company")


def test_english_pages_are_managed_by_wagtail_localize(demo, english):
    english_pages = Page.objects.filter(locale=english, depth__gt=1)
    assert english_pages.count() == 2
    assert (
        Translation.objects.filter(
            target_locale=english,
            source__object_id__in=english_pages.values("translation_key"),
        ).count()
        == 2
    )


def test_every_demo_image_has_alt_text_credit_and_licence(demo):
    for image in CustomImage.objects.all():
        assert image.description
        assert image.credit
        assert image.license_url.startswith("https://creativecommons.org/")


def test_demo_logins_are_refused_outside_development(settings):
    from django.core.management import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError, match="development only"):
        call_command("load_demo_content", users=True, verbosity=0)
