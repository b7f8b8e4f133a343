"""Dates, numbers and sizes as the window shows them, in the locale of the app's language.

Everything goes through the default ``QLocale``, which the app sets to the chosen language when
it starts (the system's otherwise), so one place decides how "11.09.2020", "1 234" or "1,5 MB"
look; no month names or separators are written here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ..domain.media_format import FormatWords


def _locale() -> QLocale:
    # Built from the default locale's name: the system locale object mixes sources (a name
    # from LANGUAGE, date patterns from LC_TIME=C gave "7 12 2026"); by name, Qt uses the one
    # locale's own data throughout.
    return QLocale(QLocale().name())


def app_locale() -> QLocale:
    """The locale the window writes numbers and dates in (for widgets that format their own,
    such as the Overview's chart axes)."""
    return _locale()


def _short_date_format(locale: QLocale) -> str:
    # The locale's short pattern, with the whole year: an archive spans decades ("11/09/20"
    # could be 1920), and the column must sort and read the same way in every language.
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # no language at all ("C", "POSIX"): ISO, not "4 03 21"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_text(date: dt.date | None) -> str:
    """``11/09/2020`` (en_GB), ``11.09.2020`` (pl), ``9/11/2020`` (en_US); "" for no date."""
    if date is None:
        return ""
    locale = _locale()
    return locale.toString(QDate(date.year, date.month, date.day), _short_date_format(locale))


def date_texts() -> Callable[[dt.date | None], str]:
    """:func:`date_text` for many dates at once (a page of table rows, on any thread): the
    locale and its pattern looked up once, each date formatted once."""
    locale = _locale()
    pattern = _short_date_format(locale)
    done: dict[dt.date, str] = {}

    def text(date: dt.date | None) -> str:
        if date is None:
            return ""
        shown = done.get(date)
        if shown is None:
            qdate = QDate(date.year, date.month, date.day)
            shown = done[date] = locale.toString(qdate, pattern)
        return shown

    return text


def iso_date_cells() -> Callable[[str | None], tuple[str, str]]:
    """For the table's pages, whose dates come as the catalogue stores them (ISO text): each
    date's shown text (as :func:`date_text`) and its ISO form, ``("", "")`` for no date. The
    locale looked up once, each distinct date read and formatted once."""
    locale = _locale()
    pattern = _short_date_format(locale)
    done: dict[str, tuple[str, str]] = {}
    none = ("", "")

    def cells(stored: str | None) -> tuple[str, str]:
        if stored is None:
            return none
        shown = done.get(stored)
        if shown is None:
            date = dt.date.fromisoformat(stored)
            qdate = QDate(date.year, date.month, date.day)
            shown = done[stored] = (locale.toString(qdate, pattern), date.isoformat())
        return shown

    return cells


def date_time_text(moment: dt.datetime) -> str:
    """A file's or a save's moment: the short date (whole year) and the time,
    ``11.09.2020 10:00``."""
    locale = _locale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    qt = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return locale.toString(qt, f"{_short_date_format(locale)} {time_format}")


def number_text(value: int) -> str:
    """``1234567`` → ``1,234,567`` (en), ``1 234 567`` (pl)."""
    return _locale().toString(value)


def decimal_text(value: float, decimals: int = 1) -> str:
    """``2.5`` → ``2.5`` / ``2,5``; a whole number without decimals (``3``)."""
    value = float(value)
    return _locale().toString(value, "f", 0 if value.is_integer() else decimals)


def month_text(year: int, month: int) -> str:
    """A month in a chart's axis: ``Sep 20``, ``wrz 20`` (the locale's short month name)."""
    name = _locale().monthName(month, QLocale.FormatType.ShortFormat)
    return f"{name} {year % 100:02d}"


def size_text(size: int) -> str:
    """``1536`` → ``1.5 kB`` / ``1,5 kB``: binary multiples, as file managers show them; under
    a kilobyte the symbol B (Qt words bytes as "%n byte(s)", wrong in English without Qt's own
    catalogue and in Polish with it)."""
    if size < 1024:
        return f"{number_text(size)} B"
    return _locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def format_words() -> FormatWords:
    """The words of a recording's format ("MP4 video, H.264") in the window's language."""
    return FormatWords(
        named_video=QCoreApplication.translate("RecordingFormat", "%1 video").replace(
            "%1", "{format}"
        ),
        named_audio=QCoreApplication.translate("RecordingFormat", "%1 audio").replace(
            "%1", "{format}"
        ),
        video=QCoreApplication.translate("RecordingFormat", "video"),
        audio=QCoreApplication.translate("RecordingFormat", "audio"),
        no_sound=QCoreApplication.translate("RecordingFormat", "no sound"),
    )
