"""A title taken with the page's furniture behind it: "Title - Kicker - Site" from <title>,
where the h1 says "Title" and the other parts are a line over it and the site's name. The
h1's words are the title."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .blocks import Block, PageDoc
from .own_site import site_names

_PARTS = re.compile(r"\s+[|–—-]\s+")


def _key(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def without_page_tail(title: str, doc: PageDoc, blocks: list[Block]) -> str:
    """``title`` without the parts after the page's h1 that are lines of the page or names
    of its site."""
    parts = _PARTS.split(title)
    if len(parts) < 2 or not doc.h1 or _key(parts[0]) != _key(doc.h1):
        return title
    lines = {_key(b.text) for b in blocks if len(b.text) <= 120}
    sites = {_key(n) for n in site_names(doc)}
    if all(_key(p) in lines or _key(p) in sites for p in parts[1:]):
        return parts[0].strip()
    return title
