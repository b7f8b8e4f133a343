"""What is written next to a body's name without being part of it."""

from __future__ import annotations

import re

# "Agrivista S.r.l. (sensori per il vigneto)", "Holzbau Moser (modulare Häuser aus Lärche)":
# a few lower-case words in brackets after a name say what the body does.
# "Diabetici Podhoří, z. s.", "Stavby Morava, s. r. o.", "Holzbau Kern, GmbH": a legal form
# set apart by a comma closes the body's name.
LEGAL_FORM_AFTER_COMMA = re.compile(
    r",\s*(?:z\.\s?s|z\.\s?ú|s\.\s?r\.\s?o|a\.\s?s|o\.\s?p\.\s?s|v\.\s?o\.\s?s|k\.\s?s|spol\.\s?s\s?r\.\s?o|"
    r"sp\.\s?z\s?o\.\s?o|s\.\s?a|s\.\s?l|s\.\s?r\.\s?l|inc|ltd|llc|gmbh|e\.\s?v)\.?$",
    re.I,
)
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
