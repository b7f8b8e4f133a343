"""A service rank before a name (firefighters, police, armed services) is no part of the name."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page

_CASES = [
    ("Ponentes", "Sargento Lucía Marín", "Bomberos de Villaseca", "Lucía Marín"),
    ("Relatori", "Maresciallo Franco Bellini", "Soccorso Alpino Valgrande", "Franco Bellini"),
    ("Prelegenci", "Kapral Tomasz Zieliński", "Straż Pożarna Nowe Pole", "Tomasz Zieliński"),
    ("Intervenants", "Lieutenant Hélène Morvan", "Pompiers de Kerlouan", "Hélène Morvan"),
    ("Přednášející", "Rotmistr Pavel Dvořák", "Policie Dolní Lhota", "Pavel Dvořák"),
]


@pytest.mark.parametrize(("heading", "person", "body", "name"), _CASES)
def test_rank_is_dropped_from_the_name(heading, person, body, name):
    html = (
        "<html><body><h1>Rescate en montaña y nieve</h1><p>12.03.2027, 18:00</p>"
        f"<h2>{heading}</h2><table><tr><td>{person}</td><td>{body}</td></tr></table>"
        "</body></html>"
    )
    names = [s.name for s in extract_page(html.encode())[0].draft.speakers]
    assert names == [name]
