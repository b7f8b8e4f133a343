"""Opening a library's catalogue: engine, schema check or upgrade, units of work and file store."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..domain.errors import LibraryError
from .database import create_catalogue_engine, ensure_schema
from .filestore import FileStore
from .search import attach_search_index
from .uow import UnitOfWork, session_factory

log = logging.getLogger(__name__)

CATALOGUE_FILE = "catalogue.sqlite"


class Catalogue:
    """An open catalogue; hand out units of work with ``catalogue.uow()``."""

    def __init__(self, root: Path, engine: Engine, schema_action: str) -> None:
        self.root = root
        self.engine = engine
        self.schema_action = schema_action
        self.files = FileStore(root)
        self._factory = session_factory(engine)

    @property
    def backend(self) -> str:
        return self.engine.url.get_backend_name()

    @property
    def url_for_display(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory)

    def close(self) -> None:
        self.engine.dispose()


def open_catalogue(
    root: Path, database_url: str | None = None, *, create: bool = True
) -> Catalogue:
    """Open (creating when allowed) the library at ``root``; PostgreSQL when a URL is given."""
    root = root.expanduser()
    db_file = root / CATALOGUE_FILE
    if database_url is None:
        if not create and not db_file.exists():
            raise LibraryError(f"No library at {root} (no {CATALOGUE_FILE}). Run 'init' first.")
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"Cannot create the library folder {root}: {exc.strerror}") from exc
        url = f"sqlite:///{db_file}"
    else:
        try:
            make_url(database_url)
        except ArgumentError as exc:
            raise LibraryError(f"Not a database URL: {database_url!r}") from exc
        root.mkdir(parents=True, exist_ok=True)
        url = database_url
    try:
        engine = create_catalogue_engine(url)
    except (SQLAlchemyError, ImportError) as exc:
        raise LibraryError(f"Cannot open the catalogue: {exc}") from exc
    try:
        action = ensure_schema(engine, backup_dir=root / "backups")
    except SQLAlchemyError as exc:
        engine.dispose()
        raise LibraryError(
            f"Cannot open the catalogue at {make_url(url).render_as_string()}: {exc}"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    catalogue = Catalogue(root, engine, action)
    attach_search_index(engine, create=action == "created")
    left = catalogue.files.clean_incoming()
    if left:
        log.warning("removed %d partial file(s) left by an interrupted copy", left)
    return catalogue
