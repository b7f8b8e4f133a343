"""Rules over a recording's chapters that do not depend on how they are stored or shown."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .messages import _t

if TYPE_CHECKING:  # the model is for the checker only: `--version` must not import it
    from .model import Chapter

# What earlier versions stored for a chapter without a title of its own: "Chapter 3" (every
# layer wrote it in English) and "Rozdział 3" (the window in Polish). Titles are stored empty
# now, and these are shown as an untitled chapter is, keeping their number: in English as
# before, in the reader's language otherwise. A display rule rather than a migration: the
# number stays the one the user saw even where chapters were deleted or added since, and an
# older version sharing the catalogue still reads a title.
_STORED_AUTOMATIC = re.compile(r"(?:Chapter|Rozdział) (\d+)")


def is_untitled(title: str) -> bool:
    """Whether ``title`` is no title of its own: empty, or an automatic one stored earlier."""
    text = title.strip()
    return not text or _STORED_AUTOMATIC.fullmatch(text) is not None


def shown_title(title: str, number: int, template: str | None = None) -> str:
    """The title a chapter is shown with: its own, else "Chapter N" in the reader's language,
    N its place in the recording (from 1), or the number an automatic title stored earlier has.

    ``template`` is "Chapter {number}" as a face that translates itself words it (the
    window's catalogue, a brief's language); the messages catalogue's by default.
    """
    text = title.strip()
    if text:
        match = _STORED_AUTOMATIC.fullmatch(text)
        if match is None:
            return text
        number = int(match[1])
    return (template or _t("Chapter {number}")).format(number=number)


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
