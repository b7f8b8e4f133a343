"""The unit of work: one transaction with its repositories, committed or rolled back whole."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from ..domain.errors import ArchiveError, ConflictError
from ..domain.messages import _t

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession
    from sqlalchemy.orm import sessionmaker

    from .repos.bulk import BulkRepository
    from .repos.directory import DirectoryReads
    from .repos.files import FileReferences
    from .repos.labels import LabelRepository
    from .repos.new_sessions import NewSessionWriter
    from .repos.overview import OverviewRepository
    from .repos.parts import SessionPartsRepository
    from .repos.people import PeopleRepository
    from .repos.playback import PlaybackStateRepository
    from .repos.query import SessionQueryRepository
    from .repos.queue import TranscriptionQueueRepository
    from .repos.reads import SessionReads
    from .repos.sessions import SessionRepository
    from .repos.settings import SettingsRepository


class UnitOfWork:
    """``with uow: ...; uow.commit()`` - leaving the block without commit rolls everything back.

    Each repository (and its module) is made when the unit of work first uses it: a command
    that lists sessions imports the list queries, not the bulk editor, the people matcher and
    the rest. The repositories on Core tables (``query``, ``reads``, ``directory``, and the
    settings and transcription queue) run on a plain connection until one that loads or writes
    ORM rows is used: only then is the ORM session made (and ``sqlalchemy.orm`` with the
    mapping imported), on that same connection, and from then on Core statements go through
    it, after what it holds is flushed. One transaction either way.
    """

    def __init__(
        self, engine: Engine, orm_session: Callable[[Connection | None], OrmSession]
    ) -> None:
        self._engine = engine
        self._orm_session = orm_session
        self._orm: OrmSession | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> UnitOfWork:
        self._orm = None
        self._conn = None
        for name in [n for n in vars(self) if not n.startswith("_")]:
            del self.__dict__[name]  # entered again: new repositories, on the new ORM session
        return self

    @property
    def _db(self) -> OrmSession:
        """The ORM session, made when first asked for."""
        if self._orm is None:
            # On the connection Core reads (and settings writes) already used, if any: one
            # transaction still. The ORM session then leaves committing it to ``commit``.
            self._orm = self._orm_session(self._conn)
        return self._orm

    def connection(self) -> Connection:
        """The connection Core reads run on: the ORM session's (what it holds flushed first)
        once there is one, else a plain connection of its own."""
        if self._orm is not None:
            self._orm.flush()
            return self._orm.connection()
        if self._conn is None:
            self._conn = self._engine.connect()
        return self._conn

    @cached_property
    def sessions(self) -> SessionRepository:
        from .repos.sessions import SessionRepository

        return SessionRepository(self._db)

    @cached_property
    def new_sessions(self) -> NewSessionWriter:
        from .repos.new_sessions import NewSessionWriter

        return NewSessionWriter(self._db)

    @cached_property
    def bulk(self) -> BulkRepository:
        from .repos.bulk import BulkRepository

        return BulkRepository(self._db)

    @cached_property
    def labels(self) -> LabelRepository:
        from .repos.labels import LabelRepository

        return LabelRepository(self._db)

    @cached_property
    def parts(self) -> SessionPartsRepository:
        from .repos.parts import SessionPartsRepository

        return SessionPartsRepository(self._db)

    @cached_property
    def query(self) -> SessionQueryRepository:
        from .repos.query import SessionQueryRepository

        return SessionQueryRepository(self.connection)

    @cached_property
    def directory(self) -> DirectoryReads:
        from .repos.directory import DirectoryReads

        return DirectoryReads(self.connection)

    @cached_property
    def reads(self) -> SessionReads:
        from .repos.reads import SessionReads

        return SessionReads(self.connection)

    @cached_property
    def overview(self) -> OverviewRepository:
        from .repos.overview import OverviewRepository

        return OverviewRepository(self._db)

    @cached_property
    def people(self) -> PeopleRepository:
        from .repos.people import PeopleRepository

        return PeopleRepository(self._db)

    @cached_property
    def files(self) -> FileReferences:
        from .repos.files import FileReferences

        return FileReferences(self._db)

    @cached_property
    def playback(self) -> PlaybackStateRepository:
        from .repos.playback import PlaybackStateRepository

        return PlaybackStateRepository(self._db)

    @cached_property
    def settings(self) -> SettingsRepository:
        from .repos.settings import SettingsRepository

        return SettingsRepository(self.connection, lambda: self._db)

    @cached_property
    def queue(self) -> TranscriptionQueueRepository:
        from .repos.queue import TranscriptionQueueRepository

        return TranscriptionQueueRepository(self.connection)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self._orm is not None:
                try:
                    self._orm.rollback()
                finally:
                    self._orm.close()
        finally:
            if self._conn is not None:
                self._conn.close()  # rolls back what was not committed
        if _stale(exc):
            raise ConflictError("record", None) from exc
        if isinstance(exc, OperationalError) and "locked" in str(exc).lower():
            raise ArchiveError(
                _t("The catalogue is busy (locked by another program); try again.")
            ) from exc
        if isinstance(exc, IntegrityError):
            raise ArchiveError(
                _t("The change breaks a rule of the catalogue: {orig}").format(orig=exc.orig)
            ) from exc

    def commit(self) -> None:
        if self._orm is not None:
            self._orm.commit()  # flushes, and writes the search index (its events)
        if self._conn is not None:
            self._conn.commit()


def _stale(exc: BaseException | None) -> bool:
    """A lost update found by the ORM (its module is loaded only if an ORM session was made)."""
    orm_errors = sys.modules.get("sqlalchemy.orm.exc")
    return orm_errors is not None and isinstance(exc, orm_errors.StaleDataError)


def session_factory(engine: Engine) -> sessionmaker[OrmSession]:
    """ORM sessions on ``engine``; the search index's session events are registered here, with
    the first factory, since only ORM sessions need them."""
    from sqlalchemy.orm import sessionmaker

    from .search.events import register_session_events

    with _REGISTERING:  # catalogues of two threads may make their first ones at once
        register_session_events()
    return sessionmaker(engine, expire_on_commit=False)


_REGISTERING = threading.Lock()
