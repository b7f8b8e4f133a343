"""Which search backend a database gets, and the index tables: create, drop, check, and leave
out of schema comparisons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from .backend import SearchBackend
    from .tuning import SearchTuning

from .fields import REBUILD_TABLE, SEARCH_TABLES

# Checking for the index tables is all a catalogue does with the index when it opens: the
# backends (and the query language they share) are imported when one is asked for.


def backend_for(dialect: str, tuning: SearchTuning | None = None) -> SearchBackend:
    """The backend of a database by its SQLAlchemy dialect name (SQLite, else PostgreSQL)."""
    from .postgres import PostgresBackend
    from .sqlite import SqliteBackend

    if dialect == "sqlite":
        return SqliteBackend(tuning)
    return PostgresBackend(tuning)


def create_search_schema(conn: Connection) -> None:
    """Create the index tables when missing (idempotent); used by a new catalogue, migration
    0002 and ``SearchStore.ensure``."""
    backend_for(conn.dialect.name).create_schema(conn)


def drop_search_schema(conn: Connection) -> None:
    for table in (*SEARCH_TABLES, REBUILD_TABLE):
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))


def rebuild_pending(conn: Connection) -> bool:
    """True while a stepwise rebuild of the index is not finished (its mark table exists)."""
    # Every search and every open asks: on SQLite one look at the schema table rather than
    # the inspector's.
    if conn.dialect.name == "sqlite":
        found = conn.scalar(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
            {"n": REBUILD_TABLE},
        )
        return found is not None
    return bool(inspect(conn).has_table(REBUILD_TABLE))


def has_search_schema(conn: Connection) -> bool:
    inspector = inspect(conn)
    return all(inspector.has_table(t) for t in backend_for(conn.dialect.name).tables)


def include_in_autogenerate(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic ``include_name`` filter: the search tables (and the FTS5 shadow tables behind
    them) come from ``create_search_schema``, not from the models, so a comparison of the
    database with the models must not propose dropping them."""
    return not (type_ == "table" and name is not None and name.startswith("search_"))
