"""A lead naming a session shown or heard (a hearing, a tour, a demonstration, a broadcast) and
how it is held is no part of the title; a topic before a colon stays."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.event_leads import without_event_lead


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Öffentliche Anhörung: Neubau der Grundschule am Anger",
            "Neubau der Grundschule am Anger",
        ),
        ("Public hearing: the new bus network for Portlow", "The new bus network for Portlow"),
        ("Visite guidée en ligne : les ateliers de tissage", "Les ateliers de tissage"),
        ("Recorrido virtual: las bodegas del siglo XIX", "Las bodegas del siglo XIX"),
        ("Dimostrazione dal vivo: la tornitura del legno", "La tornitura del legno"),
        ("Pokaz na żywo: jak powstaje papier czerpany", "Jak powstaje papier czerpany"),
        ("Živý přenos: stavba nové lávky přes řeku", "Stavba nové lávky přes řeku"),
        ("Live-Übertragung: Die Orgel des Doms erklingt", "Die Orgel des Doms erklingt"),
        # a topic, or a lead repeating the rest, stays whole
        ("Tourismus digital: neue Wege für kleine Hotels", None),
        ("Online tour: the tour de France of our regional cheeses", None),
        ("Live: a night at the opera", None),
        ("Transmission: gears, belts and chains", None),
    ],
)
def test_show_lead(title, expected):
    assert without_event_lead(title) == (expected or title)


def test_page_title_loses_its_show_lead():
    html = (
        "<html><head><title>Prohlídka s průvodcem online: Jak se tká len</title></head>"
        "<body><h1>Prohlídka s průvodcem online: Jak se tká len</h1>"
        "<p>Termín: čtvrtek 4. 3. 2027, 18:00</p>"
        "<p>Provede vás Mgr. Eva Lněná, kurátorka sbírky textilu.</p></body></html>"
    )
    sessions = extract_page(html.encode())
    assert sessions[0].draft.title == "Jak se tká len"
