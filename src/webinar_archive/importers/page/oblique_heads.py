"""A body's head noun left in the case its sentence asks for, where no table of heads holds it.

The records name a body as it names itself, in the nominative (tests/data/pages/README.md).
The tables of `nominative.py` know the common heads; two signs of the case say it for the
others:

- German: after "des"/"eines" a masculine or neuter head takes "-s" or "-es"
  ("Vorsitzender des Filmclubs Wendelstadt e.V." is Filmclub Wendelstadt e.V., "Leiterin des
  Tierheimvereins X" is Tierheimverein X), when what is left ends on a word for a body;
- Polish: right after a position noun a body stands in the genitive ("właściciel Winnicy Pod
  Lipami" is Winnica Pod Lipami, "prezes Spółdzielni X" is Spółdzielnia X), so a head with a
  feminine genitive ending is given its nominative even with no adjective to agree with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .feminine_heads import _NOUN_ENDINGS, _change
from .names import is_org_word, role_stem
from .nominative import nominative_body

# Folded German words a body's name ends on (also inside a compound: "Filmclub", "Tierheimverein").
_DE_HEADS = (
    "club", "klub", "verein", "verband", "bund", "kreis", "institut", "zentrum", "museum",
    "archiv", "amt", "werk", "forum", "rat", "ring", "haus", "buro", "kollegium", "gremium",
    "betrieb", "labor", "studio", "theater", "kino", "orchester", "chor", "ensemble", "komitee",
    "kuratorium", "ministerium", "prasidium", "netzwerk", "kontor", "kolleg", "stift",
)  # fmt: skip


def german_nominative(org: str, text: str) -> str:
    """``org`` with its head out of the genitive when the page writes "des"/"eines" before it."""
    first, _, rest = org.partition(" ")
    if not first[:1].isupper() or not first.endswith("s") or len(first) < 5:
        return org
    if re.search(r"(?<![^\W\d_])(?:des|eines)\s+" + re.escape(org), text) is None:
        return org
    for cut in (2, 1) if first.endswith("es") else (1,):
        stem = first[:-cut]
        if fold(stem).endswith(_DE_HEADS) or is_org_word(stem):
            return f"{stem} {rest}".strip()
    return org


def polish_nominative(org: str, text: str) -> str:
    """``org`` with a feminine head in the nominative when the page writes it right after a
    position noun ("właściciel Winnicy X")."""
    first, _, rest = org.partition(" ")
    before = re.search(r"(?P<word>[^\W\d_]+)\s+" + re.escape(org), text)
    if before is None or not before["word"].islower() or not role_stem(before["word"]):
        return org
    table = nominative_body(org)
    if table != org:
        return table
    noun = _change(first, _NOUN_ENDINGS, 3)
    if noun is None or first.endswith("ej"):
        return org
    return f"{noun} {rest}".strip()


def settle_oblique_heads(speakers: Iterable[SpeakerDraft], text: str, lang: str | None) -> None:
    """Put each body's head in the nominative by the signs above, in place."""
    for speaker in speakers:
        org = speaker.organisation
        if not org:
            continue
        if lang == "de":
            speaker.organisation = german_nominative(org, text)
        elif lang == "pl":
            speaker.organisation = polish_nominative(org, text)
