"""Where a scanned code leads: ``/q/<CODE>`` → the target in the visitor's language.

Passers-by scan outside, often on mobile data, so the landing is lean: one query for the code
(with its target's ``translation_key`` and, for a spot, the language it is live in) and one for
the visible artwork page it leads to (the artwork itself, or what is on show at the spot today),
plus the scan counter (see ``gallery.qr_scans``). Gallery indexes, locales and site root paths come
from the cache, and so does the whole answer once a code has been scanned (``cached_resolve``).

A printed code never leads to a dead end: a retired code, or one whose target is gone or
unpublished, leads to the gallery overview with a line saying that the work has moved on.
"""

import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, F, OuterRef, QuerySet, Subquery, Value, When
from django.utils import timezone

from wagtail.models import Locale, Page

from cms.frontend import frontend_url
from gallery.links import all_gallery_indexes, spot_html_url
from gallery.models import (
    ArtworkPage,
    QRCode,
    Spot,
)
from gallery.models.exhibitions import effective_dates_annotation
from gallery.queries import visible_pages, visible_placements, visible_spots
from gallery.versioning import content_version

# The gallery overview shows the "moved on" line for this query string.
MOVED_ON_QUERY = "qr=moved"


@dataclass
class Landing:
    """The code that was scanned (None: unknown) and where it leads (None: nowhere to send the
    visitor, so the "moved on" page is rendered in place)."""

    qr_code_id: int | None
    url: str | None = None
    moved_on: bool = False


def languages_for(language: str) -> set[str]:
    """The visitor's language and the default one, to fall back on."""
    return {language, settings.LANGUAGE_CODE}


def language_first(queryset: QuerySet, language: str) -> QuerySet:
    """``queryset`` with the rows in ``language`` before the others."""
    return queryset.annotate(
        is_other_language=Case(
            When(locale__language_code=language, then=Value(0)), default=Value(1)
        )
    ).order_by("is_other_language")


def locale_ids() -> dict[str, int]:
    """Language code → locale id; locales change once a decade."""
    return cache.get_or_set(
        "gallery:locale-ids",
        lambda: dict(Locale.objects.values_list("language_code", "pk")),
        timeout=3600,
    )


def find_code(code: str, language: str) -> dict[str, Any] | None:
    """The code's row with its target's ``translation_key`` and, for a spot, the language in
    which the visitor can read about it (theirs, else the default); one query."""
    live_spots = language_first(
        visible_spots().filter(
            translation_key=OuterRef("spot__translation_key"),
            locale__language_code__in=languages_for(language),
        ),
        language,
    )
    return (
        QRCode.objects.filter(code=code)
        .annotate(
            spot_language=Subquery(live_spots.values("locale__language_code")[:1])
        )
        .values(
            "pk",
            "is_retired",
            "artwork__translation_key",
            "spot__translation_key",
            "spot__slug",
            "spot_language",
        )
        .first()
    )


def on_show_at(spot_key: uuid.UUID, languages: set[str]) -> QuerySet:
    """``translation_key`` of the artworks on show at the spot today, as a subquery."""
    today = timezone.localdate()
    return (
        visible_placements()
        .filter(
            spot__translation_key=spot_key,
            exhibition__locale__language_code__in=languages,
        )
        .annotate(**effective_dates_annotation())
        .filter(shown_from__lte=today, shown_until__gte=today)
        .values("artwork__translation_key")
    )


def artwork_page(row: dict[str, Any], language: str) -> Page | None:
    """The visible artwork page the code leads to, in ``language`` where it exists; one query.

    For a spot's code: the work on show there today, if any."""
    languages = languages_for(language)
    pages = visible_pages(
        ArtworkPage.objects.filter(locale__language_code__in=languages)
    )
    if row["artwork__translation_key"] is not None:
        pages = pages.filter(translation_key=row["artwork__translation_key"])
    else:
        pages = pages.filter(
            translation_key__in=on_show_at(row["spot__translation_key"], languages)
        )
    pages = language_first(pages, language).annotate(
        language=F("locale__language_code")
    )
    return pages.only("pk", "url_path", "slug", "translation_key", "locale").first()


def template_url(kind: str, language: str, **values: Any) -> str | None:
    """The external frontend's URL from ``FRONTEND_URL_TEMPLATES``, if it has one for ``kind``
    in ``language``."""
    template = settings.FRONTEND_URL_TEMPLATES.get(kind, {}).get(language)
    if not template:
        return None
    return template.format_map(
        {"locale": language, "slug": "", "id": "", "translation_key": "", **values}
    )


def artwork_url(page: Page, code: str) -> str | None:
    return template_url(
        "artwork",
        page.language,
        id=page.pk,
        slug=page.slug,
        translation_key=page.translation_key,
        code=code,
    ) or frontend_url(page)


def spot_url(row: dict[str, Any], code: str) -> str | None:
    language = row["spot_language"]
    return template_url(
        "spot",
        language,
        slug=row["spot__slug"],
        translation_key=row["spot__translation_key"],
        code=code,
    ) or spot_html_url(
        Spot(locale_id=locale_ids().get(language), slug=row["spot__slug"]),
        all_gallery_indexes(),
    )


def moved_on_url(language: str, code: str) -> str | None:
    """The gallery overview in ``language`` (else the default), with the "moved on" line."""
    url = template_url("gallery", language, code=code)
    if url:
        return url
    indexes = all_gallery_indexes()
    ids = locale_ids()
    for candidate in (language, settings.LANGUAGE_CODE):
        index = indexes.get(ids.get(candidate))
        base = frontend_url(index) if index is not None else None
        if base:
            return f"{base}?{MOVED_ON_QUERY}"
    return None


def target_url(row: dict[str, Any], code: str, language: str) -> str | None:
    """Where a code in use leads, or None when its target is gone or unpublished."""
    if row["artwork__translation_key"] is not None:
        page = artwork_page(row, language)
        return artwork_url(page, code) if page is not None else None
    if row["spot_language"] is None:
        # An unpublished (or deleted) spot has moved on, whatever still hangs there.
        return None
    page = artwork_page(row, language)
    return artwork_url(page, code) if page is not None else spot_url(row, code)


def resolve(code: str, language: str) -> Landing:
    """Where ``code`` (normalised) leads a visitor who reads ``language``."""
    row = find_code(code, language)
    if row is None:
        return Landing(qr_code_id=None)
    url = None if row["is_retired"] else target_url(row, code, language)
    if url:
        return Landing(qr_code_id=row["pk"], url=url)
    return Landing(
        qr_code_id=row["pk"], url=moved_on_url(language, code), moved_on=True
    )


def cached_resolve(code: str, language: str) -> Landing:
    """``resolve``, remembered until the next publish (the content version), the next day (what
    is on show changes at midnight) or ``QR_LANDING_CACHE_SECONDS``: a code scanned again costs
    no query. Unknown codes are not remembered, so that typing random ones fills no cache."""
    key = f"gallery:qr:{content_version()}:{timezone.localdate()}:{language}:{code}"
    found = cache.get(key)
    if found is None:
        found = resolve(code, language)
        if found.qr_code_id is not None:
            cache.set(key, found, settings.QR_LANDING_CACHE_SECONDS)
    return found
