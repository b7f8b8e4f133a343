"""A title that ends with the kind of session it is: after a dash and in lower case ("Jak
chronić wynalazek – dyżur patentowy online dla MŚP", "Energy audits – workshop with local
installers"), after a dash as a label of its own ("– Online-Seminar für Eigentümer"), or in
brackets ("Heat pumps in old houses (webinar)"). The words before it are the title."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .meeting_words import is_meeting_label, meeting_noun

_TAIL = re.compile(r"^(?P<head>.+\S)\s+[–—-]\s+(?P<tail>[^–—|]+)$")
_BRACKETED = re.compile(r"^(?P<head>.+\S)\s*\((?P<tail>[^()]+)\)$")
# "a", "an", "un", "une": an article before the kind ("– a webinar for installers").
_ARTICLES = frozenset(["a", "an", "un", "une", "una", "uno", "ein", "eine"])


def without_kind_tail(title: str) -> str:
    """``title`` without a last part, after a spaced dash or in brackets, that names the kind
    of session: a label for one ("Online-Seminar für Eigentümer", "webinar"), or after a dash
    a part of at most eight words starting in lower case with a word for a session (or a word
    for its form, then one). The part before, two words at least, stays."""
    match = _TAIL.match(title.strip()) or _BRACKETED.match(title.strip())
    if match is None or len(match["head"].split()) < 2:
        return title
    tail = match["tail"].strip()
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", tail)
    if words and fold(words[0]) in _ARTICLES:
        words = words[1:]
    if words and is_meeting_label(" ".join(words)):
        return match["head"]
    if match.re is _BRACKETED or not words or not words[0][:1].islower() or len(words) > 8:
        return title
    if meeting_noun(words[0]) or (
        len(words) > 1 and meeting_noun(words[1]) and is_meeting_label(" ".join(words[:2]))
    ):
        return match["head"]
    return title
