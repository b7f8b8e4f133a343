"""Places written after a person's name: where they come from, not whom they work for."""

from __future__ import annotations

import re

from .names import is_org_word
from .nominative import head_of
from .positions import is_acronym

# Prepositions that say where someone comes from ("Jana Horká z Prahy", "Anna Nowak ze
# Szczecina", "Tom Reed from Leeds", "Jonas Weber aus Kassel").
_ORIGIN = frozenset({"from", "z", "ze", "aus", "od"})
# One capitalised word, or two joined by a hyphen ("Frýdek-Místek", "Saint-Malo").
_ONE_NAME = re.compile(r"^[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?$")


# The first word of a town's name of two words: a Polish or Czech adjective in the genitive
# ("z Nowego Sącza", "ze Starého Města", "z Białej Podlaskiej", "z Horní Lhoty") or a word
# that opens names of towns ("from New Haven", "aus Bad Ornau").
_TOWN_ADJECTIVE = re.compile(r"^[^\W\d_a-z][^\W\d_A-Z]+(?:ego|iej|ej|ého|ího|ích|ých|í)$")
_TOWN_OPENERS = frozenset(
    ["new", "san", "santa", "saint", "sankt", "st", "los", "las", "port", "fort", "mount",
     "north", "south", "east", "west", "upper", "lower", "great", "little", "bad", "neu"]
)  # fmt: skip


# Heads of the nominative table that are words for a town ("ze Starého Města"), and the
# genitive endings of Polish nouns for an institution ("Stacji", "Dyrekcji", "Akademii").
_TOWN_HEADS = frozenset(["město", "miasto", "wieś", "ves"])
_NOUN_ENDS = ("cji", "sji", "zji", "ii")


def _place_word(word: str) -> bool:
    return bool(_ONE_NAME.match(word)) and not is_acronym(word) and not is_org_word(word)


def bare_place(preposition: str, phrase: str) -> bool:
    """Whether ``phrase`` after ``preposition`` is a bare place rather than a body: a single
    capitalised name, written in lower case after its first letter (no "BioEnergia", no
    acronym), with no word for a body, after a preposition of origin, or two such words of a
    town's name ("z Nowego Sącza"). "z Uniwersytetu Karlova", "from Acme Ltd" and "z firmy
    Archivis" stay bodies."""
    if preposition.lower() not in _ORIGIN:
        return False
    words = phrase.split()
    if len(words) == 2 and all(_place_word(w) for w in words):
        # "z Polskiej Akademii", "ze Státního Fondu": an adjective and a body's head noun.
        head = head_of(words[1])
        if (head is not None and head not in _TOWN_HEADS) or words[1].endswith(_NOUN_ENDS):
            return False
        first = words[0].rstrip(".").lower()
        return bool(_TOWN_ADJECTIVE.match(words[0])) or first in _TOWN_OPENERS
    return len(words) == 1 and _place_word(words[0])


_PLACE_AFTER = re.compile(
    r"^\s+((?i:from|z|ze|aus|od))\s+([^\W\d_][^\s,;:.()]*(?:\s[^\W\d_a-z][^\s,;:.()]*)?)"
    r"(?=\s*(?:$|[,;:.()]|\s[^\W\d_A-Z]))"
)


def place_after(after: str) -> str | None:
    """The bare place right after a name ("... z Prahy, která ...", "... from Leeds and ..."),
    which says the name is a person's; None when the words after it are no such place."""
    match = _PLACE_AFTER.match(after)
    if match is None or not bare_place(match.group(1), match.group(2)):
        return None
    return match.group(2)


_ORIGIN_BEFORE = re.compile(r"(?:^|\s)((?i:from|z|ze|aus|od))\s+$")


def names_a_place(before: str, run: str) -> bool:
    """Whether a run of capitalised words after ``before`` is a town's name of two words
    after a preposition of origin ("... z Nowego Sącza"), not a person."""
    match = _ORIGIN_BEFORE.search(before)
    return match is not None and bare_place(match.group(1), run)
