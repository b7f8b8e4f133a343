"""The archive at a glance: counts by time, series, organisation and speaker, and the gaps."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Tally:
    """One bar of a chart: what it counts (with the id of its record, if any) and how many."""

    label: str
    count: int
    key: int | None = None


@dataclass(frozen=True, slots=True)
class Overview:
    """The figures of the dashboard (and of a booklet's overview page), for the whole library or
    one series (``series_id``). Counts are of sessions not in the trash."""

    sessions: int
    series_id: int | None = None
    first_year: int | None = None
    last_year: int | None = None
    per_year: tuple[tuple[int, int], ...] = ()
    # The latest 24 months up to the newest dated session, months without sessions included.
    per_month: tuple[tuple[int, int, int], ...] = ()  # (year, month, sessions)
    per_series: tuple[Tally, ...] = ()
    organisations: tuple[Tally, ...] = ()
    speakers: tuple[Tally, ...] = ()
    recordings: int = 0
    recorded_ms: int = 0
    hours_per_year: tuple[tuple[int, float], ...] = ()
    without_recording: int = 0
    without_slides: int = 0
    speaker_without_organisation: int = 0
    undated: int = 0
    other_series: int = field(default=0)  # sessions in series beyond the ones listed

    @property
    def recorded_hours(self) -> float:
        return self.recorded_ms / 3_600_000


def month_window(last: tuple[int, int], months: int = 24) -> list[tuple[int, int]]:
    """The ``months`` calendar months ending with ``last`` (year, month), oldest first."""
    year, month = last
    out = []
    for _ in range(months):
        out.append((year, month))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out[::-1]
