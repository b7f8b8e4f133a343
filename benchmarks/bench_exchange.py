"""How long exports and the JSON import take on a generated library, against plain sqlite3.

    python -m benchmarks.bench_exchange --sessions 5000

Prints JSON: seconds for the JSON export, the CSV export and the JSON import through the
services, and as a baseline in the same run the time plain sqlite3 takes to read the same tables
and write them out with ``json.dumps`` (no ORM, no matching, no per-session transactions).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from webinar_archive.services.archive import Archive

from .catalogue_data import open_generated

TABLES = ("session", "series", "person", "organisation", "appearance", "link", "session_tag", "tag")


def _seconds(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return round(time.perf_counter() - start, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=5000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wa-bench-exchange-"))
    archive = open_generated(work / "library", args.sessions)
    raw = sqlite3.connect(work / "library" / "catalogue.sqlite")

    def baseline() -> None:
        dump = {t: raw.execute(f"select * from {t}").fetchall() for t in TABLES}
        (work / "raw.json").write_text(json.dumps(dump, default=str), encoding="utf-8")

    results = {
        "export_json_s": _seconds(lambda: archive.exchange.export_json(work / "all.json")),
        "export_csv_s": _seconds(lambda: archive.exchange.export_csv(work / "all.csv")),
        "baseline_sqlite3_dump_s": _seconds(baseline),
    }
    with Archive.open(work / "copy") as copy:
        results["import_json_s"] = _seconds(lambda: copy.exchange.import_json(work / "all.json"))
        imported = copy.sessions.count()
    results["ratio_export_json_to_baseline"] = round(
        results["export_json_s"] / max(results["baseline_sqlite3_dump_s"], 0.001), 1
    )
    print(json.dumps({"sessions": archive.sessions.count(), "imported": imported, **results}))
    archive.close()


if __name__ == "__main__":
    main()
