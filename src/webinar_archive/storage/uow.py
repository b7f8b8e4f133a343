"""The unit of work: one transaction with its repositories, committed or rolled back whole."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..domain.errors import ArchiveError, ConflictError
from .repos.bulk import BulkRepository
from .repos.files import FileReferences
from .repos.labels import LabelRepository
from .repos.new_sessions import NewSessionWriter
from .repos.overview import OverviewRepository
from .repos.parts import SessionPartsRepository
from .repos.people import PeopleRepository
from .repos.playback import PlaybackStateRepository
from .repos.query import SessionQueryRepository
from .repos.queue import TranscriptionQueueRepository
from .repos.sessions import SessionRepository
from .repos.settings import SettingsRepository


class UnitOfWork:
    """``with uow: ...; uow.commit()`` - leaving the block without commit rolls everything back."""

    def __init__(self, factory: sessionmaker) -> None:  # type: ignore[type-arg]
        self._factory = factory

    def __enter__(self) -> UnitOfWork:
        self._db = self._factory()
        self.sessions = SessionRepository(self._db)
        self.new_sessions = NewSessionWriter(self._db)
        self.bulk = BulkRepository(self._db)
        self.labels = LabelRepository(self._db)
        self.parts = SessionPartsRepository(self._db)
        self.query = SessionQueryRepository(self._db)
        self.overview = OverviewRepository(self._db)
        self.people = PeopleRepository(self._db)
        self.files = FileReferences(self._db)
        self.playback = PlaybackStateRepository(self._db)
        self.settings = SettingsRepository(self._db)
        self.queue = TranscriptionQueueRepository(self._db)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self._db.rollback()
        finally:
            self._db.close()
        if isinstance(exc, StaleDataError):
            raise ConflictError("record", None) from exc
        if isinstance(exc, OperationalError) and "locked" in str(exc).lower():
            raise ArchiveError(
                "The catalogue is busy (locked by another program); try again."
            ) from exc
        if isinstance(exc, IntegrityError):
            raise ArchiveError(f"The change breaks a rule of the catalogue: {exc.orig}") from exc

    def commit(self) -> None:
        self._db.commit()


def session_factory(engine: Engine) -> sessionmaker:  # type: ignore[type-arg]
    return sessionmaker(engine, expire_on_commit=False)
