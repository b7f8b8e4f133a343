"""A unit named before the body it belongs to, the body in the genitive after it."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.unit_genitives import split_unit_genitive


@pytest.mark.parametrize(
    ("role", "org", "text", "expected"),
    [
        (
            "Referentin",
            "Lehrstuhl für Statik der Hochschule Wendelsee",
            "Referentin am Lehrstuhl für Statik der Hochschule Wendelsee.",
            ("Referentin am Lehrstuhl für Statik", "Hochschule Wendelsee"),
        ),
        (
            None,
            "Department of Geography of the University of Tarnmoor",
            "Department of Geography of the University of Tarnmoor",
            ("Department of Geography", "University of Tarnmoor"),
        ),
        (
            "kierownik",
            "Centrum Transferu Technologii Uniwersytetu Opolskiego",
            "kierownik Centrum Transferu Technologii Uniwersytetu Opolskiego",
            ("kierownik Centrum Transferu Technologii", "Uniwersytet Opolski"),
        ),
        (
            "naczelniczka Wydziału",
            "Kultury Urzędu Miejskiego w Borowie",
            "naczelniczka Wydziału Kultury Urzędu Miejskiego w Borowie",
            ("naczelniczka Wydziału Kultury", "Urząd Miejski w Borowie"),
        ),
        (
            "vedoucí",
            "Oddělení informatiky Jihočeské univerzity",
            "vedoucí Oddělení informatiky Jihočeské univerzity",
            ("vedoucí Oddělení informatiky", "Jihočeská univerzita"),
        ),
        (
            None,
            "Dipartimento di Fisica",
            "la prof.ssa Rossi del Dipartimento di Fisica dell'Università di Valcorta, e",
            ("Dipartimento di Fisica", "Università di Valcorta"),
        ),
        (
            None,
            "Departamento de Historia",
            "del Departamento de Historia de la Universidad de Sotomar, que",
            ("Departamento de Historia", "Universidad de Sotomar"),
        ),
        (
            "Leiterin",
            "Lehrstuhls für Akustik der HTW Saalburg",
            "Leiterin des Lehrstuhls für Akustik der HTW Saalburg",
            ("Leiterin des Lehrstuhls für Akustik", "HTW Saalburg"),
        ),
        (
            "vedoucí",
            "Ústav fyziky FEL VUT Brodek",
            "vedoucí Ústavu fyziky FEL VUT Brodek",
            ("vedoucí Ústavu fyziky FEL", "VUT Brodek"),
        ),
        (
            None,
            "Universidad de Sotomar, Departamento de Historia",
            "Universidad de Sotomar, Departamento de Historia",
            ("Departamento de Historia", "Universidad de Sotomar"),
        ),
        (
            "docent",
            "Uniwersytet Opolski, Instytut Fizyki",
            "docent, Uniwersytet Opolski, Instytut Fizyki",
            ("docent, Instytut Fizyki", "Uniwersytet Opolski"),
        ),
    ],
)
def test_unit_goes_to_role_and_its_body_is_the_organisation(role, org, text, expected):
    assert split_unit_genitive(role, org, text) == expected


@pytest.mark.parametrize(
    ("role", "org"),
    [
        # A body that is not made of units keeps the words after its own head.
        ("Leiterin", "Abteilung Bildung der Stiftung Kornblume"),
        # A body that opens with no unit is left whole.
        ("ředitel", "Muzeum Vysočiny Jihlava"),
        ("Direktorin", "Museum der Universität Feldkirch"),
        # A short form and a town with no unit before them: a body of its own.
        ("ředitel", "SŠ ZEMAS Kolín"),
        # A body not made of units, then a comma and a unit.
        ("Leiter", "Stadtwerke Hohenau, Abteilung Netze"),
        # The unit's own name, with no body behind it on the page.
        (None, "Departamento de Historia"),
    ],
)
def test_other_bodies_are_left_alone(role, org):
    assert split_unit_genitive(role, org, f"{role} {org}.") is None


def test_page_with_unit_and_body_in_prose():
    text = (
        "Bodenschutz im Weinberg\n\n"
        "Online-Vortrag am 12. März 2027, 18:00 Uhr.\n\n"
        "Es spricht Dr. Carola Wendt, Dozentin am Institut für Bodenkunde der Universität "
        "Hohenau. Moderation: Peter Ulm."
    )
    people = _people(text)
    assert ("Carola Wendt", "Universität Hohenau", "Dozentin am Institut für Bodenkunde") in people


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    sessions = extract_text(text)
    return [(s.name, s.organisation, s.position) for s in sessions[0].draft.speakers]
