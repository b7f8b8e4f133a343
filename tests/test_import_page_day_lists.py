"""Which day a page's session is on: days of one event listed before their month ("les 16, 17
et 18 mars") start on the first, and a date under a "Date" label on a line of its own is the
session's over a period named in prose. Short pages of our own, in languages and shapes other
than the pages the rules were written for."""

from __future__ import annotations

import datetime as dt

import pytest

from webinar_archive.importers.page import extract_page, extract_text, page_record
from webinar_archive.importers.page.dates import find_dates


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("three evenings, on 3, 4 and 5 May 2026", (3, 5, 2026)),
        ("an drei Abenden, am 7., 8. und 9. Mai 2026", (7, 5, 2026)),
        ("w dniach 12, 13 i 14 maja 2026", (12, 5, 2026)),
        ("los días 2, 3 y 4 de junio de 2026", (2, 6, 2026)),
        # Not a list of days running forward: a figure of something else, or a later day.
        ("Art. 116, 17 mars 2026", (17, 3, 2026)),
        ("rooms 20, 17 and 18 May 2026", (17, 5, 2026)),
    ],
)
def test_listed_days_start_on_the_first(text: str, first: tuple[int, int, int]) -> None:
    (mention,) = find_dates(text)
    assert (mention.day, mention.month, mention.year) == first


def _date(html_body: str) -> str | None:
    html = f"<html><body><h1>Safer crossings near schools</h1>{html_body}</body></html>"
    date: str | None = page_record(extract_page(html.encode("utf-8"), content_type="text/html"))[
        "date"
    ]
    return date


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "<p>Die Anmeldung läuft vom 1. bis 30. April 2026. Fragen beantworten wir gern.</p>"
            "<dl><dt>Datum</dt><dd>22.04.2026</dd><dt>Uhrzeit</dt><dd>17 bis 18 Uhr</dd></dl>",
            "2026-04-22",
        ),
        (
            "<p>La consulta pública está abierta del 1 al 31 de mayo de 2026.</p>"
            "<table><tr><td>Fecha y hora</td></tr><tr><td>martes 12/05/2026</td></tr></table>",
            "2026-05-12",
        ),
    ],
)
def test_a_date_under_its_label_is_the_sessions(body: str, expected: str) -> None:
    assert _date(body) == expected


def test_a_label_line_with_more_words_says_nothing() -> None:
    text = (
        "Safer crossings near schools\nThe consultation runs from 1 to 30 September 2026.\n"
        "Date of the last survey\n14/09/2026\n"
    )
    record = page_record(extract_text(text))
    assert record["date"] == dt.date(2026, 9, 1).isoformat()


@pytest.mark.parametrize(
    ("published", "label", "day"),
    [
        ("Opublikowano: 2.03.2026", "Kiedy", "19 marca 2026 r."),
        ("Veröffentlicht: 02.03.2026", "Wann?", "Donnerstag, 19.03.2026"),
        ("Publicado: 02/03/2026", "Fecha y hora", "jueves 19/03/2026"),
    ],
)
def test_a_date_label_on_its_own_line_is_no_session_heading(
    published: str, label: str, day: str
) -> None:
    body = (
        f"<p>{published}</p><p>{label}</p><p>{day}</p>"
        "<p>Ann Lee of the University of Leeds explains how gardens help hedgehogs.</p>"
    )
    html = f"<html><body><h1>Hedgehogs in winter gardens</h1>{body}</body></html>"
    record = page_record(extract_page(html.encode("utf-8"), content_type="text/html"))
    assert "sessions" not in record or not record["sessions"]
    assert record["date"] == "2026-03-19"
