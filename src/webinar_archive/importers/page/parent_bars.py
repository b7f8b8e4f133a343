"""The body a site belongs to, named in a bar above the site's own header: a faculty's site
under "Moravská zemědělská a lesnická univerzita v Jihlavě · IS · Knihovna", a department's
under its university's name. The page's text never repeats it, yet a unit of the site's body
("děkan fakulty") is that body's."""

from __future__ import annotations

import re
from typing import Any

from .blocks import clean_space
from .names import is_org_word

_PARTS = re.compile(r"\s+[–—|-]\s+|\s*[|·•]\s*")
_LANDMARKS = ("header", "nav", "main", "article", "h1")


def parent_names(root: Any) -> list[str]:
    """Bodies named first in the bars the page shows before its header."""
    body = root.find("body")
    found: list[str] = []
    for el in body if body is not None else []:
        if not isinstance(el.tag, str):
            continue
        if el.tag in _LANDMARKS or any(d.tag in _LANDMARKS for d in el.iterdescendants()):
            break
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if "cookie" in marks or "consent" in marks:
            continue
        first = _PARTS.split(clean_space(el.text_content()))[0].strip()
        words = first.split()
        if 2 <= len(words) <= 10 and first[:1].isupper() and any(is_org_word(w) for w in words):
            found.append(first)
    return found[:2]
