"""The steps of ``python -m benchmarks run`` whose figures other ``bench_*`` scripts measure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.harness import ROOT, Failed, Plan, figure, run_child


@dataclass
class Script:
    """Another team's bench_* script: how it is called, and the summary lines of its JSON."""

    module: str
    args: Callable[[Plan, Path], list[str]]
    summary: Callable[[dict[str, Any], Plan], list[dict[str, Any]]] | None = None


def _exchange_summary(report: dict[str, Any], plan: Plan) -> list[dict[str, Any]]:
    rate = report.get("import_sessions_per_s")
    if rate is None and report.get("import_json_s"):
        rate = round(report.get("imported", 0) / report["import_json_s"], 1)
    if rate is None:
        return []
    return [
        figure(
            f"JSON import, {report.get('imported', plan.import_sessions):,} sessions",
            rate,
            "sessions/s",
            report.get("baseline_executemany_sessions_per_s"),
            "plain sqlite3 executemany of the same rows",
            "at least 2,000 sessions/s",
            rate >= 2000,
        )
    ]


def _attach_summary(report: dict[str, Any], plan: Plan) -> list[dict[str, Any]]:
    speed = report.get("speed_ratio")
    if speed is None:
        return []
    budget = report.get("budget_speed_ratio", 0.8)
    return [
        figure(
            f"attach: copy and hash speed, {report.get('bytes', 0) / 1e9:.2f} GB",
            speed,
            "x cp + sha256sum",
            None,
            "",
            f"at least {budget}x cp followed by sha256sum",
            speed >= budget,
        )
    ]


def _speech_summary(report: dict[str, Any], plan: Plan) -> list[dict[str, Any]]:
    lines = []
    for engine, sets in report.get("engines", {}).items():
        if not sets.get("measured", True):
            continue  # listed with its reason in the details
        for name, found in sets.items():
            lines.append(
                figure(
                    f"speech to text, {engine}: words recognised of words spoken ({name})",
                    found["word_recall"],
                    "of 1",
                    None,
                    "",
                    f"reported (WER {found['wer']}, real-time factor {found['real_time_factor']})",
                    None,
                )
            )
    return lines


def _briefs_summary(report: dict[str, Any], plan: Plan) -> list[dict[str, Any]]:
    lines = []
    one = report.get("one_brief_ms") or {}
    if one.get("median_new_qr_codes") is not None:
        median = one["median_new_qr_codes"]
        lines.append(
            figure(
                "one brief, median",
                median,
                "ms",
                one.get("baseline_one_paragraph"),
                "reportlab alone: one paragraph on one page",
                "under 60 ms",
                median < 60,
            )
        )
    booklet, plain = report.get("booklet") or {}, report.get("baseline_booklet") or {}
    if booklet.get("peak_rss_mb") is not None:
        lines.append(
            figure(
                f"booklet of {booklet.get('sessions', 0):,} sessions, peak memory",
                booklet["peak_rss_mb"],
                "MB",
                plain.get("peak_rss_mb"),
                f"reportlab drawing {plain.get('pages', 0):,} plain pages",
                "reported next to plain reportlab",
                None,
            )
        )
    return lines


def _reindex_summary(report: dict[str, Any], plan: Plan) -> list[dict[str, Any]]:
    seconds = report.get("reindex_s")
    if seconds is None:
        return []
    sessions = report.get("indexed", report.get("sessions", 0))
    budget = report.get("budget_100k_s", 90)
    at_full_size = sessions >= 100_000
    return [
        figure(
            f"full reindex, {sessions:,} sessions",
            seconds,
            "s",
            report.get("baseline_plain_fts5_s"),
            "plain FTS5 of titles, summaries and speakers",
            f"under {budget} s at 100,000 sessions"
            + ("" if at_full_size else f" ({report.get('reindex_100k_s_extrapolated')} s scaled)"),
            report.get("within_budget") if at_full_size else None,
        )
    ]


def _bulk_edit_summary(report: dict[str, Any], plan: Plan) -> list[dict[str, Any]]:
    seconds = report.get("search_and_apply_s")
    if seconds is None:
        return []
    plain = report.get("baseline_plain_sql") or {}
    baseline = (
        plain["tag_s"] + plain.get("index_tag_s", 0) if plain.get("tag_s") is not None else None
    )
    return [
        figure(
            f"bulk edit: tag the {report.get('edited', 0):,} sessions a search finds",
            seconds,
            "s",
            baseline,
            "plain SQL: the tag rows and the index's label documents",
            "under 3 s, undo too",
            bool((report.get("target") or {}).get("apply_under_3s"))
            and bool((report.get("target") or {}).get("undo_under_3s")),
        )
    ]


# Figures owned by other scripts; each prints one JSON object (its last line of output).
SCRIPTS: dict[str, Script] = {
    "exchange": Script(
        "bench_exchange",
        lambda plan, big: ["--sessions", str(plan.import_sessions)],
        _exchange_summary,
    ),
    "attach": Script(
        "bench_attach",
        lambda plan, big: (
            ["--gb", "2"]  # the budget's size
            if plan.sessions >= 100_000
            else [
                "--gb",
                "0.2" if plan.sessions >= 1000 else "0.002",
                "--files",
                "2",
                "--repeat",
                "1",
            ]
        ),
        _attach_summary,
    ),
    "briefs": Script(
        "bench_briefs",
        lambda plan, big: (
            ["--sessions", str(min(plan.sessions, 1000)), "--repeat", "5"]
            if plan.sessions >= 1000
            else ["--sessions", str(plan.sessions), "--repeat", "1", "--summary-kb", "10"]
        ),
        _briefs_summary,
    ),
    "reindex": Script("bench_reindex", lambda plan, big: ["--library", str(big)], _reindex_summary),
    # Real voices: the short set on small runs, both on full ones.
    "speech": Script(
        "bench_speech",
        lambda plan, big: ["--sets", "cards" if plan.sessions < 1000 else "librivox,cards"],
        _speech_summary,
    ),
    "bulk_edit": Script(
        "bench_bulk_edit",
        lambda plan, big: [
            "--sessions",
            str(min(plan.sessions, 10_000)),
            "--edit",
            str(min(plan.sessions, 10_000) * 2 // 3),
        ],
        _bulk_edit_summary,
    ),
}


def script_figures(
    name: str, plan: Plan, big: Path, env: dict[str, str]
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    script = SCRIPTS[name]
    if not (ROOT / "benchmarks" / f"{script.module}.py").exists():
        raise Failed(f"benchmarks/{script.module}.py does not exist (yet)")
    report = run_child(
        ["-m", f"benchmarks.{script.module}", *script.args(plan, big)], env, plan.script_timeout_s
    )
    return (script.summary(report, plan) if script.summary else []), report
