"""Noticing that another process or machine changed the catalogue: a cheap poll per backend.

SQLite: ``PRAGMA data_version`` on a connection of our own changes whenever any other
connection (another process, or this one's pool) commits; it reads a counter in the shared
memory of the WAL and costs microseconds, with no lock taken.

PostgreSQL: every transaction of ours that wrote something sends ``NOTIFY`` on one channel
just before it commits (``notify_writes``, registered on the engine, so the ORM, Core
statements and the search index are all covered); the server delivers it only once the
commit is visible, and a listening connection picks it up on its next round trip. Chosen over
a counter row bumped in every transaction (that row would serialise all writers on its lock)
and over a sequence bumped by triggers (bumped before the commit is visible, so a poll in
between would refresh too early and then miss the change) and triggers need a schema change.
What it cannot see is a write by a program other than Webinar Archive; a lost listening
connection is reported as a change (something may have been missed) and opened again.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)

CHANNEL = "webinar_archive_changes"
_WROTE = "webinar_archive.wrote"
_WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|TRUNCATE|MERGE|COPY)\b", re.IGNORECASE)


def notify_writes(engine: Engine) -> None:
    """Make every committed transaction that wrote on ``engine`` (PostgreSQL) send a NOTIFY."""

    def mark(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if _WRITES.match(statement):
            conn.info[_WROTE] = True

    def notify(conn: Any) -> None:
        if conn.info.pop(_WROTE, False):
            # Transactional: delivered with the commit, dropped with a rollback.
            cursor = conn.connection.dbapi_connection.cursor()
            try:
                cursor.execute(f"NOTIFY {CHANNEL}")
            finally:
                cursor.close()

    def forget(conn: Any) -> None:
        conn.info.pop(_WROTE, None)

    event.listen(engine, "before_cursor_execute", mark)
    event.listen(engine, "commit", notify)
    event.listen(engine, "rollback", forget)


class ChangeWatcher:
    """``changed()``: did anyone commit a change since the last call? Safe from any thread.

    The first call sets the starting point and answers False. A failure to watch (a library on
    a disk that vanished, a server that went away) is logged once and answered False (a refresh
    would fail too); the first answer once watching works again is True, as changes made in
    between were not seen.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._sqlite: sqlite3.Connection | None = None
        self._pg: Any = None
        self._pg_heard = False
        self._version: int | None = None
        self._broken = False

    def changed(self) -> bool:
        with self._lock:
            try:
                if self._engine.url.get_backend_name() == "sqlite":
                    answer = self._sqlite_changed()
                else:
                    answer = self._pg_changed()
            except Exception as exc:  # any failure: try again next time
                self._drop()
                if not self._broken:
                    log.warning("Cannot watch the catalogue for changes: %s", exc)
                    self._broken = True
                return False
            if self._broken:
                self._broken = False
                return True
            return answer

    def _sqlite_changed(self) -> bool:
        if self._sqlite is None:
            database = self._engine.url.database
            if not database:
                return False
            # Read-only, its own connection: the pool's connections are our own writers too.
            self._sqlite = sqlite3.connect(
                f"file:{database}?mode=ro", uri=True, check_same_thread=False, timeout=1
            )
        version = int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])
        before, self._version = self._version, version
        return before is not None and before != version

    def _pg_changed(self) -> bool:
        if self._pg is None:
            raw = self._engine.raw_connection()
            conn: Any = raw.driver_connection
            raw.detach()  # kept for listening, never handed back to the pool
            conn.rollback()
            conn.autocommit = True
            conn.add_notify_handler(self._on_notify)
            conn.execute(f"LISTEN {CHANNEL}")
            self._pg = conn
            self._pg_heard = False
            return False
        # Notifications arrive with any round trip and are handed to _on_notify.
        self._pg.execute("SELECT 1")
        heard, self._pg_heard = self._pg_heard, False
        return heard

    def _on_notify(self, _notify: object) -> None:
        self._pg_heard = True

    def _drop(self) -> None:
        for conn in (self._sqlite, self._pg):
            if conn is not None:
                with contextlib.suppress(Exception):  # it is already broken
                    conn.close()
        self._sqlite = None
        self._pg = None
        self._version = None  # data_version values of two connections cannot be compared

    def close(self) -> None:
        with self._lock:
            self._drop()
