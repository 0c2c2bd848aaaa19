"""When the demo exhibitions run: days relative to the day the demo is loaded, checked against the
same rules the admin applies (placement dates within the exhibition, one work per spot at a time)."""

import datetime
from dataclasses import dataclass
from typing import Any

from gallery.models import ExhibitionPage, ExhibitionPlacement
from gallery.models.exhibitions import placement_conflicts


class DemoContentError(Exception):
    """The demo cannot be loaded as asked; the message says why."""


def day(today: datetime.date, offset: int | None) -> datetime.date | None:
    return None if offset is None else today + datetime.timedelta(days=offset)


@dataclass(frozen=True)
class Schedule:
    """An exhibition's dates and its placements' own dates, keyed by (artwork slug, spot slug)."""

    start: datetime.date
    end: datetime.date
    own_dates: dict[tuple[str, str], tuple[datetime.date | None, datetime.date | None]]

    @classmethod
    def for_day(cls, data: dict[str, Any], today: datetime.date) -> "Schedule":
        return cls(
            start=day(today, data["opens"]),
            end=day(today, data["closes"]),
            own_dates={
                (artwork, spot): (day(today, starts), day(today, ends))
                for artwork, spot, starts, ends, _note in data["placements"]
            },
        )


def check_placements(
    exhibition: ExhibitionPage, placements: list[ExhibitionPlacement]
) -> None:
    """Raise ``DemoContentError`` unless ``placements`` keep the rules of the exhibition form
    (``gallery.models.exhibitions.ExhibitionPageForm``)."""
    start, end = exhibition.start_date, exhibition.end_date
    if end < start:
        raise DemoContentError(f"{exhibition.title}: it closes before it opens.")
    rows = []
    for index, placement in enumerate(placements):
        own_start, own_end = placement.starts_on, placement.ends_on
        for own in (own_start, own_end):
            if own is not None and not start <= own <= end:
                raise DemoContentError(
                    f"{exhibition.title}: {placement} has a date outside the exhibition."
                )
        if own_start and own_end and own_end < own_start:
            raise DemoContentError(
                f"{exhibition.title}: {placement} ends before it starts."
            )
        rows.append((index, placement.spot, own_start or start, own_end or end))
    conflicts = placement_conflicts(exhibition, rows)
    if conflicts:
        raise DemoContentError(
            f"{exhibition.title}: "
            + " ".join(str(message) for _index, message in conflicts)
        )


def apply_schedule(
    exhibition: ExhibitionPage, schedule: Schedule
) -> list[ExhibitionPlacement] | None:
    """Set ``schedule`` on ``exhibition`` and its placements; the placements when anything
    changed, ``None`` when all dates were right already. Placements a curator added keep their
    dates."""
    placements = list(
        exhibition.placements.select_related("artwork", "spot").order_by("sort_order")
    )
    changed = (exhibition.start_date, exhibition.end_date) != (
        schedule.start,
        schedule.end,
    )
    exhibition.start_date, exhibition.end_date = schedule.start, schedule.end
    for placement in placements:
        key = (placement.artwork.slug, placement.spot.slug)
        if key not in schedule.own_dates:
            continue
        own_dates = schedule.own_dates[key]
        if (placement.starts_on, placement.ends_on) != own_dates:
            placement.starts_on, placement.ends_on = own_dates
            changed = True
    return placements if changed else None


def moving_later(
    existing: dict[str, ExhibitionPage], schedules: dict[str, Schedule]
) -> bool:
    """Whether the demo exhibitions move to later dates on this run. They then move latest first
    (earliest first otherwise), so that none of them passes through another's dates on the way."""
    for slug, exhibition in existing.items():
        if exhibition.start_date != schedules[slug].start:
            return schedules[slug].start > exhibition.start_date
    return False
