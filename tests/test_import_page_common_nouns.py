"""A line naming a meeting or a notice is not a person's "Name – role" line."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page.names import bare_name
from webinar_archive.importers.page.person_lines import name_dash_line


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Walne Zgromadzenie Członków – zawiadomienie", "pl"),
        ("Nadzwyczajne Posiedzenie Rady – porządek obrad", "pl"),
        ("Veřejné Projednání Záměru – pozvánka", "cs"),
        ("Roczne Sprawozdanie Zarządu – dokumenty", "pl"),
        ("Jährliche Versammlung – Einladung", "de"),
    ],
)
def test_a_meeting_s_name_is_no_name_dash_role_line(line: str, lang: str) -> None:
    assert not name_dash_line(line, lang)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Anna Zielińska – przewodnicząca zarządu", "pl"),
        ("Stefanie Kowalska – radca prawny", "pl"),
        ("Petr Dvořák – předseda spolku", "cs"),
    ],
)
def test_a_person_s_name_dash_role_line_stays(line: str, lang: str) -> None:
    assert name_dash_line(line, lang)


def test_a_verbal_noun_is_no_part_of_a_name() -> None:
    assert bare_name("Zebranie Mieszkańców", "pl") is None
    assert bare_name("Melanie Nowak", "pl") == "Melanie Nowak"
