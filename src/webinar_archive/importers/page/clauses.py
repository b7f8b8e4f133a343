"""What a description after a name goes on to say the person did: a verb clause, no part of
their position or body ("..., directrice de l'Office, animait le webinaire et relayait les
questions", "..., head of research at X, chaired the debate")."""

from __future__ import annotations

import re

from .bodies import LEGAL_FORM_AFTER_COMMA
from .lexicon import ALL_STOPWORDS
from .names import is_org_word, role_stem

# Words that join two nouns as well as two clauses: no sign of a clause on their own.
_CONJUNCTIONS = frozenset(
    [
        "and",
        "und",
        "et",
        "y",
        "e",
        "i",
        "a",
        "o",
        "or",
        "oder",
        "ou",
        "oppure",
        "lub",
        "albo",
        "nebo",
    ]
)
# Past forms of Polish and Czech verbs ("poprowadziła", "představila", "moderoval").
_SLAVIC_PAST = re.compile(r"(?:ła|ło|ły|li|ł|la|lo|ly|l)$")
_COMMA = re.compile(r",\s+(?=[^\W\d_A-Z])")


def _clause(words: list[str]) -> bool:
    if sum(len(w) > 1 for w in words) < 3 or any(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    if any(role_stem(w) or is_org_word(w) for w in words):
        return False
    first = words[0].lower()
    return (
        first in ALL_STOPWORDS
        or any(w.lower() in ALL_STOPWORDS and w.lower() not in _CONJUNCTIONS for w in words[1:])
        or (len(first) >= 5 and bool(_SLAVIC_PAST.search(first)))
    )


def without_clause(desc: str) -> str:
    """``desc`` up to a comma after which only a lower-case clause of three words or more
    follows, with no capitalised word, no position and no word for a body in it, that reads
    as a verb and what it governs (an article or preposition after its first word, or a
    Slavic past form first); ``desc`` itself otherwise."""
    for comma in _COMMA.finditer(desc):
        if comma.start() == 0 or LEGAL_FORM_AFTER_COMMA.match(desc[comma.start() :].rstrip()):
            continue  # "Stavby Morava, s. r. o.": the body's legal form
        words = re.findall(r"[^\W\d_][^\s,;:.!?()]*", desc[comma.end() :])
        if _clause(words):
            return desc[: comma.start()]
    return desc
