"""A lead before a title's colon that names only the kind of event, in the shapes the lists
of meeting words miss: a day of information or of open doors ("Dzień informacyjny:", "Open
day:", "Tag der offenen Tür:", "Den otevřených dveří:", "Journée portes ouvertes :"), a
lecture ("Wykład otwarty:", "Öffentlicher Vortrag:"), a meeting noun with how or for whom it
is held. Such a lead is no part of the title even when the title after it starts in lower
case, as Polish, Czech and Romance titles after a colon often do ("Dzień informacyjny:
dotacje na cyfryzację małych firm" is "Dotacje na cyfryzację małych firm")."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .meeting_words import is_meeting_label, meeting_noun

# Nouns for a day given to an event, a lecture and a visit, folded, besides the meeting nouns.
_KIND_NOUNS = frozenset(
    ["day", "days", "tag", "dzien", "den", "journee", "jour", "dia", "giornata", "jornada",
     "tour", "tours", "visit", "visite", "visita", "besichtigung",
     "wyklad", "prelekcja", "odczyt", "lezione", "ponencia", "clase", "lecture", "vortrag",
     "prednaska", "conference", "conferencia", "conferenza", "masterclass"]
)  # fmt: skip
# Stems of nouns for a session shown or heard rather than held as a meeting, folded: a
# hearing, a tour or visit, a demonstration, a broadcast ("Veřejné slyšení:", "Online
# prohlídka:", "Démonstration en direct :", "Retransmisión en directo:").
_SHOW_STEMS = (
    "hearing", "anhorung", "audience", "audiencia", "audizion", "wysluchan", "slysen",
    "fuhrung", "zwiedzan", "prohlidk", "recorrido",
    "demonstr", "demostr", "dimostr", "vorfuhrung", "pokaz", "ukazk",
    "broadcast", "ubertragung", "retransmis", "transmis", "trasmission", "diretta", "prenos",
    "stream",
)  # fmt: skip
# Words that say what such a day or lecture is for, how it is held or that it is open to all,
# folded stems, and the small words between them ("der offenen Tür", "a porte aperte").
_PURPOSE = (
    "info", "inform", "open", "offen", "offn", "ouvert", "otevr", "otwar", "abiert", "apert",
    "public", "publiq", "pubbl", "offentl", "verejn", "online", "ligne", "linea", "live", "web",
    "virtu", "digit", "gratu", "bezpl", "zdarm", "kosten", "tur", "porte", "puerta", "drzwi",
    "dveri", "door", "studi", "study", "career", "karier", "berufs", "orient",
    # live: "en direct", "en directo", "in diretta", "na żywo", "živě"
    "direct", "vivo", "zywo", "ziv", "guid", "gefuhrt", "guiad", "komentovan",
)  # fmt: skip
_SMALL = frozenset(
    [
        "der",
        "des",
        "de",
        "a",
        "di",
        "dei",
        "delle",
        "la",
        "les",
        "las",
        "of",
        "en",
        "in",
        "na",
        "dal",
    ]
)
_LEAD = re.compile(r"^(?P<head>[^:]{2,50}?)\s*:\s+(?P<rest>\S.*)$")


def _kind_lead(head: str) -> bool:
    """ "Dzień informacyjny", "Tag der offenen Tür", "Open day", "Wykład otwarty": one noun for
    a day, a lecture or a meeting, the other words (at most four) for its purpose or form."""
    tokens = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", head)
    if not 1 <= len(tokens) <= 5 or len(tokens) != len(head.split()):
        return False
    folded = [fold(t) for t in tokens]
    nouns = [
        k
        for k, w in enumerate(folded)
        if w in _KIND_NOUNS or meeting_noun(w) or w.split("-")[-1].startswith(_SHOW_STEMS)
    ]
    if len(nouns) != 1:
        return False
    if len(tokens) == 1:
        # "Transmission", "Demonstration" alone may be the topic; a shown session's noun
        # needs how it is held beside it ("Live-Übertragung").
        return not folded[0].startswith(_SHOW_STEMS) or "-" in folded[0]
    others = [w for k, w in enumerate(folded) if k != nouns[0] and w not in _SMALL]
    # "Live-Übertragung": the words of how run together with the noun.
    parts = folded[nouns[0]].split("-")[:-1]
    return bool(others or parts) and all(w.startswith(_PURPOSE) for w in others + parts)


def without_event_lead(title: str) -> str:
    """``title`` without a lead naming only the kind of event; the rest, three words at
    least and no label itself, starts with a capital."""
    match = _LEAD.match(title)
    if match is None:
        return title
    head, rest = match["head"].strip(), match["rest"].strip()
    if len(rest.split()) < 3 or not (_kind_lead(head) or is_meeting_label(head)):
        return title
    if _kind_lead(rest) or is_meeting_label(rest):
        return title
    # A lead repeating a word of the rest ("Online tour: the tour of our new plant") is part of
    # what the title says.
    if {fold(w) for w in re.findall(r"[^\W\d_]{4,}", head)} & {
        fold(w) for w in re.findall(r"[^\W\d_]{4,}", rest)
    }:
        return title
    return rest[:1].upper() + rest[1:]
