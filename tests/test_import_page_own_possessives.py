"""The site's own body named with "our", inside a job word, or by its kind."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.own_names import own_name
from webinar_archive.importers.page.own_possessives import kind_written_after, own_kind_split


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        ("Pracowni Konserwacji naszego Muzeum", ("Pracowni Konserwacji", "Muzeum")),
        ("oddělení péče naší nemocnice", ("oddělení péče", "nemocnice")),
        ("Abteilung Presse unseres Verbands", ("Abteilung Presse", "Verbands")),
        ("our agency", ("", "agency")),
        ("Museum Kraków", None),
        ("our colleagues", None),
    ],
)
def test_own_kind_split(org, expected):
    assert own_kind_split(org) == expected


def test_own_name_prefers_the_name_holding_the_kind():
    names = ["SVK", "Spolek vodáků Kamenice", "Vodáci"]
    assert own_name(names, "spolku") == "Spolek vodáků Kamenice"
    assert own_name(names, "klubu") == "SVK"


_PAGE = """<html><head><title>{title} – {short}</title></head><body>
<header><a class="logo" href="/"><img alt="{short}"> <span>{full}</span></a></header>
<main><h1>{title}</h1><p>{when}</p><p>{people}</p></main>
<footer>© 2027 {short}</footer></body></html>"""


@pytest.mark.parametrize(
    ("fields", "name", "expected"),
    [
        (
            {
                "title": "Winter routes in the fells",
                "short": "KFRT",
                "full": "Kirkby Fell Rescue Team",
                "when": "Online briefing, 4 February 2027, 7pm.",
                "people": "Questions will be taken by our team coordinator, Moira Bell.",
            },
            "Moira Bell",
            "Kirkby Fell Rescue Team",
        ),
        (
            {
                "title": "Alte Karten erzählen",
                "short": "Bibliothek Talheim",
                "full": "Bibliothek Talheim",
                "when": "Online-Vortrag am 4. Februar 2027, 19 Uhr.",
                "people": "Es begrüßt Bibliotheksleiter Jonas Merk.",
            },
            "Jonas Merk",
            "Bibliothek Talheim",
        ),
    ],
)
def test_page_naming_its_own_body(fields, name, expected):
    sessions = extract_page(_PAGE.format(**fields).encode())
    people = {s.name: s.organisation for s in sessions[0].draft.speakers}
    assert people.get(name) == expected


@pytest.mark.parametrize(
    ("position", "text", "expected"),
    [
        (
            "responsable presse",
            "Modère Léa Roy, responsable presse de la coopérative.",
            "coopérative",
        ),
        ("head of events", "with Sam Ode, head of events of the association, and", "association"),
        ("direttore", "il direttore della fotografia.", None),
        ("responsable presse", "Léa Roy, responsable presse de la Coopérative Sud.", None),
    ],
)
def test_kind_written_after(position, text, expected):
    assert kind_written_after(position, text) == expected


def test_own_name_falls_back_to_the_logo():
    assert own_name(["Verde Casa", "Verde Casa S.r.l."], "società", ["Verde Casa S.r.l."]) == (
        "Verde Casa S.r.l."
    )
    assert own_name(["Verde Casa"], "società", []) == "Verde Casa"
