"""Timecode formatting and parsing shared by the player, chapters, briefs and search hits."""

from __future__ import annotations

import re

_TIMECODE = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*$")


def format_ms(ms: int | None, *, always_hours: bool = False) -> str:
    """``83_000`` → ``"1:23"``; ``3_723_000`` → ``"1:02:03"``; ``None`` → ``"–"``."""
    if ms is None:
        return "–"
    total = max(0, ms) // 1000
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours or always_hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


def parse_timecode(text: str) -> int:
    """Parse ``"mm:ss"``, ``"h:mm:ss"`` or with ``.mmm`` into milliseconds; ValueError otherwise."""
    match = _TIMECODE.match(text)
    if not match:
        raise ValueError(f"Not a timecode: {text!r} (expected mm:ss or h:mm:ss)")
    hours, minutes, seconds, frac = match.groups()
    if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
        raise ValueError(f"Not a timecode: {text!r}")
    ms = (int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)) * 1000
    if frac:
        ms += int(frac.ljust(3, "0"))
    return ms
