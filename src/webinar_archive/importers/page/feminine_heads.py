"""The nominative of a Polish body named in the genitive whose head noun no table holds:
a feminine noun with an adjective agreeing with it ("Komendy Powiatowej PSP w Lipniku" is
Komenda Powiatowa PSP w Lipniku, "Wojewódzkiej Stacji Sanitarnej" is Wojewódzka Stacja
Sanitarna). The adjective in "-ej" marks the feminine genitive; a noun without one is left."""

from __future__ import annotations

import re
from collections.abc import Collection

# Genitive endings of feminine nouns and their nominative, longest first.
_NOUN_ENDINGS = (("cji", "cja"), ("sji", "sja"), ("zji", "zja"), ("ii", "ia"), ("ki", "ka"),
                 ("gi", "ga"), ("ni", "nia"), ("y", "a"))  # fmt: skip
_ADJ_ENDINGS = (("kiej", "ka"), ("giej", "ga"), ("ej", "a"))
_CAPITAL_WORD = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:-[a-ząćęłńóśźż]+)*$")


def _change(word: str, endings: tuple[tuple[str, str], ...], least: int) -> str | None:
    if not _CAPITAL_WORD.match(word):
        return None
    for ending, nominative in endings:
        if word.endswith(ending) and len(word) >= len(ending) + least:
            return word[: -len(ending)] + nominative
    return None


def feminine_nominative(name: str, known: Collection[str] = ()) -> str:
    """``name`` with a feminine head noun and its adjectives in the nominative, or as written
    when it does not open with adjectives and a noun in the feminine genitive. A head whose
    nominative is in ``known`` (the table of head nouns) is the table's to decline."""
    tokens = name.split(" ")
    k = 0
    before: list[str] = []
    while k < len(tokens) - 1 and (adj := _change(tokens[k], _ADJ_ENDINGS, 4)):
        before.append(adj)
        k += 1
    noun = _change(tokens[k], _NOUN_ENDINGS, 3) if k < len(tokens) else None
    if noun is None or tokens[k].endswith("ej") or noun.lower() in known:
        return name
    after: list[str] = []
    k += 1
    while k < len(tokens) and (adj := _change(tokens[k], _ADJ_ENDINGS, 4)):
        after.append(adj)
        k += 1
    if not before and not after:
        return name
    return " ".join([*before, noun, *after, *tokens[k:]])
