from django.core.cache import cache

from wagtail.models import Locale, Page, Site

import pytest

from cms.demo.translation import publish_translation
from cms.models import EpisodeGuest
from tests.factories import (
    ArticlePageFactory,
    EpisodePageFactory,
    EventPageFactory,
    HomePageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    PodcastIndexPageFactory,
    ProgrammeIndexPageFactory,
    StandardPageFactory,
)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def dutch() -> Locale:
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def english() -> Locale:
    return Locale.objects.get(language_code="en")


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """``publish_translation`` as it runs outside a test: wagtail-localize publishes on commit."""

    def translate_and_publish(instance, locale, strings):
        with django_capture_on_commit_callbacks(execute=True):
            translation = publish_translation(instance, locale, strings)
        translation.refresh_from_db()
        return translation

    return translate_and_publish


@pytest.fixture
def home(dutch, english, translate):
    """A Dutch home page as the default site's root, translated into English with wagtail-localize."""
    page = HomePageFactory(parent=Page.get_first_root_node(), image=ImageFactory())
    Site.objects.update(root_page=page)
    translate(
        page,
        english,
        {"Build your next story in Hilversum.": "Build your story in Hilversum."},
    )
    return page


@pytest.fixture
def about(home, english, translate):
    page = StandardPageFactory(
        parent=home,
        title="Over ons",
        slug="over-ons",
        body=[
            ("heading", {"text": "Aanleiding", "level": "h2"}),
            ("paragraph", "<p>Hilversum is Mediastad.</p>"),
        ],
    )
    translate(
        page,
        english,
        {
            "Over ons": "About us",
            "over-ons": "about-us",
            "Aanleiding": "Why",
            "Hilversum is Mediastad.": "Hilversum is Media City.",
        },
    )
    return page


@pytest.fixture
def programme(home, english, translate):
    index = ProgrammeIndexPageFactory(parent=home)
    translate(index, english, {"Programma": "Programme", "programma": "programme"})
    return index


@pytest.fixture
def event(programme, english, translate):
    page = EventPageFactory(
        parent=programme, title="Pizza Talks: AI in de redactie", slug="pizza-talks-ai"
    )
    translate(
        page,
        english,
        {
            "Pizza Talks: AI in de redactie": "Pizza Talks: AI in the newsroom",
            "pizza-talks-ai": "pizza-talks-ai-newsroom",
            "Maandelijkse kennisdeling met professionals uit de mediasector.": "Monthly knowledge sharing with media professionals.",
        },
    )
    return page


@pytest.fixture
def article(home, english, translate):
    index = NewsIndexPageFactory(parent=home)
    translate(index, english, {"Nieuws": "News", "nieuws": "news"})
    page = ArticlePageFactory(
        parent=index, title="The Media Ahead gelanceerd", slug="gelanceerd"
    )
    translate(
        page,
        english,
        {
            "The Media Ahead gelanceerd": "The Media Ahead launched",
            "gelanceerd": "launched",
        },
    )
    return page


@pytest.fixture
def episode(home, english, translate):
    index = PodcastIndexPageFactory(parent=home)
    translate(index, english, {})
    page = EpisodePageFactory.build(title="Over stages", slug="over-stages")
    page.guests.add(EpisodeGuest(name="Demo-gast", role="stagecoördinator"))
    index.add_child(instance=page)
    translate(
        page,
        english,
        {
            "Over stages": "On internships",
            "over-stages": "on-internships",
            "Eerste les": "First lesson",
            "stagecoördinator": "internship coordinator",
        },
    )
    return page
