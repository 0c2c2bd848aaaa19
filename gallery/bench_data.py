"""Bulk Urban Gallery content for benchmarks: thousands of Dutch artworks, artists and spots, one
current exhibition, in seconds rather than the minutes ``add_child`` would take.

Objects come from the test factories (``tests.factories``, a dev dependency) with ``build()``, and
are stored in batches. Through treebeard's ``add_child``, which validates and saves one page at a
time (a sibling slug check, a locked parent, a ``numchild`` update, two queued index tasks), an
artwork takes about 20 ms on SQLite, more than 3 minutes for 10,000; in batches, 10,000 artworks
with 1,000 artists and 1,000 spots take about 10 s. Bulk pages are live, without revisions or
search and reference index entries; run ``update_index`` if a benchmark needs search.
"""

import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from django.conf import settings
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from wagtail.models import Collection, Locale, Page

from cms.models import CustomImage, HomePage
from gallery.choices import ArtworkTheme, SpotKind
from gallery.models import (
    ArtistIndexPage,
    ArtistPage,
    ArtworkArtist,
    ArtworkImage,
    ArtworkIndexPage,
    ArtworkPage,
    ExhibitionPage,
    GalleryIndexPage,
    QRCode,
    Spot,
)
from gallery.models.qr_codes import random_code
from gallery.tasks import generate_renditions
from tests.factories import (
    ArtistIndexPageFactory,
    ArtistPageFactory,
    ArtworkIndexPageFactory,
    ArtworkPageFactory,
    ExhibitionPageFactory,
    GalleryIndexPageFactory,
    ImageFactory,
    SpotFactory,
)

# A handful of small pictures that every artwork shares, so renditions are made once.
IMAGE_COUNT = 6
BATCH_SIZE = 500
# Names are zero-padded so that title order is number order in every database size.
NUMBER_WIDTH = 5

Progress = Callable[[str, int, int], None]
T = TypeVar("T")


class BenchDataError(Exception):
    """The database lacks what the generated content goes below."""


@dataclass
class GalleryIndexes:
    gallery: GalleryIndexPage
    artworks: ArtworkIndexPage
    artists: ArtistIndexPage


@dataclass
class GeneratedGallery:
    artworks: int
    artists: int
    spots: int
    placements: int
    seconds: float


def no_progress(label: str, done: int, total: int) -> None:
    """The default ``Progress``: silent."""


def batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def ensure_indexes() -> GalleryIndexes:
    """The Dutch gallery, artwork and artist indexes below the brand site's Dutch home page,
    made (live, Dutch only) where missing."""
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if home is None:
        raise BenchDataError(
            "The gallery goes below the brand site's Dutch home page, which is missing. Run "
            "`manage.py load_demo_content` first."
        )
    gallery = GalleryIndexPage.objects.child_of(
        home
    ).first() or GalleryIndexPageFactory(parent=home)
    artworks = ArtworkIndexPage.objects.child_of(
        gallery
    ).first() or ArtworkIndexPageFactory(parent=gallery)
    artists = ArtistIndexPage.objects.child_of(
        gallery
    ).first() or ArtistIndexPageFactory(parent=gallery)
    return GalleryIndexes(gallery, artworks, artists)


def add_children(
    parent: Page,
    pages: Sequence[Page],
    progress: Progress = no_progress,
    label: str = "pages",
) -> None:
    """Store unsaved ``pages`` of one page type as the last children of ``parent``, live, as
    ``parent.add_child(instance=page)`` would place them.

    Paths follow treebeard's ``MP_AddChildHandler``. The ``wagtailcore_page`` rows go in with
    ``bulk_create``; the page type's own row with a raw save, as ``loaddata`` stores an inherited
    model (Django cannot ``bulk_create`` one), which also skips the search and reference index
    handlers.
    """
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    last_child = parent.get_last_child()
    position = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
    depth = parent.depth + 1
    now = timezone.now()
    for page in pages:
        position += 1
        page.path = Page._get_path(parent.path, depth, position)
        page.depth = depth
        page.numchild = 0
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.set_url_path(parent)
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now
    done = 0
    for batch in batches(pages, BATCH_SIZE):
        # Through the base manager, so only the wagtailcore_page columns are written.
        Page.objects.bulk_create(batch)
        for page in batch:
            page.page_ptr_id = page.id
            page.save_base(raw=True, force_insert=True)
        done += len(batch)
        progress(label, done, len(pages))
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))


def next_number(queryset: QuerySet) -> int:
    """One more than the objects already there, so that a second run adds new slugs."""
    return queryset.count() + 1


def make_images(count: int = IMAGE_COUNT) -> list[CustomImage]:
    root = Collection.get_first_root_node()
    return [
        ImageFactory(
            collection=root,
            title=f"Benchmarkbeeld {number}",
            description=f"Abstracte demo-afbeelding {number}: schuine kleurbanen met cirkels.",
        )
        for number in range(1, count + 1)
    ]


def make_artists(
    index: ArtistIndexPage, count: int, progress: Progress
) -> list[ArtistPage]:
    first = next_number(ArtistPage.objects.child_of(index))
    artists = [
        ArtistPageFactory.build(
            title=f"Benchmark Kunstenaar {number:0{NUMBER_WIDTH}d}",
            slug=f"benchmark-kunstenaar-{number:0{NUMBER_WIDTH}d}",
        )
        for number in range(first, first + count)
    ]
    add_children(index, artists, progress, "artists")
    return artists


def make_artworks(
    index: ArtworkIndexPage,
    count: int,
    artists: Sequence[ArtistPage],
    images: Sequence[CustomImage],
    progress: Progress,
) -> list[ArtworkPage]:
    """``count`` works, each by one artist of ``artists`` and with one of the shared
    ``images``."""
    first = next_number(ArtworkPage.objects.child_of(index))
    themes = ArtworkTheme.values
    artworks = [
        ArtworkPageFactory.build(
            title=f"Kunstwerk {number:0{NUMBER_WIDTH}d}",
            slug=f"kunstwerk-{number:0{NUMBER_WIDTH}d}",
            year=2000 + number % 26,
            themes=[themes[number % len(themes)]],
        )
        for number in range(first, first + count)
    ]
    add_children(index, artworks, progress, "artworks")
    ArtworkArtist.objects.bulk_create(
        ArtworkArtist(
            artwork=artwork, artist=artists[number % len(artists)], sort_order=0
        )
        for number, artwork in enumerate(artworks)
    )
    ArtworkImage.objects.bulk_create(
        ArtworkImage(
            artwork=artwork,
            image=images[number % len(images)],
            locale_id=index.locale_id,
            sort_order=0,
        )
        for number, artwork in enumerate(artworks)
    )
    return artworks


def make_spots(count: int, progress: Progress) -> list[Spot]:
    """``count`` live Dutch spots scattered over ``GALLERY_BOUNDING_BOX`` (the same places on
    every run)."""
    dutch = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    first = next_number(Spot.objects.filter(slug__startswith="benchmark-plek-"))
    west, south, east, north = settings.GALLERY_BOUNDING_BOX
    # Scatter, not secrecy: a seeded generator puts the spots at the same places every run.
    place = random.Random(first)  # noqa: S311
    kinds = SpotKind.values
    now = timezone.now()
    spots = [
        SpotFactory.build(
            locale=dutch,
            name=f"Benchmarkplek {number:0{NUMBER_WIDTH}d}",
            slug=f"benchmark-plek-{number:0{NUMBER_WIDTH}d}",
            kind=kinds[number % len(kinds)],
            latitude=Decimal(f"{place.uniform(south, north):.6f}"),
            longitude=Decimal(f"{place.uniform(west, east):.6f}"),
            first_published_at=now,
            last_published_at=now,
        )
        for number in range(first, first + count)
    ]
    done = 0
    for batch in batches(spots, BATCH_SIZE):
        Spot.objects.bulk_create(batch)
        done += len(batch)
        progress("spots", done, count)
    return spots


def make_codes(artworks: Sequence[ArtworkPage], spots: Sequence[Spot]) -> int:
    """A QR code for each work and spot, as publishing would make, in bulk. Five characters:
    32⁵ codes leave room for a million objects without a clash worth retrying."""
    taken = set(QRCode.objects.values_list("code", flat=True))
    codes = []
    for field, objects in (("artwork", artworks), ("spot", spots)):
        for obj in objects:
            code = random_code(5)
            while code in taken:
                code = random_code(5)
            taken.add(code)
            codes.append(QRCode(code=code, **{field: obj}))
    QRCode.objects.bulk_create(codes, batch_size=BATCH_SIZE)
    return len(codes)


def make_exhibition(
    gallery: GalleryIndexPage,
    artworks: Sequence[ArtworkPage],
    spots: Sequence[Spot],
) -> ExhibitionPage | None:
    """One exhibition open today that places ``min(artworks, spots)`` works, spread evenly over
    the title order, one per spot."""
    count = min(len(artworks), len(spots))
    if not count:
        return None
    step = len(artworks) // count
    placed = artworks[::step][:count]
    number = next_number(
        ExhibitionPage.objects.child_of(gallery).filter(
            slug__startswith="benchmark-tentoonstelling-"
        )
    )
    return ExhibitionPageFactory(
        parent=gallery,
        title=f"Benchmarktentoonstelling {number}",
        slug=f"benchmark-tentoonstelling-{number}",
        placements=[
            {"artwork": artwork, "spot": spot, "sort_order": number}
            for number, (artwork, spot) in enumerate(zip(placed, spots, strict=False))
        ],
    )


def generate_gallery(
    artworks: int,
    spots: int,
    artists: int | None = None,
    progress: Progress = no_progress,
) -> GeneratedGallery:
    """Add ``artworks`` works by ``artists`` artists (default: one per ten works), ``spots``
    spots and an exhibition open today that places a work at each spot, in Dutch, in one
    transaction, each with its QR code; then make the renditions of the shared images."""
    started = time.perf_counter()
    if artists is None:
        artists = max(1, artworks // 10) if artworks else 0
    if artworks and artists < 1:
        raise BenchDataError("Works need at least one artist to be credited to.")
    with transaction.atomic():
        indexes = ensure_indexes()
        images = make_images()
        artist_pages = make_artists(indexes.artists, artists, progress)
        artwork_pages = make_artworks(
            indexes.artworks, artworks, artist_pages, images, progress
        )
        spot_rows = make_spots(spots, progress)
        make_codes(artwork_pages, spot_rows)
        exhibition = make_exhibition(indexes.gallery, artwork_pages, spot_rows)
    generate_renditions.call(image_ids=[image.pk for image in images])
    return GeneratedGallery(
        artworks=len(artwork_pages),
        artists=len(artist_pages),
        spots=len(spot_rows),
        placements=exhibition.placements.count() if exhibition else 0,
        seconds=time.perf_counter() - started,
    )
