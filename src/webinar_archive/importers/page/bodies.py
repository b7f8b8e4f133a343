"""What is written next to a body's name without being part of it."""

from __future__ import annotations

import re

# "Agrivista S.r.l. (sensori per il vigneto)", "Holzbau Moser (modulare Häuser aus Lärche)":
# a few lower-case words in brackets after a name say what the body does.
_DESCRIPTION = re.compile(r"(?<=[^\W_]|\.)\s+\(([^()]+)\)\s*$")


def without_description(text: str) -> str:
    """``text`` without a description in brackets closing it; a bracket that opens with a
    capital (a short form, a body) or a lone word (a part, a year) is kept."""
    match = _DESCRIPTION.search(text)
    if match is None:
        return text
    inside = match.group(1).strip()
    if not inside[:1].islower() or len(inside.split()) < 2:
        return text
    return text[: match.start()]
