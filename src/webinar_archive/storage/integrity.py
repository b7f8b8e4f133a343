"""The database's own consistency checks, as far as each backend offers them, in plain words."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from ..domain.errors import ArchiveError
from ..domain.messages import _t
from .search.fields import SEARCH_TABLES

# More lines than this from integrity_check say nothing a user can act on that the first ones
# do not; SQLite stops at 100 by default anyway.
MAX_MESSAGES = 20


@dataclass(slots=True)
class DatabaseCheck:
    """What was checked (``checks``), what it found (``problems``) and where (``where``)."""

    where: str
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)


def check_database(engine: Engine) -> DatabaseCheck:
    """Run the backend's consistency checks; a database too damaged to answer is a problem too."""
    url = engine.url
    where = url.database or "" if url.get_backend_name() == "sqlite" else url.render_as_string()
    result = DatabaseCheck(str(where))
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                _check_sqlite(conn, result)
            else:
                _check_postgres(conn, result)
    except (SQLAlchemyError, ArchiveError) as exc:
        # A damaged file fails the check itself ("database disk image is malformed").
        result.problems.append(str(exc).strip().splitlines()[0])
    return result


def _check_sqlite(conn: Connection, result: DatabaseCheck) -> None:
    result.checks.append(_t("SQLite integrity_check (every page, table and index of the file)"))
    rows = [str(r[0]) for r in conn.execute(text(f"PRAGMA integrity_check({MAX_MESSAGES})"))]
    if rows != ["ok"]:
        result.problems.extend(rows)
    result.checks.append(_t("SQLite foreign_key_check (every reference between rows)"))
    for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
        result.foreign_keys.append(
            _t("{table} row {rowid} refers to a missing {parent} row").format(
                table=table, rowid=rowid, parent=parent
            )
        )
        if len(result.foreign_keys) >= MAX_MESSAGES:
            break
    # FTS5 keeps its own index beside the text it holds; integrity_check of SQLite 3.40 does
    # not look inside it. The 'integrity-check' command does, and writes nothing.
    result.checks.append(_t("FTS5 integrity-check of the search tables"))
    for table in SEARCH_TABLES:
        try:
            conn.execute(text(f"INSERT INTO {table}({table}) VALUES ('integrity-check')"))
        except (SQLAlchemyError, ArchiveError) as exc:
            message = str(getattr(exc, "orig", exc)).strip()
            if "no such table" in message or "read-only" in message or "readonly" in message:
                continue  # no index yet (check says so), or a library on a read-only disk
            result.problems.append(
                _t("search table {table}: {message}").format(table=table, message=message)
            )
    conn.rollback()


def _check_postgres(conn: Connection, result: DatabaseCheck) -> None:
    # The server enforces foreign keys on every write, and it has no page-level check short
    # of the amcheck extension (rarely installed; data checksums are the server's business).
    # What can still be wrong: a constraint added NOT VALID and never validated, an index
    # left invalid by an interrupted CREATE INDEX CONCURRENTLY.
    result.checks.append(
        _t(
            "PostgreSQL: foreign keys are enforced by the server; page-level checks "
            "(amcheck) are not run"
        )
    )
    result.checks.append(_t("PostgreSQL: every constraint of the catalogue validated"))
    for name, table in conn.execute(
        text(
            "SELECT c.conname, t.relname FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT c.convalidated"
        )
    ):
        result.problems.append(
            _t("constraint {name} of table {table} is not validated").format(name=name, table=table)
        )
    result.checks.append(_t("PostgreSQL: every index of the catalogue valid and ready"))
    for name, table in conn.execute(
        text(
            "SELECT i.relname, t.relname FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid "
            "JOIN pg_class t ON t.oid = x.indrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT (x.indisvalid AND x.indisready)"
        )
    ):
        result.problems.append(
            _t("index {name} of table {table} is invalid (rebuild it: REINDEX)").format(
                name=name, table=table
            )
        )
