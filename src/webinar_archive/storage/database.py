"""Engines for SQLite and PostgreSQL catalogues, connection pragmas, and schema create/upgrade."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ..domain.errors import LibraryError
from .orm import Base

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
CACHE_KIB = 64 * 1024


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # A search reads the same index pages for every session on its page; with SQLite's default
    # 2 MB they are read again each time (benchmarks/bench_search.py: 8 ms of hits become 2).
    # The cache grows only as pages are read, up to this much per connection.
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def create_catalogue_engine(url: str) -> Engine:
    """An engine for ``url`` with the pragmas the catalogue relies on (SQLite) or a sane pool."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", None):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine, backup_dir: Path | None) -> str:
    """Create a new catalogue, or back up and upgrade an older one; return what was done.

    Returns ``"created"``, ``"upgraded"`` or ``"current"``. A catalogue newer than this program
    is refused rather than touched.
    """
    head = head_revision(engine)
    try:
        current = current_revision(engine)
        has_tables = bool(inspect(engine).get_table_names())
    except SQLAlchemyError as exc:
        raise LibraryError(f"Cannot read the catalogue: {exc.__class__.__name__}: {exc}") from exc
    if current is None and not has_tables:
        Base.metadata.create_all(engine)
        _run_post_create_hooks(engine)
        command.stamp(alembic_config(engine), "head")
        log.info("created a new catalogue at revision %s", head)
        return "created"
    if current is None:
        raise LibraryError(
            "The database holds tables but no catalogue version; it is not a Webinar Archive "
            "catalogue (or it was damaged). Nothing was changed."
        )
    if current == head:
        return "current"
    script = ScriptDirectory.from_config(alembic_config(engine))
    try:
        known = script.get_revision(current) is not None
    except CommandError:
        known = False
    if not known:
        raise LibraryError(
            f"This catalogue was written by a newer Webinar Archive (schema {current}). "
            "Update the program; nothing was changed."
        )
    if backup_dir is not None:
        backup_sqlite(engine, backup_dir, reason=f"before-upgrade-from-{current}")
    command.upgrade(alembic_config(engine), "head")
    log.info("upgraded the catalogue from %s to %s", current, head)
    return "upgraded"


# Later features (the search index) register DDL that create_all cannot express (FTS5 tables).
_POST_CREATE_HOOKS: list[object] = []


def register_post_create_hook(hook: object) -> None:
    """Run ``hook(engine)`` after ``create_all`` on a new catalogue (idempotent registration)."""
    if hook not in _POST_CREATE_HOOKS:
        _POST_CREATE_HOOKS.append(hook)


def _run_post_create_hooks(engine: Engine) -> None:
    for hook in _POST_CREATE_HOOKS:
        hook(engine)  # type: ignore[operator]


def backup_sqlite(engine: Engine, backup_dir: Path, reason: str) -> Path | None:
    """Copy a SQLite catalogue consistently (online backup API) into ``backup_dir``."""
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        return None
    source = Path(engine.url.database)
    if not source.exists():
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{source.stem}-{stamp}-{reason}{source.suffix}"
    partial = target.with_suffix(target.suffix + ".part")
    with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
    dst.close()
    shutil.move(partial, target)
    log.info("backed up the catalogue to %s", target)
    return target
