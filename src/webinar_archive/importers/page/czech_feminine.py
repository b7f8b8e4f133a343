"""Czech bodies whose feminine head reads the same in the nominative and the genitive
("nemocnice", "organizace", "komise"): the adjectives before it tell the case, so
"psycholožka Krajské nemocnice Liberec" works for Krajská nemocnice Liberec."""

from __future__ import annotations

# Soft feminine heads whose genitive singular is the nominative, lower case.
SAME_FORM_HEADS = frozenset(
    [
        "nemocnice",
        "organizace",
        "asociace",
        "inspekce",
        "nadace",
        "komise",
        "federace",
        "unie",
        "akademie",
        "galerie",
    ]
)


# "policie", "knihovnice", "asociace": a lower-case noun with one of these endings is a soft
# feminine whose genitive is its nominative, whether or not the list above holds it.
_SOFT_ENDINGS = ("ie", "ice", "ace", "nce", "kce")


def _soft_by_ending(word: str) -> bool:
    return word.islower() and len(word) > 4 and word.endswith(_SOFT_ENDINGS)


def _hard_genitive(word: str) -> bool:
    return len(word) > 3 and word.endswith("é") and word[:1].isalpha()


def czech_same_form_nominative(name: str) -> str | None:
    """``name`` with the feminine genitive adjectives before such a head ("Krajské",
    "Fakultní" staying) in the nominative, or None when it does not open that way."""
    tokens = name.split(" ")
    for head, word in enumerate(tokens[:4]):
        if word.lower() not in SAME_FORM_HEADS and not _soft_by_ending(word):
            continue
        before = tokens[:head]
        if not before or not any(_hard_genitive(w) for w in before):
            return None
        if not all(_hard_genitive(w) or (w.endswith("í") and len(w) > 3) for w in before):
            return None
        changed = [w[:-1] + "á" if _hard_genitive(w) else w for w in before]
        return " ".join([*changed, *tokens[head:]])
    return None
