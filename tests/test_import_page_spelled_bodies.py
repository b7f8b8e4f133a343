"""A body's long form spelling its short form is no person."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page
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
    html = (
        "<html><body><h1>Agua y regadío</h1>"
        "<p><strong>Fecha:</strong> jueves, 11 de marzo de 2027 · 10:00</p>"
        "<h2>Ponentes</h2><ul>"
        "<li>Dña. Rosa Vidal – jefa del Servicio de Calidad, "
        "Mancomunidad Costera del Norte (MCN)</li>"
        "<li>D. Pedro Gil – técnico de riego de Regantes del Norte, S.L.</li>"
        "</ul></body></html>"
    )
    sessions = extract_page(html.encode())
    people = {s.name: (s.organisation, s.position) for s in sessions[0].draft.speakers}
    assert "Mancomunidad Costera del Norte" not in people
    assert people["Rosa Vidal"] == (
        "Mancomunidad Costera del Norte (MCN)",
        "jefa del Servicio de Calidad",
    )
