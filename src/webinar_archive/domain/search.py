"""Search results as plain records, and the highlighter that marks hits in the original text."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .messages import _mark, _t
from .query import TOKEN, Term, fold_fast, fold_table
from .time import format_ms

# Where a hit is: the kinds of place the index knows.
SESSION_KINDS = ("title", "series", "theme", "summary", "notes", "tag", "speaker", "organisation")
CONTENT_KINDS = ("slide", "page", "transcript", "note", "chapter")

SNIPPET_LENGTH = 220
_LEAD = 70


@dataclass(frozen=True, slots=True)
class Hit:
    """One place in a session where the query matched, with a snippet of the original text."""

    kind: str  # one of SESSION_KINDS or CONTENT_KINDS
    label: str  # "slide 7 of Boost4Health.pdf", "12:34 in the recording", "summary" ...
    snippet: str  # original text (whitespace collapsed), cut around the first match
    highlights: tuple[tuple[int, int], ...] = ()  # [start, end) of matches within ``snippet``
    material_id: int | None = None
    page_no: int | None = None
    recording_id: int | None = None
    time_ms: int | None = None
    ref_id: int | None = None  # person, organisation, note or chapter id when there is one
    score: float = 0.0
    speaker: str | None = None  # who said a transcript hit (the speaker of its chapter)
    source: str | None = None  # the file a slide or page hit is in, by its original name

    @property
    def field(self) -> str:
        """The catalogue field the hit is in (same as ``kind``)."""
        return self.kind

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The snippet with every match wrapped in ``start`` ... ``end``."""
        parts: list[str] = []
        pos = 0
        for a, b in self.highlights:
            parts += [self.snippet[pos:a], start, self.snippet[a:b], end]
            pos = b
        parts.append(self.snippet[pos:])
        return "".join(parts)

    @property
    def snippet_html(self) -> str:
        """The snippet HTML-escaped, matches in ``<mark>`` elements."""
        parts: list[str] = []
        pos = 0
        for a, b in self.highlights:
            parts += [
                html.escape(self.snippet[pos:a]),
                "<mark>",
                html.escape(self.snippet[a:b]),
                "</mark>",
            ]
            pos = b
        parts.append(html.escape(self.snippet[pos:]))
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class SessionHits:
    """A session that matched, best hits first."""

    session_id: int
    title: str
    date: dt.date | None
    score: float
    hits: list[Hit] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SearchResults:
    """One page of results (``offset``/``limit``) and how many sessions matched in all."""

    query: str
    sessions: list[SessionHits]
    total: int
    offset: int = 0
    limit: int = 50
    # How ``sessions`` are ordered: "relevance" (bm25 over every field), "tiered" (words too
    # common to rank by: title matches first, then people/organisations/series/theme/tags, then
    # elsewhere) or "date" (only filters or exclusions: newest first).
    ranking: str = "relevance"


@dataclass(frozen=True, slots=True)
class SavedSearch:
    id: int
    name: str
    query: str


# The kinds of place a hit (or an entry of the search index) is in, as a user reads them.
PLACE_NAMES: dict[str, str] = {
    "title": _mark("title"),
    "series": _mark("series"),
    "theme": _mark("theme"),
    "summary": _mark("summary"),
    "notes": _mark("notes"),
    "tag": _mark("tag"),
    "speaker": _mark("speaker"),
    "organisation": _mark("organisation"),
    "slide": _mark("slide"),
    "page": _mark("page"),
    "chapter": _mark("chapter"),
    "note": _mark("note"),
    "transcript": _mark("transcript"),
}


def place_name(kind: str) -> str:
    """``"slide"`` → ``"slajd"`` in Polish; a kind the app does not know stays as it is."""
    name = PLACE_NAMES.get(kind)
    return _t(name) if name is not None else kind


def hit_label(
    kind: str,
    source: str | None,
    page_no: int | None,
    time_ms: int | None,
    speaker: str | None = None,
) -> str:
    """Human wording of where a hit is, in the language of the messages."""
    if kind in ("slide", "page"):
        number = "?" if page_no is None else str(page_no)
        if kind == "slide":
            if source:
                return _t("slide {number} of {source}").format(number=number, source=source)
            return _t("slide {number}").format(number=number)
        if source:
            return _t("page {number} of {source}").format(number=number, source=source)
        return _t("page {number}").format(number=number)
    if kind == "transcript":
        said = f", {speaker}" if speaker else ""
        return _t("{time} in the recording").format(time=format_ms(time_ms)) + said
    if kind == "note":
        return _t("note at {time}").format(time=format_ms(time_ms))
    if kind == "chapter":
        return _t("chapter at {time}").format(time=format_ms(time_ms))
    return place_name(kind)


def match_spans(text: str, terms: tuple[Term, ...]) -> list[tuple[int, int]]:
    """Spans of ``text`` matching any of ``terms``, found by folding it character by character
    (so "Łódź" is found by "lodz" and the span covers the original letters)."""
    if not terms:
        return []
    origin: list[int] | None = None
    if text.isascii():  # most text: folding is lower-casing, one letter for one
        flat = text.lower()
    else:
        table, odd = fold_table(text)
        if odd:  # some letter folded to none or several (ß -> ss, combining marks)
            flat = text.translate(table).lower()
            origin = [i for i, ch in enumerate(text) for _ in table.get(ord(ch), ch)]
        else:
            # One letter for one: the same text as translating it, by replacing its few
            # accented letters (translate looks every character up; it was a third of the
            # hits of "lodz" on 100,000 sessions).
            flat = fold_fast(text)
    spans = [m.span() for pattern in _patterns(terms) for m in pattern.finditer(flat)]
    if origin is not None:
        spans = [(origin[a], origin[b - 1] + 1) for a, b in spans]
    return _merge(spans)


@lru_cache(maxsize=256)
def _patterns(terms: tuple[Term, ...]) -> tuple[re.Pattern[str], ...]:
    """A regular expression per term finding it in folded text as whole tokens (a token is what
    ``TOKEN`` matches; the words of a phrase may be apart by anything that is not one). One scan
    in C per term instead of tokenizing every text in Python."""
    patterns = []
    for term in terms:
        tail = _TOKEN_CHAR + "*" if term.prefix else _NOT_AFTER
        first, *rest = (re.escape(w) for w in term.words)
        # The look back comes after the first word, checking the character before it: a
        # pattern that starts with a literal is found by a fast scan (about 18 times faster
        # than trying a look-behind at every position).
        start = f"{first}(?<!{_TOKEN_CHAR}.{{{len(term.words[0])}}})"
        patterns.append(re.compile(_BETWEEN.join([start, *rest]) + tail, re.DOTALL))
    return tuple(patterns)


_TOKEN_CHAR = TOKEN.pattern.removesuffix("+")  # one character of a token
_NOT_AFTER = f"(?!{_TOKEN_CHAR})"
_BETWEEN = r"[\W_]+"  # anything but token characters


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def snippet(
    text: str, terms: tuple[Term, ...], length: int = SNIPPET_LENGTH
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A piece of ``text`` (whitespace collapsed) around its first match, and the match spans
    within it; ``("", ())`` when nothing matches."""
    clean = " ".join(text.split())
    spans = match_spans(clean, terms)
    if not spans:
        return "", ()
    if len(clean) <= length:
        return clean, tuple(spans)
    start = max(0, spans[0][0] - _LEAD)
    if start > 0:
        space = clean.find(" ", start, spans[0][0])
        start = space + 1 if space != -1 else start
    end = min(len(clean), start + length)
    if end < len(clean):
        space = clean.rfind(" ", max(spans[0][1], start + 1), end)
        end = space if space != -1 else max(end, spans[0][1])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(clean) else ""
    shift = len(prefix) - start
    inside = tuple(
        (max(a, start) + shift, min(b, end) + shift) for a, b in spans if a < end and b > start
    )
    return prefix + clean[start:end] + suffix, inside
