"""Rules over a recording's chapters that do not depend on how they are stored or shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Chapter


@dataclass(frozen=True, slots=True)
class ChapterSplit:
    """Where a new chapter starting at ``start_ms`` fits among the existing ones."""

    start_ms: int
    taken: bool  # a chapter starts there already: nothing to add
    end_ms: int | None  # the end the new chapter inherits (None: open-ended)
    shortened: tuple[Chapter, ...]  # chapters to end at ``start_ms``


def split_at(chapters: Sequence[Chapter], start_ms: int) -> ChapterSplit:
    """A new chapter at ``start_ms`` takes the rest of the chapter it falls into: that one
    now ends where the new one starts, and the new one ends where it used to end."""
    if any(c.start_ms == start_ms for c in chapters):
        return ChapterSplit(start_ms, True, None, ())
    containing = tuple(
        c
        for c in chapters
        if c.start_ms < start_ms and c.end_ms is not None and c.end_ms > start_ms
    )
    end_ms = containing[-1].end_ms if containing else None
    return ChapterSplit(start_ms, False, end_ms, containing)
