"""Reads of a current SQLite catalogue with the standard library's sqlite3 alone: the window's
first page, ``list`` and ``show`` without importing SQLAlchemy (≈ a third of their start).

Only the usual case is read here: a catalogue file that is whole, at the newest schema, with
no search index rebuild to finish and no partial copies to clean up. Anything else (and any
failure while reading) is left to the catalogue (``catalogue.open_catalogue`` and the unit of
work), which knows what to do about it: ``PlainReader.open`` gives None, a read raises
``Unavailable``, and the caller does what it did before. The selects are the Core statements
of ``repos/query.py`` and ``repos/reads.py`` compiled for SQLite (``plain_sql.py``), their rows
converted as SQLAlchemy converts them and then by the same functions (``convert.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections import defaultdict, namedtuple
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..domain import model as m
from . import convert
from .catalogue_file import CATALOGUE_FILE, file_problem
from .filestore import FileStore
from .plain_sql import STATEMENTS, Statement

# The newest revision in migrations/versions: a catalogue storing another is opened (created,
# upgraded or refused) by the catalogue, with Alembic. tests/test_migrations.py keeps it equal
# to Alembic's head; storage/database.py compares with it too.
HEAD_REVISION = "0008"
# The mark table of a search index rebuild not finished (storage/search/fields.py).
REBUILD_TABLE = "search_rebuild"
# How long a read waits for another program's write (storage/database.BUSY_TIMEOUT_MS).
BUSY_TIMEOUT_S = 10.0


class Unavailable(Exception):
    """The plain reader cannot answer this: open the catalogue and ask it instead."""


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "date": dt.date.fromisoformat,
    "datetime": dt.datetime.fromisoformat,
    "time": dt.time.fromisoformat,
    "bool": lambda value: bool(value),
}


class PlainReader:
    """An open catalogue file, read-only; ``close`` it (or use it in a ``with``)."""

    def __init__(self, root: Path, connection: sqlite3.Connection) -> None:
        self.root = root
        self._db = connection
        self._row_types: dict[str, Any] = {}

    @classmethod
    def open(cls, root: Path) -> PlainReader | None:
        """The library at ``root`` when it is in the usual state, else None (see above)."""
        db_file = root / CATALOGUE_FILE
        try:
            if not db_file.is_file() or file_problem(db_file):
                return None
            if FileStore(root).incoming_leftovers():
                return None  # partial copies of a killed program: opening cleans them up
            writable = os.access(root, os.W_OK) and os.access(db_file, os.W_OK)
        except Exception:  # whatever it is, the catalogue's open says it properly
            return None
        # As the catalogue's engine opens it (storage/database.py): a file that cannot be
        # written is opened immutable, so no -wal/-shm files are needed or left beside it.
        uri = f"file:{db_file}" + ("" if writable else "?mode=ro&immutable=1")
        try:
            db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        except sqlite3.Error:
            return None
        try:
            db.execute("PRAGMA query_only=1")  # reads only, whatever happens
            if _usual(db, writable):
                return cls(root, db)
        except sqlite3.Error:
            pass
        db.close()
        return None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> PlainReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reads

    def session_ids(
        self, sort: m.SortKey, descending: bool = True, limit: int | None = None
    ) -> list[int]:
        """Live sessions' ids in display order (``uow.query.session_ids`` with no filter)."""
        if sort is m.SortKey.RELEVANCE:
            sort = m.SortKey.DATE
        name = f"ids_{sort.value}_{'desc' if descending else 'asc'}"
        # SQLite reads LIMIT -1 as no limit at all.
        return [r[0] for r in self._run(name, limit=-1 if limit is None else limit)]

    def session_rows(self, ids: Sequence[int]) -> list[m.SessionSummary]:
        """The table rows of ``ids`` in that order (``uow.query.session_rows``)."""
        if not ids:
            return []
        return convert.summaries(
            ids, self._run("rows", ids=list(ids)), self._run("speakers", ids=list(ids))
        )

    def table_page(self, ids: Sequence[int]) -> m.TablePage:
        """The table's rows of ``ids`` as the driver gives them (``uow.query.table_page``)."""
        if not ids:
            return m.TablePage([], {})
        return convert.table_page(
            self._driver_rows("rows", ids=list(ids)), self._driver_rows("speakers", ids=list(ids))
        )

    def latest_id(self) -> int | None:
        found = self._run("latest_id")
        return int(found[0][0]) if found else None

    def session(self, session_id: int) -> m.Session:
        """A session with its parts (``uow.reads.session``); Unavailable when there is none,
        so that the catalogue says so as it always has."""
        found = self._run("session", id=session_id)
        if not found:
            raise Unavailable(f"no session {session_id}")
        recordings = self._run("recordings", id=session_id)
        ids = [r.id for r in recordings]
        chapters: dict[int, list[Any]] = {}
        notes: dict[int, list[Any]] = {}
        tracks: dict[int, list[Any]] = {}
        counts: dict[int, int] = {}
        if ids:
            chapters = _by_recording(self._run("chapters", ids=ids))
            notes = _by_recording(self._run("notes", ids=ids))
            tracks = _by_recording(self._run("tracks", ids=ids))
            track_ids = [x.id for rows in tracks.values() for x in rows]
            if track_ids:
                counts = {int(t): int(n) for t, n in self._run("cue_counts", ids=track_ids)}
        return convert.whole_session(
            found[0],
            appearances=self._run("appearances", id=session_id),
            materials=self._run("materials", id=session_id),
            recordings=recordings,
            chapters=chapters,
            notes=notes,
            tracks=tracks,
            cue_counts=counts,
            links=self._run("links", id=session_id),
            tags=[r[0] for r in self._run("tags", id=session_id)],
        )

    def setting(self, key: str) -> Any:
        """A library setting's value (``uow.settings.get_setting``)."""
        found = self._run("setting", key=key)
        return json.loads(found[0][0]) if found and found[0][0] is not None else None

    def _run(self, name: str, **arguments: Any) -> list[Any]:
        """The rows of statement ``name`` for ``arguments``, converted as SQLAlchemy converts
        them; Unavailable on any failure (the catalogue then reads, or explains, instead)."""
        statement = STATEMENTS[name]
        sql, params = _bound(statement, arguments)
        try:
            rows = self._db.execute(sql, params).fetchall()
            kinds = [(i, _CONVERT[k]) for i, k in enumerate(statement.kinds) if k]
            if kinds:
                rows = [_converted(row, kinds) for row in rows]
        except (sqlite3.Error, ValueError, TypeError) as exc:
            raise Unavailable(f"{name}: {exc}") from exc
        row_type = self._row_type(name, statement)
        return [row_type._make(row) for row in rows] if row_type is not None else rows

    def _driver_rows(self, name: str, **arguments: Any) -> list[Any]:
        """The rows of statement ``name`` for ``arguments`` as sqlite3 gives them (nothing
        converted); Unavailable on any failure."""
        sql, params = _bound(STATEMENTS[name], arguments)
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise Unavailable(f"{name}: {exc}") from exc

    def _row_type(self, name: str, statement: Statement) -> Any:
        """Rows with their columns as attributes, for the statements read by name."""
        if len(statement.columns) < 3:
            return None  # ids, pairs and single values are read by position
        if name not in self._row_types:
            self._row_types[name] = namedtuple(f"{name.title()}Row", statement.columns, rename=True)
        return self._row_types[name]


def _usual(db: sqlite3.Connection, writable: bool) -> bool:
    """A catalogue at the newest schema, in WAL mode, with no index rebuild to finish."""
    versions = db.execute("SELECT version_num FROM alembic_version").fetchall()
    if [tuple(v) for v in versions] != [(HEAD_REVISION,)]:
        return False
    mode = db.execute("PRAGMA journal_mode").fetchone()
    # The catalogue's engine puts a writable file in WAL mode (a write): not done here.
    if writable and (mode is None or str(mode[0]).lower() != "wal"):
        return False
    pending = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (REBUILD_TABLE,)
    ).fetchone()
    return pending is None


def _bound(statement: Statement, arguments: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The statement's text and parameters for ``arguments``, a list given to an ``IN``
    spelled out one parameter per value, as SQLAlchemy does it."""
    params: dict[str, Any] = dict(statement.params)
    for argument, parameter in statement.inputs:
        params[parameter] = arguments[argument]
    sql = statement.sql
    for parameter in statement.expanding:
        values = list(params.pop(parameter))
        if not values:
            raise Unavailable("an empty list")  # SQLAlchemy writes an empty IN its own way
        names = [f"{parameter}_{i}" for i in range(1, len(values) + 1)]
        params.update(zip(names, values, strict=True))
        sql = sql.replace(f"__[POSTCOMPILE_{parameter}]", ", ".join(f":{n}" for n in names))
    return sql, params


def _converted(
    row: tuple[Any, ...], kinds: list[tuple[int, Callable[[Any], Any]]]
) -> tuple[Any, ...]:
    values = list(row)
    for i, conversion in kinds:
        if values[i] is not None:
            values[i] = conversion(values[i])
    return tuple(values)


def _by_recording(rows: list[Any]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        found[row.recording_id].append(row)
    return found
