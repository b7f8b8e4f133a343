"""Reading subtitle files (SubRip, WebVTT, YouTube SBV) into transcript cues, tolerantly."""

from __future__ import annotations

import codecs
import html
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from webinar_archive.domain.input_files import SUBTITLE_LIMIT, read_capped
from webinar_archive.domain.model import TranscriptCue
from webinar_archive.media.text_encoding import decode_legacy_text

from ..domain.messages import _t

log = logging.getLogger(__name__)

SUBTITLE_SUFFIXES = (".srt", ".vtt", ".sbv")

# Not the srt or webvtt-py packages: measured on the files this parser reads, srt refuses SBV
# and WebVTT's mm:ss.ttt times, webvtt-py refuses SubRip, SBV and a .vtt without its "WEBVTT"
# header; using them would mean three parsers with this one kept as the fallback.
_TIME = r"(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
# One pattern for all three formats: "a --> b" (SRT, WebVTT, with optional cue settings) and
# "a,b" (SBV); the comma-as-decimal of SRT is told apart by requiring "-->" or "," between times.
_TIMING = re.compile(rf"^\s*(?P<start>{_TIME})\s*(?:-->|,)\s*(?P<end>{_TIME})(?:\s+.*)?$")
_PARTS = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$")
# The markup of SubRip (<b>, <i>, <u>, <font …>, {\an8}) and of WebVTT (voices, classes, ruby,
# languages, timestamps); any other "<" is text ("x < y", "<3"), as SubRip writes it unescaped.
_TAG = re.compile(
    r"</?(?:[bius]|br|font|v|c|lang|ruby|rt|span)(?:[\s.][^<>]*)?/?>|<\d[\d:.]*>|\{\\[^}]*\}",
    re.IGNORECASE,
)
# Entities with their ";" only: old SubRip exports and WebVTT escape "&" and "<" so, while
# plain text keeps a bare "&" ("R&D", "this&not") that html.unescape alone would reword.
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_VTT_BLOCKS = ("NOTE", "STYLE", "REGION")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32's start as UTF-16's
# A file that is not subtitles at all has a problem on every line: name a few, count the rest.
_WARNINGS_SHOWN = 3


@dataclass(slots=True)
class SubtitleLoad:
    """The cues read, the encoding used and what was skipped (one message per problem)."""

    cues: list[TranscriptCue]
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _to_ms(text: str) -> int:
    match = _PARTS.match(text.strip())
    if not match:
        raise ValueError(text)
    hours, minutes, seconds, frac = match.groups()
    if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
        raise ValueError(text)
    ms = (int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)) * 1000
    return ms + (int(frac.ljust(3, "0")) if frac else 0)


def decode_text(
    data: bytes, hint: str | None = None, language: str | None = None
) -> tuple[str, str]:
    """Decode subtitle bytes: the hint when it fits, else as every legacy text file is read."""
    if hint is not None and not any(data.startswith(bom) for bom in _BOMS):
        try:
            return data.decode(hint), hint
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_legacy_text(data, language)


def _clean(lines: list[str]) -> str:
    text = "\n".join(_TAG.sub("", line).strip() for line in lines)
    return _ENTITY.sub(lambda entity: html.unescape(entity[0]), text).strip()


def parse_subtitles(text: str) -> tuple[list[TranscriptCue], list[str]]:
    """Parse SRT, WebVTT or SBV text; returns the cues (by start) and warnings for skipped lines.

    Cue numbers and WebVTT identifiers are optional, a missing blank line between cues is
    tolerated, and lines that belong to no cue are reported but not fatal.
    """
    cues: list[TranscriptCue] = []
    warnings: list[str] = []
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    current: tuple[int, int] | None = None
    body: list[str] = []
    pending: tuple[int, str] | None = None  # a lone line that may be a cue number or identifier
    skipping_block = False

    def finish() -> None:
        nonlocal current, body
        if current is not None:
            cue_text = _clean(body)
            if cue_text:
                cues.append(TranscriptCue(current[0], current[1], cue_text))
        current, body = None, []

    def drop_pending() -> None:
        nonlocal pending
        if pending is not None:
            number, line = pending
            if not line.strip().isdigit():
                warnings.append(
                    _t("Line {number}: ignored {strip!r}").format(
                        number=number, strip=line.strip()[:60]
                    )
                )
            pending = None

    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        timing = _TIMING.match(line)
        if timing:
            finish()
            pending = None  # whatever stood before a timing line was its number or identifier
            skipping_block = False
            try:
                start, end = _to_ms(timing["start"]), _to_ms(timing["end"])
            except ValueError:
                warnings.append(
                    _t("Line {number}: impossible time in {stripped!r}").format(
                        number=number, stripped=stripped
                    )
                )
                skipping_block = True  # its text goes with it
                continue
            if end < start:
                warnings.append(
                    _t("Line {number}: cue ends before it starts, skipped").format(number=number)
                )
                skipping_block = True
                continue
            current = (start, end)
            continue
        if not stripped:
            if current is not None:
                finish()
            drop_pending()
            skipping_block = False
            continue
        if current is not None:
            body.append(line)
            continue
        if skipping_block:
            continue
        if not cues and stripped.startswith("WEBVTT"):
            skipping_block = True  # header metadata lines follow until a blank line
            continue
        if stripped.split(" ", 1)[0] in _VTT_BLOCKS:
            skipping_block = True
            continue
        drop_pending()
        pending = (number, line)
    finish()
    drop_pending()
    cues.sort(key=lambda cue: (cue.start_ms, cue.end_ms))
    return cues, warnings


def load_subtitles(
    path: Path, encoding: str | None = None, name: str | None = None
) -> SubtitleLoad:
    """Read a .srt, .vtt or .sbv file; InputFileError when it cannot be read (not a regular file,
    over the subtitle size limit), while bad content only adds warnings.

    ``name`` is the file's name as the user knows it (the library stores files under their
    hash); the language in it (``talk.pl.srt``) helps to tell a legacy encoding.
    """
    path = Path(path)
    shown = name or path.name
    data = read_capped(path, SUBTITLE_LIMIT, _t("a subtitle file"))
    text, used = decode_text(data, encoding, language_from_name(shown))
    cues, problems = parse_subtitles(text)
    if len(problems) > _WARNINGS_SHOWN + 1:
        more = len(problems) - _WARNINGS_SHOWN
        problems = [*problems[:_WARNINGS_SHOWN], f"and {more} more lines ignored"]
    warnings = [f"{shown}: {problem}" for problem in problems]
    if not cues:
        warnings.append(
            _t("{shown}: no subtitle cues found (read as {used}).").format(shown=shown, used=used)
        )
    for message in warnings:
        log.debug("%s", message)  # the caller reports them; logging them too says it twice
    return SubtitleLoad(cues, used, warnings)


def language_from_name(name: str) -> str | None:
    """``pl`` of ``talk.pl.srt``: the language tag subtitle files carry before the suffix."""
    parts = name.split(".")
    if len(parts) >= 3 and 2 <= len(parts[-2]) <= 3 and parts[-2].isalpha():
        return parts[-2].lower()
    return None


def cue_at(cues: list[TranscriptCue], ms: int) -> int | None:
    """Index of the cue showing at ``ms`` (the latest started one), or None between cues."""
    low, high = 0, len(cues)
    while low < high:
        mid = (low + high) // 2
        if cues[mid].start_ms <= ms:
            low = mid + 1
        else:
            high = mid
    index = low - 1
    if index >= 0:
        cue = cues[index]
        if cue.start_ms <= ms < max(cue.end_ms, cue.start_ms + 1):
            return index
    return None


def _cue_time(ms: int, decimal: str) -> str:
    hours, rest = divmod(max(0, ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{decimal}{millis:03d}"


def format_cues(cues: list[TranscriptCue], webvtt: bool = True) -> str:
    """The cues as a WebVTT file (or SubRip), readable back by ``parse_subtitles``.

    A cue's speaker is a WebVTT voice span (``<v Name>``) on each of their cues; SubRip has no
    such markup, so its cue text starts with "Name: " where the speaker changes. WebVTT escapes
    "&" and "<"; SubRip is plain text, which players show as written ("R&amp;D" would be seen
    so), so its text goes as it is, only without blank lines.
    """
    decimal = "." if webvtt else ","
    parts = ["WEBVTT", ""] if webvtt else []
    previous: str | None = None
    for number, cue in enumerate(cues, start=1):
        # A blank line would end the cue early in every player: keep the text's lines full.
        text = "\n".join(line for line in cue.text.splitlines() if line.strip()) or "…"
        if webvtt:
            text = html.escape(text, quote=False)
        if cue.speaker:
            # The voice annotation ends at ">" and the line: the name can hold neither.
            name = " ".join(cue.speaker.split())
            if webvtt:
                name = html.escape(name, quote=False)
            if webvtt:
                text = f"<v {name}>{text}</v>"
            elif cue.speaker != previous:
                text = f"{name}: {text}"
        previous = cue.speaker
        start, end = _cue_time(cue.start_ms, decimal), _cue_time(cue.end_ms, decimal)
        parts += [str(number), f"{start} --> {end}", text, ""]
    return "\n".join(parts)
