"""What every repository shares: fetch-or-raise, the session version bump, LIKE patterns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Select, select, update

from ...domain.errors import NotFoundError
from ...domain.text import fold

# The ORM is imported by the helpers that need it, when they run: the Core reads
# (``query.py``, ``reads.py``) use this module without it.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

    from .. import orm as o

RowT = TypeVar("RowT", bound="o.Base")


def get_or_raise(db: OrmSession, row_type: type[RowT], ident: int, kind: str) -> RowT:
    """The row of ``row_type`` with primary key ``ident``, or NotFoundError naming ``kind``."""
    row = db.get(row_type, ident)
    if row is None:
        raise NotFoundError(kind, ident)
    return row


def plain_scalars(db: OrmSession | Connection, query: Select[Any]) -> list[Any]:
    """The first column of every row of ``query``, as the database driver gives it (ids and
    other values that need no conversion).

    The ORM session's own ``scalars`` passes each row through the ORM's row loading, even for a
    select of one column: the session table's first read of 100,000 ids, before the window's
    first rows, took 0.18-0.21 s of CPU that way and 0.11-0.15 s this way (the statement itself
    0.04-0.09 s). Run on the session's connection, in its transaction, after writing what it
    holds (or on the connection given).
    """
    if isinstance(db, Connection):
        conn = db
    else:
        db.flush()
        conn = db.connection()
    result = conn.execute(query)
    try:
        # The driver's own rows in one call: SQLAlchemy's row-by-row fetch of 100,000 ids cost
        # more than the statement. Plain values only: no result type is applied.
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def driver_rows(
    db: OrmSession | Connection, query: Select[Any], arguments: dict[str, Any]
) -> list[Any]:
    """Every row of ``query`` run with ``arguments``, as the database driver gives it (no
    result type applied: the caller converts what needs it), as ``plain_scalars`` runs."""
    if isinstance(db, Connection):
        conn = db
    else:
        db.flush()
        conn = db.connection()
    result = conn.execute(query, arguments)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def bump_session(db: OrmSession, session_id: int) -> None:
    """One more version of the session: an editor holding an older one sees the change."""
    from .. import orm as o

    db.execute(
        update(o.SessionRow)
        .where(o.SessionRow.id == session_id)
        .values(version=o.SessionRow.version + 1, updated_at=o.utcnow())
        .execution_options(synchronize_session=False)
    )


def bump_recording_session(db: OrmSession, recording_id: int) -> None:
    from .. import orm as o

    session_id = db.scalar(
        select(o.RecordingRow.session_id).where(o.RecordingRow.id == recording_id)
    )
    if session_id is not None:
        bump_session(db, session_id)


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern with ``escape="\\"``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like(text: str) -> str:
    return f"%{escape_like(text)}%"


def unique_names(names: Iterable[str], exclude: str) -> list[str]:
    seen = {exclude}
    result = []
    for raw in names:
        name = " ".join(raw.split())
        key = fold(name)
        if key and key not in seen:
            seen.add(key)
            result.append(name)
    return result
