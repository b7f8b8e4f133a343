"""A body's genitive words between a position and a name go back to the position."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.genitive_leads import (
    settle_genitive_leads,
    without_genitive_lead,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zarządu Fundacji Anna Nowak", ("Zarządu Fundacji", "Anna Nowak")),
        ("Rady Miejskiej Tomasz Lis", ("Rady Miejskiej", "Tomasz Lis")),
        ("Krajského úřadu Petr Novák", ("Krajského úřadu", "Petr Novák")),
        ("Jan Maria Rokita", ("", "Jan Maria Rokita")),
        ("Jerzy Antoni Nowak", ("", "Jerzy Antoni Nowak")),
        ("Zarządu Nowak", ("", "Zarządu Nowak")),
    ],
)
def test_genitive_words_before_a_name(name: str, expected: tuple[str, str]) -> None:
    assert without_genitive_lead(name) == expected


def test_moved_to_the_position_on_polish_pages_only() -> None:
    polish = [SpeakerDraft("Zarządu Fundacji Anna Nowak", position="prezes")]
    settle_genitive_leads(polish, "pl")
    assert (polish[0].name, polish[0].position) == ("Anna Nowak", "prezes Zarządu Fundacji")
    english = [SpeakerDraft("Board Manu Anna Nowak", position="chair")]
    settle_genitive_leads(english, "en")
    assert english[0].name == "Board Manu Anna Nowak"


def test_no_position_no_move() -> None:
    alone = [SpeakerDraft("Zarządu Fundacji Anna Nowak")]
    settle_genitive_leads(alone, "pl")
    assert alone[0].name == "Zarządu Fundacji Anna Nowak"


def test_the_site_body_named_by_its_kind_in_the_moved_words() -> None:
    html = (
        "<html lang='pl'><head>"
        "<title>Spotkanie – Spółdzielnia Mieszkaniowa Leśna Polana</title></head><body>"
        "<a href='/'><img src='/logo.png' alt='Spółdzielnia Mieszkaniowa Leśna Polana'></a>"
        "<h1>Jak sadzić drzewa w mieście</h1><p>Czwartek, 12 marca 2026, godz. 18:00, online.</p>"
        "<p>Spotkanie poprowadzi prezes Zarządu Spółdzielni Anna Nowak-Lis. O taryfach opowie "
        "Jan Bąk z Miejskiego Przedsiębiorstwa Wodociągów.</p></body></html>"
    )
    speaker = page_record(extract_page(html.encode()))["speakers"][0]
    assert speaker["name"] == "Anna Nowak-Lis"
    assert speaker["organisation"] == "Spółdzielnia Mieszkaniowa Leśna Polana"
