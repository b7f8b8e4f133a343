"""Timecodes (player, chapters, briefs, search hits) and the time zones sessions are held in."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ValidationError
from .messages import _t

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


# Abbreviations pages write ("10:00 CEST") and the page reader keeps as they are.
ABBREVIATIONS = frozenset(
    [
        "CEST",
        "CET",
        "MESZ",
        "MEZ",
        "EEST",
        "EET",
        "WEST",
        "WET",
        "BST",
        "EDT",
        "EST",
        "CDT",
        "CST",
        "MDT",
        "MST",
        "PDT",
        "PST",
        "ET",
        "CT",
        "MT",
        "PT",
    ]
)

# "+02:00", "+0200", "UTC+2", "GMT-05:30": a fixed offset, stored as "UTC+02:00".
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def offset_zone(offset: dt.timedelta) -> str:
    """``timedelta(hours=2)`` -> ``"UTC+02:00"``; no offset -> ``"UTC"``."""
    minutes = round(offset.total_seconds() / 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def check_timezone(text: str | None) -> str | None:
    """A time zone as it is kept: an IANA name (``Europe/Brussels``, checked against the
    system's zone database) or a fixed offset written ``UTC+02:00``; ValidationError for
    anything else (``Mars/Olympus``), so that no zone is silently lost or invented."""
    if text is None or not text.strip():
        return None
    name = text.strip()
    if name.upper() in {"UTC", "Z"}:
        return "UTC"
    if name.upper() == "GMT":
        # Written for UK sessions all year, British Summer Time included: London's zone keeps
        # the local time right on the session's date (and is GMT itself in winter).
        return "Europe/London"
    if name.upper() in ABBREVIATIONS:
        return name.upper()
    match = _OFFSET.match(name)
    if match:
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if hours > 14 or minutes > 59:
            raise ValidationError(
                _t("not a time zone offset: {name!r} (from -12:00 to +14:00)").format(name=name)
            )
        delta = dt.timedelta(hours=hours, minutes=minutes)
        return offset_zone(delta if sign == "+" else -delta)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Europe" is a folder
        raise ValidationError(
            _t(
                "unknown time zone {name!r}: give an IANA name such as Europe/Brussels, "
                "or a fixed offset such as +02:00"
            ).format(name=name)
        ) from None
    return name


def session_time(start: dt.time | None, zone: str | None) -> tuple[dt.time | None, str | None]:
    """The start time without an offset and the zone it is in.

    An offset written into the time (``10:00+02:00``) becomes the zone when none is given,
    instead of being dropped; one that contradicts the given zone is refused.
    """
    zone = check_timezone(zone)
    if start is None or start.tzinfo is None:
        return start, zone
    offset = start.utcoffset()
    naive = start.replace(tzinfo=None)
    if offset is None:
        return naive, zone
    from_time = offset_zone(offset)
    if zone is not None and zone != from_time and _offset_of(zone) not in (None, offset):
        raise ValidationError(
            _t("the start time says {from_time} but the time zone is {zone}: give only one").format(
                from_time=from_time, zone=zone
            )
        )
    return naive, zone or from_time


def _offset_of(zone: str) -> dt.timedelta | None:
    """The fixed offset of a ``UTC+hh:mm`` zone; None for a named zone (it depends on the date)."""
    match = _OFFSET.match(zone)
    if zone == "UTC":
        return dt.timedelta(0)
    if not match:
        return None
    delta = dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
    return delta if match.group(1) == "+" else -delta
