"""The generated library of the benchmarks: built from a seed, or counted as it is."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path
from typing import Any

DEFAULT_SEED = 2020


def generate_library(
    folder: Path, sessions: int, seed: int = DEFAULT_SEED, url: str | None = None
) -> dict[str, Any]:
    """A new library of ``sessions`` generated sessions in ``folder``, its search index built;
    with ``url``, its catalogue in that (empty) PostgreSQL database, its files in ``folder``."""
    from benchmarks.corpus import at_rest, generate
    from webinar_archive.services.archive import Archive

    if url is None and (folder / "catalogue.sqlite").exists():
        raise SystemExit(f"{folder} already holds a catalogue: give an empty or new folder.")
    report: dict[str, Any] = {"library": str(folder), "seed": seed}
    with Archive.open(folder, database_url=url) as archive:
        if url is not None:
            report["database"] = archive.catalogue.url_for_display
            if archive.sessions.count():
                raise SystemExit(
                    f"The database {report['database']} already holds sessions: give an empty "
                    "one (createdb NAME), or measure it as it is with --reuse."
                )
        started = time.perf_counter()
        report["rows"] = generate(archive, sessions, seed)
        report["generate_s"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        archive.search.reindex()
        report["reindex_s"] = round(time.perf_counter() - started, 1)
        at_rest(archive)  # a library at rest, as after a close
    return report


def session_count(folder: Path) -> int:
    with contextlib.closing(
        sqlite3.connect(f"file:{folder / 'catalogue.sqlite'}?mode=ro", uri=True)
    ) as db:
        return int(db.execute("SELECT count(*) FROM session").fetchone()[0])
