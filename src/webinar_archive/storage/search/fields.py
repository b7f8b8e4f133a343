"""The declared list of what the search index holds: the columns of the session document, their
ranking weights and tiers, the kinds of places that feed each one, and the query prefixes.

Both backends read this table (``sqlite.py``, ``postgres.py``) and so do the index writer
(``locations.py``, ``indexer.py``) and the change tracking (``events.py``); nothing else lists the
fields. The order of ``FIELDS`` is the column order of ``search_session``, which existing
catalogues keep: a new field goes with a migration that rebuilds the index (see
docs/architecture-search.md).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from .. import tables as t

# Every index table of either backend (PostgreSQL has no ``search_label``): what a rebuild
# drops. Which ones a database has is its backend's ``tables``.
SEARCH_TABLES = ("search_location", "search_session", "search_label")
# The mark of a rebuild done in committed steps, while one is pending (indexer.start_rebuild).
REBUILD_TABLE = "search_rebuild"


class Tier(enum.IntEnum):
    """Where words too common to rank are looked for first (``backend.SearchBackend.tiers``): in the
    title, then among names (people, organisations, series, theme, tags), then anywhere."""

    TITLE = 0
    NAMES = 1
    REST = 2


class Part(enum.Enum):
    """Which part of a session a place is read from, and rewritten with when that part changes."""

    SESSION = "session"  # the session row, its series, tags and people
    MATERIAL = "material"  # the pages of one material
    RECORDING = "recording"  # the cues, notes and chapters of one recording


@dataclass(frozen=True, slots=True)
class Place:
    """A kind of place a hit can be shown at (``search_location.kind``)."""

    kind: str
    priority: int  # which hits come first inside a session: lower first
    part: Part
    # A plain value of the session (a column of its table or of its series'): read as it is.
    # Places without one are read by their own query in ``locations.py``.
    value: Any = None
    always: bool = False  # written even when blank (the title: every session has one)


@dataclass(frozen=True, slots=True)
class Field:
    """One column of the session document (``search_session``)."""

    column: str
    weight: float  # bm25 column weight (SQLite)
    pg_weight: str  # setweight class (PostgreSQL): A (most) .. D
    tier: Tier
    places: tuple[Place, ...]
    prefix: str | None = None  # the query field that is matched in this column only
    # A short value of the session that bulk edits change (series, theme, tags): kept out of
    # ``search_location`` (its hits are found in the session's own values when shown) and, on
    # SQLite, in the small ``search_label`` document rather than the large one, so that
    # tagging 10,000 sessions rewrites neither the large document nor any place.
    short: bool = False


_S = Part.SESSION
FIELDS: tuple[Field, ...] = (
    Field("title", 10.0, "A", Tier.TITLE, (Place("title", 0, _S, t.session.c.title, always=True),)),
    Field("speakers", 6.0, "B", Tier.NAMES, (Place("speaker", 1, _S),), prefix="speaker"),
    Field("orgs", 4.0, "B", Tier.NAMES, (Place("organisation", 2, _S),), prefix="org"),
    Field(
        "series",
        3.0,
        "C",
        Tier.NAMES,
        (Place("series", 3, _S, t.series.c.name),),
        "series",
        short=True,
    ),
    Field(
        "theme",
        3.0,
        "C",
        Tier.NAMES,
        (Place("theme", 3, _S, t.session.c.theme),),
        "theme",
        short=True,
    ),
    Field("tags", 3.0, "C", Tier.NAMES, (Place("tag", 3, _S),), prefix="tag", short=True),
    Field("summary", 2.0, "C", Tier.REST, (Place("summary", 4, _S, t.session.c.summary),)),
    Field("notes", 1.5, "D", Tier.REST, (Place("notes", 5, _S, t.session.c.notes),)),
    Field(
        "fulltext",
        1.0,
        "D",
        Tier.REST,
        (
            Place("slide", 6, Part.MATERIAL),
            Place("page", 6, Part.MATERIAL),
            Place("chapter", 7, Part.RECORDING),
            Place("note", 7, Part.RECORDING),
            Place("transcript", 8, Part.RECORDING),
        ),
    ),
)

# Everything below is read off FIELDS.
PLACES: tuple[Place, ...] = tuple(p for f in FIELDS for p in f.places)
DOC_COLUMNS: tuple[str, ...] = tuple(f.column for f in FIELDS)
DOC_WEIGHTS: tuple[float, ...] = tuple(f.weight for f in FIELDS)
KIND_COLUMN: dict[str, str] = {p.kind: f.column for f in FIELDS for p in f.places}
KIND_PRIORITY: dict[str, int] = {p.kind: p.priority for p in PLACES}
SESSION_KINDS: tuple[str, ...] = tuple(p.kind for p in PLACES if p.part is Part.SESSION)
# The plain session values, in the order their places are written.
SESSION_VALUES: tuple[Place, ...] = tuple(p for p in PLACES if p.value is not None)
# The short values (``Field.short``): their columns, and the kinds of their places.
SHORT_COLUMNS: tuple[str, ...] = tuple(f.column for f in FIELDS if f.short)
LONG_COLUMNS: tuple[str, ...] = tuple(f.column for f in FIELDS if not f.short)
SHORT_KINDS: frozenset[str] = frozenset(p.kind for f in FIELDS if f.short for p in f.places)
# ``speaker:`` -> the column it is matched in, and the kind of place its hits are.
FIELD_COLUMN: dict[str, str] = {f.prefix: f.column for f in FIELDS if f.prefix}
FIELD_KIND: dict[str, str] = {f.prefix: f.places[0].kind for f in FIELDS if f.prefix}


def tier_columns(*tiers: Tier) -> tuple[str, ...]:
    return tuple(f.column for f in FIELDS if f.tier in tiers)


def session_row_columns() -> frozenset[str]:
    """Attributes of the session row that some place reads (a bulk UPDATE of one re-indexes)."""
    return frozenset(p.value.key for p in SESSION_VALUES if p.value.table is t.session)
