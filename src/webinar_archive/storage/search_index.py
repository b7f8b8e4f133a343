"""The full-text search index: its tables on SQLite (FTS5) and PostgreSQL, and keeping it in step.

Two tables, on both backends:

* ``search_location`` - one row per place a hit can be shown: the title, the summary, a speaker,
  an organisation, a tag, a page of a material, a transcript cue, a timestamped note, a chapter.
  It keeps the original text (for snippets), where it is (material/page, recording/time) and its
  folded words (``index_text``) which are what is indexed. Row ids are ``session_id << 24 | n``
  so that every session owns a contiguous id range: FTS5 seeks to a range cheaply, which makes
  "the hits inside these 50 sessions" and "drop this session's rows" fast.
* ``search_session`` - one document per session with a column per field (title, speakers,
  organisations, series, theme, tags, summary, notes, full text of pages/cues/notes). Sessions
  are matched and ranked here, so that the words of a query may be spread over several fields
  ("Sławomir boost4health" finds the session whose speaker is Sławomir and whose slides say
  Boost4Health), field filters are column filters and bm25 column weights give title > speakers >
  summary > slides/transcripts. It is derived from the session's location rows. On SQLite it
  has one more column, ``filters``: the session's date, language, status and what it has, as
  marker words (``search_filters``), so that a filtered search is one FTS5 expression.

Folding is ours (``domain.text.fold``: ł→l, ø→o, ß→ss ...) and so is tokenizing, on both sides:
the index and the query hold the same words whatever the engine's tokenizer would do, and
PostgreSQL needs no ``unaccent`` extension ('simple' configuration over folded words).

Keeping in step - why session events and not SQL triggers: triggers cannot fold text the way
``fold`` does (SQLite has no such function without registering Python code on every
connection, PostgreSQL would need a second, diverging implementation in PL/pgSQL), and a
session's document is an aggregate of many tables. Instead, ORM session events registered here
collect what a transaction touched - ``after_flush`` for ORM objects, ``do_orm_execute`` for bulk
UPDATE/DELETE statements (their WHERE clause is reused to find the affected rows before they
change) - and ``before_commit`` rewrites those sessions' index rows with SQL on the same
connection. The index therefore commits or rolls back together with the change. Writes made
outside the ORM session (raw SQL) are not seen; ``rebuild`` (``webinar-archive reindex``) puts
the index right from the catalogue at any time. Sessions in the trash are taken out of the
index (and put back whole on restore), so that a plain text search never has to look at the
session table; queries with filters join it and check ``deleted_at`` as well.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, inspect, select, text
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.sql.elements import ColumnElement

from ..domain.query import index_text
from ..domain.search import CONTENT_KINDS, SESSION_KINDS
from . import orm as o
from .database import register_post_create_hook
from .search_filters import SLIDE_KINDS, session_filter_words

SEQ_BITS = 24
SEQ_LIMIT = 1 << SEQ_BITS
BATCH = 400

# Columns of the session document and the weight of each in ranking.
DOC_COLUMNS = (
    "title",
    "speakers",
    "orgs",
    "series",
    "theme",
    "tags",
    "summary",
    "notes",
    "fulltext",
)
DOC_WEIGHTS = (10.0, 6.0, 4.0, 3.0, 3.0, 3.0, 2.0, 1.5, 1.0)
# SQLite keeps the filter markers (search_filters) in one more column, which does not rank.
SQLITE_DOC_COLUMNS = (*DOC_COLUMNS, "filters")
SQLITE_DOC_WEIGHTS = (*DOC_WEIGHTS, 0.0)
KIND_COLUMN = {
    "title": "title",
    "speaker": "speakers",
    "organisation": "orgs",
    "series": "series",
    "theme": "theme",
    "tag": "tags",
    "summary": "summary",
    "notes": "notes",
} | {k: "fulltext" for k in CONTENT_KINDS}
# Which hits are shown first inside a session.
KIND_PRIORITY = {
    "title": 0,
    "speaker": 1,
    "organisation": 2,
    "series": 3,
    "theme": 3,
    "tag": 3,
    "summary": 4,
    "notes": 5,
    "slide": 6,
    "page": 6,
    "chapter": 7,
    "note": 7,
    "transcript": 8,
}

_LOCATION_FIELDS = (
    "session_id",
    "kind",
    "prio",
    "ref_id",
    "material_id",
    "page_no",
    "recording_id",
    "time_ms",
    "source",
    "text",
)


def session_range(session_id: int) -> tuple[int, int]:
    """The location row ids a session owns."""
    low = session_id << SEQ_BITS
    return low, low + SEQ_LIMIT - 1


# ----------------------------------------------------------------------------------------------
# Schema: one DDL function for the post-create hook, migration 0002 and the safety net


_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_location USING fts5("
    "body, session_id UNINDEXED, kind UNINDEXED, prio UNINDEXED, ref_id UNINDEXED, "
    "material_id UNINDEXED, page_no UNINDEXED, recording_id UNINDEXED, time_ms UNINDEXED, "
    "source UNINDEXED, text UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 0')",
    # "_" is part of a word here so that the filter markers (search_filters) stay whole words.
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_session USING fts5("
    + ", ".join(SQLITE_DOC_COLUMNS)
    + ", tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_''', prefix = '2 3')",
)

_PG_DDL = (
    "CREATE TABLE IF NOT EXISTS search_location ("
    "id BIGINT PRIMARY KEY, session_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL, "
    "prio INTEGER NOT NULL, ref_id INTEGER, material_id INTEGER, page_no INTEGER, "
    "recording_id INTEGER, time_ms INTEGER, source TEXT, text TEXT NOT NULL, "
    "body TEXT NOT NULL, tsv TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_location_session ON search_location (session_id)",
    "CREATE INDEX IF NOT EXISTS ix_search_location_tsv ON search_location USING gin (tsv)",
    "CREATE TABLE IF NOT EXISTS search_session (session_id INTEGER PRIMARY KEY, "
    + ", ".join(f"{c} TSVECTOR NOT NULL" for c in DOC_COLUMNS)
    + ", doc TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_session_doc ON search_session USING gin (doc)",
)

SEARCH_TABLES = ("search_location", "search_session")


def create_search_schema(conn: Connection) -> None:
    """Create the index tables when missing (idempotent); the only place that knows their DDL."""
    sqlite = conn.dialect.name == "sqlite"
    for statement in _SQLITE_DDL if sqlite else _PG_DDL:
        conn.execute(text(statement))
    if sqlite:
        # The column weights become the table's own rank, so that "ORDER BY rank LIMIT n" is
        # answered inside FTS5 instead of sorting every match afterwards.
        weights = ", ".join(str(w) for w in SQLITE_DOC_WEIGHTS)
        conn.execute(
            text(
                "INSERT INTO search_session(search_session, rank) "
                f"VALUES ('rank', 'bm25({weights})')"
            )
        )


def drop_search_schema(conn: Connection) -> None:
    for table in SEARCH_TABLES:
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))


def has_search_schema(conn: Connection) -> bool:
    inspector = inspect(conn)
    return all(inspector.has_table(t) for t in SEARCH_TABLES)


def include_in_autogenerate(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic ``include_name`` filter: the search tables (and the FTS5 shadow tables behind
    them) come from ``create_search_schema``, not from the models, so a comparison of the
    database with the models must not propose dropping them."""
    return not (type_ == "table" and name is not None and name.startswith("search_"))


def _post_create(engine: Engine) -> None:
    with engine.begin() as conn:
        create_search_schema(conn)


register_post_create_hook(_post_create)


# ----------------------------------------------------------------------------------------------
# What gets indexed, read from the catalogue


@dataclass(slots=True)
class Location:
    session_id: int
    kind: str
    text: str
    ref_id: int | None = None
    material_id: int | None = None
    page_no: int | None = None
    recording_id: int | None = None
    time_ms: int | None = None
    source: str | None = None


def _chunks(ids: Iterable[int], size: int = BATCH) -> Iterator[list[int]]:
    items = sorted(set(ids))
    for start in range(0, len(items), size):
        yield items[start : start + size]


def session_locations(conn: Connection, session_ids: Iterable[int]) -> dict[int, list[Location]]:
    """Title, series, theme, summary, notes, tags, speakers and organisations of the sessions."""
    result: dict[int, list[Location]] = defaultdict(list)
    for ids in _chunks(session_ids):
        s = o.SessionRow
        for sid, title, theme, summary, notes, series in conn.execute(
            select(s.id, s.title, s.theme, s.summary, s.notes, o.SeriesRow.name)
            .outerjoin(o.SeriesRow, o.SeriesRow.id == s.series_id)
            .where(s.id.in_(ids))
        ):
            locs = result[sid]
            locs.append(Location(sid, "title", title))
            for kind, value in (
                ("series", series),
                ("theme", theme),
                ("summary", summary),
                ("notes", notes),
            ):
                if value and value.strip():
                    locs.append(Location(sid, kind, value))
        for sid, tag_id, name in conn.execute(
            select(o.SessionTagRow.session_id, o.TagRow.id, o.TagRow.name)
            .join(o.TagRow, o.TagRow.id == o.SessionTagRow.tag_id)
            .where(o.SessionTagRow.session_id.in_(ids))
            .order_by(o.TagRow.name)
        ):
            result[sid].append(Location(sid, "tag", name, ref_id=tag_id))
        apps = conn.execute(
            select(
                o.AppearanceRow.session_id,
                o.AppearanceRow.person_id,
                o.PersonRow.display_name,
                o.AppearanceRow.organisation_id,
            )
            .join(o.PersonRow, o.PersonRow.id == o.AppearanceRow.person_id)
            .where(o.AppearanceRow.session_id.in_(ids))
            .order_by(o.AppearanceRow.session_id, o.AppearanceRow.ord)
        ).all()
        person_aliases = _aliases(
            conn, o.PersonAliasRow.person_id, o.PersonAliasRow.alias, {a[1] for a in apps}
        )
        org_ids = {a[3] for a in apps if a[3] is not None}
        orgs: dict[int, tuple[str, str | None]] = {}
        for ids_part in _chunks(org_ids):
            for oid, name, acronym in conn.execute(
                select(
                    o.OrganisationRow.id, o.OrganisationRow.name, o.OrganisationRow.acronym
                ).where(o.OrganisationRow.id.in_(ids_part))
            ):
                orgs[oid] = (name, acronym)
        org_aliases = _aliases(
            conn, o.OrganisationAliasRow.organisation_id, o.OrganisationAliasRow.alias, org_ids
        )
        seen_orgs: set[tuple[int, int]] = set()
        for sid, pid, name, app_org in apps:
            aka = person_aliases.get(pid, [])
            result[sid].append(
                Location(sid, "speaker", name + (f" ({', '.join(aka)})" if aka else ""), pid)
            )
            if app_org is None or (sid, app_org) in seen_orgs or app_org not in orgs:
                continue
            seen_orgs.add((sid, app_org))
            org_name, acronym = orgs[app_org]
            extra = ([acronym] if acronym else []) + org_aliases.get(app_org, [])
            label = org_name + (f" ({', '.join(extra)})" if extra else "")
            result[sid].append(Location(sid, "organisation", label, app_org))
    return result


def _aliases(
    conn: Connection, owner: Any, alias: Any, owner_ids: Iterable[int]
) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for ids in _chunks(owner_ids):
        for oid, name in conn.execute(select(owner, alias).where(owner.in_(ids))):
            found[oid].append(name)
    return found


def material_locations(conn: Connection, material_ids: Iterable[int]) -> list[Location]:
    """One location per non-empty page of the materials."""
    locs: list[Location] = []
    for ids in _chunks(material_ids):
        m, p = o.MaterialRow, o.MaterialPageRow
        for sid, mid, name, kind, page_no, page_text in conn.execute(
            select(m.session_id, m.id, m.original_name, m.kind, p.page_no, p.text)
            .join(p, p.material_id == m.id)
            .where(m.id.in_(ids))
            .order_by(m.id, p.page_no)
        ):
            if page_text and page_text.strip():
                what = "slide" if kind in SLIDE_KINDS else "page"
                locs.append(
                    Location(sid, what, page_text, material_id=mid, page_no=page_no, source=name)
                )
    return locs


def recording_locations(conn: Connection, recording_ids: Iterable[int]) -> list[Location]:
    """Transcript cues, timestamped notes and chapter titles of the recordings."""
    locs: list[Location] = []
    r = o.RecordingRow
    for ids in _chunks(recording_ids):
        for sid, rid, name, cue_id, start, cue_text in conn.execute(
            select(
                r.session_id,
                r.id,
                r.original_name,
                o.TranscriptCueRow.id,
                o.TranscriptCueRow.start_ms,
                o.TranscriptCueRow.text,
            )
            .join(o.SubtitleTrackRow, o.SubtitleTrackRow.recording_id == r.id)
            .join(o.TranscriptCueRow, o.TranscriptCueRow.track_id == o.SubtitleTrackRow.id)
            .where(r.id.in_(ids))
            .order_by(r.id, o.TranscriptCueRow.start_ms)
        ):
            if cue_text and cue_text.strip():
                locs.append(
                    Location(sid, "transcript", cue_text, cue_id, None, None, rid, start, name)
                )
        for sid, rid, name, note_id, at, note_text in conn.execute(
            select(
                r.session_id, r.id, r.original_name, o.NoteRow.id, o.NoteRow.at_ms, o.NoteRow.text
            )
            .join(o.NoteRow, o.NoteRow.recording_id == r.id)
            .where(r.id.in_(ids))
        ):
            if note_text and note_text.strip():
                locs.append(Location(sid, "note", note_text, note_id, None, None, rid, at, name))
        for sid, rid, name, chapter_id, start, title in conn.execute(
            select(
                r.session_id,
                r.id,
                r.original_name,
                o.ChapterRow.id,
                o.ChapterRow.start_ms,
                o.ChapterRow.title,
            )
            .join(o.ChapterRow, o.ChapterRow.recording_id == r.id)
            .where(r.id.in_(ids))
        ):
            if title and title.strip():
                locs.append(
                    Location(sid, "chapter", title, chapter_id, None, None, rid, start, name)
                )
    return locs


# ----------------------------------------------------------------------------------------------
# Writing index rows (the backend-specific part)


class _Writer:
    """Row-level writes of the index on one connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    def clear(self) -> None:
        for table in SEARCH_TABLES:
            self.conn.execute(text(f"DELETE FROM {table}"))

    def _where_session(self, session_id: int) -> tuple[str, dict[str, Any]]:
        if self.sqlite:
            low, high = session_range(session_id)
            return "rowid BETWEEN :lo AND :hi", {"lo": low, "hi": high}
        return "session_id = :sid", {"sid": session_id}

    def delete_session(self, session_id: int) -> None:
        where, params = self._where_session(session_id)
        self.conn.execute(text(f"DELETE FROM search_location WHERE {where}"), params)
        key = "rowid" if self.sqlite else "session_id"
        self.conn.execute(
            text(f"DELETE FROM search_session WHERE {key} = :sid"), {"sid": session_id}
        )

    def delete_part(
        self,
        session_id: int,
        *,
        kinds: Sequence[str] = (),
        material_id: int | None = None,
        recording_id: int | None = None,
    ) -> None:
        where, params = self._where_session(session_id)
        if kinds:
            names = [f"k{i}" for i in range(len(kinds))]
            where += f" AND kind IN ({', '.join(':' + n for n in names)})"
            params |= dict(zip(names, kinds, strict=True))
        if material_id is not None:
            where += " AND material_id = :mid"
            params["mid"] = material_id
        if recording_id is not None:
            where += " AND recording_id = :rid"
            params["rid"] = recording_id
        self.conn.execute(text(f"DELETE FROM search_location WHERE {where}"), params)

    def delete_everywhere(self, column: str, value: int) -> None:
        """Slow path for parts whose session is no longer known (a full scan)."""
        assert column in ("material_id", "recording_id")
        self.conn.execute(text(f"DELETE FROM search_location WHERE {column} = :v"), {"v": value})

    def documented(self, session_ids: Iterable[int]) -> set[int]:
        """Which of the sessions have a document in the index."""
        key = "rowid" if self.sqlite else "session_id"
        found: set[int] = set()
        for ids in _chunks(session_ids):
            listed = ", ".join(str(int(i)) for i in ids)
            found |= {
                int(x)
                for x in self.conn.scalars(
                    text(f"SELECT {key} FROM search_session WHERE {key} IN ({listed})")
                )
            }
        return found

    def next_seq(self, session_id: int) -> int:
        low, high = session_range(session_id)
        key = "rowid" if self.sqlite else "id"
        last = self.conn.scalar(
            text(
                f"SELECT {key} FROM search_location WHERE {key} BETWEEN :lo AND :hi "
                f"ORDER BY {key} DESC LIMIT 1"
            ),
            {"lo": low, "hi": high},
        )
        return 1 if last is None else int(last) - low + 1

    def insert(
        self, session_id: int, locations: Sequence[Location], first_seq: int
    ) -> list[tuple[str, str]]:
        """Add location rows; return their (kind, indexed words)."""
        if not locations:
            return []
        low = session_id << SEQ_BITS
        rows = []
        for i, loc in enumerate(locations):
            rows.append(
                {
                    "id": low + first_seq + i,
                    "body": index_text(loc.text),
                    "session_id": loc.session_id,
                    "kind": loc.kind,
                    "prio": KIND_PRIORITY[loc.kind],
                    "ref_id": loc.ref_id,
                    "material_id": loc.material_id,
                    "page_no": loc.page_no,
                    "recording_id": loc.recording_id,
                    "time_ms": loc.time_ms,
                    "source": loc.source,
                    "text": loc.text,
                }
            )
        columns = ", ".join(_LOCATION_FIELDS)
        values = ", ".join(f":{c}" for c in _LOCATION_FIELDS)
        if self.sqlite:
            statement = (
                f"INSERT INTO search_location (rowid, body, {columns}) "
                f"VALUES (:id, :body, {values})"
            )
        else:
            statement = (
                f"INSERT INTO search_location (id, body, tsv, {columns}) "
                f"VALUES (:id, :body, to_tsvector('simple', :body), {values})"
            )
        self.conn.execute(text(statement), rows)
        return [(loc.kind, str(row["body"])) for loc, row in zip(locations, rows, strict=True)]

    def bodies(self, session_id: int) -> list[tuple[str, str]]:
        where, params = self._where_session(session_id)
        key = "rowid" if self.sqlite else "id"
        rows = self.conn.execute(
            text(f"SELECT kind, body FROM search_location WHERE {where} ORDER BY {key}"), params
        )
        return [(str(k), str(b)) for k, b in rows]

    def write_document(
        self,
        session_id: int,
        bodies: Sequence[tuple[str, str]] | None = None,
        *,
        replace: bool = True,
        filters: str | None = None,
    ) -> None:
        """Rebuild the session document from the session's location rows (or their bodies)
        and, on SQLite, its filter markers (read from the catalogue when not given)."""
        parts: dict[str, list[str]] = {c: [] for c in DOC_COLUMNS}
        for kind, body in self.bodies(session_id) if bodies is None else bodies:
            if body:
                parts[KIND_COLUMN[kind]].append(body)
        values = {c: " ".join(v) for c, v in parts.items()}
        if replace:
            key = "rowid" if self.sqlite else "session_id"
            self.conn.execute(
                text(f"DELETE FROM search_session WHERE {key} = :sid"), {"sid": session_id}
            )
        params: dict[str, Any] = {"sid": session_id} | values
        if self.sqlite:
            if filters is None:
                filters = session_filter_words(self.conn, [session_id]).get(session_id, "")
            params["filters"] = filters
            columns = ", ".join(SQLITE_DOC_COLUMNS)
            placeholders = ", ".join(f":{c}" for c in SQLITE_DOC_COLUMNS)
            self.conn.execute(
                text(
                    f"INSERT INTO search_session (rowid, {columns}) VALUES (:sid, {placeholders})"
                ),
                params,
            )
            return
        vectors = {c: _pg_vector(c, values[c]) for c in DOC_COLUMNS}
        doc = " || ".join(
            f"setweight({vectors[c]}, '{w}')"
            for c, w in (
                ("title", "A"),
                ("speakers", "B"),
                ("orgs", "B"),
                ("series", "C"),
                ("theme", "C"),
                ("tags", "C"),
                ("summary", "C"),
                ("notes", "D"),
                ("fulltext", "D"),
            )
        )
        columns = ", ".join(DOC_COLUMNS)
        self.conn.execute(
            text(
                f"INSERT INTO search_session (session_id, {columns}, doc) "
                f"VALUES (:sid, {', '.join(vectors[c] for c in DOC_COLUMNS)}, {doc})"
            ),
            params,
        )

    def optimize(self) -> None:
        if self.sqlite:
            for table in SEARCH_TABLES:
                self.conn.execute(text(f"INSERT INTO {table}({table}) VALUES('optimize')"))


# PostgreSQL keeps at most 1 MB per tsvector; a very long transcript keeps its words without
# positions (phrases then do not match inside it, single words still do).
_PG_TSVECTOR_BUDGET = 600_000


def _pg_vector(column: str, body: str) -> str:
    if len(body) * 3 > _PG_TSVECTOR_BUDGET:
        return f"strip(to_tsvector('simple', :{column}))"
    return f"to_tsvector('simple', :{column})"


# ----------------------------------------------------------------------------------------------
# Re-indexing


@dataclass(slots=True)
class Changes:
    """What a transaction touched, as far as the index is concerned."""

    sessions: set[int] = field(default_factory=set)  # session-level fields
    purged: set[int] = field(default_factory=set)
    materials: set[tuple[int, int]] = field(default_factory=set)  # (session, material)
    recordings: set[tuple[int, int]] = field(default_factory=set)  # (session, recording)
    persons: set[int] = field(default_factory=set)
    organisations: set[int] = field(default_factory=set)
    series: set[int] = field(default_factory=set)
    tags: set[int] = field(default_factory=set)
    lost_materials: set[int] = field(default_factory=set)
    lost_recordings: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return any(
            (
                self.sessions,
                self.purged,
                self.materials,
                self.recordings,
                self.persons,
                self.organisations,
                self.series,
                self.tags,
                self.lost_materials,
                self.lost_recordings,
            )
        )


def _ids_where(conn: Connection, column: Any, clause: ColumnElement[bool]) -> set[int]:
    return {int(x) for x in conn.scalars(select(column).where(clause).distinct())}


def apply_changes(conn: Connection, changes: Changes) -> set[int]:
    """Rewrite the index rows that ``changes`` affect; return the sessions whose document moved."""
    writer = _Writer(conn)
    sessions = set(changes.sessions)
    a = o.AppearanceRow
    for ids in _chunks(changes.persons):
        sessions |= _ids_where(conn, a.session_id, a.person_id.in_(ids))
    for ids in _chunks(changes.organisations):
        sessions |= _ids_where(conn, a.session_id, a.organisation_id.in_(ids))
    for ids in _chunks(changes.series):
        sessions |= _ids_where(conn, o.SessionRow.id, o.SessionRow.series_id.in_(ids))
    for ids in _chunks(changes.tags):
        sessions |= _ids_where(conn, o.SessionTagRow.session_id, o.SessionTagRow.tag_id.in_(ids))
    for mid in changes.lost_materials:
        writer.delete_everywhere("material_id", mid)
    for rid in changes.lost_recordings:
        writer.delete_everywhere("recording_id", rid)
    purged = set(changes.purged)
    for sid in purged:
        writer.delete_session(sid)
    sessions -= purged
    materials = {(s, m) for s, m in changes.materials if s not in purged}
    recordings = {(s, r) for s, r in changes.recordings if s not in purged}
    touched = sessions | {s for s, _ in materials} | {s for s, _ in recordings}
    if not touched:
        return set()
    fresh: dict[int, list[Location]] = defaultdict(list)
    if sessions:
        for sid, locs in session_locations(conn, sessions).items():
            fresh[sid].extend(locs)
        for sid in sessions:
            writer.delete_part(sid, kinds=SESSION_KINDS)
    for sid, mid in materials:
        writer.delete_part(sid, material_id=mid)
    for sid, rid in recordings:
        writer.delete_part(sid, recording_id=rid)
    for loc in material_locations(conn, {m for _, m in materials}):
        fresh[loc.session_id].append(loc)
    for loc in recording_locations(conn, {r for _, r in recordings}):
        fresh[loc.session_id].append(loc)
    live: set[int] = set()  # still there and not in the trash
    for ids in _chunks(touched):
        live |= _ids_where(
            conn,
            o.SessionRow.id,
            o.SessionRow.id.in_(ids) & o.SessionRow.deleted_at.is_(None),
        )
    indexed = writer.documented(touched)
    filters: dict[int, str] = {}
    if writer.sqlite:
        for ids in _chunks(touched & live):
            filters |= session_filter_words(conn, ids)
    for sid in sorted(touched):
        if sid not in live:
            writer.delete_session(sid)
            continue
        locs = fresh.get(sid, [])
        seq = writer.next_seq(sid)
        if sid not in indexed or seq + len(locs) >= SEQ_LIMIT:
            # Back from the trash, or its id range used up by many rewrites: index it whole.
            _index_sessions(writer, [sid], replace=True)
            continue
        writer.insert(sid, locs, seq)
        writer.write_document(sid, filters=filters.get(sid, ""))
    return touched & live


def _index_sessions(writer: _Writer, session_ids: Sequence[int], *, replace: bool) -> None:
    conn = writer.conn
    per_session = session_locations(conn, session_ids)
    m, r = o.MaterialRow, o.RecordingRow
    material_ids: set[int] = set()
    recording_ids: set[int] = set()
    for ids in _chunks(session_ids):
        material_ids |= _ids_where(conn, m.id, m.session_id.in_(ids))
        recording_ids |= _ids_where(conn, r.id, r.session_id.in_(ids))
    for loc in material_locations(conn, material_ids):
        per_session[loc.session_id].append(loc)
    for loc in recording_locations(conn, recording_ids):
        per_session[loc.session_id].append(loc)
    filters = session_filter_words(conn, session_ids) if writer.sqlite else {}
    for sid in session_ids:
        if replace:
            writer.delete_session(sid)
        bodies = writer.insert(sid, per_session.get(sid, []), 1)
        writer.write_document(sid, bodies, replace=replace, filters=filters.get(sid))


def rebuild(conn: Connection, progress: Callable[[int, int], object] | None = None) -> int:
    """Drop every index row and index the catalogue again (the trash is left out, so that a
    search needs no look at the session table); return the number of sessions indexed."""
    create_search_schema(conn)
    writer = _Writer(conn)
    writer.clear()
    ids = list(
        conn.scalars(
            select(o.SessionRow.id)
            .where(o.SessionRow.deleted_at.is_(None))
            .order_by(o.SessionRow.id)
        )
    )
    total = len(ids)
    for start in range(0, total, BATCH):
        _index_sessions(writer, ids[start : start + BATCH], replace=False)
        if progress is not None:
            progress(min(start + BATCH, total), total)
    writer.optimize()
    return total


# ----------------------------------------------------------------------------------------------
# Session events: collect what a transaction touches, re-index before it commits

_PENDING_KEY = "webinar_archive.search_changes"
_ENABLED: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def _enabled(db: OrmSession) -> bool:
    """True when the catalogue behind ``db`` has the index tables (checked once per engine)."""
    bind = db.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if _ENABLED.get(engine):
        return True
    found = has_search_schema(db.connection())
    if found:  # a missing index may be created later (migration), so only success is cached
        _ENABLED[engine] = True
    return found


def _changes(db: OrmSession) -> Changes:
    found = db.info.get(_PENDING_KEY)
    if not isinstance(found, Changes):
        found = Changes()
        db.info[_PENDING_KEY] = found
    return found


def _value(db: OrmSession, obj: object, attr: str, gone: bool) -> int | None:
    """An attribute of ``obj``, read from the database if expired (never for a deleted one)."""
    state = inspect(obj)
    value = state.dict.get(attr)
    if value is None and not gone and state.identity is not None:
        cls: Any = type(obj)
        value = db.connection().scalar(
            select(getattr(cls, attr)).where(cls.id == state.identity[0])
        )
    return int(value) if value is not None else None


def _identity(obj: object) -> int | None:
    # New rows have their id in the instance dict after the flush but no identity key yet.
    state = inspect(obj)
    value = state.dict.get("id")
    if value is None and state.identity:
        value = state.identity[0]
    return int(value) if value is not None else None


@dataclass(slots=True)
class _Lookups:
    materials: set[int] = field(default_factory=set)
    recordings: set[int] = field(default_factory=set)
    tracks: set[int] = field(default_factory=set)


def _collect_object(
    db: OrmSession, obj: object, gone: bool, changes: Changes, look: _Lookups
) -> None:
    if isinstance(obj, o.SessionRow):
        ident = _identity(obj)
        if ident is not None:
            (changes.purged if gone else changes.sessions).add(ident)
    elif isinstance(obj, o.AppearanceRow | o.SessionTagRow):
        sid = _value(db, obj, "session_id", gone)
        if sid is not None:
            changes.sessions.add(sid)
    elif isinstance(obj, o.PersonRow | o.OrganisationRow | o.SeriesRow | o.TagRow):
        ident = _identity(obj)
        target = {
            o.PersonRow: changes.persons,
            o.OrganisationRow: changes.organisations,
            o.SeriesRow: changes.series,
            o.TagRow: changes.tags,
        }[type(obj)]
        if ident is not None:
            target.add(ident)
    elif isinstance(obj, o.PersonAliasRow):
        pid = _value(db, obj, "person_id", gone)
        if pid is not None:
            changes.persons.add(pid)
    elif isinstance(obj, o.OrganisationAliasRow):
        oid = _value(db, obj, "organisation_id", gone)
        if oid is not None:
            changes.organisations.add(oid)
    elif isinstance(obj, o.MaterialRow | o.RecordingRow):
        ident = _identity(obj)
        sid = _value(db, obj, "session_id", gone)
        if ident is None:
            return
        is_material = isinstance(obj, o.MaterialRow)
        if sid is None:
            (changes.lost_materials if is_material else changes.lost_recordings).add(ident)
        else:
            (changes.materials if is_material else changes.recordings).add((sid, ident))
    elif isinstance(obj, o.MaterialPageRow):
        mid = _value(db, obj, "material_id", gone)
        if mid is not None:
            look.materials.add(mid)
    elif isinstance(obj, o.SubtitleTrackRow | o.NoteRow | o.ChapterRow):
        rid = _value(db, obj, "recording_id", gone)
        if rid is not None:
            look.recordings.add(rid)
    elif isinstance(obj, o.TranscriptCueRow):
        tid = _value(db, obj, "track_id", gone)
        if tid is not None:
            look.tracks.add(tid)


def _resolve(conn: Connection, look: _Lookups, changes: Changes) -> None:
    """Turn material, recording and track ids into (session, part) pairs while they exist."""
    for ids in _chunks(look.tracks):
        look.recordings |= _ids_where(
            conn, o.SubtitleTrackRow.recording_id, o.SubtitleTrackRow.id.in_(ids)
        )
    for ids in _chunks(look.materials):
        for sid, mid in conn.execute(
            select(o.MaterialRow.session_id, o.MaterialRow.id).where(o.MaterialRow.id.in_(ids))
        ):
            changes.materials.add((int(sid), int(mid)))
    for ids in _chunks(look.recordings):
        for sid, rid in conn.execute(
            select(o.RecordingRow.session_id, o.RecordingRow.id).where(o.RecordingRow.id.in_(ids))
        ):
            changes.recordings.add((int(sid), int(rid)))


def _after_flush(db: OrmSession, _context: object) -> None:
    if not _enabled(db):
        return
    changes = _changes(db)
    look = _Lookups()
    for obj in list(db.new) + list(db.dirty):
        _collect_object(db, obj, False, changes, look)
    for obj in list(db.deleted):
        _collect_object(db, obj, True, changes, look)
    _resolve(db.connection(), look, changes)


# Bulk UPDATE/DELETE: which columns matter for the index, and what an affected row points to.
_BULK_COLUMNS: dict[type, frozenset[str]] = {
    o.SessionRow: frozenset(
        {
            "title",
            "theme",
            "summary",
            "notes",
            "series_id",
            "deleted_at",
            "date",
            "language",
            "status",
        }
    ),
    o.AppearanceRow: frozenset({"person_id", "organisation_id", "session_id"}),
    o.MaterialRow: frozenset({"session_id", "original_name", "kind"}),
    o.MaterialPageRow: frozenset({"text", "page_no", "material_id"}),
    o.RecordingRow: frozenset({"session_id", "original_name"}),
    o.SubtitleTrackRow: frozenset({"recording_id"}),
    o.TranscriptCueRow: frozenset({"text", "start_ms", "track_id"}),
    o.NoteRow: frozenset({"text", "at_ms", "recording_id"}),
    o.ChapterRow: frozenset({"title", "start_ms", "recording_id"}),
    o.PersonRow: frozenset({"display_name"}),
    o.PersonAliasRow: frozenset({"alias", "person_id"}),
    o.OrganisationRow: frozenset({"name", "acronym"}),
    o.OrganisationAliasRow: frozenset({"alias", "organisation_id"}),
    o.SeriesRow: frozenset({"name"}),
    o.TagRow: frozenset({"name"}),
    o.SessionTagRow: frozenset({"session_id", "tag_id"}),
}


def _before_bulk(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is None or mapper.class_ not in _BULK_COLUMNS:
        return
    cls = mapper.class_
    statement: Any = state.statement
    if state.is_update:
        keys = set(statement.compile().params)
        if not keys & _BULK_COLUMNS[cls]:
            return
    db = state.session
    if not _enabled(db):
        return
    conn = db.connection()
    where = statement.whereclause
    changes = _changes(db)
    look = _Lookups()

    def ids(*columns: Any) -> list[Any]:
        query = select(*columns)
        if where is not None:
            query = query.where(where)
        return list(conn.execute(query.distinct()).all())

    if cls is o.SessionRow:
        changes.sessions |= {int(r[0]) for r in ids(cls.id)}
    elif cls in (o.AppearanceRow, o.SessionTagRow):
        changes.sessions |= {int(r[0]) for r in ids(cls.session_id)}
    elif cls is o.MaterialRow:
        changes.materials |= {(int(s), int(m)) for s, m in ids(cls.session_id, cls.id)}
    elif cls is o.RecordingRow:
        changes.recordings |= {(int(s), int(r)) for s, r in ids(cls.session_id, cls.id)}
    elif cls is o.MaterialPageRow:
        look.materials |= {int(r[0]) for r in ids(cls.material_id)}
    elif cls in (o.SubtitleTrackRow, o.NoteRow, o.ChapterRow):
        look.recordings |= {int(r[0]) for r in ids(cls.recording_id)}
    elif cls is o.TranscriptCueRow:
        look.tracks |= {int(r[0]) for r in ids(cls.track_id)}
    elif cls in (o.PersonRow, o.OrganisationRow, o.SeriesRow, o.TagRow):
        target = {
            o.PersonRow: changes.persons,
            o.OrganisationRow: changes.organisations,
            o.SeriesRow: changes.series,
            o.TagRow: changes.tags,
        }[cls]
        target |= {int(r[0]) for r in ids(cls.id)}
    elif cls is o.PersonAliasRow:
        changes.persons |= {int(r[0]) for r in ids(cls.person_id)}
    elif cls is o.OrganisationAliasRow:
        changes.organisations |= {int(r[0]) for r in ids(cls.organisation_id)}
    _resolve(conn, look, changes)


def _before_commit(db: OrmSession) -> None:
    db.flush()  # so that every change has passed through after_flush
    changes = db.info.pop(_PENDING_KEY, None)
    if isinstance(changes, Changes) and changes:
        apply_changes(db.connection(), changes)


def _after_rollback(db: OrmSession) -> None:
    db.info.pop(_PENDING_KEY, None)


def _register_events() -> None:
    from sqlalchemy import event

    for name, handler in (
        ("after_flush", _after_flush),
        ("do_orm_execute", _before_bulk),
        ("before_commit", _before_commit),
        ("after_rollback", _after_rollback),
    ):
        if not event.contains(OrmSession, name, handler):
            event.listen(OrmSession, name, handler)


_register_events()
