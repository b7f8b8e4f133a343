"""The search query language: parsing any user input into terms and filters, never failing."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .model import SessionStatus
from .text import fold

# A token is a run of letters and digits of folded text; the index stores text cut the same way,
# so the query and the stored words always agree whatever the database's own tokenizer thinks.
TOKEN = re.compile(r"[^\W_]+")

TEXT_FIELDS = {
    "speaker": "speaker",
    "speakers": "speaker",
    "person": "speaker",
    "org": "org",
    "organisation": "org",
    "organization": "org",
    "series": "series",
    "theme": "theme",
    "tag": "tag",
    "tags": "tag",
}
OTHER_FIELDS = ("year", "date", "has", "lang", "language", "status")
# Words beyond this many are ignored: nobody types them, and each one costs the engine a lookup.
MAX_TERMS = 64
HAS_VALUES = {
    "recording": "recording",
    "recordings": "recording",
    "video": "recording",
    "slides": "slides",
    "slide": "slides",
    "pdf": "slides",
    "transcript": "transcript",
    "transcripts": "transcript",
    "subtitles": "transcript",
    "notes": "notes",
    "note": "notes",
    "materials": "materials",
    "material": "materials",
}

_FIELD_CHUNK = re.compile(r"^([A-Za-z]+):(.*)$", re.DOTALL)
_LANG = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$")
_DATE_PART = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


# Folded form of every non-ASCII character met so far, as a str.translate table; the
# characters it (or ASCII) covers, and those among them that fold to other than one character.
_FOLDS: dict[int, str] = {}
_ASCII: frozenset[str] = frozenset(chr(i) for i in range(128))
_KNOWN: set[str] = set(_ASCII)
_ODD: set[str] = set()


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """``fold`` of one character, whitespace kept as one space (so words stay apart)."""
    if ch.isspace():
        return " "
    folded = fold(ch)
    return folded if folded else ("" if unicodedata.combining(ch) else " ")


def fold_table(text: str) -> tuple[dict[int, str], bool]:
    """A translate table folding every character of ``text`` (ASCII ones still need lower()),
    and whether some character folds to other than exactly one character."""
    chars = set(text)
    _learn(chars)
    return _FOLDS, not _ODD.isdisjoint(chars)


def _learn(chars: set[str]) -> None:
    # Set operations in C: a long text of characters met before costs no Python loop.
    for ch in chars - _KNOWN:
        folded = _FOLDS[ord(ch)] = fold_char(ch)
        if len(folded) != 1:
            _ODD.add(ch)
        _KNOWN.add(ch)


def fold_fast(text: str) -> str:
    """``fold`` character by character through a cached table: the same words, much faster on
    long text (spaces are not collapsed, which tokenizing does not need)."""
    if text.isascii():
        return text.lower()
    chars = set(text)
    _learn(chars)
    special = chars - _ASCII
    folds = [(ch, _FOLDS[ord(ch)]) for ch in special]
    if len(folds) <= 16 and all(folded.isascii() for _, folded in folds):
        # A few distinct accented letters in a long text (the usual case): replacing each
        # is much faster than translate's look-up of every character, and gives the same
        # text since every replacement is ASCII, which no other replacement touches.
        for ch, folded in folds:
            text = text.replace(ch, folded)
        return text.lower()
    return text.translate(_FOLDS).lower()


def tokens(text: str) -> list[str]:
    """The folded words of ``text`` as the index stores them ("Łódź-2020" -> ["lodz", "2020"])."""
    return TOKEN.findall(fold_fast(text))


# ASCII bytes that are part of a token (``TOKEN`` on ASCII text: letters and digits, not "_"),
# capitals made small letters, the others made spaces.
_ASCII_WORD_BYTES = bytes(
    (ord(chr(b).lower()) if b < 128 and chr(b).isalnum() else ord(" ")) for b in range(256)
)


def index_text(text: str) -> str:
    """What the full-text index holds for ``text``: its folded tokens joined by single spaces."""
    # Most text is ASCII, or ASCII once its accents are folded away: cut on bytes, twice as
    # fast as the regular expression (a reindex folds 250,000 places per 10,000 sessions),
    # with the same tokens; the table also makes capitals small.
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_WORD_BYTES).split()).decode()
    folded = fold_fast(text)
    if folded.isascii():
        return b" ".join(folded.encode("ascii").translate(_ASCII_WORD_BYTES).split()).decode()
    return " ".join(TOKEN.findall(folded))


@dataclass(frozen=True, slots=True)
class Term:
    """Words that must occur together (one word, or a phrase); the last one may be a prefix."""

    words: tuple[str, ...]
    prefix: bool = False
    field: str | None = None  # None: anywhere; else "speaker", "org", "series", "theme", "tag"

    def matches(self, candidate: tuple[str, ...]) -> bool:
        """Whether the token sequence ``candidate`` (same length as ``words``) is this term."""
        last = len(self.words) - 1
        for i, (want, got) in enumerate(zip(self.words, candidate, strict=True)):
            if want == got or (i == last and self.prefix and got.startswith(want)):
                continue
            return False
        return True


@dataclass(frozen=True, slots=True)
class DateRange:
    """Inclusive bounds; ``None`` leaves a side open."""

    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: every clause (an OR of terms) must match, no excluded term may.

    Single-valued fields (date, language, status) given more than once mean "any of them";
    ``has:`` conditions must all hold.
    """

    text: str
    clauses: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    dates: tuple[DateRange, ...] = ()
    excluded_dates: tuple[DateRange, ...] = ()
    has: tuple[str, ...] = ()
    has_not: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    excluded_languages: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    excluded_statuses: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[Term, ...]:
        """Every positive term (what hits are highlighted for)."""
        return tuple(t for clause in self.clauses for t in clause)

    @property
    def has_text(self) -> bool:
        return bool(self.clauses)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.dates
            or self.excluded_dates
            or self.has
            or self.has_not
            or self.languages
            or self.excluded_languages
            or self.statuses
            or self.excluded_statuses
        )

    @property
    def is_empty(self) -> bool:
        """Nothing to search for (blank input, or only punctuation or exclusions)."""
        return not self.clauses and not self.has_filters and not self.excluded


@dataclass(slots=True)
class _Item:
    text: str
    negated: bool = False
    field: str | None = None
    quoted: bool = False
    is_or: bool = False
    is_not: bool = False
    is_and: bool = False


@dataclass(slots=True)
class _Builder:
    text: str
    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    dates: list[DateRange] = field(default_factory=list)
    excluded_dates: list[DateRange] = field(default_factory=list)
    has: list[str] = field(default_factory=list)
    has_not: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    excluded_languages: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    excluded_statuses: list[str] = field(default_factory=list)

    def build(self) -> Query:
        return Query(
            text=self.text,
            clauses=tuple(tuple(c) for c in self.clauses),
            excluded=tuple(self.excluded),
            dates=tuple(self.dates),
            excluded_dates=tuple(self.excluded_dates),
            has=tuple(self.has),
            has_not=tuple(self.has_not),
            languages=tuple(self.languages),
            excluded_languages=tuple(self.excluded_languages),
            statuses=tuple(self.statuses),
            excluded_statuses=tuple(self.excluded_statuses),
        )


def parse(text: str) -> Query:
    """Parse ``text``; any string is a valid query, at worst its odd parts are searched as words.

    Words are ANDed (``AND`` may be written); ``OR`` between two words joins them;
    ``"a phrase"``; ``-word`` or ``NOT word`` excludes; ``word*`` is a prefix and so is the
    last word while typing (unless the input ends with a space).

    Filters: ``speaker: org: series: theme: tag:`` (words matched in that field),
    ``year:2020`` or ``year:2019..2021``, ``date:2020-09..2020-12`` (open ends and full dates
    allowed), ``has:recording|slides|transcript|notes|materials``, ``lang:pl``,
    ``status:draft|catalogued|reviewed``; each may be negated with ``-``.
    """
    items = _lex(text)
    typing = bool(text) and not text[-1].isspace()
    builder = _Builder(text)
    pending_or = False
    negate_next = False
    last_index = len(items) - 1
    for index, item in enumerate(items):
        if item.is_or:
            pending_or = bool(builder.clauses)
            continue
        if item.is_not:
            negate_next = True
            continue
        if item.is_and:  # the default between words anyway
            continue
        if len(builder.excluded) + sum(len(c) for c in builder.clauses) >= MAX_TERMS:
            break
        negated = item.negated or negate_next
        negate_next = False
        is_last = index == last_index
        terms = _terms_of(item, builder, negated, prefix_ok=is_last and typing)
        if not terms:
            pending_or = False
            continue
        if negated:
            builder.excluded.extend(terms)
        elif pending_or and builder.clauses:
            builder.clauses[-1].extend(terms)
        else:
            builder.clauses.append(list(terms))
        pending_or = False
    return builder.build()


def _lex(text: str) -> list[_Item]:
    items: list[_Item] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != '"':
            j += 1
        chunk = text[i:j]
        if j < n and text[j] == '"':
            close = text.find('"', j + 1)
            end = n if close == -1 else close
            phrase = text[j + 1 : end]
            i = end + 1
            negated = chunk.startswith("-")
            head = chunk[1:] if negated else chunk
            if head == "":
                items.append(_Item(phrase, negated=negated, quoted=True))
                continue
            match = _FIELD_CHUNK.match(head)
            if match and match.group(2) == "" and _known_field(match.group(1)):
                items.append(
                    _Item(phrase, negated=negated, field=match.group(1).lower(), quoted=True)
                )
                continue
            items.append(_plain(chunk))
            items.append(_Item(phrase, quoted=True))
            continue
        i = j
        items.append(_plain(chunk))
    return items


def _known_field(name: str) -> bool:
    lowered = name.lower()
    return lowered in TEXT_FIELDS or lowered in OTHER_FIELDS


def _plain(chunk: str) -> _Item:
    if chunk == "OR" or chunk == "|":
        return _Item(chunk, is_or=True)
    if chunk == "NOT":
        return _Item(chunk, is_not=True)
    if chunk == "AND" or chunk == "&":
        return _Item(chunk, is_and=True)
    negated = chunk.startswith("-") and len(chunk) > 1
    head = chunk[1:] if negated else chunk
    match = _FIELD_CHUNK.match(head)
    if match and match.group(2) and _known_field(match.group(1)):
        return _Item(match.group(2), negated=negated, field=match.group(1).lower())
    return _Item(head, negated=negated)


def _terms_of(item: _Item, builder: _Builder, negated: bool, prefix_ok: bool) -> list[Term]:
    if item.field is None or item.field in TEXT_FIELDS:
        field_name = TEXT_FIELDS.get(item.field) if item.field else None
        words = tuple(tokens(item.text))
        if not words:
            return []
        explicit = not item.quoted and item.text.rstrip().endswith("*")
        prefix = explicit or (prefix_ok and not item.quoted and not negated)
        return [Term(words, prefix, field_name)]
    if _apply_filter(item.field, item.text, negated, builder):
        return []
    # A filter whose value makes no sense is searched as plain words.
    words = tuple(tokens(f"{item.field} {item.text}"))
    return [Term(words, False, None)] if words else []


def _apply_filter(name: str, value: str, negated: bool, b: _Builder) -> bool:
    value = value.strip().lower()
    if name in ("year", "date"):
        span = _date_range(value, years_only=name == "year")
        if span is None:
            return False
        (b.excluded_dates if negated else b.dates).append(span)
        return True
    if name == "has":
        what = HAS_VALUES.get(value)
        if what is None:
            return False
        (b.has_not if negated else b.has).append(what)
        return True
    if name in ("lang", "language"):
        if not _LANG.match(value):
            return False
        (b.excluded_languages if negated else b.languages).append(value.replace("_", "-"))
        return True
    if name == "status":
        found = [s.value for s in SessionStatus if value and s.value.startswith(value)]
        if len(found) != 1:
            return False
        (b.excluded_statuses if negated else b.statuses).append(found[0])
        return True
    return False


def _date_range(value: str, *, years_only: bool) -> DateRange | None:
    if ".." in value:
        left, _, right = value.partition("..")
        start = _date_bound(left, years_only, end=False) if left else None
        end = _date_bound(right, years_only, end=True) if right else None
        if (left and start is None) or (right and end is None) or (not left and not right):
            return None
        if start is not None and end is not None and start > end:
            return None
        return DateRange(start, end)
    start = _date_bound(value, years_only, end=False)
    end = _date_bound(value, years_only, end=True)
    if start is None or end is None:
        return None
    return DateRange(start, end)


def _date_bound(text: str, years_only: bool, *, end: bool) -> dt.date | None:
    match = _DATE_PART.match(text.strip())
    if not match:
        return None
    year_s, month_s, day_s = match.groups()
    if years_only and month_s is not None:
        return None
    year = int(year_s)
    if not 1 <= year <= 9999:
        return None
    try:
        if month_s is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        month = int(month_s)
        if day_s is None:
            if end:
                following = dt.date(year + (month == 12), month % 12 + 1, 1)
                return following - dt.timedelta(days=1)
            return dt.date(year, month, 1)
        return dt.date(year, month, int(day_s))
    except (ValueError, OverflowError):
        return None
