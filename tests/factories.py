"""Factories for test data. Pages attach to a parent with ``add_child`` (wagtail-factories)."""

import datetime
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.models import Locale

import factory
import wagtail_factories

from cms.choices import EventAudience, EventSeries
from cms.demo.images import CC_BY, draw_picture
from cms.models import (
    ArticlePage,
    CustomImage,
    EpisodePage,
    EventPage,
    HomePage,
    NewsIndexPage,
    Partner,
    PodcastIndexPage,
    ProgrammeIndexPage,
    StandardPage,
)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Test image {n}")
    description = factory.Sequence(lambda n: f"Alt text of test image {n}")
    credit = "Photo: Test Maker"
    license_url = CC_BY
    file = factory.LazyAttribute(
        lambda image: ContentFile(
            draw_picture(image.title, (640, 400)), name="test.png"
        )
    )

    class Meta:
        model = CustomImage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "The Media Ahead"
    slug = factory.Sequence(lambda n: f"home-{n}")
    introduction = "Build your next story in Hilversum."
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="nl"))

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    introduction = "Een inleiding."

    class Meta:
        model = StandardPage


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    description = "Een partner van The Media Ahead."
    url = "https://example.org/"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="nl"))

    class Meta:
        model = Partner


class ProgrammeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Programma"
    slug = "programma"

    class Meta:
        model = ProgrammeIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pizza Talk {n}")
    introduction = "Maandelijkse kennisdeling met professionals uit de mediasector."
    start_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=30)).replace(microsecond=0)
    )
    end_at = factory.LazyAttribute(lambda event: event.start_at + timedelta(hours=2))
    venue_name = "Beeld & Geluid"
    venue_address = "Media Parkboulevard 1, 1217 WE Hilversum"
    series = EventSeries.PIZZA_TALKS
    audience = EventAudience.YOUNG_MAKERS
    registration_url = "https://example.org/aanmelden"

    class Meta:
        model = EventPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"

    class Meta:
        model = NewsIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    introduction = "Een nieuwsbericht."
    publication_date = datetime.date(2025, 5, 13)

    class Meta:
        model = ArticlePage


class PodcastIndexPageFactory(wagtail_factories.PageFactory):
    title = "Three Takeaways Podcast"
    slug = "podcast"

    class Meta:
        model = PodcastIndexPage


class EpisodePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Aflevering {n}")
    episode_number = factory.Sequence(lambda n: n + 1)
    audio_url = "https://media.example.org/episode.mp3"
    duration_seconds = 1800
    takeaways = [
        ("takeaway", "Eerste les"),
        ("takeaway", "Tweede les"),
        ("takeaway", "Derde les"),
    ]

    class Meta:
        model = EpisodePage
