"""Builds the Urban Gallery demo below the brand site's home page, in Dutch and English. Every step
first looks for what it would make, so running it twice creates nothing; a later run only moves the
exhibitions' dates along (see ``schedule``).

Like the brand loader this is not one transaction: wagtail-localize publishes translations on
commit, and every English page needs its parent's translation in place.
"""

import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Page

from cms.demo.images import demo_image
from cms.demo.loader import Report, locales
from cms.demo.translation import publish_translation, source_strings
from cms.models import HomePage
from gallery.demo import exhibitions as exhibition_data
from gallery.demo.collection import ensure_artists, ensure_artworks, ensure_spots
from gallery.demo.pages import Pair, ensure_page, page_pairs, rich_text
from gallery.demo.schedule import (
    DemoContentError,
    Schedule,
    apply_schedule,
    check_placements,
    moving_later,
)
from gallery.demo.submissions import ensure_submissions
from gallery.models import (
    ArtistIndexPage,
    ArtworkIndexPage,
    ArtworkPage,
    ExhibitionPage,
    ExhibitionPlacement,
    GalleryIndexPage,
    Spot,
)
from gallery.permissions import ensure_curator_group

CURATOR_USERNAME = "curator"


def find_home_page() -> HomePage:
    home = HomePage.objects.filter(locale__language_code="nl").first()
    if home is None or not home.get_translations().filter(locale__language_code="en"):
        raise DemoContentError(
            "The Urban Gallery demo goes below the brand site's Dutch home page and its English "
            "translation, which are missing. Run `manage.py load_demo_content` first."
        )
    return home


def ensure_gallery_index(home: HomePage, report: Report) -> GalleryIndexPage:
    data = exhibition_data.GALLERY
    return ensure_page(
        home,
        GalleryIndexPage,
        None,
        lambda: GalleryIndexPage(
            title=data["title"][0],
            slug=data["slug"][0],
            introduction=data["introduction"][0],
            image=demo_image("Urban Gallery", data["image_alt"][0]),
        ),
        page_pairs(data),
        report,
    )


def ensure_index(
    gallery: GalleryIndexPage,
    model: type[ArtworkIndexPage | ArtistIndexPage],
    data: dict[str, Any],
    report: Report,
) -> Page:
    return ensure_page(
        gallery,
        model,
        None,
        lambda: model(
            title=data["title"][0],
            slug=data["slug"][0],
            introduction=data["introduction"][0],
        ),
        page_pairs(data),
        report,
    )


def exhibition_pairs(data: dict[str, Any]) -> list[Pair]:
    notes = [note for *_placement, note in data["placements"] if note]
    return [
        *page_pairs(data),
        *data["statement"],
        exhibition_data.DEMO_NOTE,
        *notes,
    ]


def new_exhibition(
    data: dict[str, Any],
    schedule: Schedule,
    artworks: dict[str, ArtworkPage],
    spots: dict[str, Spot],
) -> ExhibitionPage:
    dutch, _english = locales()
    title = data["title"][0]
    exhibition = ExhibitionPage(
        title=title,
        slug=data["slug"][0],
        introduction=data["introduction"][0],
        image=demo_image(
            f"Urban Gallery – {title}",
            f"Abstracte illustratie van diagonale banen en cirkels bij de tentoonstelling "
            f"‘{title}’ (demo-afbeelding)",
        ),
        start_date=schedule.start,
        end_date=schedule.end,
        curator_statement=rich_text([*data["statement"], exhibition_data.DEMO_NOTE]),
    )
    for artwork, spot, _starts, _ends, note in data["placements"]:
        starts_on, ends_on = schedule.own_dates[(artwork, spot)]
        exhibition.placements.add(
            ExhibitionPlacement(
                locale=dutch,
                artwork=artworks[artwork],
                spot=spots[spot],
                starts_on=starts_on,
                ends_on=ends_on,
                label_note=note[0] if note else "",
            )
        )
    check_placements(exhibition, list(exhibition.placements.all()))
    return exhibition


def move_exhibition(
    exhibition: ExhibitionPage, schedule: Schedule, pairs: list[Pair], report: Report
) -> None:
    """Publish ``exhibition`` (and its English translation) with the dates of ``schedule``, if they
    changed."""
    placements = apply_schedule(exhibition, schedule)
    if placements is None:
        return
    exhibition.placements = placements
    check_placements(exhibition, placements)
    exhibition.save_revision().publish()
    report(
        f"  moved {exhibition.title!r} to {exhibition.start_date} – {exhibition.end_date}"
    )
    _dutch, english = locales()
    if exhibition.has_translation(english):
        # Dates are synchronised fields: updating the translation copies them over.
        fresh = ExhibitionPage.objects.get(pk=exhibition.pk)
        publish_translation(fresh, english, source_strings(pairs))


def ensure_exhibitions(
    gallery: GalleryIndexPage,
    artworks: dict[str, ArtworkPage],
    spots: dict[str, Spot],
    today: datetime.date,
    report: Report,
) -> dict[str, ExhibitionPage]:
    datas = {data["slug"][0]: data for data in exhibition_data.EXHIBITIONS}
    schedules = {slug: Schedule.for_day(data, today) for slug, data in datas.items()}
    existing = {
        exhibition.slug: exhibition
        for exhibition in ExhibitionPage.objects.child_of(gallery).filter(
            slug__in=datas
        )
    }
    order = sorted(
        datas,
        key=lambda slug: datas[slug]["opens"],
        reverse=moving_later(existing, schedules),
    )
    exhibitions = {}
    for slug in order:
        data, schedule = datas[slug], schedules[slug]
        if slug in existing:
            move_exhibition(existing[slug], schedule, exhibition_pairs(data), report)
        exhibitions[slug] = ensure_page(
            gallery,
            ExhibitionPage,
            slug,
            lambda data=data, schedule=schedule: new_exhibition(
                data, schedule, artworks, spots
            ),
            exhibition_pairs(data),
            report,
        )
    return exhibitions


def ensure_curator_user(password: str, report: Report) -> None:
    """A development-only login in the Curators group; never called in production (see the
    command)."""
    group = ensure_curator_group()
    user_model = get_user_model()
    if user_model.objects.filter(username=CURATOR_USERNAME).exists():
        return
    user = user_model.objects.create_user(
        CURATOR_USERNAME,
        f"{CURATOR_USERNAME}@example.org",
        password,
        is_staff=False,
        first_name="Curator",
    )
    user.groups.add(group)
    report(f"  created user {CURATOR_USERNAME!r}")


def load_gallery(
    report: Report, today: datetime.date | None = None
) -> GalleryIndexPage:
    """The Urban Gallery demo, with exhibition dates relative to ``today`` (default: the local
    date)."""
    today = today or timezone.localdate()
    home = find_home_page()
    gallery = ensure_gallery_index(home, report)
    artwork_index = ensure_index(
        gallery, ArtworkIndexPage, exhibition_data.ARTWORK_INDEX, report
    )
    artist_index = ensure_index(
        gallery, ArtistIndexPage, exhibition_data.ARTIST_INDEX, report
    )
    # After the gallery index exists in both languages: its permissions are tied to those pages.
    ensure_curator_group()
    spots = ensure_spots(report)
    artists = ensure_artists(artist_index, report)
    artworks = ensure_artworks(artwork_index, artists, report)
    ensure_exhibitions(gallery, artworks, spots, today, report)
    ensure_submissions(report)
    return gallery
