"""A title ending with the kind of session after a dash, in lower case ("– atelier pratique en
ligne") or as a label ("– Online-Seminar für Eigentümer"), or in brackets ("(webinar)"), and a
lead saying how the session is held ("Corso a distanza –", "Onlinekurs:"): the title is the
rest. Short pages of our own, in languages other than the pages the rules were written for."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.kind_tails import without_kind_tail


def _title(h1: str, kind: str) -> str | None:
    # The page's text uses the words of the kind too, so none of them is a stray lead.
    html = (
        f"<html><body><h1>{h1}</h1>"
        "<p>Wednesday 4 March 2026, 18:00, online. Ann Lee of the University of Leeds explains "
        f"what changes this year and answers your questions ({kind}).</p></body></html>"
    )
    title: str | None = page_record(extract_page(html.encode("utf-8"), content_type="text/html"))[
        "title"
    ]
    return title


@pytest.mark.parametrize(
    ("h1", "title", "kind"),
    [
        (
            "Les aides à la rénovation – atelier pratique en ligne pour les artisans",
            "Les aides à la rénovation",
            "atelier pratique en ligne",
        ),
        (
            "Energy audits for small firms – workshop with local installers",
            "Energy audits for small firms",
            "workshop with local installers",
        ),
        (
            "Jak na dotace pro obce – konzultace online pro starosty",
            "Jak na dotace pro obce",
            "konzultace online",
        ),
        (
            "Corso a distanza – La nuova fatturazione elettronica",
            "La nuova fatturazione elettronica",
            "corso a distanza",
        ),
        (
            "Curso a distancia: Huertos urbanos en el barrio",
            "Huertos urbanos en el barrio",
            "curso a distancia",
        ),
        (
            "Školení na dálku: Jak psát žádosti o dotace",
            "Jak psát žádosti o dotace",
            "školení na dálku",
        ),
        (
            "Wärmepumpen im Altbau – Online-Seminar für Eigentümer",
            "Wärmepumpen im Altbau",
            "Online-Seminar",
        ),
        (
            "Pompe di calore nelle case storiche (webinar)",
            "Pompe di calore nelle case storiche",
            "webinar",
        ),
        ("Onlinekurs: Wärmepumpen im Altbau", "Wärmepumpen im Altbau", "Onlinekurs"),
    ],
)
def test_the_kind_of_session_around_a_title_is_dropped(h1: str, title: str, kind: str) -> None:
    assert _title(h1, kind) == title


@pytest.mark.parametrize(
    "title",
    [
        # A capitalised part, or one that is no kind of session, is the title's own.
        "Rivers of the north – a history in maps",
        "Heat pumps in old houses – Workshop with Ann Lee",
        "Heat pumps in old houses (and how to run them cheaply)",
        "Stadtbäume im Klimawandel – was Kommunen tun können",
        # Nothing before the dash but one word.
        "Energy – online workshop",
    ],
)
def test_other_dashed_titles_stay_whole(title: str) -> None:
    assert without_kind_tail(title) == title
