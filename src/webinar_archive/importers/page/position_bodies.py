"""A body left inside the position when the person has no organisation: "spoluzakladatel
Kompostík a.s. – komunitní kompostéry ..." works at "Kompostík a.s.", "investiční manažer fondu
Lipa Ventures" at "Lipa Ventures".

Two signs tell the body inside a lower-case position: a legal form closing capitalised words
(what follows a dash after it says what the body does), and a lower-case word for a kind of
body followed by a capitalised name at the end (the kind word is dropped, as the records write
a body without a word for its kind in front, tests/data/pages/README.md), unless it is a
municipality's, whose town stays in the role."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .legal_tails import _FORMS
from .names import HONORIFIC_START, is_org_word
from .nominative import head_of

_LOWER = r"[a-zà-öø-ÿčďěňřšťůžąćęłńóśźż][^\W\d_]*"
_CAPITAL = r"[A-ZÀ-ÖØ-ÞČĎĚŇŘŠŤŮŽĄĆĘŁŃÓŚŹŻ][^\s,;]*"
_WITH_FORM = re.compile(
    rf"^(?P<role>{_LOWER}(?:\s+{_LOWER}){{0,3}})\s+"
    rf"(?P<body>{_CAPITAL}(?:\s+{_CAPITAL}){{0,4}},?\s+(?:{_FORMS}))"
    r"(?:\s+[–—-]\s+.*)?$"
)
# A municipality's word: "starosta obce Dolní Lhota" keeps the town in the mayor's role (the
# convention of the records), folded.
_TOWNS = frozenset(
    ["obec", "obce", "obci", "mesto", "mesta", "meste", "mestys", "mestyse", "gmina", "gminy",
     "miasto", "miasta", "kraj", "kraje", "okres", "okresu", "powiat", "powiatu", "comune",
     "gemeinde", "stadt", "municipio", "commune", "ville", "town", "village", "city"]
)  # fmt: skip
_KIND_NAME = re.compile(
    rf"^(?P<role>{_LOWER}(?:\s+{_LOWER}){{0,3}})\s+(?P<kind>{_LOWER})\s+"
    rf"(?P<body>{_CAPITAL}(?:\s+{_CAPITAL}){{0,3}})$"
)


_SMALL = frozenset(
    ["de", "del", "della", "di", "du", "des", "der", "la", "le", "el", "il", "of", "the", "at",
     "bei", "l", "d", "chez", "presso"]
)  # fmt: skip


def _trimmed(role: str) -> str:
    """The role without the kind word and article it closes on ("gérante de la société")."""
    words = role.split()
    while len(words) > 1 and (is_org_word(words[-1]) or words[-1] in _SMALL):
        words.pop()
    return " ".join(words)


def body_in_position(position: str) -> tuple[str, str] | None:
    """(position, body) when ``position`` holds a body by the signs above, else None; a degree
    or a position before a comma ("MBA, investiční manažer fondu X") stays in the role."""
    front, comma, last = position.rpartition(", ")
    if comma and "–" not in last and " - " not in last:
        found = _body_in(last)
        return (f"{front}, {found[0]}", found[1]) if found else None
    return _body_in(position)


def _body_in(position: str) -> tuple[str, str] | None:
    match = _WITH_FORM.match(position)
    if match is not None:
        return _trimmed(match["role"]), match["body"]
    match = _KIND_NAME.match(position)
    if match is None or fold(match["kind"]) in _TOWNS or match["role"].split()[-1] in _SMALL:
        return None
    kind = is_org_word(match["kind"]) or head_of(match["kind"]) is not None  # "fondu": fond
    if kind and not any(is_org_word(w) for w in match["role"].split()):
        return match["role"], match["body"]
    return None


_DASH_DESCRIPTION = re.compile(rf"^(?P<body>{_CAPITAL}.*?)\s+[–—-]\s+{_LOWER}(?:\s+{_LOWER})*$")


def without_dash_description(org: str) -> str:
    """ "LektorBot" of "LektorBot – chatbot": lower-case words after a dash say what the body
    is or does; a capitalised part after it ("VŠB – Technická univerzita") is kept."""
    match = _DASH_DESCRIPTION.match(org)
    return match["body"] if match is not None else org


def settle_position_bodies(speakers: Iterable[SpeakerDraft]) -> None:
    """Move a body out of the position of each speaker who has none, and a description after
    a dash out of each body, in place."""
    for speaker in speakers:
        if speaker.organisation and HONORIFIC_START.match(speaker.organisation):
            # "with the Revd Dr X": a title before a name says it is a person, not a body.
            speaker.organisation = None
        if speaker.organisation:
            speaker.organisation = without_dash_description(speaker.organisation)
            continue
        if not speaker.position:
            continue
        found = body_in_position(speaker.position)
        if found is not None:
            speaker.position, speaker.organisation = found
