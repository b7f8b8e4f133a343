"""SQLite search: the index's tables, and writing them (places, session documents, filters)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text

from .base import LOCATION_ROW, IndexWriter, LocationRow, chunks, session_range
from .fields import LONG_COLUMNS, SHORT_COLUMNS
from .filters import session_filter_words
from .sqlite_plan import FTS_TABLES_DDL, LABEL, LABEL_COLUMNS, LONG, LONG_WEIGHTS

# The FTS5 tables' "hashsize": how many bytes of new words a write holds before it writes them
# out as a segment.
HASH_BYTES = 16 * 1024 * 1024
# FTS5's "automerge" (its default): how many segments of a level are merged into one as the
# index is written.
AUTOMERGE = 4


def create_tables(conn: Connection) -> None:
    """Create the FTS5 tables of the index when missing (``SqliteBackend.create_schema``)."""
    for statement in FTS_TABLES_DDL:
        conn.execute(text(statement))
    # The column weights become the large table's own rank, so that "ORDER BY rank LIMIT
    # n" is answered inside FTS5 instead of sorting every match afterwards.
    weights = ", ".join(str(w) for w in LONG_WEIGHTS)
    conn.execute(text(f"INSERT INTO {LONG}({LONG}, rank) VALUES ('rank', 'bm25({weights})')"))
    # FTS5 writes the words a transaction adds as a new segment each time they reach its hash
    # size (1 MB by default), and merges the segments again and again as they pile up: a
    # 10,000-session reindex made hundreds. Larger, fewer segments: a fifth less CPU for the
    # whole reindex, more at 100,000; the memory is held during a write only.
    for table in (LONG, LABEL, "search_location"):
        conn.execute(text(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {HASH_BYTES})"))


class SqliteWriter(IndexWriter):
    doc_key = "rowid"
    loc_key = "rowid"
    doc_tables = (LONG, LABEL)

    def _where_session(self, session_id: int) -> tuple[str, dict[str, Any]]:
        low, high = session_range(session_id)
        return "rowid BETWEEN :lo AND :hi", {"lo": low, "hi": high}

    def _insert_location_sql(self, columns: str, values: str) -> str:
        return f"INSERT INTO search_location (rowid, body, {columns}) VALUES (:id, :body, {values})"

    def _insert_rows(self, rows: list[LocationRow]) -> None:
        # Bound by position: sqlite3 makes a string of each name to look it up in a dict, twelve
        # per place.
        columns = ", ".join(LOCATION_ROW[2:])
        marks = ", ".join("?" for _ in LOCATION_ROW)
        self.conn.exec_driver_sql(
            f"INSERT INTO search_location (rowid, body, {columns}) VALUES ({marks})", rows
        )

    def _insert_document(
        self, session_id: int, values: dict[str, str], filters: str | None
    ) -> None:
        self._insert_documents([(session_id, values, filters)])

    def _insert_documents(self, batch: Sequence[tuple[int, dict[str, str], str | None]]) -> None:
        missing = [sid for sid, _, filters in batch if filters is None]
        known = session_filter_words(self.conn, missing) if missing else {}
        rows = [
            {"sid": sid, **values, "filters": known.get(sid, "") if f is None else f}
            for sid, values, f in batch
        ]
        if not rows:
            return
        for table, columns in ((LONG, LONG_COLUMNS), (LABEL, LABEL_COLUMNS)):
            listed = ", ".join(columns)
            placeholders = ", ".join(f":{c}" for c in columns)
            self._executemany(
                f"INSERT INTO {table} (rowid, {listed}) VALUES (:sid, {placeholders})", rows
            )

    @contextmanager
    def rebuilding(self) -> Iterator[None]:
        # SQLite here is built with secure_delete on: every page a write frees is overwritten
        # with zeros, so emptying the index and each FTS5 merge wrote the old index once more
        # (at 100,000 sessions 2 GB into the WAL for the emptying alone, and again when it is
        # copied back). FAST still zeroes what is deleted on the pages written anyway. What
        # the index frees is a copy of the catalogue's text, which stays in the catalogue.
        before = self.conn.exec_driver_sql("PRAGMA secure_delete").scalar()
        self.conn.exec_driver_sql("PRAGMA secure_delete = FAST")
        try:
            yield
        finally:
            self.conn.exec_driver_sql(f"PRAGMA secure_delete = {int(before or 0)}")

    def clear(self) -> None:
        # "DELETE FROM" an FTS5 table takes each row's words out of its index one row at a
        # time (15 s of a 10,000-session reindex's 56); dropped and made again it is instant.
        for table in ("search_location", *self.doc_tables):
            self.conn.execute(text(f"DROP TABLE IF EXISTS {table}"))
        create_tables(self.conn)
        # A rebuild's segments are merged once, by ``optimize`` at its end: FTS5's automerge
        # also merged them along the way, after each step, writing the words again each time
        # (see docs/performance.md, "Reindex: merged once"). Its ``crisismerge`` (16
        # segments of a level) still bounds their number, also for the writes made while a
        # stepwise rebuild is pending.
        self._set_automerge(0)

    def _executemany(self, sql: str, rows: list[dict[str, Any]]) -> None:
        # sqlite3 binds ``:name`` from dicts itself: SQLAlchemy's processing of every row's
        # parameters cost more than the inserts into the index.
        self.conn.exec_driver_sql(sql, rows)

    def filter_words(self, session_ids: Sequence[int]) -> dict[int, str]:
        return session_filter_words(self.conn, session_ids)

    def documented(self, session_ids: Iterable[int]) -> set[int]:
        # FTS5 answers "rowid IN (...)" one lookup per id (25 ms for 400): the row ids of the
        # small label table's span are read in one pass instead (it has every document).
        wanted = set(session_ids)
        found: set[int] = set()
        for ids in chunks(wanted):
            found |= {
                int(x)
                for x in self.conn.scalars(
                    text(f"SELECT rowid FROM {LABEL} WHERE rowid BETWEEN :lo AND :hi"),
                    {"lo": ids[0], "hi": ids[-1]},
                )
            }
        return found & wanted

    def delete_kinds(self, session_ids: Sequence[int], kinds: Collection[str]) -> dict[int, int]:
        # Each session's rows read once on the driver's own cursor (compiling a statement per
        # session would cost more than FTS5 takes to answer), then deleted by row id: FTS5
        # filters on an unindexed column by reading every row of the range, twice as slow.
        cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        seqs: dict[int, int] = {}
        doomed: list[dict[str, int]] = []
        try:
            for sid in session_ids:
                low, high = session_range(sid)
                last = low
                for rowid, kind in cursor.execute(
                    "SELECT rowid, kind FROM search_location WHERE rowid BETWEEN ? AND ?",
                    (low, high),
                ):
                    last = max(last, int(rowid))
                    if kind in kinds:
                        doomed.append({"rowid": int(rowid)})
                seqs[sid] = last - low + 1
        finally:
            cursor.close()
        if doomed:
            self.conn.execute(text("DELETE FROM search_location WHERE rowid = :rowid"), doomed)
        return seqs

    def _update_documents(
        self, columns: Sequence[str], documents: list[dict[str, Any]], with_filters: bool
    ) -> None:
        # FTS5 rewrites the row from its stored columns: the others need not be read here. A
        # change of short values and filters only rewrites the small label documents.
        label = [c for c in columns if c in SHORT_COLUMNS]
        for table, changed in (
            (LONG, [c for c in columns if c in LONG_COLUMNS]),
            (LABEL, [*label, "filters"] if with_filters else label),
        ):
            if changed:
                assignments = ", ".join(f"{c} = :{c}" for c in changed)
                self._executemany(f"UPDATE {table} SET {assignments} WHERE rowid = :sid", documents)

    def optimize(self) -> None:
        for table in ("search_location", *self.doc_tables):
            self.conn.execute(text(f"INSERT INTO {table}({table}) VALUES('optimize')"))
        self._set_automerge(AUTOMERGE)  # the index is whole: later writes merge as usual

    def _set_automerge(self, segments: int) -> None:
        for table in ("search_location", *self.doc_tables):
            self.conn.execute(
                text(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', {int(segments)})")
            )


# ----------------------------------------------------------------------------------------------
# Querying
