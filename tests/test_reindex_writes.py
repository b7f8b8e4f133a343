"""How much a rebuild of the search index writes: emptying the old index must not write it
again (SQLite's secure_delete zeroes every page it frees, through the WAL, unless told not to),
and the connection is left as it was for the writes that follow."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from webinar_archive.services.archive import Archive
from webinar_archive.storage.search import indexer

SESSIONS = 600
# One word of each of four sessions (the first, two others and the last).
WORDS = "hydrogen0 OR shipping103 OR electrolysers500 OR hydrogen29999"


def _fill(library: Path) -> None:
    words = [
        "hydrogen",
        "valleys",
        "electrolysers",
        "ports",
        "ammonia",
        "shipping",
        "regional",
        "cooperation",
    ]
    document = {
        "format": "webinar-archive-exchange",
        "version": 1,
        "sessions": [
            {
                "title": f"Session {i}",
                # Distinct words, so that the index takes many pages.
                "summary": " ".join(
                    f"{words[(i + j) % len(words)]}{i * 50 + j}" for j in range(50)
                ),
            }
            for i in range(SESSIONS)
        ],
    }
    with Archive.open(library) as archive:
        assert len(archive.exchange.import_document(document, Path(".")).created) == SESSIONS


def test_emptying_the_index_for_a_rebuild_does_not_write_the_old_index_again(
    tmp_path: Path,
) -> None:
    """The WAL written by emptying the index (an upgrade's or a reindex's first step) is a
    small part of the index it drops, and secure_delete is back on afterwards."""
    library = tmp_path / "library"
    _fill(library)
    catalogue = library / "catalogue.sqlite"
    wal = catalogue.with_name("catalogue.sqlite-wal")
    with Archive.open(library) as archive:
        db = sqlite3.connect(catalogue)
        index_bytes = db.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'"
        ).fetchone()[0]
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        assert index_bytes > 1_000_000 and wal.stat().st_size == 0
        with archive.catalogue.engine.begin() as conn:
            secure = conn.execute(text("PRAGMA secure_delete")).scalar()
            indexer.start_rebuild(conn)
            assert conn.execute(text("PRAGMA secure_delete")).scalar() == secure
        written = wal.stat().st_size  # not cut back by the checkpoint after the commit
    assert written < index_bytes / 4, (written, index_bytes)


def _automerge(library: Path) -> dict[str, object]:
    """FTS5's ``automerge`` setting of each index table (None: never set, the default)."""
    db = sqlite3.connect(library / "catalogue.sqlite")
    try:
        return {
            table: (
                db.execute(f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchone()
                or (None,)
            )[0]
            for table in ("search_location", "search_session", "search_label")
        }
    finally:
        db.close()


def test_a_rebuild_merges_the_index_once_at_its_end(tmp_path: Path) -> None:
    """While a stepwise rebuild is pending FTS5 does not merge each step's segments into the
    earlier ones (the final ``optimize`` merges them all, once); when it is done later writes
    merge as usual again, and the index answers as before."""
    library = tmp_path / "library"
    _fill(library)
    with Archive.open(library) as archive:
        before = archive.search.session_ids(WORDS)
        with archive.catalogue.engine.begin() as conn:
            indexer.start_rebuild(conn)
        assert set(_automerge(library).values()) == {0}
        assert indexer.finish_rebuild(archive.catalogue.engine) == SESSIONS
        assert set(_automerge(library).values()) == {4}
        assert archive.search.session_ids(WORDS) == before
        archive.search.reindex()
        assert set(_automerge(library).values()) == {4}
    assert len(before) == 4
