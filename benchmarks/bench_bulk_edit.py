"""How fast a bulk edit is: tag the sessions a search finds, then undo it, against plain SQL.

    python -m benchmarks.bench_bulk_edit --sessions 100000

Prints JSON: the search, the bulk edit (one transaction, versions bumped, search index
rewritten) and its undo, in seconds, and as baseline the same rows tagged and untagged with
plain sqlite3 SQL (an INSERT into session_tag and an UPDATE of the versions; no index) in the
same run. ``index_tag_s`` / ``index_untag_s`` are what FTS5 alone takes for the index's share:
the same sessions' label documents (``search_label``: series, theme, tags and the filter
markers) given one more tag word and given their old tags back (an UPDATE of the ``tags``
column, each committed), the floor for the index's part of a tag edit. The target (issue 18):
edit and undo of 10,000 sessions under 3 s each.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from webinar_archive.domain.bulk import BulkEdit

from .catalogue_data import open_generated

TARGET_S = 3.0


def _baseline(db_file: Path, ids: list[int]) -> dict[str, float]:
    """Tag and untag the same rows with plain SQL, each in its own committed transaction."""
    db = sqlite3.connect(db_file)
    try:
        db.execute(
            "insert into tag (name, name_folded) values ('bench baseline', 'bench baseline')"
        )
        tag_id = db.execute("select id from tag where name = 'bench baseline'").fetchone()[0]
        db.commit()
        rows = [(sid, tag_id) for sid in ids]
        versions = [(sid,) for sid in ids]
        start = time.perf_counter()
        db.executemany("insert into session_tag (session_id, tag_id) values (?, ?)", rows)
        db.executemany("update session set version = version + 1 where id = ?", versions)
        db.commit()
        tag_s = time.perf_counter() - start
        start = time.perf_counter()
        db.execute("delete from session_tag where tag_id = ?", (tag_id,))
        db.executemany("update session set version = version + 1 where id = ?", versions)
        db.commit()
        untag_s = time.perf_counter() - start
        db.execute("delete from tag where id = ?", (tag_id,))
        db.commit()
        index = _index_documents(db, ids)
    finally:
        db.close()
    return {"tag_s": round(tag_s, 3), "untag_s": round(untag_s, 3), **index}


def _index_documents(db: sqlite3.Connection, ids: list[int]) -> dict[str, float]:
    """One more word in the tags column of these sessions' label documents, then the old tags
    back: the index left as it was."""
    old: list[tuple[str, int]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        old += db.execute(
            f"select tags, rowid from search_label where rowid in ({marks})", chunk
        ).fetchall()
    start = time.perf_counter()
    db.executemany(
        "update search_label set tags = tags || ' bench_baseline' where rowid = ?",
        [(sid,) for _, sid in old],
    )
    db.commit()
    tag_s = time.perf_counter() - start
    start = time.perf_counter()
    db.executemany("update search_label set tags = ? where rowid = ?", old)
    db.commit()
    untag_s = time.perf_counter() - start
    return {"index_tag_s": round(tag_s, 3), "index_untag_s": round(untag_s, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--edit", type=int, default=10_000, help="sessions to tag (at most)")
    parser.add_argument("--query", default="innovation", help="the search that finds them")
    parser.add_argument("--library", type=Path, help="reuse a generated library folder")
    args = parser.parse_args(argv)
    folder = args.library or Path(tempfile.mkdtemp(prefix="wa-bench-bulk-")) / "library"
    report: dict[str, object] = {"sessions": args.sessions}
    started = time.perf_counter()
    with open_generated(folder, args.sessions) as archive:
        if archive.search.count(args.query) == 0:
            archive.search.reindex()  # the generator writes rows, not the index
        report["generated_s"] = round(time.perf_counter() - started, 1)

        start = time.perf_counter()
        ids = archive.search.session_ids(args.query)[: args.edit]
        search_s = time.perf_counter() - start
        edit = BulkEdit(add_tags=("bench bulk",))
        start = time.perf_counter()
        change = archive.bulk.apply(ids, edit)
        apply_s = time.perf_counter() - start
        tagged = archive.search.count('tag:"bench bulk"')
        start = time.perf_counter()
        archive.bulk.undo(change)
        undo_s = time.perf_counter() - start
        left = archive.search.count('tag:"bench bulk"')
        db_file = archive.root / "catalogue.sqlite"
    report.update(
        {
            "query": args.query,
            "edited": len(ids),
            "changed": change.count,
            "found_by_tag_after_edit": tagged,
            "found_by_tag_after_undo": left,
            "search_s": round(search_s, 3),
            "apply_s": round(apply_s, 3),
            "undo_s": round(undo_s, 3),
            "search_and_apply_s": round(search_s + apply_s, 3),
            "baseline_plain_sql": _baseline(db_file, ids),
            "target": {
                "apply_under_3s": search_s + apply_s < TARGET_S,
                "undo_under_3s": undo_s < TARGET_S,
            },
        }
    )
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
