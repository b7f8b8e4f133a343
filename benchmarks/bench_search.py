"""Benchmark of full-text search: a generated library (``benchmarks.corpus``), typical queries
through SearchService against hand-written FTS5 SQL over the same index in the same run; prints
JSON.

    python -m benchmarks.bench_search --sessions 100000 [--library DIR --keep | --reuse]
        [--pg-url postgresql+psycopg://USER@HOST:PORT/NAME [--pg-library DIR]]

With ``--pg-url`` the same measures are taken on PostgreSQL too, on a library of as many
sessions of the same seed in that database (generated there when it is empty), against
hand-written PostgreSQL full-text SQL (a tsquery over the documents' tsvector and its GIN
index, ranked by ts_rank with the same weights, ts_headline for the places), and reported
under "postgresql" next to the SQLite figures of the same run.

The baseline does by hand what a search result needs: the ranked page of sessions (bm25 with
the same column weights), the total, titles, and the best places of each session on the page
with SQLite's own snippet(); "baseline_ranking_only" is the floor of just the ranked page and
the total.

Queries come in two groups. "typical" is what users type to find something: topics, people,
places, phrases, field filters, exclusions, a rare word, and the prefix of a word being typed.
"common_words" are words found in nearly every session ("innovation" on a cluster site, "the"),
which find nothing in particular but are typed all the same; the service orders those by where
the words are instead of ranking every match (see ``SearchTuning.rank_all_limit``, and
``--rank-all-limit``), so they are reported apart. Targets, on the typical group: p95 of the
service under 50 ms and no more than twice the baseline's p95.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from benchmarks.corpus import at_rest, generate
from benchmarks.vocabulary import long_tail_words
from webinar_archive.services.archive import Archive
from webinar_archive.services.search import SearchService
from webinar_archive.storage.database import SEARCH_CACHE_KIB
from webinar_archive.storage.search import SearchTuning

# Each query as a user types it, and the FTS5 expression and SQL condition one would write by
# hand for the same meaning (the last word of a typed query is a prefix).
TYPICAL: list[tuple[str, str, str]] = [
    ("hydrogen", '"hydrogen"*', ""),
    ("hydrogen valleys", '"hydrogen" AND "valleys"*', ""),
    ("Sławomir", '"slawomir"*', ""),
    ("lodz", '"lodz"*', ""),
    ("telem", '"telem"*', ""),
    ('"smart specialisation"', '"smart specialisation"', ""),
    ("speaker:müller", 'speakers : "muller"*', ""),
    ("org:fraunhofer", 'orgs : "fraunhofer"*', ""),
    ("cluster year:2020", '"cluster"', "AND s.date BETWEEN '2020-01-01' AND '2020-12-31'"),
    (
        "tag:hydrogen has:recording",
        'tags : "hydrogen"*',
        "AND EXISTS (SELECT 1 FROM recording r WHERE r.session_id = s.id)",
    ),
    ("health -digital", '"health" NOT ("digital")', ""),
    ("telemedicine OR electrolysers", '("telemedicine" OR "electrolysers"*)', ""),
    ("Łódź textile heritage", '"lodz" AND "textile" AND "heritage"*', ""),
    ("circular economy tourism", '"circular" AND "economy" AND "tourism"*', ""),
    ("lapland innovation ecosystem", '"lapland" AND "innovation" AND "ecosystem"*', ""),
]
COMMON_WORDS: list[tuple[str, str, str]] = [
    ("innovation", '"innovation"*', ""),
    ("innov", '"innov"*', ""),
    ("the", '"the"*', ""),
]


def rare_queries(seed: int) -> list[tuple[str, str, str]]:
    """A rare word of the generated library, whole and as typed so far."""
    word = long_tail_words(seed, [120])[0]
    return [(word, f'"{word}"*', ""), (word[:4], f'"{word[:4]}"*', "")]


# The session document in its two tables (storage/search/sqlite.py): the large one and the
# label one (series, theme, tags and the filter markers), with the declared column weights.
LONG_WEIGHTS = "10.0, 6.0, 4.0, 2.0, 1.5, 1.0"
LABEL_WEIGHTS = "3.0, 3.0, 3.0, 0.0"
LABEL_COLUMNS = ("series", "theme", "tags")


def _per_table(expression: str) -> tuple[str, str]:
    """One word's (or OR-group's) FTS5 expression over the large and the label table ("":
    its column is in the other one)."""
    column = expression.split(" : ")[0] if " : " in expression else None
    if column is None:
        return expression, "{" + " ".join(LABEL_COLUMNS) + "} : (" + expression + ")"
    return ("", expression) if column in LABEL_COLUMNS else (expression, "")


def _either(long: str, label: str, params: list[str]) -> str:
    """SQL of the sessions with the expression in either table."""
    parts = []
    for table, expression in (("search_session", long), ("search_label", label)):
        if expression:
            parts.append(f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?")
            params.append(expression)
    return " UNION ".join(parts)


def baseline_ranking(
    db: sqlite3.Connection, match: str, extra: str, limit: int = 50
) -> tuple[list[int], int]:
    """The ranked page and the total, as one would write them by hand over the two tables:
    each word's sessions (in either table) intersected, the excluded ones taken out, ranked by
    the sum of both tables' bm25."""
    positive, _, negative = match.partition(" NOT ")
    clauses = [_per_table(c) for c in positive.split(" AND ")]
    params: list[str] = []
    matched = " INTERSECT ".join(f"SELECT id FROM ({_either(*c, params)})" for c in clauses)
    if negative:
        matched += f" EXCEPT SELECT id FROM ({_either(*_per_table(negative[1:-1]), params)})"
    if extra:  # the trash is kept out of the index, so words alone need no join
        matched = f"SELECT m.id FROM ({matched}) m JOIN session s ON s.id = m.id WHERE 1 {extra}"
    ranks = ["SELECT id, 0.0 AS r FROM m"]  # (a lone bm25 query would be flattened into the sum)
    rank_params: list[str] = []
    for table, weights, side in (
        ("search_session", LONG_WEIGHTS, 0),
        ("search_label", LABEL_WEIGHTS, 1),
    ):
        words = " OR ".join(c[side] for c in clauses if c[side])
        if words:
            ranks.append(
                f"SELECT rowid AS id, bm25({table}, {weights}) AS r FROM {table} "
                f"WHERE {table} MATCH ? AND +rowid IN m"
            )
            rank_params.append(words)
    page = [
        int(r[0])
        for r in db.execute(
            f"WITH m(id) AS MATERIALIZED ({matched}) SELECT id FROM "
            f"({' UNION ALL '.join(ranks)}) GROUP BY id ORDER BY sum(r), id LIMIT {limit}",
            (*params, *rank_params),
        )
    ]
    total = db.execute(f"SELECT count(*) FROM ({matched})", params).fetchone()[0]
    return page, int(total)


def baseline(db: sqlite3.Connection, match: str, extra: str, limit: int = 50) -> tuple[int, int]:
    """Ranking, total, titles and each session's best places with SQLite's own snippet();
    returns the size of the page and the total."""
    page, total = baseline_ranking(db, match, extra, limit)
    if page:
        listed = ", ".join(map(str, page))
        db.execute(f"SELECT id, title, date FROM session WHERE id IN ({listed})").fetchall()
    hit_match = re.sub(r"\b\w+ : ", "", match).replace(' NOT ("digital")', "")
    hit_match = " OR ".join(part.strip("()") for part in hit_match.split(" AND "))
    for sid in page:
        low = sid << 24
        db.execute(
            "SELECT kind, snippet(search_location, 0, '[', ']', '…', 24) FROM search_location "
            "WHERE search_location MATCH ? AND rowid BETWEEN ? AND ? ORDER BY prio, rowid LIMIT 5",
            (hit_match, low, low + (1 << 24) - 1),
        ).fetchall()
    return len(page), total


class SqliteBaseline:
    """Hand-written FTS5 SQL over the SQLite index."""

    name = "hand-written FTS5 SQL"

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def full(self, match: str, extra: str) -> tuple[int, int]:
        return baseline(self.db, match, extra)

    def ranking(self, match: str, extra: str) -> tuple[list[int], int]:
        return baseline_ranking(self.db, match, extra)


def pg_tsquery(match: str) -> tuple[str, str, str]:
    """The FTS5 expression of a query (``TYPICAL``) as PostgreSQL would be written by hand:
    (the tsvector column it is matched in, the tsquery, the tsquery of any of its words, which
    ranks as the service does)."""
    column = "doc"
    if " : " in match:
        column, match = match.split(" : ", 1)

    def phrase(found: re.Match[str]) -> str:
        lexemes = [f"'{w}'" for w in found.group(1).split()]
        if found.group(2):
            lexemes[-1] += ":*"
        return "(" + " <-> ".join(lexemes) + ")"

    positive, _, negative = match.partition(" NOT ")
    quoted = r'"([^"]+)"(\*?)'
    tsquery = re.sub(quoted, phrase, positive).replace(" AND ", " & ").replace(" OR ", " | ")
    words = re.sub(quoted, phrase, positive).replace(" AND ", " | ").replace(" OR ", " | ")
    if negative:
        tsquery = f"({tsquery}) & !{re.sub(quoted, phrase, negative)}"
    return column, tsquery, words


class PostgresBaseline:
    """Hand-written PostgreSQL full-text SQL over the same tables: a tsquery against the
    session documents' tsvector (its GIN index), ranked by ts_rank with the same weights, the
    total, titles, and each session's best places with ts_headline."""

    name = "hand-written PostgreSQL tsquery (GIN) SQL"

    def __init__(self, engine: Any) -> None:
        self.raw = engine.raw_connection()
        self.cursor = self.raw.cursor()

    def close(self) -> None:
        self.cursor.close()
        self.raw.close()

    def _matched(self, match: str, extra: str) -> tuple[str, list[str], str]:
        column, tsquery, words = pg_tsquery(match)
        joined = " JOIN session s ON s.id = ss.session_id" if extra else ""
        sql = (
            f"FROM search_session ss{joined}, to_tsquery('simple', %s) AS q "
            f"WHERE ss.{column} @@ q {extra}"
        )
        return sql, [tsquery], words

    def ranking(self, match: str, extra: str, limit: int = 50) -> tuple[list[int], int]:
        sql, params, words = self._matched(match, extra)
        self.cursor.execute(
            f"SELECT ss.session_id {sql} ORDER BY ts_rank('{{0.1, 0.2, 0.4, 1.0}}', ss.doc, "
            f"to_tsquery('simple', %s)) DESC, ss.session_id DESC LIMIT {limit}",
            [*params, words],
        )
        page = [int(r[0]) for r in self.cursor.fetchall()]
        self.cursor.execute(f"SELECT count(*) {sql}", params)
        total = int(self.cursor.fetchone()[0])
        self.raw.rollback()
        return page, total

    def full(self, match: str, extra: str, limit: int = 50) -> tuple[int, int]:
        page, total = self.ranking(match, extra, limit)
        _, _, words = pg_tsquery(match)
        if page:
            self.cursor.execute("SELECT id, title, date FROM session WHERE id = ANY(%s)", [page])
            self.cursor.fetchall()
        for sid in page:
            self.cursor.execute(
                "SELECT kind, ts_headline('simple', body, q) FROM search_location, "
                "to_tsquery('simple', %s) AS q WHERE session_id = %s AND tsv @@ q "
                "ORDER BY prio, id LIMIT 5",
                [words, sid],
            )
            self.cursor.fetchall()
        self.raw.rollback()
        return len(page), total


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm the caches once
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(pct(values, 0.5), 2),
        "p95_ms": round(pct(values, 0.95), 2),
        "mean_ms": round(statistics.fmean(values), 2),
    }


def measure_group(
    archive: Archive,
    hand: SqliteBaseline | PostgresBaseline,
    queries: list[tuple[str, str, str]],
    repeat: int,
) -> dict[str, Any]:
    service_all: list[float] = []
    base_all: list[float] = []
    floor_all: list[float] = []
    per_query = []
    agreement = {"queries": len(queries), "totals_equal": 0, "same_pages": 0, "same_order": 0}
    overlaps: list[float] = []
    for typed, match, extra in queries:
        results = archive.search.search(typed, limit=50)
        expected_page, expected_total = hand.full(match, extra)
        page_ids = [s.session_id for s in results.sessions]
        hand_ids, _ = hand.ranking(match, extra)
        overlap = len(set(page_ids) & set(hand_ids)) / max(1, len(hand_ids))
        overlaps.append(overlap)
        agreement["totals_equal"] += results.total == expected_total
        agreement["same_pages"] += set(page_ids) == set(hand_ids)
        agreement["same_order"] += page_ids == hand_ids
        service = timed(lambda q=typed: archive.search.search(q, limit=50), repeat)
        base = timed(lambda m=match, e=extra: hand.full(m, e), repeat)
        floor = timed(lambda m=match, e=extra: hand.ranking(m, e), repeat)
        ids = timed(lambda q=typed: archive.search.session_ids(q), max(3, repeat // 3))
        service_all += service
        base_all += base
        floor_all += floor
        per_query.append(
            {
                "query": typed,
                "total": results.total,
                "ranking": results.ranking,
                "page": len(results.sessions),
                "baseline_page": expected_page,
                "baseline_total": expected_total,
                "service": summary(service),
                "baseline": summary(base),
                "baseline_ranking_only": summary(floor),
                "session_ids": summary(ids),
                "ratio_p95": round(pct(service, 0.95) / max(pct(base, 0.95), 1e-6), 2),
                "page_overlap": round(overlap, 3),
            }
        )
    agreement["mean_page_overlap"] = round(statistics.fmean(overlaps), 3) if overlaps else 1.0
    return {
        "agreement": agreement,
        "service": summary(service_all),
        "baseline": summary(base_all),
        "baseline_ranking_only": summary(floor_all),
        "ratio_p95": round(pct(service_all, 0.95) / max(pct(base_all, 0.95), 1e-6), 2),
        "ratio_p95_to_ranking_only": round(
            pct(service_all, 0.95) / max(pct(floor_all, 0.95), 1e-6), 2
        ),
        "queries": per_query,
    }


def prepare(archive: Archive, args: argparse.Namespace, sessions: int) -> dict[str, Any]:
    """Reuse the library as it is (``--reuse`` and sessions in it), else generate ``sessions``
    sessions of the seed into it and index them; what was done."""
    found = archive.sessions.count()
    if args.reuse and found:
        return {"reused": archive.catalogue.url_for_display, "sessions": found}
    if found:
        raise SystemExit(
            f"{archive.catalogue.url_for_display} already holds sessions: give an empty "
            "library or database, or --reuse to measure it as it is."
        )
    done: dict[str, Any] = {"sessions": sessions}
    start = time.perf_counter()
    done["generated"] = generate(archive, sessions, args.seed)
    done["generate_s"] = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    archive.search.reindex()
    done["reindex_s"] = round(time.perf_counter() - start, 1)
    at_rest(archive)
    return done


def measure(
    archive: Archive, hand: SqliteBaseline | PostgresBaseline, args: argparse.Namespace
) -> dict[str, Any]:
    """Both groups of queries, and whether the typical group meets its targets."""
    if args.rank_all_limit is not None:
        tuning = SearchTuning(rank_all_limit=args.rank_all_limit)
        archive.search = SearchService(archive.catalogue, tuning)
    report: dict[str, Any] = {"baseline_is": hand.name}
    groups = {"typical": TYPICAL + rare_queries(args.seed), "common_words": COMMON_WORDS}
    for group, queries in groups.items():
        report[group] = measure_group(archive, hand, queries, args.repeat)
    typical = report["typical"]
    report["target"] = {
        "typical_p95_under_50ms": typical["service"]["p95_ms"] < 50,
        "typical_within_2x_baseline": typical["ratio_p95"] <= 2.0,
    }
    return report


def measure_postgresql(url: str, args: argparse.Namespace, sessions: int) -> dict[str, Any]:
    """The same measures on PostgreSQL: a library of as many sessions of the same seed in the
    database at ``url`` (its files in ``--pg-library``, default a temp dir)."""
    folder = args.pg_library or Path(tempfile.mkdtemp(prefix="bench-search-pg-"))
    try:
        with Archive.open(folder, database_url=url) as archive:
            report = prepare(archive, args, sessions)
            hand = PostgresBaseline(archive.catalogue.engine)
            try:
                report |= measure(archive, hand, args)
            finally:
                hand.close()
            with archive.catalogue.engine.connect() as conn:
                report["database_mb"] = round(
                    int(conn.scalar(text("SELECT pg_database_size(current_database())")) or 0)
                    / 1e6,
                    1,
                )
    finally:
        if args.pg_library is None:
            shutil.rmtree(folder, ignore_errors=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per query")
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--library", type=Path, help="where to build it (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the generated library")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="time queries on an existing --library (and --pg-url database) as it is",
    )
    parser.add_argument(
        "--rank-all-limit",
        type=int,
        help="rank at most this many matches (default: the search tuning's own value)",
    )
    parser.add_argument(
        "--pg-url",
        help="also measure PostgreSQL: a library of the same size and seed in this database "
        "(postgresql+psycopg://USER@HOST:PORT/NAME; empty, or with --reuse one made so)",
    )
    parser.add_argument("--pg-library", type=Path, help="the PostgreSQL library's files folder")
    args = parser.parse_args(argv)
    folder = args.library or Path(tempfile.mkdtemp(prefix="bench-search-"))
    report: dict[str, Any] = {"sessions": args.sessions, "repeat": args.repeat}
    try:
        with Archive.open(folder) as archive:
            done = prepare(archive, args, args.sessions)
            report["sessions"] = done.pop("sessions")
            report |= {"reused": str(folder)} if "reused" in done else done
            db = sqlite3.connect(folder / "catalogue.sqlite")
            db.execute(f"PRAGMA cache_size=-{SEARCH_CACHE_KIB}")  # what the service searches with
            measured = measure(archive, SqliteBaseline(db), args)
            measured.pop("baseline_is")
            report |= measured
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the size below without the log
            db.close()
            report["catalogue_mb"] = round(
                sum(p.stat().st_size for p in folder.glob("catalogue.sqlite*")) / 1e6, 1
            )
        if args.pg_url:
            pg = measure_postgresql(args.pg_url, args, report["sessions"])
            sqlite_p95 = report["typical"]["service"]["p95_ms"]
            pg["typical_p95_to_sqlite"] = round(
                pg["typical"]["service"]["p95_ms"] / max(sqlite_p95, 1e-6), 2
            )
            report["postgresql"] = pg
    finally:
        if not args.keep and args.library is None:
            shutil.rmtree(folder, ignore_errors=True)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
