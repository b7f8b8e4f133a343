"""Chapter lists as text: plain "mm:ss Title" lines and WebVTT chapter files, both ways."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from webinar_archive.domain.chapters import shown_title
from webinar_archive.domain.model import Chapter
from webinar_archive.domain.time import format_ms, parse_timecode

from ..domain.messages import _t


@dataclass(frozen=True, slots=True)
class ChapterLine:
    """A parsed chapter before it belongs to a recording; ``end_ms`` is None when open-ended."""

    start_ms: int
    title: str
    end_ms: int | None = None


@dataclass(frozen=True, slots=True)
class ChapterParse:
    chapters: list[ChapterLine]
    warnings: list[str]


# "12:34 Title", "1:02:03 - Title", "[12:34] Title", "(1:02:03) Title", "Title 12:34" is not ours.
_PLAIN = re.compile(
    r"^\s*[\[(]?(?P<time>(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?"
    r"\s*(?:[-–—:|.]\s*)?(?P<title>.*?)\s*$"
)
_VTT_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{3})\s*-->\s*"
    r"(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{3})"
)


def parse_plain(text: str) -> ChapterParse:
    """Parse one chapter per line; blank lines are skipped, others that don't parse are warned.

    Chapters are returned sorted by start, each ending where the next begins (the last is open).
    """
    found: list[tuple[int, str]] = []
    warnings: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _PLAIN.match(line)
        if not match:
            warnings.append(
                _t("Line {number}: no timecode at the start: {strip!r}").format(
                    number=number, strip=line.strip()
                )
            )
            continue
        try:
            start = parse_timecode(match["time"])
        except ValueError as exc:
            warnings.append(_t("Line {number}: {exc}").format(number=number, exc=exc))
            continue
        found.append((start, match["title"]))
    return ChapterParse(_close(found), warnings)


def format_plain(chapters: Sequence[Chapter | ChapterLine]) -> str:
    """One "mm:ss Title" line per chapter (h:mm:ss for all lines once any needs hours)."""
    ordered = sorted(chapters, key=lambda c: c.start_ms)
    hours = any(c.start_ms >= 3_600_000 for c in ordered)
    return "".join(f"{format_ms(c.start_ms, always_hours=hours)} {c.title}\n" for c in ordered)


def _vtt_time(ms: int) -> str:
    ms = max(0, ms)
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def format_webvtt(chapters: Sequence[Chapter | ChapterLine], length_ms: int | None) -> str:
    """A WebVTT chapters file; open-ended chapters end at the next one or at ``length_ms``."""
    ordered = sorted(chapters, key=lambda c: c.start_ms)
    parts = ["WEBVTT", ""]
    for index, chapter in enumerate(ordered):
        end = chapter.end_ms
        if end is None:
            end = ordered[index + 1].start_ms if index + 1 < len(ordered) else length_ms
        if end is None or end <= chapter.start_ms:
            end = chapter.start_ms + 1000
        # A cue needs text: an untitled chapter is named as the app shows it.
        title = " ".join(shown_title(chapter.title, index + 1).split())
        parts += [str(index + 1), f"{_vtt_time(chapter.start_ms)} --> {_vtt_time(end)}", title, ""]
    return "\n".join(parts)


# Read here, not with webvtt-py, for the reasons given in media/subtitles.py.
def parse_webvtt(text: str) -> ChapterParse:
    """Read a WebVTT chapters file: each cue's start and text become a chapter."""
    text = text.lstrip("\ufeff")
    warnings: list[str] = []
    if not text.lstrip().startswith("WEBVTT"):
        warnings.append(_t("The file does not start with WEBVTT; reading it anyway."))
    found: list[ChapterLine] = []
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        for index, line in enumerate(lines):
            match = _VTT_TIMING.match(line)
            if not match:
                continue
            try:
                start = parse_timecode(match["start"])
                end = parse_timecode(match["end"])
            except ValueError as exc:
                warnings.append(str(exc))
                break
            title = " ".join(lines[index + 1 :]).strip()  # none: shown as "Chapter N"
            found.append(ChapterLine(start, title, end))
            break
    found.sort(key=lambda c: c.start_ms)
    return ChapterParse(found, warnings)


def _close(found: list[tuple[int, str]]) -> list[ChapterLine]:
    found = sorted(found, key=lambda item: item[0])
    result: list[ChapterLine] = []
    for index, (start, title) in enumerate(found):
        end = found[index + 1][0] if index + 1 < len(found) else None
        result.append(ChapterLine(start, title, end))
    return result
