"""Which of a page's dates is its session's: a labelled day over a publication day, a range
whose days carry their weekdays, a deadline that dates nothing; from short pages of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.dates import find_dates


def _record(html: str) -> dict:
    return page_record(extract_page(html.encode("utf-8"), content_type="text/html"))


@pytest.mark.parametrize(
    "text",
    [
        "Du vendredi 5 au samedi 6 février 2027 · 18 h 30",
        "vom Freitag, 5. bis Samstag, 6. Februar 2027",
        "del viernes 5 al sábado 6 de febrero de 2027",
        "od piątku 5 do soboty 6 lutego 2027",
        "Friday 5 to Saturday 6 February 2027",
    ],
)
def test_a_range_whose_second_day_carries_its_weekday_gives_its_first_day(text: str) -> None:
    (mention,) = find_dates(text)
    assert (mention.day, mention.month, mention.year) == (5, 2, 2027)


@pytest.mark.parametrize(
    ("lang", "published", "label"),
    [
        ("pl", "Opublikowano: 27.10.2026", "Termin: czwartek, 3 grudnia 2026 r., godz. 10:00"),
        ("de", "Meldung vom 27.10.2026", "Datum: Donnerstag, 3. Dezember 2026, 10 Uhr"),
        ("es", "27/10/2026", "Fecha: jueves, 3 de diciembre de 2026"),
        ("cs", "27. 10. 2026", "Termín: čtvrtek 3. prosince 2026"),
    ],
)
def test_a_labelled_day_after_its_weekday_beats_the_day_the_page_was_published(
    lang: str, published: str, label: str
) -> None:
    html = (
        f"<html lang='{lang}'><body><h1>Energy in schools</h1><p>{published}</p>"
        "<p>A grant scheme explained to the schools of the region, with time for questions.</p>"
        f"<p>{label}</p></body></html>"
    )
    assert _record(html)["date"] == "2026-12-03"


@pytest.mark.parametrize(
    ("lang", "deadline"),
    [
        ("pl", "Zgłoszenia przyjmujemy do 30 listopada 2026 r. przez formularz."),
        ("de", "Anmeldungen nehmen wir bis 30. November 2026 über das Formular an."),
        ("en", "Please register by 30 November 2026 using the form."),
        ("fr", "Inscriptions ouvertes jusqu'au 30 novembre 2026 via le formulaire."),
    ],
)
def test_a_deadline_under_its_own_heading_is_no_second_session(lang: str, deadline: str) -> None:
    """A "Details" section with the session's day and a "Registration" section whose first
    sentence gives the last day to register: one session, on the first day."""
    html = (
        f"<html lang='{lang}'><body><h1>Energy in schools</h1>"
        "<h3>Details</h3><p>Termin: 3.12.2026, 10:00</p>"
        f"<h3>Registration</h3><p>{deadline}</p></body></html>"
    )
    sessions = extract_page(html.encode("utf-8"), content_type="text/html")
    assert [s.draft.date for s in sessions] == [dt.date(2026, 12, 3)]


@pytest.mark.parametrize(
    ("lang", "byline", "report", "want"),
    [
        (
            "de",
            "Rückblick · 02.02.2027",
            "Am 21. Januar diskutierten rund 80 Teilnehmende über Wärmepläne.",
            "2027-01-21",
        ),
        (
            "en",
            "Posted 8 January 2027",
            "On Thursday 10 December more than 90 people joined our talk on heat pumps.",
            "2026-12-10",
        ),
        (
            "pl",
            "Opublikowano 12.01.2027",
            "W dniu 16 grudnia w spotkaniu wzięło udział 60 uczestników.",
            "2026-12-16",
        ),
        (
            "fr",
            "Publié le 20 novembre 2026",
            "Le 3 décembre, les participants pourront poser leurs questions en direct.",
            "2026-12-03",
        ),
    ],
)
def test_a_day_without_a_year_in_a_report_beats_the_byline_and_takes_the_nearest_year(
    lang: str, byline: str, report: str, want: str
) -> None:
    """The day on which people came, counted in the report, is the session's, not the day the
    page went up; its year is the one that puts it nearest that day, across a new year too."""
    html = (
        f"<html lang='{lang}'><body><p>{byline}</p><h1>Heat pumps in old houses</h1>"
        f"<p>{report}</p></body></html>"
    )
    assert _record(html)["date"] == want
