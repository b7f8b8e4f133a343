"""A report on a past session: its own date in figures on a line of its own, the session's
day told in a sentence with its weekday."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.dates import session_when
from webinar_archive.importers.page.recap_dates import report_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14.04.2026 · Bericht", True),
        ("7.05.2026", True),
        ("Relacja / 7.05.2026", True),
        # a label or a time makes it the session's own date line
        ("Termin: 7.05.2026", False),
        ("7.05.2026, 18:00", False),
        # written in words
        ("7 maja 2026", False),
    ],
)
def test_report_date(line: str, expected: bool) -> None:
    text = f"Title\n{line}\nMore text."
    match = next(iter(re.finditer(r"\d{1,2}\.\d{2}\.\d{4}|7 maja 2026", text)))
    assert report_date(text, match.start(), match.end()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rückblick: Radwege im Kreis\n14.04.2026 · Bericht\nAm Mittwoch, dem 8. April 2026, "
            "diskutierten rund achtzig Gäste online über neue Radwege im Kreis.",
            dt.date(2026, 4, 8),
        ),
        (
            "Ogrody deszczowe – relacja\n7.05.2026\nW czwartek 30 kwietnia 2026 r. ponad sto "
            "osób połączyło się z nami na spotkaniu online o ogrodach deszczowych.",
            dt.date(2026, 4, 30),
        ),
        # no sentence with a weekday: the line's date stays
        (
            "Ogrody deszczowe\n7.05.2026\nSpotkanie online o ogrodach deszczowych.",
            dt.date(2026, 5, 7),
        ),
    ],
)
def test_the_sentence_dates_the_session(text: str, expected: dt.date) -> None:
    assert session_when(text).date == expected


def test_recap_page_is_dated_by_its_session() -> None:
    sessions = extract_text(
        "Rückblick: Radwege im Kreis\n14.04.2026 · Bericht\nAm Mittwoch, dem 8. April 2026, "
        "diskutierten rund achtzig Gäste online über neue Radwege im Kreis.\n"
        "Es sprachen Anna Berg, Leiterin Verkehrsplanung, Landratsamt Talkreis, und Paul Graf."
    )
    assert sessions[0].draft.date == dt.date(2026, 4, 8)
