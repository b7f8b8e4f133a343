"""Words around a name in running text that say who the person is at the site's own body, or
that the name only signs a work mentioned in passing."""

from __future__ import annotations

import re

from .names import role_stem
from .person_lines import names_site
from .positions import org_like, split_descriptor

# "la musique originale de Rémi Vautrin", "the set design of ...", "i testi di ...": a thing
# (lower-case noun, no position) and the word that says whose it is, right before the name.
_WORK_OF = re.compile(r"(?<![^\s(])([^\W\d_A-Z][^\W\d_]*)\s+(?:de|of|di|von|des|del|della)\s*$")


def site_kind_role(before: str, site: str | None) -> tuple[str, str] | None:
    """(position, site) when the words before a name are a position, then the site's kind as
    a bare lower-case word ("ředitelka destinace", "prezes fundacji"), which in languages
    without articles names the body whose page this is; None otherwise."""
    tokens = before.split()
    if site is None or len(tokens) < 2 or not before.endswith(" "):
        return None
    kind = tokens[-1]
    if not kind.isalpha() or not kind.islower() or not names_site(kind, site, head_only=True):
        return None
    role: list[str] = []
    for word in reversed(tokens[:-1]):
        if not word.isalpha() or role_stem(word) is None:
            break
        role.insert(0, word)
    return (" ".join(role), site) if role else None


def signs_a_work(before: str, description: str | None) -> bool:
    """Whether the name only says whose a thing is ("la musique de X, enregistrée ...")
    rather than naming someone who takes part: a lower-case noun that is no position, then
    "de"/"of", and nothing after the name that says who they are (a position or a body)."""
    match = _WORK_OF.search(before)
    if match is None or role_stem(match.group(1)) is not None:
        return False
    if not description:
        return True
    words = description.split()
    # "..., enregistrée sur le port de X": what follows the name says more of the thing;
    # "..., senior curator at X", "..., catedrática en la Universidad de X" or "..., Théâtre
    # X" says who the person is.
    return (
        words[0].islower()
        and not any(role_stem(w) for w in words[:2])
        and not org_like(description)
    )


def described_body(desc: str) -> tuple[str | None, str | None]:
    """(position, organisation) from what is written after a name; when the whole names no
    body but its first part does and the rest is a lower-case phrase with no name in it
    ("presidente della Fondazione X, partner del programma", "CEO of X, a sponsor of the
    series"), the rest says what the body is to the event, not who the person is."""
    position, org = split_descriptor(desc)
    head, comma, rest = desc.partition(", ")
    if org or not comma or not rest[:1].islower() or re.search(r"\b[^\W\d_a-z]", rest):
        return position, org
    first_position, first_org = split_descriptor(head)
    return (first_position, first_org) if first_org else (position, org)
