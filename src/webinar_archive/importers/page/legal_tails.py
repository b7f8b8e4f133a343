"""What closes a body's name given back to it: "z poradni Zdrowa Miska sp. z o.o." names
"Zdrowa Miska sp. z o.o.", "z Poradni X nr 2 w Brzozogrodzie" names "Poradnia X nr 2 w
Brzozogrodzie".

The records write a body as the page does, legal form, number and town and all. Whatever rule
found the body may have stopped at the name (a kind word before it, a comma, a dotted form or a
number it did not expect), so when the person's line writes the body's name (in any case)
followed right away by a legal form or a number, that is put back, with the comma between them
if the page has one. Only the person's own line counts: the records write "Energieagentur
Nordwest" for "von der Energieagentur Nordwest" over a footer's "Energieagentur Nordwest
GmbH"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .nominative import nominative_body

# Legal forms in the seven languages, longest first where one begins another.
_FORMS = (
    r"spol\.\s?s\s?r\.\s?o\.|sp\.\s?z\s?o\.\s?o\.|sp\.\s?k\.|sp\.\s?j\.|sp\.\s?p\.|s\.\s?c\.|"
    r"s\.\s?r\.\s?o\.|a\.\s?s\.|z\.\s?s\.|z\.\s?ú\.|o\.\s?p\.\s?s\.|v\.\s?o\.\s?s\.|k\.\s?s\.|"
    r"S\.\s?L\.\s?U\.|S\.\s?L\.|S\.\s?A\.|S\.\s?r\.\s?l\.|S\.\s?p\.\s?A\.|S\.\s?a\.\s?s\.|"
    r"S\.\s?n\.\s?c\.|S\.\s?C\.|gGmbH|GmbH\s&\sCo\.\sKG|GmbH|AG|KG|OHG|e\.\s?V\.|w\.\s?V\.|e\.\s?G\.|"
    r"eG|SARL|SELARL|SAS|SCOP|SA|Ltd\.?|LLP|LLC|Inc\.|plc|CIC|APS|ODV|ETS|Onlus"
)
_FORM_END = re.compile(rf"(?:,?\s+|^)(?:{_FORMS})$")


def with_legal_tail(org: str, sources: Iterable[str]) -> str:
    """``org`` with the legal form the first of ``sources`` writing one gives right after it;
    ``org`` as it is when it already ends on one or no source writes one."""
    if not org or _FORM_END.search(org):
        return org
    pattern = re.compile(
        rf"(?<![^\W_]){re.escape(org)}(?P<form>,?\s+(?:{_FORMS}))(?![^\W_]|-[^\W_])(?!\s?[^\W\d_]\.)"
    )
    for source in sources:
        match = pattern.search(source)
        if match is not None:
            return org + match.group("form").replace("\n", " ")
    return org


# "nr 2 w Brzozogrodzie", "č. 3 v Jihlavě", "n. 5 di Asti": a body's number and its town.
_NUMBER_TAIL = re.compile(
    r"\s+(?:nr|Nr\.?|č\.|n\.|no\.|No\.)\s?\d+[a-z]?"
    r"(?:\s+(?:w|we|v|ve|in|im|di|de|en|à)\s+[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?)?"
)


def with_number_tail(org: str, after: str) -> str:
    """``org`` with the number (and town) ``after`` (the person's line after the name) writes
    right after the body, in whatever case the line puts the body: "z Poradni X nr 2 w Y" gives
    "Poradnia X" its "nr 2 w Y"."""
    if re.search(r"\d", org):
        return org
    if org in after:  # written as the body names itself
        tail = _NUMBER_TAIL.match(after, after.find(org) + len(org))
        return f"{org} {' '.join(tail.group(0).split())}" if tail else org
    words = after.split()
    size = len(org.split())
    for start in range(min(len(words), 6)):
        phrase = " ".join(words[start : start + size])
        if phrase != org and nominative_body(phrase) != org:
            continue
        at = after.find(phrase)
        tail = _NUMBER_TAIL.match(after, at + len(phrase))
        return f"{org} {' '.join(tail.group(0).split())}" if tail else org
    return org


def settle_legal_tails(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Give each body its legal form back where the page writes one after the name in the
    person's own line, in place (a footer's or another person's form is not theirs)."""
    lines = text.splitlines()
    for speaker in speakers:
        if not speaker.organisation:
            continue
        own = [line for line in lines if speaker.name in line]
        org = with_legal_tail(speaker.organisation, own)
        for line in own:
            org = with_number_tail(org, line[line.index(speaker.name) + len(speaker.name) :])
        speaker.organisation = org
