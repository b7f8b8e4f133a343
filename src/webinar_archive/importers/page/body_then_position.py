"""A body and then the person's position in one field ("Agence Bio, responsable du pôle
observatoire", "Soil Association, head of standards"): split at the comma when the part after
it opens with a word for a position."""

from __future__ import annotations

from .bodies import LEGAL_FORM_AFTER_COMMA
from .names import is_org_word, is_role_word


def body_then_position(org: str) -> tuple[str, str] | None:
    """(body, position) when ``org`` is a body, a comma and a position, else None."""
    head, comma, tail = org.partition(", ")
    words = tail.split()
    if not comma or "," in tail or not words or not head[:1].isupper():
        return None
    if LEGAL_FORM_AFTER_COMMA.search(", " + tail) or is_org_word(words[0]):
        return None
    # the position may name a part of the body after its first word ("du pôle ...")
    if not is_role_word(words[0]):
        return None
    return head.strip(), tail.strip()


def split_body_then_position(
    position: str | None, org: str | None
) -> tuple[str | None, str | None]:
    """(position, organisation) with a position written after the body moved to the
    position, kept as written when the page gave one already."""
    if not org:
        return position, org
    split = body_then_position(org)
    if split is None:
        return position, org
    return position or split[1], split[0]
