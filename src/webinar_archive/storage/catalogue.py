"""Opening a library's catalogue: engine, schema check or upgrade, units of work and file store."""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..domain.errors import LibraryError
from ..domain.files import file_mode
from ..domain.messages import _t
from ..domain.progress import ReportProgress
from .catalogue_file import CATALOGUE_FILE as CATALOGUE_FILE
from .catalogue_file import file_problem
from .changes import ChangeWatcher
from .database import create_catalogue_engine, damaged_message, ensure_schema
from .filestore import INCOMING_PREFIX, FileStore, hold_while_written
from .search import attach_search_index, rebuild_pending
from .uow import UnitOfWork, session_factory

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession
    from sqlalchemy.orm import sessionmaker

log = logging.getLogger(__name__)


class Catalogue:
    """An open catalogue; hand out units of work with ``catalogue.uow()``."""

    def __init__(self, root: Path, engine: Engine, schema_action: str) -> None:
        self.root = root
        self.engine = engine
        self.schema_action = schema_action
        self.files = FileStore(root)
        # Partial copies of interrupted programs removed when it opened (check reports them).
        self.temporary_removed = 0
        # Sessions indexed when it opened, going on with a pending rebuild of the search index
        # (None: there was none).
        self.index_finished_at_open: int | None = None
        self.changes = ChangeWatcher(engine)
        self._factory: sessionmaker[OrmSession] | None = None  # made by the first ORM use
        self._factory_lock = threading.Lock()  # the GUI and query threads share a catalogue

    @property
    def backend(self) -> str:
        return self.engine.url.get_backend_name()

    @property
    def url_for_display(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.engine, self._orm_session)

    def _orm_session(self, connection: Connection | None = None) -> OrmSession:
        """An ORM session (on ``connection`` when given); the first one imports the ORM."""
        with self._factory_lock:
            if self._factory is None:
                self._factory = session_factory(self.engine)
        if connection is not None:
            return self._factory(bind=connection)
        return self._factory()

    def close(self) -> None:
        self.changes.close()
        self.engine.dispose()


def open_catalogue(
    root: Path,
    database_url: str | None = None,
    *,
    create: bool = True,
    progress: ReportProgress | None = None,
) -> Catalogue:
    """Open (creating when allowed) the library at ``root``; PostgreSQL when a URL is given.

    A search index rebuild that an upgrade started (or an interrupted open left) is finished
    here, reporting to ``progress``; stopped (``Cancelled``, Ctrl+C), it goes on at the next
    open from where it was.
    """
    root = root.expanduser()
    db_file = root / CATALOGUE_FILE
    backup_dir = root / "backups"
    read_only = False
    created = False
    if database_url is None:
        if not create and not db_file.exists():
            raise LibraryError(
                _t("No library at {root} (no {file}). Run 'init' first.").format(
                    root=root, file=CATALOGUE_FILE
                )
            )
        if db_file.exists():
            check_catalogue_file(db_file, backup_dir)
            # Reading a library on a read-only disk or folder works; saving says why it cannot.
            read_only = not (os.access(root, os.W_OK) and os.access(db_file, os.W_OK))
        else:
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(
                    _t("Cannot create the library folder {root}: {strerror}").format(
                        root=root, strerror=exc.strerror
                    )
                ) from exc
            created = _create_sqlite_catalogue(db_file)
        url = f"sqlite:///{db_file}"
    else:
        try:
            make_url(database_url)
        except ArgumentError as exc:
            raise LibraryError(
                _t("Not a database URL: {database_url!r}").format(database_url=database_url)
            ) from exc
        root.mkdir(parents=True, exist_ok=True)
        url = database_url
    try:
        engine = create_catalogue_engine(url, read_only=read_only, backup_dir=backup_dir)
    except (SQLAlchemyError, ImportError) as exc:
        raise LibraryError(_t("Cannot open the catalogue: {exc}").format(exc=exc)) from exc
    try:
        action = ensure_schema(engine, backup_dir=backup_dir)
        # The search index follows this catalogue's writes from here on (tables made when new).
        attach_search_index(engine, create=action == "created")
        finished = None if read_only else finish_rebuild(engine, progress)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise LibraryError(
            _t("Cannot open the catalogue at {url}: {exc}").format(
                url=make_url(url).render_as_string(), exc=exc
            )
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    catalogue = Catalogue(root, engine, "created" if created else action)
    catalogue.index_finished_at_open = finished
    left = 0 if read_only else catalogue.files.clean_incoming()
    catalogue.temporary_removed = left
    if left:
        log.warning("removed %d partial file(s) left by an interrupted copy", left)
    return catalogue


def finish_rebuild(engine: Engine, progress: ReportProgress | None = None) -> int | None:
    """Finish a stepwise search index rebuild an upgrade started (or an interrupted open left);
    the index writer is imported only when there is one to finish."""
    with engine.connect() as conn:
        if not rebuild_pending(conn):
            return None
    from . import search

    return search.finish_rebuild(engine, progress)


def _create_sqlite_catalogue(db_file: Path) -> bool:
    """Make a new, complete catalogue at ``db_file``, or leave no catalogue at all.

    SQLite commits each CREATE TABLE on its own: a program killed while making a catalogue in
    place would leave a file with some tables and no version, which is then refused as
    damaged. So it is made under a temporary name (cleaned up at the next open if killed)
    and appears under its own name only once whole. When another program made one meanwhile,
    that one is kept (and False returned).
    """
    fd, name = tempfile.mkstemp(prefix=INCOMING_PREFIX, suffix=".sqlite", dir=db_file.parent)
    partial = Path(name)
    try:
        hold_while_written(fd)  # clean_incoming in another program leaves it alone
        engine = create_catalogue_engine(f"sqlite:///{partial}")
        try:
            ensure_schema(engine, backup_dir=None)
            attach_search_index(engine, create=True)
        finally:
            engine.dispose()  # the last connection closing folds the -wal file back in
        os.chmod(partial, file_mode())
        try:
            os.link(partial, db_file)  # unlike a rename, never replaces another's catalogue
        except FileExistsError:
            log.info("another program created %s first; using that one", db_file)
            return False
        return True
    except (OSError, SQLAlchemyError) as exc:
        raise LibraryError(
            _t("Cannot create the catalogue {db_file}: {exc}").format(db_file=db_file, exc=exc)
        ) from exc
    finally:
        for leftover in (partial, *(Path(f"{partial}{x}") for x in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        os.close(fd)


def check_catalogue_file(db_file: Path, backup_dir: Path) -> None:
    """Refuse a catalogue file that is empty, not SQLite, not ours or cut short; change nothing.

    SQLite would take an empty or foreign file as a new database and the library would open
    with no sessions, leaving every file in files/ unreferenced. Only reads are done here, on a
    connection that can neither write the file nor create -wal/-shm files beside it.
    """
    for attempt in range(CHECK_ATTEMPTS):
        why = file_problem(db_file)
        if not why:
            return
        # That connection ignores locks, so a program writing the catalogue right now (a
        # checkpoint copying pages into the file) can make a sound file read as damaged for a
        # moment: only a problem that is still there a little later is one.
        if attempt + 1 < CHECK_ATTEMPTS:
            time.sleep(0.2 * (attempt + 1))
    raise LibraryError(damaged_message(db_file, why, backup_dir))


CHECK_ATTEMPTS = 3
