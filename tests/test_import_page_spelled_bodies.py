"""A body's long form spelling its short form is no person."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.spelled_bodies import spells


@pytest.mark.parametrize(
    ("name", "short", "expected"),
    [
        ("Agenzia Regionale per la Protezione Ambientale", "ARPA", True),
        ("Wojewódzki Fundusz Ochrony Środowiska", "WFOŚ", True),
        ("Maria Ruiz", "MR", False),
        ("Instituto Geológico Nacional", "IGME", False),
        ("Instituto Geológico Nacional", None, False),
    ],
)
def test_spells(name, short, expected):
    assert spells(name, short) is expected


def test_unit_then_spelled_body_goes_to_the_person_before():
    text = (
        "Sequía y regadío\n\n"
        "Jornada en línea, 12 de marzo de 2027, 10:00.\n\n"
        "Intervienen:\n"
        "Dña. Rosa Vidal – jefa del Área de Calidad, Agencia Vasca del Agua (AVA)\n"
        "D. Pedro Gil – técnico de riego, Regantes del Norte S.L.\n"
    )
    sessions = extract_text(text)
    people = {s.name: (s.organisation, s.position) for s in sessions[0].draft.speakers}
    assert "Agencia Vasca del Agua" not in people
    assert people["Rosa Vidal"][0] == "Agencia Vasca del Agua (AVA)"
