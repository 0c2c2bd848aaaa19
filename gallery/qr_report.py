"""The scan report: how often the codes were scanned, per exhibition, spot and artwork, over time.

Scans are people only (bots and link previews are counted apart and left out). An artwork's
scans are those of its codes; a spot's those of its code; an exhibition's are the scans, on the
days of a placement, of the codes of that placement's artwork and spot.
"""

import datetime
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone

from cms.spreadsheets import SpreadsheetWriter
from gallery.models import ArtworkPage, ExhibitionPlacement, ScanCount, Spot
from gallery.models.exhibitions import effective_dates_annotation

PERIODS = (30, 90, 365)
# Longer periods are drawn per week: 365 bars per row would be noise.
WEEKLY_AFTER_DAYS = 90
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@dataclass
class Series:
    """Scans of one exhibition, spot or artwork in the period, per bucket and per language."""

    name: str
    buckets: list[int]
    by_language: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.buckets)


@dataclass
class Report:
    start: datetime.date
    end: datetime.date
    bucket_days: int
    total: Series
    groups: dict[str, list[Series]]
    rows: list[dict[str, Any]]  # one per code, day and language, for the CSV

    @property
    def bucket_starts(self) -> list[datetime.date]:
        return [
            self.start + datetime.timedelta(days=index * self.bucket_days)
            for index in range(len(self.total.buckets))
        ]


def period(
    days: int, today: datetime.date | None = None
) -> tuple[datetime.date, datetime.date]:
    end = today or timezone.localdate()
    return end - datetime.timedelta(days=days - 1), end


def scan_rows(start: datetime.date, end: datetime.date) -> list[dict[str, Any]]:
    """People's scans per code, day and language, with the keys of the code's target; one
    query."""
    return list(
        ScanCount.objects.filter(day__range=(start, end), is_bot=False)
        .values(
            "day",
            "language",
            "qr_code__code",
            "qr_code__artwork__translation_key",
            "qr_code__spot__translation_key",
        )
        .annotate(scans=Sum("count"))
        .order_by("day", "qr_code__code", "language")
    )


def names(model: type, keys: set[uuid.UUID], attribute: str) -> dict[uuid.UUID, str]:
    """``translation_key`` → the object's name in the default language (else any); one query."""
    found: dict[uuid.UUID, str] = {}
    rows = model.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", attribute
    )
    for key, language, name in rows:
        if key not in found or language == settings.LANGUAGE_CODE:
            found[key] = name
    return found


def exhibition_days(
    start: datetime.date, end: datetime.date
) -> list[tuple[str, uuid.UUID, uuid.UUID, datetime.date, datetime.date]]:
    """Placements of the default language's exhibitions that overlap the period: (exhibition
    title, artwork key, spot key, from, until); one query. Translations copy the placements,
    so counting them too would count every scan twice."""
    placements = (
        ExhibitionPlacement.objects.filter(
            exhibition__locale__language_code=settings.LANGUAGE_CODE
        )
        .annotate(**effective_dates_annotation())
        .filter(shown_from__lte=end, shown_until__gte=start)
        .order_by("shown_from")
    )
    return list(
        placements.values_list(
            "exhibition__title",
            "artwork__translation_key",
            "spot__translation_key",
            "shown_from",
            "shown_until",
        )
    )


def build_report(days: int, today: datetime.date | None = None) -> Report:
    start, end = period(days, today)
    bucket_days = 7 if days > WEEKLY_AFTER_DAYS else 1
    size = (days + bucket_days - 1) // bucket_days
    rows = scan_rows(start, end)
    artwork_names = names(
        ArtworkPage,
        {row["qr_code__artwork__translation_key"] for row in rows} - {None},
        "title",
    )
    spot_names = names(
        Spot, {row["qr_code__spot__translation_key"] for row in rows} - {None}, "name"
    )
    placements = exhibition_days(start, end)

    def new_series(name: str) -> Series:
        return Series(name=name, buckets=[0] * size)

    total = new_series("")
    groups: dict[str, dict[Any, Series]] = defaultdict(dict)
    for row in rows:
        artwork_key = row["qr_code__artwork__translation_key"]
        spot_key = row["qr_code__spot__translation_key"]
        code = row["qr_code__code"]
        targets = []
        if artwork_key is not None:
            targets.append(
                ("artwork", artwork_key, artwork_names.get(artwork_key, code))
            )
        if spot_key is not None:
            targets.append(("spot", spot_key, spot_names.get(spot_key, code)))
        for title, placed_artwork, placed_spot, shown_from, shown_until in placements:
            if shown_from <= row["day"] <= shown_until and (
                artwork_key == placed_artwork or spot_key == placed_spot
            ):
                targets.append(("exhibition", title, title))
        bucket = (row["day"] - start).days // bucket_days
        for series in [total] + [
            groups[kind].setdefault(key, new_series(name))
            for kind, key, name in targets
        ]:
            series.buckets[bucket] += row["scans"]
            series.by_language[row["language"]] = (
                series.by_language.get(row["language"], 0) + row["scans"]
            )
        row["targets"] = targets
    return Report(
        start=start,
        end=end,
        bucket_days=bucket_days,
        total=total,
        groups={
            kind: sorted(groups[kind].values(), key=lambda s: (-s.total, s.name))
            for kind in ("exhibition", "spot", "artwork")
        },
        rows=rows,
    )


def bars(values: list[int], width: float, height: float) -> list[dict[str, float]]:
    """SVG rectangles of a bar chart of ``values`` in a ``width`` × ``height`` box."""
    if not values:
        return []
    highest = max(values) or 1
    step = width / len(values)
    return [
        {
            "x": round(index * step, 2),
            "y": round(height - value / highest * height, 2),
            "width": round(max(step - 1, 1), 2),
            "height": round(value / highest * height, 2),
            "value": value,
        }
        for index, value in enumerate(values)
    ]


def write_csv(report: Report, out: Any) -> None:
    """One row per group, object, day and language: a spreadsheet pivots it as it likes."""
    writer = SpreadsheetWriter(out)
    writer.writerow(["kind", "name", "code", "day", "language", "scans"])
    lines: Iterable[list[Any]] = (
        [
            kind,
            name,
            row["qr_code__code"],
            row["day"].isoformat(),
            row["language"],
            row["scans"],
        ]
        for row in report.rows
        for kind, _key, name in row["targets"]
    )
    writer.writerows(sorted(lines, key=lambda line: (line[0], str(line[1]), line[3])))
