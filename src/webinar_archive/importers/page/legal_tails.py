"""A body's legal form given back: "z poradni Zdrowa Miska sp. z o.o." names "Zdrowa Miska
sp. z o.o.", and a logo reading "Kolem Brodu, z. s." names "Kolem Brodu, z. s.".

The records write a body as the page does, legal form and all. Whatever rule found the body may
have stopped at the name (a kind word before it, a comma, a dotted form it did not know), so
when the page writes the body's name followed right away by a legal form, that form is put back,
with the comma between them if the page has one. Only the person's own line counts: the records
write "Energieagentur Nordwest" for "von der Energieagentur Nordwest" over a footer's
"Energieagentur Nordwest GmbH"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

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


def settle_legal_tails(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Give each body its legal form back where the page writes one after the name in the
    person's own line, in place (a footer's or another person's form is not theirs)."""
    lines = text.splitlines()
    for speaker in speakers:
        if not speaker.organisation:
            continue
        own = [line for line in lines if speaker.name in line]
        speaker.organisation = with_legal_tail(speaker.organisation, own)
