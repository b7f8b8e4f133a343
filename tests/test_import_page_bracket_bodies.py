"""A body in brackets after a name, then the position after a comma: the bracket is the
organisation (its legal form kept), the words after it the role."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page

_CASES = [
    (
        "Relatori",
        "Luca Bassi (Officine Ferraresi S.p.A.), responsabile della qualità",
        ("Luca Bassi", "Officine Ferraresi S.p.A.", "responsabile della qualità"),
    ),
    (
        "Intervenants",
        "Élise Carrel (Verrerie du Jura, SARL), cheffe d'atelier",
        ("Élise Carrel", "Verrerie du Jura, SARL", "cheffe d'atelier"),
    ),
    (
        "Speakers",
        "Owen Pryce (Harbour Survey Ltd), lead hydrographer",
        ("Owen Pryce", "Harbour Survey Ltd", "lead hydrographer"),
    ),
]


@pytest.mark.parametrize(("heading", "line", "expected"), _CASES)
def test_bracket_then_role(heading, line, expected):
    html = (
        "<html><body><h1>Measuring the seabed and the shore</h1><p>9 June 2026, 10:00</p>"
        f"<h2>{heading}</h2><ul><li>{line}</li><li>Anna Berg, geologist</li></ul></body></html>"
    )
    people = extract_page(html.encode())[0].draft.speakers
    assert (people[0].name, people[0].organisation, people[0].position) == expected
