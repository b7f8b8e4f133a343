"""The words a brief prints: dates, start times, sizes, languages and link labels."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain.model import LinkKind, Session

_LANGUAGES = {
    "bg": "Bulgarian",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fi": "Finnish",
    "fr": "French",
    "ga": "Irish",
    "hr": "Croatian",
    "hu": "Hungarian",
    "it": "Italian",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mt": "Maltese",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sv": "Swedish",
    "uk": "Ukrainian",
}

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

LINK_KIND_LABELS = {
    LinkKind.RECORDING: "Recording",
    LinkKind.PRESENTATIONS: "Presentation",
    LinkKind.AGENDA: "Agenda",
    LinkKind.MORE_INFO: "More information",
    LinkKind.OTHER: "Link",
}


def human_size(size: int) -> str:
    """``1536`` → ``"1.5 KB"`` (binary multiples, as file managers show them)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return f"{int(value)} bytes" if int(value) != 1 else "1 byte"
            return f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def format_date(date: dt.date) -> str:
    return f"{_WEEKDAYS[date.weekday()]}, {date.day} {_MONTHS[date.month - 1]} {date.year}"


def format_month(date: dt.date) -> str:
    return f"{_MONTHS[date.month - 1]} {date.year}"


def format_start(session: Session) -> str | None:
    """``"10:00 (Europe/Brussels, UTC+02:00)"``; the offset only when the zone is known."""
    if session.start_time is None:
        return None
    text = session.start_time.strftime("%H:%M")
    if not session.timezone:
        return text
    offset = None
    if session.date is not None:
        try:
            moment = dt.datetime.combine(
                session.date, session.start_time, tzinfo=ZoneInfo(session.timezone)
            )
            raw = moment.strftime("%z")
            offset = f"UTC{raw[:3]}:{raw[3:]}" if raw else None
        except (ZoneInfoNotFoundError, ValueError, OSError):  # "Europe" is a folder
            offset = None
    zone = f"{session.timezone}, {offset}" if offset else session.timezone
    return f"{text} ({zone})"


def language_name(code: str) -> str:
    name = _LANGUAGES.get(code.lower().split("-")[0])
    return f"{name} ({code})" if name else code
