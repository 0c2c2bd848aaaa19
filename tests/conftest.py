import shutil
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, Page, Site

import pytest

from cms.demo.translation import publish_translation
from cms.models import EpisodeGuest
from gallery.models import ArtworkImage
from gallery.models.submissions import quarantine_storage
from tests.factories import (
    ArticlePageFactory,
    ArtistIndexPageFactory,
    ArtistPageFactory,
    ArtworkIndexPageFactory,
    ArtworkPageFactory,
    EpisodePageFactory,
    EventPageFactory,
    ExhibitionPageFactory,
    GalleryIndexPageFactory,
    HomePageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    PodcastIndexPageFactory,
    ProgrammeIndexPageFactory,
    SpotFactory,
    StandardPageFactory,
)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language (Dutch), whatever the test before it
    left active: a request (or ``translation.activate``) sets the thread's language and does
    not reset it, which made message assertions depend on test order."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def quarantined_files():
    """Empties the quarantine storage; returns a function that lists what is in it now."""
    storage = quarantine_storage()
    root = Path(storage.location)
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True, exist_ok=True)
    return lambda: sorted(
        str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()
    )


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


@pytest.fixture
def gallery(home, english, translate) -> SimpleNamespace:
    """The Urban Gallery's pages in Dutch and English: the index, and the artwork and artist
    indexes below it."""
    index = GalleryIndexPageFactory(parent=home)
    translate(index, english, {})
    artworks = ArtworkIndexPageFactory(parent=index)
    translate(artworks, english, {"Kunstwerken": "Artworks", "kunstwerken": "artworks"})
    artists = ArtistIndexPageFactory(parent=index)
    translate(artists, english, {"Kunstenaars": "Artists", "kunstenaars": "artists"})
    return SimpleNamespace(index=index, artworks=artworks, artists=artists)


@pytest.fixture
def exhibit(gallery, english, translate) -> SimpleNamespace:
    """A current exhibition with two works at two spots on the station square, all in Dutch and
    English: what a passer-by meets after scanning a code."""
    artist = ArtistPageFactory(
        parent=gallery.artists, title="Demo Noor Vos", slug="demo-noor-vos"
    )
    artist_en = translate(artist, english, {"illustrator": "illustrator"})
    artwork = ArtworkPageFactory(
        parent=gallery.artworks,
        title="Zendmast van licht",
        slug="zendmast-van-licht",
        introduction="Een lichtsculptuur over de omroepstad.",
        artists=[artist],
    )
    ArtworkImage.objects.filter(artwork=artwork).update(
        alt_text="Een blauwe zendmast van neonbuizen tegen een donkere lucht."
    )
    artwork_en = translate(
        artwork,
        english,
        {
            "Zendmast van licht": "Transmitter of light",
            "zendmast-van-licht": "transmitter-of-light",
            "Een lichtsculptuur over de omroepstad.": "A light sculpture about the broadcasting town.",
            "Een beschrijving van het werk.": "A description of the work.",
            "digitale print op aluminium": "digital print on aluminium",
            "Een blauwe zendmast van neonbuizen tegen een donkere lucht.": "A blue transmitter mast of neon tubes against a dark sky.",
        },
    )
    neighbour = ArtworkPageFactory(
        parent=gallery.artworks, title="Golflengte", slug="golflengte", artists=[artist]
    )
    neighbour_en = translate(neighbour, english, {"Golflengte": "Wavelength"})
    spot = SpotFactory(
        name="Stationsplein",
        slug="stationsplein",
        address="Stationsplein 1, 1211 EX Hilversum",
        latitude="52.226059",
        longitude="5.181606",
        position="Links van de hoofdingang",
    )
    spot_en = translate(
        spot,
        english,
        {
            "Stationsplein": "Station square",
            "Links van de hoofdingang": "Left of the main entrance",
        },
    )
    other_spot = SpotFactory(
        name="Kerkbrink", slug="kerkbrink", latitude="52.223370", longitude="5.176080"
    )
    translate(other_spot, english, {})
    exhibition = ExhibitionPageFactory(
        parent=gallery.index,
        title="Nieuwe makers 2026",
        slug="nieuwe-makers-2026",
        placements=[
            {"artwork": artwork, "spot": spot},
            {"artwork": neighbour, "spot": other_spot},
        ],
    )
    exhibition_en = translate(
        exhibition, english, {"Nieuwe makers 2026": "New makers 2026"}
    )
    return SimpleNamespace(
        artist=artist,
        artist_en=artist_en,
        artwork=artwork,
        artwork_en=artwork_en,
        neighbour=neighbour,
        neighbour_en=neighbour_en,
        spot=spot,
        spot_en=spot_en,
        other_spot=other_spot,
        exhibition=exhibition,
        exhibition_en=exhibition_en,
    )
