"""The unit of work: one transaction with its repositories, committed or rolled back whole."""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..domain.errors import ArchiveError, ConflictError
from ..domain.messages import _t

if TYPE_CHECKING:
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
    """``with uow: ...; uow.commit()`` - leaving the block without commit rolls everything back.

    Each repository (and its module) is made when the unit of work first uses it: a command
    that lists sessions imports the list queries, not the bulk editor, the people matcher and
    the rest.
    """

    def __init__(self, factory: sessionmaker) -> None:  # type: ignore[type-arg]
        self._factory = factory

    def __enter__(self) -> UnitOfWork:
        self._db = self._factory()
        for name in [n for n in vars(self) if not n.startswith("_")]:
            del self.__dict__[name]  # entered again: new repositories, on the new ORM session
        return self

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

        return SessionQueryRepository(self._db)

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

        return SettingsRepository(self._db)

    @cached_property
    def queue(self) -> TranscriptionQueueRepository:
        from .repos.queue import TranscriptionQueueRepository

        return TranscriptionQueueRepository(self._db)

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
                _t("The catalogue is busy (locked by another program); try again.")
            ) from exc
        if isinstance(exc, IntegrityError):
            raise ArchiveError(
                _t("The change breaks a rule of the catalogue: {orig}").format(orig=exc.orig)
            ) from exc

    def commit(self) -> None:
        self._db.commit()


def session_factory(engine: Engine) -> sessionmaker:  # type: ignore[type-arg]
    return sessionmaker(engine, expire_on_commit=False)
