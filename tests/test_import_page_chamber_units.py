"""A service of a chamber and an institute of a Czech college, named before their body in the
genitive: the unit goes to the role and the body, in the nominative, is the organisation."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.unit_genitives import split_unit_genitive


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        (
            "Beratungsstelle der Handwerkskammer Oberland",
            ("Beratungsstelle", "Handwerkskammer Oberland"),
        ),
        (
            "Pflanzenschutzdienst der Landwirtschaftskammer Nordheide",
            ("Pflanzenschutzdienst", "Landwirtschaftskammer Nordheide"),
        ),
        (
            "Katedra sklářství Vysoké školy uměleckoprůmyslové v Lipníku",
            ("Katedra sklářství", "Vysoká škola uměleckoprůmyslová v Lipníku"),
        ),
        # a body whose own name ends in a unit's word, or a unit of no body made of units
        ("Malteser Hilfsdienst", None),
        ("Rettungsdienst der Stadt Oberweiler", None),
    ],
)
def test_split(org, expected):
    assert split_unit_genitive(None, org, org) == expected


def test_page_person_gets_the_chamber():
    html = (
        "<html><body><h1>Obstbau im Klimawandel</h1>"
        "<p>Termin: Donnerstag, 11. März 2027, 10:00 Uhr</p><h2>Referenten</h2><ul>"
        "<li>Dr. Jonas Wehrkamp, Pflanzenschutzdienst der Landwirtschaftskammer Nordheide</li>"
        "</ul></body></html>"
    )
    people = extract_page(html.encode())[0].draft.speakers
    assert [(p.name, p.organisation) for p in people] == [
        ("Jonas Wehrkamp", "Landwirtschaftskammer Nordheide")
    ]
    assert "Pflanzenschutzdienst" in (people[0].position or "")
