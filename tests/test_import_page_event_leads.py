"""A lead naming only the kind of event before a title's colon (a day of information or open
doors, a lecture, a meeting noun with its form) whatever case the title after it starts in;
and whose a date is: the page's own posting words, a time belonging to the date right before
it. Short texts of our own in several languages."""

from __future__ import annotations

import datetime as dt

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.dates import session_when
from webinar_archive.importers.page.event_leads import without_event_lead


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Open day: meet the teachers of the new welding course",
         "Meet the teachers of the new welding course"),
        ("Tag der offenen Tür: so arbeitet unsere Lehrwerkstatt",
         "So arbeitet unsere Lehrwerkstatt"),
        ("Den otevřených dveří: jak vypadá výuka na dálku",
         "Jak vypadá výuka na dálku"),
        ("Journée portes ouvertes : découvrir les ateliers du lycée",
         "Découvrir les ateliers du lycée"),
        ("Jornada informativa: ayudas para reformar la vivienda",
         "Ayudas para reformar la vivienda"),
        ("Wykład otwarty: historia pieczęci miejskich",
         "Historia pieczęci miejskich"),
        ("Öffentlicher Vortrag: Die Brücken der Stadt", "Die Brücken der Stadt"),
        # The lead is the topic, the rest too short, or the rest a label itself: kept whole.
        ("Day trips: walking the old salt road", "Day trips: walking the old salt road"),
        ("Tag der Arbeit: was bleibt?", "Tag der Arbeit: was bleibt?"),
        ("Open day: Info day", "Open day: Info day"),
        ("Wykład otwarty: historia", "Wykład otwarty: historia"),
        ("Regenwasser: neue Wege für die Stadt", "Regenwasser: neue Wege für die Stadt"),
    ],
)  # fmt: skip
def test_a_lead_naming_the_kind_of_event_is_dropped(title: str, expected: str) -> None:
    assert without_event_lead(title) == expected


def test_an_open_day_page_is_titled_by_what_follows_its_lead() -> None:
    html = (
        "<html><head><title>Giornata a porte aperte: i laboratori di chimica | ITIS Volta"
        "</title></head><body><h1>Giornata a porte aperte: i laboratori di chimica</h1>"
        "<p>Sabato 10 gennaio 2026, ore 10:00, online.</p>"
        "<p>Presentano i laboratori la prof.ssa Anna Riva e il prof. Marco Bassi.</p>"
        "</body></html>"
    )
    record = page_record(extract_page(html.encode("utf-8"), content_type="text/html"))
    assert record["title"] == "I laboratori di chimica"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eingestellt am 12.01.2027\nMittwoch, 3. Februar, 19:00 Uhr\nOnline",
         dt.date(2027, 2, 3)),
        ("Mis en ligne le 04/01/2027\nJeudi 21 janvier, 18 h 30 - 20:00\nEn ligne",
         dt.date(2027, 1, 21)),
        ("Data dodania: 05.01.2027\nczwartek, 14 stycznia, godz. 17:00", dt.date(2027, 1, 14)),
        ("Datum vydání 2. 1. 2027\nStředa 20. ledna, 16:00", dt.date(2027, 1, 20)),
        # the time on the next line still belongs to a date of its own line above it
        ("Thursday 12 March 2026\n18:00–19:30 CET", dt.date(2026, 3, 12)),
    ],
)  # fmt: skip
def test_the_session_day_is_the_one_its_time_follows(text: str, expected: dt.date) -> None:
    assert session_when(text).date == expected
