"""What both search backends share on the index's write side: row ids, location rows and the
index writer's statements (the query side is in backend.py)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import Connection, text

from ...domain.query import index_text
from .fields import DOC_COLUMNS, KIND_COLUMN, KIND_PRIORITY, SHORT_KINDS

# Location row ids are ``session_id << SEQ_BITS | n`` so that every session owns a contiguous
# id range: FTS5 seeks to a range cheaply, which makes "the hits inside these 50 sessions" and
# "drop this session's rows" fast.
SEQ_BITS = 24
SEQ_LIMIT = 1 << SEQ_BITS
BATCH = 400

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


# A place row as inserted: its row id, its indexed words, then ``_LOCATION_FIELDS``.
LOCATION_ROW = ("id", "body", *_LOCATION_FIELDS)
LocationRow = tuple[Any, ...]


def session_range(session_id: int) -> tuple[int, int]:
    """The location row ids a session owns."""
    low = session_id << SEQ_BITS
    return low, low + SEQ_LIMIT - 1


def chunks(ids: Iterable[int], size: int = BATCH) -> Iterator[list[int]]:
    items = sorted(set(ids))
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(slots=True)
class Location:
    """One place a hit can be shown, with its original text."""

    session_id: int
    kind: str
    text: str
    ref_id: int | None = None
    material_id: int | None = None
    page_no: int | None = None
    recording_id: int | None = None
    time_ms: int | None = None
    source: str | None = None


# ----------------------------------------------------------------------------------------------
# Writing index rows


class IndexWriter(ABC):
    """Row-level writes of the index on one connection; a backend says how its rows are keyed
    and how a row and a document are inserted."""

    doc_key: ClassVar[str]  # the session id column of search_session
    loc_key: ClassVar[str]  # the row id column of search_location
    # The tables holding a session's document (keyed by ``doc_key``).
    doc_tables: ClassVar[tuple[str, ...]] = ("search_session",)

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @abstractmethod
    def _where_session(self, session_id: int) -> tuple[str, dict[str, Any]]:
        """A condition on search_location that selects the session's rows."""

    @abstractmethod
    def _insert_location_sql(self, columns: str, values: str) -> str: ...

    @abstractmethod
    def _insert_document(
        self, session_id: int, values: dict[str, str], filters: str | None
    ) -> None: ...

    def filter_words(self, session_ids: Sequence[int]) -> dict[int, str]:
        """The filter markers of the sessions' documents, when the backend keeps them."""
        return {}

    def optimize(self) -> None:  # noqa: B027 - most backends have nothing to do
        """Tidy the index after a rebuild, when the backend has something to do for it."""

    @contextmanager
    def rebuilding(self) -> Iterator[None]:
        """Around the writes of a rebuild (emptying the index, a step of indexing, tidying): a
        backend may write them in a cheaper way that is only worth it for the whole index."""
        yield

    def clear(self) -> None:
        for table in ("search_location", *self.doc_tables):
            self.conn.execute(text(f"DELETE FROM {table}"))

    def delete_session(self, session_id: int) -> None:
        where, params = self._where_session(session_id)
        self.conn.execute(text(f"DELETE FROM search_location WHERE {where}"), params)
        self._delete_document(session_id)

    def delete_sessions(self, session_ids: Sequence[int]) -> None:
        """``delete_session`` for many sessions, a statement per table (executemany)."""
        if not session_ids:
            return
        wheres = [self._where_session(sid) for sid in session_ids]
        self._executemany(
            f"DELETE FROM search_location WHERE {wheres[0][0]}", [p for _, p in wheres]
        )
        for table in self.doc_tables:
            self._executemany(
                f"DELETE FROM {table} WHERE {self.doc_key} = :sid",
                [{"sid": sid} for sid in session_ids],
            )

    def _executemany(self, sql: str, rows: list[dict[str, Any]]) -> None:
        """One statement (``:name`` parameters) for many rows; a backend whose driver takes
        such rows as they are overrides this to skip SQLAlchemy's per-row processing."""
        self.conn.execute(text(sql), rows)

    def _delete_document(self, session_id: int) -> None:
        for table in self.doc_tables:
            self.conn.execute(
                text(f"DELETE FROM {table} WHERE {self.doc_key} = :sid"), {"sid": session_id}
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
        key = self.doc_key
        found: set[int] = set()
        for ids in chunks(session_ids):
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
        key = self.loc_key
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
        return self.insert_many([(session_id, locations, first_seq)])[0]

    def insert_many(
        self, batch: Sequence[tuple[int, Sequence[Location], int]]
    ) -> list[list[tuple[str, str]]]:
        """``insert`` for several (session, locations, first seq) in one statement, so that a
        batch of sessions costs one round trip rather than one per session. The short values
        (``fields.SHORT_KINDS``) get no row: only their words are returned, for the document."""
        # A reindex writes a quarter of a million places per 10,000 sessions: each is folded
        # once and becomes one tuple, with no look-up repeated per place.
        rows: list[LocationRow] = []
        bodies: list[list[tuple[str, str]]] = []
        append = rows.append
        for session_id, locations, first_seq in batch:
            row_id = (session_id << SEQ_BITS) + first_seq
            mine: list[tuple[str, str]] = []
            short: list[tuple[str, str]] = []
            for loc in locations:
                kind = loc.kind
                body = index_text(loc.text)
                if kind in SHORT_KINDS:
                    short.append((kind, body))
                    continue
                append(_location_row(row_id, loc, body))
                mine.append((kind, body))
                row_id += 1
            bodies.append(mine + short)
        if rows:
            self._insert_rows(rows)
        return bodies

    def _insert_rows(self, rows: list[LocationRow]) -> None:
        """Insert place rows (``LOCATION_ROW`` order); a backend whose driver binds them by
        position overrides this to skip making a dict of each."""
        columns = ", ".join(_LOCATION_FIELDS)
        values = ", ".join(f":{c}" for c in _LOCATION_FIELDS)
        self._executemany(
            self._insert_location_sql(columns, values),
            [dict(zip(LOCATION_ROW, row, strict=True)) for row in rows],
        )

    def delete_kinds(self, session_ids: Sequence[int], kinds: Collection[str]) -> dict[int, int]:
        """Delete the places of ``kinds`` of these sessions; their ``next_seq`` (a backend may
        do it faster than with two statements per session)."""
        where, _ = self._where_session(0)
        names = {f"k{i}": kind for i, kind in enumerate(sorted(kinds))}
        in_kinds = ", ".join(":" + n for n in names)
        self.conn.execute(
            text(f"DELETE FROM search_location WHERE {where} AND kind IN ({in_kinds})"),
            [{**self._where_session(sid)[1], **names} for sid in session_ids],
        )
        return {sid: self.next_seq(sid) for sid in session_ids}

    def replace_kinds(
        self,
        locations: dict[int, list[Location]],
        kinds: Collection[str],
        filters: dict[int, str] | None,
    ) -> set[int]:
        """Rewrite only the places of ``kinds`` (session-level ones, each with its own document
        column) of sessions already in the index, and those columns and the filter markers of
        their documents, with statements over many sessions at once: a bulk edit of the tags
        of 10,000 sessions neither re-reads nor re-folds their summaries. ``locations`` has
        every session, with its new places of ``kinds``; ``filters`` the new markers (None:
        they did not change). Returns the sessions whose row id range is used up (to be indexed
        whole instead)."""
        session_ids = sorted(locations)
        # The short values have no places to delete: only their document columns change.
        places = set(kinds) - SHORT_KINDS
        seqs = self.delete_kinds(session_ids, places) if places else {}
        columns = sorted({KIND_COLUMN[k] for k in kinds})
        rows: list[LocationRow] = []
        documents: list[dict[str, Any]] = []
        used_up: set[int] = set()
        for sid in session_ids:
            locs = [loc for loc in locations[sid] if loc.kind not in SHORT_KINDS]
            first = seqs.get(sid, 1)
            if first + len(locs) >= SEQ_LIMIT:
                used_up.add(sid)
                continue
            bodies: dict[str, list[str]] = {c: [] for c in columns}
            for i, loc in enumerate(locs):
                body = index_text(loc.text)
                rows.append(_location_row((sid << SEQ_BITS) + first + i, loc, body))
                if body:
                    bodies[KIND_COLUMN[loc.kind]].append(body)
            for kind, body in short_bodies(locations[sid]):
                if body:
                    bodies[KIND_COLUMN[kind]].append(body)
            document: dict[str, Any] = {"sid": sid} | {c: " ".join(v) for c, v in bodies.items()}
            if filters is not None:
                document["filters"] = filters.get(sid, "")
            documents.append(document)
        if rows:
            self._insert_rows(rows)
        if documents and (columns or filters is not None):
            self._update_documents(columns, documents, filters is not None)
        return used_up

    def _update_documents(
        self, columns: Sequence[str], documents: list[dict[str, Any]], with_filters: bool
    ) -> None:
        """Set these columns (and the filter markers, where kept) of the documents."""
        for document in documents:  # a backend may do better; the default reads and rewrites
            sid = int(document["sid"])
            self.write_document(sid, self.bodies(sid), filters=document.get("filters"))

    def bodies(self, session_id: int) -> list[tuple[str, str]]:
        where, params = self._where_session(session_id)
        rows = self.conn.execute(
            text(f"SELECT kind, body FROM search_location WHERE {where} ORDER BY {self.loc_key}"),
            params,
        )
        return [(str(k), str(b)) for k, b in rows]

    def write_document(
        self,
        session_id: int,
        bodies: Sequence[tuple[str, str]] | None = None,
        *,
        replace: bool = True,
        filters: str | None = None,
        short: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Rebuild the session document from the session's location rows (or their bodies)
        and its short values' words (``short``, which have no rows), and, where the backend
        keeps them, its filter markers (read from the catalogue when not given)."""
        if replace:
            self._delete_document(session_id)
        found = self.bodies(session_id) if bodies is None else bodies
        values = _document_values([*found, *short])
        self._insert_documents([(session_id, values, filters)])

    def write_new_documents(
        self, batch: Sequence[tuple[int, Sequence[tuple[str, str]], str | None]]
    ) -> None:
        """Documents of sessions that have none yet, from their (kind, body) pairs."""
        self._insert_documents([(sid, _document_values(b), f) for sid, b, f in batch])

    def _insert_documents(self, batch: Sequence[tuple[int, dict[str, str], str | None]]) -> None:
        """Insert documents; a backend that can send them in one statement overrides this."""
        for session_id, values, filters in batch:
            self._insert_document(session_id, values, filters)


def _document_values(bodies: Sequence[tuple[str, str]]) -> dict[str, str]:
    """A session document's column values from its location rows' (kind, body) pairs."""
    parts: dict[str, list[str]] = {c: [] for c in DOC_COLUMNS}
    for kind, body in bodies:
        if body:
            parts[KIND_COLUMN[kind]].append(body)
    return {c: " ".join(v) for c, v in parts.items()}


def short_bodies(locations: Iterable[Location]) -> list[tuple[str, str]]:
    """(kind, indexed words) of the short values among ``locations``, for the document."""
    return [(loc.kind, index_text(loc.text)) for loc in locations if loc.kind in SHORT_KINDS]


def _location_row(row_id: int, loc: Location, body: str) -> LocationRow:
    return (
        row_id,
        body,
        loc.session_id,
        loc.kind,
        KIND_PRIORITY[loc.kind],
        loc.ref_id,
        loc.material_id,
        loc.page_no,
        loc.recording_id,
        loc.time_ms,
        loc.source,
        loc.text,
    )
