"""Words for a kind of meeting, a numbered session and a series of sessions, in the pages'
languages: what a label in front of a title or a heading of a series page is made of."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .lexicon import GENERIC_HEADING_WORDS, words

_GENERIC_HEADING = frozenset(fold(w) for w in GENERIC_HEADING_WORDS)

# Nouns for a kind of meeting, folded: a label in front of a title is one of them ("Réunion
# publique en visioconférence :"), or a compound ending with one ("Fachforum", "Infoabend").
_MEETING_NOUNS = frozenset(
    fold(w)
    for w in words(
        "meeting session sessions briefing talk lecture forum webinar webinaire webinář "
        "webinarium webinario seminar séminaire seminario seminarium seminář workshop atelier "
        "taller warsztat warsztaty treffen sitzung tagung vortrag abend gespräch fachtag "
        "infotag konferenz réunion rencontre séance conférence journée reunión sesión "
        "encuentro jornada charla conferencia riunione sessione incontro giornata conferenza "
        "convegno spotkanie sesja konferencja setkání sezení přednáška konference "
        # trainings and assemblies: "Szkolenie online:", "Bürgerversammlung online:"
        "veranstaltung versammlung schulung training course formation formación formazione "
        "szkolenie školení kurs kurz assemblée asamblea assemblea zebranie zasedání beseda "
        # courses and continuing education: "Online-Fortbildung:", "Curso en línea:"
        "fortbildung weiterbildung lehrgang cours curso corso capacitación "
        # hours in which experts answer those who come: "dyżur patentowy online"
        "dyżur sprechstunde permanence sportello konzultace "
        # German courses run together with their form: "Onlinekurs:", "Fernkurs:"
        "onlinekurs fernkurs"
    )
)
# Words telling how or for whom a meeting is held ("publique", "informacyjne", "online", "en
# visioconférence", "kostenlos"), folded stems, and the small words between them.
_MEETING_MODES = (
    "online", "ligne", "linea", "web", "virtu", "digit", "hybri", "hybry", "ibrid", "public",
    "publiq", "pubbl", "offentl", "otwar", "verejn", "inform", "visio", "video", "wideo",
    "zdaln", "gratu", "bezpl", "kosten", "zdarm", "gratis", "abiert", "apert", "live",
    # at a distance: "Formation à distance", "Corso a distanza", "Školení na dálku"
    "distan", "remot", "dalk",
)  # fmt: skip
_MEETING_LINKS = frozenset(
    ["en", "in", "de", "d", "di", "na", "w", "v", "per", "par", "im", "a", "à"]
)
# "for" in the pages' languages: "Webinář pro pacienty", "Online briefing for partners",
# "Fortbildung für Lehrkräfte" say whom a meeting is for, which names no topic either.
_FOR = frozenset(["for", "für", "fur", "pour", "para", "per", "dla", "pro"])


def meeting_noun(word: str) -> bool:
    folded = fold(word).strip("-–")
    last = re.split(r"[-–]", folded)[-1]
    return folded in _MEETING_NOUNS or any(
        len(noun) >= 5 and last.endswith(noun) for noun in _MEETING_NOUNS
    )


# "Sesión 4 — Title", "Session 2: Title", "Spotkanie 3. Title": a session numbered in its series.
_NUMBERED_SESSION = re.compile(
    r"^(?P<noun>[^\W\d_]{3,12})\s+(?:n[º°o.]\s*)?\d{1,2}\s*[.:)–—-]\s+(?=[^\W\d_])"
)
# Words for a series of sessions, folded ("Ciclo de webinarios 2026", "Vortragsreihe").
_SERIES_HEADS = frozenset(
    ["series", "serie", "seria", "cycle", "ciclo", "cykl", "cyklus", "rassegna", "reihe"]
)


# "Part 3:", "Folge 3 –", "Odcinek 3.": a numbered part of a series, folded.
_PARTS = frozenset(
    ["part", "teil", "folge", "episode", "episodio", "odcinek", "czesc", "dil", "parte",
     "partie", "module", "modul", "modulo", "lekce", "lekcja", "lezione", "leccion", "lecon"]
)  # fmt: skip


def numbered_session(text: str) -> bool:
    """ "Sesión 4 — Parques inundables": a heading naming one numbered session of a series."""
    match = _NUMBERED_SESSION.match(text)
    return bool(
        match and (meeting_noun(match.group("noun")) or fold(match.group("noun")) in _PARTS)
    )


# "Session 1 · Thursday 15 January 2026", "Sesión 2 — 12/02/2026", "Teil 3 | 19.03.": a word
# for a session or a part and its number, then what the line says about it.
_SESSION_NUMBER = re.compile(
    r"^(?P<noun>[^\W\d_]{3,12})\s+(?:n[º°o.]\s*|#\s?)?\d{1,2}(?![\d,/]|[.:]\S)"
)


def numbered_line(text: str) -> str | None:
    """What follows "Session 1" / "Sesja 2" / "Teil 3" opening ``text``, or None when it does
    not open with a numbered session or part."""
    match = _SESSION_NUMBER.match(text.strip())
    if match and (meeting_noun(match.group("noun")) or fold(match.group("noun")) in _PARTS):
        return text.strip()[match.end() :]
    return None


def names_a_series(text: str) -> bool:
    """ "Ciclo de webinarios 2026: «Ciudades que esponjan»", "Vortragsreihe Stadtgrün": a
    heading naming a series of sessions rather than one."""
    return any(
        w in _SERIES_HEADS or (len(w) > 5 and w.endswith("reihe"))
        for w in re.findall(r"[^\W\d_]+", fold(text))
    )


def is_meeting_label(text: str) -> bool:
    """ "Réunion publique en visioconférence", "Spotkanie informacyjne online", "Fachforum":
    a kind of meeting and how it is held, naming no topic; at most five words, the first
    (or, after a mode word, the second) a noun for a meeting, the others words for its form.
    Whom it is for may end it: "for" and at most three words ("Webinář pro pacienty")."""
    tokens = re.findall(r"[^\W\d_]+(?:[-–][^\W\d_]+)*", text)
    if len(tokens) != len(text.split()):
        return False
    audience = next((k for k, t in enumerate(tokens) if k and fold(t) in _FOR), None)
    if audience is not None and 1 <= len(tokens) - audience - 1 <= 3:
        tokens = tokens[:audience]
    if not 1 <= len(tokens) <= 5:
        return False
    nouns = [k for k, t in enumerate(tokens) if meeting_noun(t)]
    if not nouns or nouns[0] > 1:
        return False
    for k, token in enumerate(tokens):
        folded = fold(token)
        if k == nouns[0] or folded in _MEETING_LINKS or folded in _GENERIC_HEADING:
            continue
        if not any(part.startswith(_MEETING_MODES) for part in re.split(r"[-–]", folded)):
            return False
    return True
