"""How fast the session table's queries are on a large catalogue, against raw SQLite as baseline.

    python -m benchmarks.bench_catalogue --sessions 100000

Prints JSON: for each operation the median and 95th percentile in ms through the services, and
the same question asked with plain sqlite3 SQL (no ORM, no domain objects) in the same run.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from webinar_archive.domain import model as m

from .catalogue_data import open_generated


def _measure(func: Callable[[], object], repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--library", type=Path, help="reuse a generated library folder")
    args = parser.parse_args()
    folder = args.library or Path(tempfile.mkdtemp(prefix="wa-bench-")) / "library"
    started = time.perf_counter()
    archive = open_generated(folder, args.sessions)
    generated_s = time.perf_counter() - started
    raw = sqlite3.connect(folder / "catalogue.sqlite")
    ids = archive.sessions.ids()
    page = ids[50_000 % max(1, len(ids)) :][:200]
    marks = ",".join("?" * len(page))

    def raw_rows() -> object:
        rows = raw.execute(
            "select s.id, s.title, se.name, s.date from session s left join series se "
            f"on se.id = s.series_id where s.id in ({marks})",
            page,
        ).fetchall()
        raw.execute(
            "select a.session_id, p.display_name from appearance a "
            "join person p on p.id = a.person_id "
            f"where a.session_id in ({marks}) order by a.session_id, a.ord",
            page,
        ).fetchall()
        return rows

    cases = {
        "all_ids_by_date": (
            lambda: archive.sessions.ids(),
            lambda: raw.execute(
                "select id from session where deleted_at is null order by date desc, id desc"
            ).fetchall(),
        ),
        "page_of_200_rows": (lambda: archive.sessions.rows(page), raw_rows),
        "filter_by_speaker": (
            lambda: archive.sessions.ids(m.SessionFilter(text="tokarski")),
            lambda: raw.execute(
                "select distinct s.id from session s join appearance a on a.session_id = s.id "
                "join person p on p.id = a.person_id where p.name_folded like '%tokarski%' "
                "and s.deleted_at is null"
            ).fetchall(),
        ),
        "sort_by_title": (
            lambda: archive.sessions.ids(sort=m.SortKey.TITLE, descending=False),
            lambda: raw.execute(
                "select id from session where deleted_at is null order by title_folded, id"
            ).fetchall(),
        ),
    }
    results = {}
    for name, (ours, baseline) in cases.items():
        mine = _measure(ours, args.repeat)
        base = _measure(baseline, args.repeat)
        results[name] = {
            "ours": mine,
            "baseline_sqlite3": base,
            "ratio_median": round(mine["median_ms"] / max(base["median_ms"], 0.01), 2),
        }
    print(
        json.dumps(
            {
                "sessions": archive.sessions.count(),
                "generate_s": round(generated_s, 1),
                "results": results,
            },
            indent=2,
        )
    )
    archive.close()


if __name__ == "__main__":
    main()
