"""Search filters as words of the SQLite session document.

``year:``, ``date:``, ``lang:``, ``status:`` and ``has:`` are kept in the ``filters`` column of
``search_session`` as marker words (``_y2020``, ``_m202009``, ``_d20200911``, ``_l<hex>``,
``_sdraft``, ``_hrecording`` ...). A filtered search is then one FTS5 expression: the engine
intersects the lists of the words with the lists of the markers, instead of checking every match
of a common word against the session table (benchmarks/bench_search.py: "cluster year:2020" went
from a check of 93,000 matches to an intersection with the 10,000 sessions of that year).

A marker can never be typed: query words are runs of letters and digits (``domain.query.TOKEN``),
and the markers start with "_", which the table's tokenizer keeps inside words. The SQL versions
of the same conditions (``CONDITIONS``) stay for PostgreSQL and for date spans too long to spell
out; the tests hold both to the same answers.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, text

from ...domain.model import MaterialKind

MARK = "_"
SLIDE_KINDS = (MaterialKind.PDF.value, MaterialKind.SLIDES.value)
_SLIDE_LIST = ", ".join(f"'{k}'" for k in SLIDE_KINDS)  # enum values: plain words

# has:NAME as SQL over the session row ``s``; the same text decides the marker and the filter.
HAS_SQL = {
    "recording": "EXISTS (SELECT 1 FROM recording r WHERE r.session_id = s.id)",
    "slides": "EXISTS (SELECT 1 FROM material m WHERE m.session_id = s.id "
    f"AND m.kind IN ({_SLIDE_LIST}))",
    "materials": "EXISTS (SELECT 1 FROM material m WHERE m.session_id = s.id)",
    "transcript": "EXISTS (SELECT 1 FROM subtitle_track t JOIN recording r "
    "ON r.id = t.recording_id WHERE r.session_id = s.id)",
    "notes": "EXISTS (SELECT 1 FROM note n JOIN recording r ON r.id = n.recording_id "
    "WHERE r.session_id = s.id)",
}
# A date span is spelt out as whole years, months and days; beyond this many words it is
# checked in SQL instead.
MAX_DATE_WORDS = 120


def date_words(day: dt.date) -> list[str]:
    return [f"{MARK}y{day.year}", f"{MARK}m{day:%Y%m}", f"{MARK}d{day:%Y%m%d}"]


def language_word(code: str) -> str:
    """The marker of one language code as a ``lang:`` filter names it (lower case)."""
    return f"{MARK}l{code.encode().hex()}"


def language_words(language: str | None) -> list[str]:
    """Markers a session's language answers to: the code itself and every prefix ending before
    a "-" (``lang:en`` finds "en-GB"), compared in lower case like the SQL filter."""
    if not language:
        return []
    code = language.lower()
    prefixes = [code[:i] for i, ch in enumerate(code) if ch == "-" and i > 0]
    return [language_word(c) for c in [*prefixes, code]]


def status_word(status: str) -> str:
    return f"{MARK}s{status.encode().hex()}"


def has_word(what: str) -> str:
    return f"{MARK}h{what}"


def span_words(start: dt.date, end: dt.date) -> list[str] | None:
    """Markers covering every day from ``start`` to ``end`` (inclusive): whole years, then
    whole months, then days; None when that takes more than ``MAX_DATE_WORDS``."""
    words: list[str] = []
    day = start
    while day <= end:
        if len(words) >= MAX_DATE_WORDS:
            return None
        year_end = dt.date(day.year, 12, 31)
        month_end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        if day.month == 1 and day.day == 1 and year_end <= end:
            words.append(f"{MARK}y{day.year}")
            day = year_end + dt.timedelta(days=1)
        elif day.day == 1 and month_end <= end:
            words.append(f"{MARK}m{day:%Y%m}")
            day = month_end + dt.timedelta(days=1)
        else:
            words.append(f"{MARK}d{day:%Y%m%d}")
            day += dt.timedelta(days=1)
    return words


def as_date(value: Any) -> dt.date | None:
    """A date read back from either database (SQLite returns text)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def session_filter_words(conn: Connection, session_ids: Sequence[int]) -> dict[int, str]:
    """The ``filters`` column of each session: its markers joined by spaces."""
    if not session_ids:
        return {}
    listed = ", ".join(str(int(i)) for i in session_ids)
    names = list(HAS_SQL)
    exists = ", ".join(HAS_SQL[n] for n in names)
    sql = (
        f"SELECT s.id, s.date, s.language, s.status, {exists} "
        f"FROM session s WHERE s.id IN ({listed})"
    )
    found: dict[int, str] = {}
    for row in conn.execute(text(sql)):
        words: list[str] = []
        day = as_date(row[1])
        if day is not None:
            words += date_words(day)
        words += language_words(row[2])
        if row[3]:
            words.append(status_word(str(row[3])))
        words += [has_word(n) for n, flag in zip(names, row[4:], strict=True) if flag]
        found[int(row[0])] = " ".join(words)
    return found


def any_of(words: Iterable[str]) -> str:
    """An FTS5 expression over the ``filters`` column: any of ``words`` (quoted)."""
    return "filters : (" + " OR ".join(f'"{w}"' for w in words) + ")"


# A marker no session has: the filter of a date span that lies outside the library.
NO_MARKER = f"{MARK}none"
