"""A job word before a person's name is no part of the name."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.occupations import without_job_word


@pytest.mark.parametrize(
    ("written", "name", "job"),
    [
        ("Apotheker Jonas Berg", "Jonas Berg", "Apotheker"),
        ("Dachdeckermeister Uwe Lenz", "Uwe Lenz", "Dachdeckermeister"),
        ("Tischlermeisterin Eva Roth", "Eva Roth", "Tischlermeisterin"),
        ("pharmacist Ann Lee", "Ann Lee", "pharmacist"),
        ("Pharmacienne Léa Morel", "Léa Morel", "Pharmacienne"),
        ("Architekt Paul Weiß", "Paul Weiß", "Architekt"),
    ],
)
def test_a_job_word_before_a_name_is_split_off(written: str, name: str, job: str) -> None:
    assert without_job_word(written) == (name, job)


@pytest.mark.parametrize(
    "written",
    [
        "Peter Walter Berg",  # first names ending like a trade
        "Meister Eckhart",  # a word alone before a one-word name
        "Anna Maria Schneider",
        "Jan Kowalski",
    ],
)
def test_names_without_a_job_word_stay(written: str) -> None:
    assert without_job_word(written) == (written, None)


def test_a_job_word_goes_to_the_position_only_when_none_is_given() -> None:
    page = (
        "<html lang='de'><body><h1>Neue Rezepte</h1><p>12. März 2026</p><h2>Referenten</h2>"
        "<ul><li>Apotheker Jonas Berg, Inhaber der Adler-Apotheke Kleinau</li>"
        "<li>Tischlermeisterin Eva Roth</li></ul></body></html>"
    )
    speakers = page_record(extract_page(page.encode()))["speakers"]
    assert [(s["name"], s["organisation"], s["role"]) for s in speakers] == [
        ("Jonas Berg", "Adler-Apotheke Kleinau", "Inhaber"),
        ("Eva Roth", None, "Tischlermeisterin"),
    ]
