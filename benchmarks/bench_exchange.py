"""How long exports and the JSON import take on a generated library, against plain sqlite3.

    python -m benchmarks.bench_exchange --sessions 10000

Prints JSON: seconds for the JSON export, the CSV export and the JSON import through the
services (the file read and checked, duplicates looked up, people and organisations matched, the
rows and the search index written), the import's sessions per second against its budget, and as
baselines in the same run:

* for the export, plain sqlite3 reading the same tables and writing them with ``json.dumps``;
* for the import, plain sqlite3 ``executemany`` of the same session and appearance rows into
  an empty catalogue, in one transaction (no checks, no matching, no search index).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from webinar_archive.services.archive import Archive

from .catalogue_data import open_generated

TABLES = ("session", "series", "person", "organisation", "appearance", "link", "session_tag", "tag")
# Written by the import baseline, parents first.
COPIED = ("series", "person", "organisation", "session", "appearance")
IMPORT_BUDGET = 2000  # sessions per second (issue 15)


def _seconds(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return round(time.perf_counter() - start, 3)


def _executemany_copy(source: Path, target: Path) -> None:
    """The import's baseline: the same rows, inserted with plain sqlite3 executemany."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            for table in COPIED:
                columns = [row[1] for row in src.execute(f"PRAGMA table_info({table})")]
                names = ", ".join(columns)
                marks = ", ".join("?" for _ in columns)
                dst.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",
                    src.execute(f"SELECT {names} FROM {table}"),
                )
    finally:
        src.close()
        dst.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10000)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="wa-bench-exchange-"))
    archive = open_generated(work / "library", args.sessions)
    raw = sqlite3.connect(work / "library" / "catalogue.sqlite")

    def baseline() -> None:
        dump = {t: raw.execute(f"select * from {t}").fetchall() for t in TABLES}
        (work / "raw.json").write_text(json.dumps(dump, default=str), encoding="utf-8")

    results: dict[str, float | int] = {
        "export_json_s": _seconds(lambda: archive.exchange.export_json(work / "all.json")),
        "export_csv_s": _seconds(lambda: archive.exchange.export_csv(work / "all.csv")),
        "baseline_sqlite3_dump_s": _seconds(baseline),
    }
    Archive.open(work / "baseline").close()  # an empty catalogue of the same schema
    results["baseline_executemany_s"] = _seconds(
        lambda: _executemany_copy(
            work / "library" / "catalogue.sqlite", work / "baseline" / "catalogue.sqlite"
        )
    )
    with Archive.open(work / "copy") as copy:
        results["import_json_s"] = _seconds(lambda: copy.exchange.import_json(work / "all.json"))
        imported = copy.sessions.count()
    results["ratio_export_json_to_baseline"] = round(
        results["export_json_s"] / max(results["baseline_sqlite3_dump_s"], 0.001), 1
    )
    rate = imported / max(results["import_json_s"], 0.001)
    results["import_sessions_per_s"] = round(rate)
    results["baseline_executemany_sessions_per_s"] = round(
        imported / max(results["baseline_executemany_s"], 0.001)
    )
    results["ratio_import_to_baseline"] = round(
        results["import_json_s"] / max(results["baseline_executemany_s"], 0.001), 1
    )
    results["import_budget_sessions_per_s"] = IMPORT_BUDGET
    results["import_within_budget"] = int(rate >= IMPORT_BUDGET)
    print(json.dumps({"sessions": archive.sessions.count(), "imported": imported, **results}))
    archive.close()
    raw.close()
    shutil.rmtree(work, ignore_errors=True)  # two libraries and the exports: gigabytes at 100k
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
