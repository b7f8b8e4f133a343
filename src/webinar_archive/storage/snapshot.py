"""Consistent copies of a catalogue for backups, and loading one back: SQLite files and rows."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, create_engine, inspect, text

from ..domain.errors import LibraryError
from ..domain.messages import _t
from .database import (
    ROWS_FORMAT,
    alembic_config,
    create_catalogue_engine,
    current_revision,
    json_value,
    rows_document,
)

# The tables whose rows name stored files; each has stored_path and sha256 columns.
FILE_TABLES = ("material", "recording", "subtitle_track", "page_snapshot")
SQLITE_SNAPSHOT = "catalogue.sqlite"
ROWS_SNAPSHOT = "catalogue-rows.json"


@dataclass(frozen=True, slots=True)
class FileRef:
    """A stored file a catalogue names: its path (relative when managed) and recorded hash."""

    stored_path: str
    sha256: str


@dataclass(frozen=True, slots=True)
class CatalogueSnapshot:
    """A copy of a catalogue written to ``path``: a SQLite file, or rows as JSON (a server)."""

    path: Path
    kind: str  # "sqlite" or "rows"
    revision: str | None
    files: tuple[FileRef, ...]


def snapshot_catalogue(engine: Engine, folder: Path) -> CatalogueSnapshot:
    """Copy the catalogue into ``folder`` while others may be writing to it.

    SQLite: the online backup API on the engine's own driver connection (what is committed,
    from the WAL too), then switched to a rollback journal so the copy is one self-contained
    file. A server: every row of every table read in one REPEATABLE READ transaction. The stored
    files listed are read from the copy, so they are exactly the ones it names.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if engine.dialect.name == "sqlite":
        target = folder / SQLITE_SNAPSHOT
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
                revision, files = _sqlite_contents(copy)
            finally:
                copy.close()
        finally:
            raw.close()
        return CatalogueSnapshot(target, "sqlite", revision, files)
    document = rows_document(engine)
    target = folder / ROWS_SNAPSHOT
    with target.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, default=json_value)
    tables = document["tables"]
    assert isinstance(tables, dict)
    return CatalogueSnapshot(target, "rows", _rows_revision(tables), _rows_files(tables))


def _sqlite_contents(db: sqlite3.Connection) -> tuple[str | None, tuple[FileRef, ...]]:
    row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    union = " UNION ".join(f"SELECT stored_path, sha256 FROM {t}" for t in FILE_TABLES)
    files = tuple(FileRef(str(p), str(h)) for p, h in db.execute(f"{union} ORDER BY 1, 2"))
    return (str(row[0]) if row else None), files


def _rows_revision(tables: Mapping[str, Any]) -> str | None:
    rows = tables.get("alembic_version", {}).get("rows") or []
    return str(rows[0][0]) if rows else None


def _rows_files(tables: Mapping[str, Any]) -> tuple[FileRef, ...]:
    found: set[FileRef] = set()
    for name in FILE_TABLES:
        table = tables.get(name) or {"columns": [], "rows": []}
        columns = list(table["columns"])
        if "stored_path" not in columns:
            continue
        path_at, hash_at = columns.index("stored_path"), columns.index("sha256")
        found.update(FileRef(str(r[path_at]), str(r[hash_at])) for r in table["rows"])
    return tuple(sorted(found, key=lambda f: (f.stored_path, f.sha256)))


def sqlite_problems(db_file: Path) -> list[str]:
    """What SQLite's own ``integrity_check`` and ``foreign_key_check`` find wrong (empty: none)."""
    try:
        db = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            problems = [str(r[0]) for r in db.execute("PRAGMA integrity_check")]
            problems = [p for p in problems if p != "ok"]
            problems += [
                f"row {rowid} of {table} refers to a missing row of {parent}"
                for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check")
            ]
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return problems


def read_rows_document(path: Path) -> dict[str, Any]:
    """A rows snapshot read back; LibraryError when it is not one."""
    try:
        with path.open(encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, ValueError) as exc:
        raise LibraryError(
            _t("{name} is not a readable catalogue snapshot ({exc}).").format(
                name=path.name, exc=exc
            )
        ) from exc
    if (
        not isinstance(document, dict)
        or document.get("format") != ROWS_FORMAT
        or not isinstance(document.get("tables"), dict)
    ):
        raise LibraryError(
            _t("{name} is not a catalogue snapshot (format {format}).").format(
                name=path.name, format=ROWS_FORMAT
            )
        )
    return document


def load_rows(engine: Engine, document: Mapping[str, Any]) -> str:
    """Build the schema of the document's revision in an EMPTY database and insert its rows.

    Returns the revision. The search index is not loaded (its tables are the database's own
    kind, FTS5 or tsvector): rebuild it once the catalogue is open. LibraryError when the
    database is not empty or the rows do not fit the schema.
    """
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise LibraryError(_t("The catalogue snapshot holds no tables."))
    revision = _rows_revision(tables)
    if revision is None:
        raise LibraryError(_t("The catalogue snapshot does not say its schema revision."))
    if inspect(engine).get_table_names():
        raise LibraryError(
            _t(
                "The database {url} is not empty; restore a catalogue only into an empty one."
            ).format(url=engine.url.render_as_string())
        )
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), revision)
    except Exception as exc:
        raise LibraryError(
            _t(
                "The catalogue snapshot is at schema revision {revision!r}, which this "
                "program does not know ({exc}). Update the program."
            ).format(revision=revision, exc=exc)
        ) from exc
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version" or table.name.startswith("search_"):
                continue
            data = tables.get(table.name)
            if not data or not data.get("rows"):
                continue
            columns = list(data["columns"])
            unknown = [c for c in columns if c not in table.c]
            if unknown:
                raise LibraryError(
                    _t(
                        "The snapshot's table {name} has columns the schema at revision "
                        "{revision} lacks: {names}."
                    ).format(name=table.name, revision=revision, names=", ".join(unknown))
                )
            convert = [_converter(table.c[c].type) for c in columns]
            rows = [
                {c: f(v) for c, f, v in zip(columns, convert, row, strict=True)}
                for row in data["rows"]
            ]
            for start in range(0, len(rows), 1000):
                conn.execute(table.insert(), rows[start : start + 1000])
        if engine.dialect.name == "postgresql":
            _reset_sequences(conn, metadata.sorted_tables)
    loaded = current_revision(engine)
    return loaded or revision


def _converter(column_type: Any) -> Any:
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return lambda v: v
    parse: dict[type, Any] = {
        dt.datetime: dt.datetime.fromisoformat,
        dt.date: dt.date.fromisoformat,
        dt.time: dt.time.fromisoformat,
        bytes: bytes.fromhex,
    }
    make = parse.get(python_type)
    if make is None:
        return lambda v: v
    return lambda v: make(v) if isinstance(v, str) else v


def _reset_sequences(conn: Any, tables: Iterable[Any]) -> None:
    # Rows came with their ids; the next id a sequence hands out must follow them.
    for table in tables:
        if "id" not in table.c or table.name.startswith("search_"):
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false) "
                f"WHERE pg_get_serial_sequence('{table.name}', 'id') IS NOT NULL"
            )
        )


def load_rows_into(url: str, document: Mapping[str, Any]) -> str:
    """:func:`load_rows` into the empty catalogue database at ``url``."""
    engine = create_catalogue_engine(url)
    try:
        return load_rows(engine, document)
    finally:
        engine.dispose()


def sqlite_rows(db_file: Path) -> dict[str, Any]:
    """Every row of a SQLite catalogue file, as :func:`rows_document` gives them."""
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        document = rows_document(engine)
    finally:
        engine.dispose()
    # Through JSON, so the values are what a rows snapshot from a server would hold.
    loaded: dict[str, Any] = json.loads(json.dumps(document, default=json_value))
    return loaded
