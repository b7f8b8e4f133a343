"""The steps of ``python -m benchmarks run`` measured here: the window, the command line,
search on SQLite and on PostgreSQL, and the catalogue's size."""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import statistics
from pathlib import Path
from typing import Any

from benchmarks.harness import Failed, Plan, figure, ratio, run_child
from benchmarks.library import generate_library


def window_figures(
    plan: Plan, big: Path, small: Path, env: dict[str, str], display: str | None
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Start to first rows (the big library, the small one, Qt alone), then memory and the
    longest stall scrolling the big library to its end, against Qt alone scrolling as many
    rows."""
    probe = ["-m", "benchmarks.window_probe"]
    variants = {
        "app_big": [*probe, "--library", str(big)],
        "app_small": [*probe, "--library", str(small)],
        "qt_alone": [*probe, "--baseline-rows", str(plan.sessions)],
    }
    timeout = 120 + plan.sessions / 500
    for args in variants.values():  # warm-up: file caches, .pyc files, fontconfig's cache
        run_child(args, env, timeout)
    starts: dict[str, list[float]] = {name: [] for name in variants}
    wired: dict[str, list[float]] = {name: [] for name in variants}
    shown_rss: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(plan.runs):  # interleaved, so a busy moment slows all of them
        for name, args in variants.items():
            report = run_child(args, env, timeout)
            starts[name].append(report["start_s"])
            wired[name].append(report["wired_s"])
            shown_rss[name].append(report["rss_shown_mb"])
    scrolled = {
        name: run_child([*variants[name], "--scroll"], env, timeout * 4)
        for name in ("app_big", "qt_alone")
    }
    start = {name: round(statistics.median(v), 3) for name, v in starts.items()}
    ready = {name: round(statistics.median(v), 3) for name, v in wired.items()}
    big_n, small_n = plan.sessions, plan.baseline_sessions
    app, qt = scrolled["app_big"], scrolled["qt_alone"]
    details = {
        "platform": "xvfb" if display else "offscreen",
        "start_s": {name: sorted(v) for name, v in starts.items()},
        "wired_s": {name: sorted(v) for name, v in wired.items()},
        "rss_shown_mb": {name: statistics.median(v) for name, v in shown_rss.items()},
        "scroll": scrolled,
    }
    lines = [
        figure(
            f"start to first rows, {big_n:,} sessions",
            start["app_big"],
            "s",
            start["app_small"],
            f"the same at {small_n:,} sessions",
            "under 1.0 s, at most 1.3x the 1,000-session figure",
            start["app_big"] < 1.0 and ratio(start["app_big"], start["app_small"]) <= 1.3,
        ),
        figure(
            f"start to first rows, {small_n:,} sessions",
            start["app_small"],
            "s",
            start["qt_alone"],
            f"Qt alone: a plain table of {big_n:,} rows",
            "",
            None,
        ),
        figure(
            f"start to the window wired, {big_n:,} sessions",
            ready["app_big"],
            "s",
            start["app_big"],
            "its first rows (input given before then waits)",
            "",
            None,
        ),
        figure(
            f"resident memory, {big_n:,} sessions, scrolled to the end",
            app["rss_scrolled_mb"],
            "MB",
            qt["rss_scrolled_mb"],
            "Qt alone, scrolled the same",
            "under 250 MB",
            app["rss_scrolled_mb"] < 250,
        ),
        figure(
            f"longest GUI stall scrolling {big_n:,} sessions top to bottom",
            app["scroll_max_stall_ms"],
            "ms",
            qt["scroll_max_stall_ms"],
            "Qt alone, scrolled the same",
            "under 50 ms",
            app["scroll_max_stall_ms"] < 50,
        ),
    ]
    return lines, details


def cli_figures(
    plan: Plan, big: Path, small: Path, env: dict[str, str]
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The command line through benchmarks.bench_start, on both libraries."""
    timeout = plan.script_timeout_s
    runs = str(plan.cli_runs)
    reports = {
        label: run_child(
            ["-m", "benchmarks.bench_start", "--library", str(folder), "--runs", runs], env, timeout
        )
        for label, folder in (("big", big), ("small", small))
    }
    big_c = reports["big"]["commands"]
    base = reports["big"]["baseline_python_pass_s"]
    lines = []
    for command, budget in (("version", 0.15), ("help", 0.15)):
        value = big_c[command]["median_s"]
        lines.append(
            figure(
                f"`{command.replace('_', ' ')}`",
                value,
                "s",
                base,
                "python -c pass",
                f"under {budget} s",
                value < budget,
            )
        )
    for command, shown in (("list_limit_20", "list --limit 20"), ("show_json", "show ID --json")):
        value = big_c[command]["median_s"]
        lines.append(
            figure(
                f"`{shown}`, {plan.sessions:,} sessions",
                value,
                "s",
                reports["small"]["commands"][command]["median_s"],
                f"the same at {plan.baseline_sessions:,} sessions",
                "under 0.4 s",
                value < 0.4,
            )
        )
        lines[-1]["ratio_to_python_pass"] = ratio(value, base)
    return lines, reports


def search_figures(
    plan: Plan, big: Path, env: dict[str, str]
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Search through benchmarks.bench_search on the big library as it is."""
    report = run_child(
        [
            "-m",
            "benchmarks.bench_search",
            "--library",
            str(big),
            "--reuse",
            "--repeat",
            str(plan.search_repeat),
        ],
        env,
        plan.script_timeout_s,
    )
    lines = search_p95_figures(report, "SQLite", "hand-written FTS5 SQL", plan.sessions)
    return lines, report


def search_p95_figures(part: dict, engine: str, baseline_is: str, sessions: int) -> list[dict]:
    """The typical and very-common-word p95 figures of one engine's part of a search report."""
    typical, common = part["typical"], part["common_words"]
    return [
        figure(
            f"search p95, typical queries, {engine}, {sessions:,} sessions",
            typical["service"]["p95_ms"],
            "ms",
            typical["baseline"]["p95_ms"],
            baseline_is,
            "under 50 ms, at most 2x the baseline",
            typical["service"]["p95_ms"] < 50 and typical["ratio_p95"] <= 2.0,
        ),
        figure(
            f"search p95, very common words, {engine}, {sessions:,} sessions",
            common["service"]["p95_ms"],
            "ms",
            common["baseline"]["p95_ms"],
            baseline_is,
            "",
            None,
        ),
    ]


# Tables of the full-text index (FTS5 and its shadow tables).
INDEX_PREFIX = "search_"
# The text the index is built from, per table: what a session's words weigh on their own.
TEXT_COLUMNS = {
    "session": ("title", "summary", "notes"),
    "material_page": ("text",),
    "transcript_cue": ("text",),
    "note": ("text",),
    "person": ("display_name",),
    "organisation": ("name",),
}


def size_figures(
    plan: Plan, big: Path, env: dict[str, str]
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Catalogue bytes per session, the index's share, and where the bytes go (dbstat)."""
    path = big / "catalogue.sqlite"
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        per_object = {
            str(name): int(size)
            for name, size in db.execute(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
            )
        }
        sessions = int(db.execute("SELECT count(*) FROM session").fetchone()[0])
        text_bytes = 0
        for table, columns in TEXT_COLUMNS.items():
            total = " + ".join(f"coalesce(length(CAST({c} AS BLOB)), 0)" for c in columns)
            text_bytes += int(
                db.execute(f"SELECT coalesce(sum({total}), 0) FROM {table}").fetchone()[0]
            )
    total = sum(per_object.values())
    index = sum(v for k, v in per_object.items() if k.startswith(INDEX_PREFIX))
    details = {
        "sessions": sessions,
        "catalogue_bytes": total,
        "file_bytes": path.stat().st_size,
        "index_bytes": index,
        "indexed_text_bytes": text_bytes,
        "largest": dict(list(per_object.items())[:15]),
    }
    lines = [
        figure(
            f"catalogue bytes per session, {sessions:,} sessions",
            round(total / max(sessions, 1)),
            "B",
            round(text_bytes / max(sessions, 1)),
            "the text it holds (UTF-8)",
            "",
            None,
        ),
        figure(
            "search index's share of the catalogue",
            round(index / max(total, 1), 3),
            "",
            round(text_bytes / max(total, 1), 3),
            "the indexed text's share",
            "no more than the text it indexes",
            index <= text_bytes,
        ),
    ]
    return lines, details


def postgres_search(
    plan: Plan, big: Path, env: dict[str, str], args: argparse.Namespace, work: Path
) -> tuple[list[dict[str, Any]], Any]:
    """Search on PostgreSQL next to SQLite: a library of as many sessions of the same seed in
    a PostgreSQL database (``--pg-url``, else a fresh one on a throwaway server), measured by
    bench_search against hand-written tsquery SQL, with the big SQLite library in the same
    process."""
    from benchmarks.pg_server import NoServer, fresh_database, throwaway_server

    with contextlib.ExitStack() as stack:
        try:
            url = args.pg_url or stack.enter_context(
                fresh_database(stack.enter_context(throwaway_server()))
            )
        except NoServer as exc:
            raise Failed(str(exc)) from None
        made: dict[str, Any] | None = None
        if not (args.pg_url and args.reuse):  # reused as it is, or made there when empty
            try:
                made = generate_library(work / "pg-files", plan.sessions, args.seed, url)
            except SystemExit as exc:
                raise Failed(str(exc)) from None
        command = ["-m", "benchmarks.bench_search", "--library", str(big), "--reuse"]
        command += ["--repeat", str(plan.search_repeat), "--pg-url", url]
        report = run_child(
            [*command, "--pg-library", str(work / "pg-files")],
            env,
            plan.script_timeout_s + (0 if made else 3600),
        )
    if made is not None:
        report["postgresql"]["generated_by_run"] = made
    pg = report["postgresql"]
    typical = pg["typical"]
    lines = [
        *search_p95_figures(pg, "PostgreSQL", "hand-written tsquery SQL (GIN)", plan.sessions),
        figure(
            f"search p95, typical queries, PostgreSQL next to SQLite, {plan.sessions:,} sessions",
            typical["service"]["p95_ms"],
            "ms",
            report["typical"]["service"]["p95_ms"],
            "the same queries on SQLite, same run",
            "",
            None,
        ),
    ]
    return lines, report
