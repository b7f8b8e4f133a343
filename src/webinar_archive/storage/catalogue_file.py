"""The catalogue file of a SQLite library, looked at with the standard library's sqlite3 alone:
its name, and whether it is whole and ours (``catalogue.check_catalogue_file`` refuses one
that is not; ``plain_reads.py`` then leaves it to that check)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.errors import LibraryError
from ..domain.messages import _t

CATALOGUE_FILE = "catalogue.sqlite"
SQLITE_HEADER = b"SQLite format 3\x00"


def file_problem(db_file: Path) -> str:
    """Why the file at ``db_file`` is not a usable catalogue ("" when it is); only reads, on a
    connection that can neither write the file nor create -wal/-shm files beside it."""
    try:
        size = db_file.stat().st_size
        with db_file.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise LibraryError(
            _t("Cannot read the catalogue {db_file}: {strerror}.").format(
                db_file=db_file, strerror=exc.strerror
            )
        ) from exc
    if size == 0:
        return "the file is empty, 0 bytes"
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        return "not a SQLite database"
    return _sqlite_problem(db_file, header, size)


def _sqlite_problem(db_file: Path, header: bytes, size: int) -> str:
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # Pages committed to the write-ahead log but not yet copied into the file are part of the
    # catalogue: a checkpoint stopped half-way (a full disk) leaves the file shorter than its
    # header says while the log still holds every page. Then SQLite reads the file through
    # the log, as the program will, and only what it cannot read is a problem.
    wal = db_file.with_name(db_file.name + "-wal")
    logged = wal.exists() and wal.stat().st_size > 0
    # The page count in the header is valid when its "version valid for" matches the change
    # counter (SQLite 3.7+); a file shorter than that count was cut short.
    if not logged and header[92:96] == header[24:28] and pages and size < pages * page_size:
        return f"the file is cut short: {size} of {pages * page_size} bytes"
    uri = f"file:{db_file}?mode=ro" + ("" if logged else "&immutable=1")
    try:
        with sqlite3.connect(uri, uri=True) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return ""  # an empty SQLite database: nothing in it to lose
            if "alembic_version" not in tables or "session" not in tables:
                return "SQLite, but without the tables of a catalogue"
            db.execute("SELECT version_num FROM alembic_version").fetchall()
            db.execute("SELECT id FROM session ORDER BY id DESC LIMIT 1").fetchall()
        db.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return ""
