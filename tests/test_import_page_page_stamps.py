"""A page's publication stamp, a long venue field and a list of further events are no sessions:
a one-session page keeps its people, its day and its links."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from webinar_archive.domain.model import LinkKind
from webinar_archive.importers.page import extract_page

# (title, published line, venue line, the day's field | a sentence naming another day,
#  speakers heading, two people lines, recording link text, other events' heading, the day)
_PAGES = [
    (
        "Öffentliche Anhörung zum Radverkehrsplan",
        "Veröffentlicht am 2. März 2027",
        "Ort: online (Webex) und Sitzungssaal des Landratsamts, Schlossplatz 3, Talbrück",
        "Termin: Dienstag, 16. März 2027, 18:00 Uhr | Ab dem 1. Juni 2027 gilt der neue Plan.",
        "Referierende:",
        ["Dr. Sabine Kessler, Leiterin des Amts für Mobilität", "Paul Brenner, Radentscheid"],
        "Aufzeichnung",
        "Weitere Termine",
        dt.date(2027, 3, 16),
    ),
    (
        "Public hearing on the harbour bus lanes",
        "Published 2 March 2027",
        "Venue: online (Teams) and the council chamber of the Harbour Board, Portlow",
        "When: Tuesday 16 March 2027, 6 pm | The new lanes open on 1 June 2027.",
        "Speakers:",
        ["Dr Helen Marsh, head of transport planning", "Tom Reeve, Portlow Cyclists"],
        "Recording",
        "Upcoming events",
        dt.date(2027, 3, 16),
    ),
    (
        "Audience publique sur le plan vélo",
        "Publié le 2 mars 2027",
        "Lieu : en ligne (Zoom) et salle du conseil de la communauté, 3 place du Marché",
        "Date : mardi 16 mars 2027, 18 h | Le nouveau plan entre en vigueur le 1er juin 2027.",
        "Intervenants :",
        ["Claire Vasseur, directrice de la mobilité", "Marc Lebrun, Vélo Cité"],
        "Enregistrement",
        "Prochains rendez-vous",
        dt.date(2027, 3, 16),
    ),
    (
        "Audiencia pública sobre el carril bici",
        "Publicado el 2 de marzo de 2027",
        "Lugar: en línea (Zoom) y salón de plenos del Ayuntamiento, Plaza Mayor 1, Villanueva",
        "Fecha: martes 16 de marzo de 2027, 18:00 | El nuevo carril abre el 1 de junio de 2027.",
        "Ponentes:",
        ["Ana Torres, jefa de movilidad", "Luis Prieto, Bici Villanueva"],
        "Grabación",
        "Próximas actividades",
        dt.date(2027, 3, 16),
    ),
    (
        "Audizione pubblica sulle piste ciclabili",
        "Pubblicato il 2 marzo 2027",
        "Luogo: online (Zoom) e sala consiliare del Comune, Piazza Garibaldi 1, Montecastello",
        "Data: martedì 16 marzo 2027, ore 18 | Le nuove piste apriranno il 1 giugno 2027.",
        "Relatori:",
        ["Giulia Ferri, responsabile della mobilità", "Marco Riva, FIAB Montecastello"],
        "Registrazione",
        "Prossimi appuntamenti",
        dt.date(2027, 3, 16),
    ),
    (
        "Wysłuchanie publiczne w sprawie dróg rowerowych",
        "Opublikowano 2 marca 2027",
        "Miejsce: online (Zoom) oraz sala sesyjna Urzędu Miasta, ul. Rynek 1, Nowe Pole",
        "Termin: wtorek, 16 marca 2027, godz. 18:00 | Nowe drogi otwarte od 1 czerwca 2027.",
        "Prelegenci:",
        ["Anna Kowalczyk, kierownik wydziału transportu", "Piotr Nowak, Rowerowe Nowe Pole"],
        "Nagranie",
        "Najbliższe wydarzenia",
        dt.date(2027, 3, 16),
    ),
    (
        "Veřejné projednání cyklostezek",
        "Zveřejněno 2. 3. 2027",
        "Místo: online (Zoom) a zasedací sál městského úřadu, Náměstí 1, Dolní Lhota",
        "Termín: úterý 16. 3. 2027, 18:00 | Nové stezky se otevřou od 1. června 2027.",
        "Přednášející:",
        ["Ing. Petra Malá, vedoucí odboru dopravy", "Jan Novotný, Cyklo Dolní Lhota"],
        "Záznam",
        "Další jednání",
        dt.date(2027, 3, 16),
    ),
]


def _html(page, where: str) -> bytes:
    title, stamp, venue, when, heading, people, recording, more, _ = page
    others = (
        f"<h2>{more}</h2><ul>"
        '<li><a href="/e/1">Arbeitsgruppe Busse</a> (5. 4.)</li>'
        '<li><a href="/e/2">Tarif 2028</a> (3. 5.)</li></ul>'
    )
    day, other_day = when.split(" | ")
    main = (
        f"<h1>{title}</h1><p>{stamp}</p><p>{day}</p><p>{venue}</p><p>{other_day}.</p>"
        f"<h2>{heading}</h2><ul>{''.join(f'<li>{p}</li>' for p in people)}</ul>"
        f'<ul><li><a href="https://media.example.org/rec.mp4">{recording}</a></li></ul>'
    )
    if where == "aside":
        body = f"<main>{main}<aside>{others}</aside></main>"
    else:
        body = f"<main>{main}{others}</main>"
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize("where", ["aside", "after"])
@pytest.mark.parametrize("page", _PAGES, ids=[p[7] for p in _PAGES])
def test_one_session_keeps_people_day_and_links(page, where):
    sessions = extract_page(_html(page, where))
    assert len(sessions) == 1
    draft = sessions[0].draft
    assert draft.date == page[8]
    names = [s.name for s in draft.speakers]
    wanted = [re.sub(r"^(?:Dr\.?|Ing\.) ", "", p.split(",")[0]) for p in page[5]]
    assert names == wanted
    assert "Arbeitsgruppe Busse" not in names
    assert any(link.kind == LinkKind.RECORDING for link in draft.links)
