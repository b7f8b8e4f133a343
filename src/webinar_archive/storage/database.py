"""Engines for SQLite and PostgreSQL catalogues, connection pragmas, and schema create/upgrade."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, MetaData, create_engine, event, inspect, select, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..domain.errors import LibraryError
from ..domain.files import file_mode, write_whole
from ..domain.messages import _t
from .changes import notify_writes

# The newest revision in migrations/versions. Opening a current catalogue compares its stored
# revision with this, so Alembic (and Mako, Pygments) is imported only to create or upgrade one;
# a test checks it against Alembic's script directory, so a new revision must update it.
from .plain_reads import HEAD_REVISION as HEAD_REVISION
from .tables import metadata as catalogue_metadata

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# SQLite's page cache per connection. Every connection of a process (the window's table pages,
# the browser's counts, the command line) keeps SQLite's default-sized one: read through 100,000
# sessions, 64 MB caches on the GUI's two connections were most of its memory (338 MB scrolled
# to the end, 189 MB with these). A search raises its connection's cache to SEARCH_CACHE_KIB
# while it runs (storage/search/store.py): it reads the same index pages for every session on
# its page, and with 2 MB they are read again each time (benchmarks/bench_search.py: 8 ms of
# hits become 2). The cache grows only as pages are read, up to this much per connection.
CACHE_KIB = 2 * 1024
SEARCH_CACHE_KIB = 64 * 1024
# How long a statement waits for another process's write to finish before giving up.
BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def create_catalogue_engine(
    url: str, *, read_only: bool = False, backup_dir: Path | None = None
) -> Engine:
    """An engine for ``url`` with the pragmas the catalogue relies on (SQLite) or a sane pool.

    ``read_only`` opens a SQLite file that cannot be written (or whose folder cannot) as
    immutable: SQLite then needs no -wal/-shm files beside it and leaves none behind.
    Database errors come out of the engine as :class:`LibraryError` with a message a user can
    act on (see :func:`_explain`), whichever code path ran the statement.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if read_only and parsed.database:
            engine = create_engine(
                f"sqlite:///file:{parsed.database}?mode=ro&immutable=1&uri=true",
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
            )
            event.listen(engine, "connect", _sqlite_read_only_pragmas)
        else:
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
    else:
        if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", None):
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(parsed, pool_pre_ping=True)
        # Other windows on this catalogue learn of our commits (storage/changes.py).
        notify_writes(engine)
    where = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        where = str(parsed.database)

    def explain(context: ExceptionContext) -> BaseException | None:
        return _explain(context, where, parsed.get_backend_name(), backup_dir)

    event.listen(engine, "handle_error", explain)
    return engine


def latest_backup(backup_dir: Path | None) -> Path | None:
    """The newest catalogue copy in ``backup_dir`` (by name: they carry a timestamp)."""
    if backup_dir is None or not backup_dir.is_dir():
        return None
    copies = sorted(backup_dir.glob("catalogue-*.sqlite"), key=lambda p: p.stat().st_mtime)
    return copies[-1] if copies else None


def damaged_message(db_file: Path, why: str, backup_dir: Path | None) -> str:
    """What to tell a user whose catalogue file cannot be used, and how to get going again."""
    message = _t(
        "{db_file} is not a Webinar Archive catalogue, or it is damaged ({why}). "
        "Nothing was changed."
    ).format(db_file=db_file, why=why)
    backup = latest_backup(backup_dir)
    if backup is not None:
        return _t(
            "{message} The newest backup is {backup}. To go back to it, close the "
            "app, move {name} out of the library folder and copy the backup to "
            "{db_file}."
        ).format(message=message, backup=backup, name=db_file.name, db_file=db_file)
    return _t(
        "{message} There is no backup in {backup_dir}. Move {name} out of the "
        "library folder to start an empty catalogue (files/ is kept, but no "
        "longer catalogued)."
    ).format(message=message, backup_dir=backup_dir, name=db_file.name)


def _explain(
    context: ExceptionContext, where: str, backend: str, backup_dir: Path | None
) -> BaseException | None:
    """Turn a database failure into a LibraryError naming the catalogue and what to do."""
    original = context.original_exception
    text = str(original).strip().splitlines()[0] if str(original).strip() else ""
    lowered = text.lower()
    if backend == "sqlite":
        if "readonly" in lowered or "read-only" in lowered:
            return LibraryError(
                _t(
                    "The catalogue {where} is read-only: it can be read, but changes cannot "
                    "be saved. Make the library folder and the catalogue file writable, then "
                    "try again."
                ).format(where=where)
            )
        if "database is locked" in lowered or "database table is locked" in lowered:
            return LibraryError(
                _t(
                    "The catalogue {where} is busy: another program kept it locked for more "
                    "than {value} s, so the change was not saved. Try again in a moment (a "
                    "long import or upgrade elsewhere may be holding it)."
                ).format(where=where, value=BUSY_TIMEOUT_MS // 1000)
            )
        if "disk is full" in lowered or "disk full" in lowered:
            return LibraryError(
                _t(
                    "The disk holding the catalogue {where} is full; the change was not "
                    "saved. Free some space and try again."
                ).format(where=where)
            )
        if "malformed" in lowered or "not a database" in lowered:
            return LibraryError(damaged_message(Path(where), text, backup_dir))
        if "disk i/o error" in lowered or "unable to open" in lowered:
            return LibraryError(
                _t(
                    "Cannot read or write the catalogue {where} ({text}). Check that the "
                    "disk is attached and readable, and that the library folder exists."
                ).format(where=where, text=text)
            )
        return None
    if isinstance(context.sqlalchemy_exception, OperationalError) or context.is_disconnect:
        return LibraryError(
            _t(
                "Cannot use the catalogue database {where}: {value}. Check that the "
                "server is running and reachable, and that the URL is right."
            ).format(where=where, value=text or original.__class__.__name__)
        )
    return None


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str | None:
    """The head as Alembic's script directory says (HEAD_REVISION is what start-up uses)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision stored in ``alembic_version``, read without Alembic; None without one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        # Branches are not used here: more than one row is a catalogue this program did not make.
        raise LibraryError(
            _t(
                "The catalogue stores several schema versions ({names}); it was not "
                "written by this program. Nothing was changed."
            ).format(names=", ".join(sorted(rows)))
        )
    return rows[0] if rows else None


def ensure_schema(engine: Engine, backup_dir: Path | None) -> str:
    """Create a new catalogue, or back up and upgrade an older one; return what was done.

    Returns ``"created"``, ``"upgraded"`` or ``"current"``. A catalogue newer than this program
    is refused rather than touched.
    """
    head = HEAD_REVISION
    try:
        current = current_revision(engine)
        if current == head:
            return "current"
        has_tables = bool(inspect(engine).get_table_names())
    except SQLAlchemyError as exc:
        raise LibraryError(
            _t("Cannot read the catalogue: {kind}: {exc}").format(
                kind=exc.__class__.__name__, exc=exc
            )
        ) from exc
    # From here on the schema changes (or is refused): only now is Alembic worth its import.
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    if current is None and not has_tables:
        catalogue_metadata.create_all(engine)
        _run_post_create_hooks(engine)
        command.stamp(alembic_config(engine), "head")
        log.info("created a new catalogue at revision %s", head)
        return "created"
    if current is None:
        raise LibraryError(
            _t(
                "The database holds tables but no catalogue version; it is not a Webinar "
                "Archive catalogue (or it was damaged). Nothing was changed."
            )
        )
    script = ScriptDirectory.from_config(alembic_config(engine))
    try:
        known = script.get_revision(current) is not None
    except CommandError:
        known = False
    if not known:
        raise LibraryError(
            _t(
                "This catalogue was written by a newer Webinar Archive (schema "
                "{current}). Update the program; nothing was changed."
            ).format(current=current)
        )
    if backup_dir is not None:
        reason = f"before-upgrade-from-{current}"
        if engine.url.get_backend_name() == "sqlite":
            backup_sqlite(engine, backup_dir, reason=reason)
        else:
            try:
                backup_rows(engine, backup_dir, reason=reason)
            except (OSError, SQLAlchemyError) as exc:
                raise LibraryError(
                    _t(
                        "Not upgrading the catalogue {url}: its backup to "
                        "{backup_dir} could not be written ({exc}). Nothing was changed."
                    ).format(
                        url=engine.url.render_as_string(),
                        backup_dir=backup_dir,
                        exc=exc,
                    )
                ) from exc
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


def backup_rows(engine: Engine, backup_dir: Path, reason: str) -> Path:
    """Write every row of every table to a JSON file in ``backup_dir`` (a server catalogue).

    Tables are read as the database has them (reflected, not through the models), so an old
    schema is saved whole, trash included, before an upgrade changes it. The file is written
    beside its final name and renamed, with the permissions the umask allows.
    """
    import json

    document = rows_document(engine)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = "".join(
        c if c.isalnum() or c in "-_" else "_" for c in Path(engine.url.database or "db").stem
    )
    target = _unused(backup_dir / f"catalogue-{name}-{stamp}-{reason}.json")
    data = json.dumps(document, ensure_ascii=False, default=json_value).encode("utf-8")
    write_whole(target, data)
    log.info("backed up the catalogue rows to %s", target)
    return target


ROWS_FORMAT = "webinar-archive-rows"


def rows_document(engine: Engine) -> dict[str, object]:
    """Every row of every table, read in one transaction: ``{"format", "tables": {name:
    {"columns", "rows"}}}``, values as JSON can hold them (see :func:`json_value`).

    On a server the transaction is REPEATABLE READ, so the tables agree with each other even
    while other clients write.
    """
    metadata = MetaData()
    metadata.reflect(engine)
    tables: dict[str, object] = {}
    with engine.connect() as conn:
        if engine.dialect.name != "sqlite":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            for table in metadata.sorted_tables:
                result = conn.execute(select(table))
                tables[table.name] = {
                    "columns": list(result.keys()),
                    "rows": [list(row) for row in result],
                }
    return {"format": ROWS_FORMAT, "tables": tables}


def json_value(value: object) -> object:
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)


def _unused(path: Path) -> Path:
    """``path``, or the same name with ``-2``, ``-3`` ... before the suffix when it is taken:
    two backups in the same second must not replace each other."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def backup_sqlite(engine: Engine, backup_dir: Path, reason: str) -> Path | None:
    """Copy a SQLite catalogue consistently (online backup API) into ``backup_dir``."""
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        return None
    source = Path(engine.url.database)
    if not source.exists():
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = _unused(backup_dir / f"{source.stem}-{stamp}-{reason}{source.suffix}")
    # A temporary name the next open of the library cleans up if this process is killed.
    fd, partial = tempfile.mkstemp(dir=backup_dir, prefix=".incoming-", suffix=source.suffix)
    os.close(fd)
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        dst.close()
        src.close()
        os.chmod(partial, file_mode())
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    log.info("backed up the catalogue to %s", target)
    return target
