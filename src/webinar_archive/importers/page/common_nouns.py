"""Words that are common nouns by their ending and so no part of a person's name: a menu link
"Walne Zgromadzenie Członków – zawiadomienie" is no "Name – role" line."""

from __future__ import annotations

# German nouns for things and states ("Anmeldung", "Gemeinschaft", "Universität").
_GERMAN = (
    "ung", "heit", "keit", "schaft", "ende", "tion", "ismus", "tät",
    "ungen", "heiten", "keiten", "schaften", "tionen", "täten", "innen",
)  # fmt: skip
# Polish and Czech nouns made from verbs or adjectives ("zgromadzenie", "spotkanie",
# "działalność", "shromáždění"), Slavic "-ství"/"-stwo" nouns for an activity or an office.
_SLAVIC = ("enie", "anie", "ęcie", "ość", "ení", "ění", "ání", "ství", "stwo", "ctwo")
# First names with those endings.
_FIRST_NAMES = frozenset(["melanie", "stephanie", "stefanie", "eugenie", "jeanie", "leanie"])


def is_common_noun(low: str, lang: str | None) -> bool:
    """Whether the lower-case word ``low`` is a common noun by its ending in ``lang``."""
    if lang == "de":
        return low.endswith(_GERMAN)
    if lang in ("pl", "cs"):
        return len(low) >= 6 and low.endswith(_SLAVIC) and low not in _FIRST_NAMES
    return False
