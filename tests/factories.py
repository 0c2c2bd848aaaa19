"""Factories for test data. Pages attach to a parent with ``add_child`` (wagtail-factories)."""

import datetime
from datetime import timedelta
from decimal import Decimal

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
from gallery.models import (
    ArtistIndexPage,
    ArtistPage,
    ArtworkArtist,
    ArtworkImage,
    ArtworkIndexPage,
    ArtworkPage,
    ExhibitionPage,
    ExhibitionPlacement,
    GalleryIndexPage,
    QRCode,
    Spot,
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


class GalleryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Urban Gallery"
    slug = "urban-gallery"

    class Meta:
        model = GalleryIndexPage


class ArtworkIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kunstwerken"
    slug = "kunstwerken"

    class Meta:
        model = ArtworkIndexPage


class ArtistIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kunstenaars"
    slug = "kunstenaars"

    class Meta:
        model = ArtistIndexPage


class ArtistPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Demo Kunstenaar {n}")
    introduction = "Maakt werk over media en de stad."
    discipline = "illustrator"

    class Meta:
        model = ArtistPage


class ArtworkPageFactory(wagtail_factories.PageFactory):
    """An artwork with the given ``artists`` (pages) and one image with alt text unless
    ``images=[]``."""

    title = factory.Sequence(lambda n: f"Kunstwerk {n}")
    introduction = "Een werk over de mediastad."
    year = 2025
    medium = "digitale print op aluminium"
    height_cm = 120
    width_cm = 80
    description = "<p>Een beschrijving van het werk.</p>"
    themes = factory.LazyFunction(lambda: ["ai"])

    class Meta:
        model = ArtworkPage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        artists = kwargs.pop("artists", ())
        images = kwargs.pop("images", None)
        artwork = model_class(**kwargs)
        for artist in artists:
            artwork.artist_links.add(ArtworkArtist(artist=artist))
        for image in [ImageFactory()] if images is None else images:
            artwork.images.add(ArtworkImage(image=image, locale=parent.locale))
        parent.add_child(instance=artwork)
        return artwork


class SpotFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Plek {n}")
    slug = factory.Sequence(lambda n: f"plek-{n}")
    address = "Stationsplein 1, Hilversum"
    # Around the station square, a few metres apart per spot.
    latitude = factory.Sequence(
        lambda n: Decimal("52.226000") + Decimal(n % 300) / 10000
    )
    longitude = Decimal("5.181600")
    description = "Een lijst aan de muur."
    live = True
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="nl"))

    class Meta:
        model = Spot


class ExhibitionPageFactory(wagtail_factories.PageFactory):
    """An exhibition open from 30 days ago until 30 days ahead unless dated otherwise."""

    title = factory.Sequence(lambda n: f"Tentoonstelling {n}")
    introduction = "Nieuw talent in de openbare ruimte."
    start_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    end_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))

    class Meta:
        model = ExhibitionPage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        placements = kwargs.pop("placements", ())
        exhibition = model_class(**kwargs)
        for placement in placements:
            exhibition.placements.add(
                ExhibitionPlacement(locale=parent.locale, **placement)
            )
        parent.add_child(instance=exhibition)
        return exhibition


class QRCodeFactory(factory.django.DjangoModelFactory):
    """A code in use for ``artwork`` or ``spot`` (pass one); a random code unless ``code``."""

    code = ""

    class Meta:
        model = QRCode
