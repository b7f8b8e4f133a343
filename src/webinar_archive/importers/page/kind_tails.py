"""A title that ends with the kind of session it is, after a dash and in lower case: "Jak
chronić wynalazek – dyżur patentowy online dla MŚP", "Les aides à la rénovation – atelier en
ligne pour les artisans", "Energy audits – online workshop for small firms". The words before
the dash are the title."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .meeting_words import is_meeting_label, meeting_noun

_TAIL = re.compile(r"^(?P<head>.+\S)\s+[–—-]\s+(?P<tail>[^–—|]+)$")
# "a", "an", "un", "une": an article before the kind ("– a webinar for installers").
_ARTICLES = frozenset(["a", "an", "un", "une", "una", "uno", "ein", "eine"])


def without_kind_tail(title: str) -> str:
    """``title`` without a last part after a spaced dash that starts in lower case with a
    word for a session (or a word for its form, then one) and has at most eight words; the
    part before, two words at least, stays."""
    match = _TAIL.match(title.strip())
    if match is None or len(match["head"].split()) < 2:
        return title
    tail = match["tail"].strip()
    words = re.findall(r"[^\W\d_]+", tail)
    if words and fold(words[0]) in _ARTICLES:
        words = words[1:]
    if not words or not words[0][:1].islower() or len(tail.split()) > 8:
        return title
    if meeting_noun(words[0]) or (
        len(words) > 1 and meeting_noun(words[1]) and is_meeting_label(" ".join(words[:2]))
    ):
        return match["head"]
    return title
