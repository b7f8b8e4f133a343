"""Places written after a person's name: where they come from, not whom they work for."""

from __future__ import annotations

import re

from .names import is_org_word
from .positions import is_acronym

# Prepositions that say where someone comes from ("Jana Horká z Prahy", "Anna Nowak ze
# Szczecina", "Tom Reed from Leeds", "Jonas Weber aus Kassel").
_ORIGIN = frozenset({"from", "z", "ze", "aus", "od"})
# One capitalised word, or two joined by a hyphen ("Frýdek-Místek", "Saint-Malo").
_ONE_NAME = re.compile(r"^[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?$")


def bare_place(preposition: str, phrase: str) -> bool:
    """Whether ``phrase`` after ``preposition`` is a bare place rather than a body: a single
    capitalised name, written in lower case after its first letter (no "BioEnergia", no
    acronym), with no word for a body, after a preposition of origin. "z Uniwersytetu
    Karlova", "from Acme Ltd" and "z firmy Archivis" stay bodies."""
    if preposition.lower() not in _ORIGIN:
        return False
    word = phrase.strip()
    return bool(_ONE_NAME.match(word)) and not is_acronym(word) and not is_org_word(word)


_PLACE_AFTER = re.compile(
    r"^\s+((?i:from|z|ze|aus|od))\s+([^\W\d_][^\s,;:.()]*)(?=\s*(?:$|[,;:.()]|\s[^\W\d_A-Z]))"
)


def place_after(after: str) -> str | None:
    """The bare place right after a name ("... z Prahy, která ...", "... from Leeds and ..."),
    which says the name is a person's; None when the words after it are no such place."""
    match = _PLACE_AFTER.match(after)
    if match is None or not bare_place(match.group(1), match.group(2)):
        return None
    return match.group(2)
