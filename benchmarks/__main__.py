"""One command for every speed figure of the app: generate a library, run the benchmarks.

    python -m benchmarks generate --sessions 100000 --library DIR [--seed 2020]
    python -m benchmarks run [--quick] [--json] [--library DIR --reuse] [--output FILE]

``generate`` builds a library on its own (bulk inserts of ``benchmarks.corpus``, then the search
index through the app's own reindex), deterministic by seed, that anyone can open in the app.

``run`` measures, on a library of ``--sessions`` sessions (100,000; 10,000 with ``--quick``) and
a second one of ``--baseline-sessions`` (1,000), each figure next to a baseline from the same
run and their ratio: start to the first rows (under Xvfb when it is installed, else Qt's
offscreen platform), memory and scroll stalls, the command line, search, the catalogue's size,
and the figures of the other ``bench_*`` scripts. A figure whose script is missing or fails is
reported as an error with the reason, never left out. The machine may be busy: read the ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
DEFAULT_SEED = 2020


# ============================================================================ generate


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


# ============================================================================ run: plumbing


@dataclass
class Plan:
    """How much each figure measures; ``--quick`` and the full run differ only here."""

    sessions: int
    baseline_sessions: int
    runs: int  # timed runs per start-up figure (after one warm-up each)
    cli_runs: int
    search_repeat: int
    import_sessions: int  # the bulk-import figure's library
    script_timeout_s: int


def plan_for(args: argparse.Namespace, reused: int | None = None) -> Plan:
    """The plan of ``args``; ``reused``: the size of the library measured as it is."""
    quick = args.quick
    sessions = reused or args.sessions or (10_000 if quick else 100_000)
    return Plan(
        sessions=sessions,
        baseline_sessions=args.baseline_sessions or min(1_000, sessions),
        runs=args.runs or (3 if quick else 5),
        cli_runs=args.runs or (5 if quick else 11),
        search_repeat=args.runs or (5 if quick else 15),
        import_sessions=min(10_000, sessions) if not quick else min(2_000, sessions),
        script_timeout_s=240 if quick else 900,
    )


class Failed(Exception):
    """A figure could not be measured; the message says why."""


def child_env(home: Path, display: str | None) -> dict[str, str]:
    """The environment of every measured process: our sources, a fresh user (no remembered
    window state, no log of earlier runs) and the screen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEBINAR_ARCHIVE_", "XDG_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(ROOT)])
    # As in an installed app, modules are compiled once (the warm-up runs) and then loaded
    # from their cache, kept out of the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env["HOME"] = str(home)
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(home / sub)
    if display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def last_json(text: str) -> dict[str, Any]:
    """The last line of ``text`` that is a JSON object, or the whole text as one."""
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{") and line.rstrip().endswith("}"):
            with contextlib.suppress(json.JSONDecodeError):
                value = json.loads(line)
                if isinstance(value, dict):
                    return value
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Failed(f"no JSON object in its output ({exc}): {text[-500:]!r}") from None
    if not isinstance(value, dict):
        raise Failed(f"its output is not a JSON object: {text[-500:]!r}")
    return value


def run_child(args: list[str], env: dict[str, str], timeout: float) -> dict[str, Any]:
    """Run ``python ARGS`` with the wall clock of its spawn in BENCH_SPAWNED_AT; its JSON."""
    env = {**env, "BENCH_SPAWNED_AT": repr(time.time())}
    try:
        done = subprocess.run(
            [sys.executable, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        raise Failed(f"`{' '.join(args)}` took longer than {timeout:.0f} s") from None
    if done.returncode != 0:
        raise Failed(f"`{' '.join(args)}` exited with {done.returncode}: {done.stderr[-1500:]}")
    report = last_json(done.stdout)
    if "error" in report:
        raise Failed(f"`{' '.join(args)}`: {report['error']}")
    return report


@contextlib.contextmanager
def virtual_screen(wanted: bool) -> Iterator[str | None]:
    """An Xvfb display of our own (":90" to ":99", one no one else holds) for the window
    figures, or None (Qt's offscreen platform) when Xvfb is not installed or not wanted."""
    xvfb = shutil.which("Xvfb")
    if not wanted or xvfb is None:
        yield None
        return
    server = None
    for number in [90 + (os.getpid() + k) % 10 for k in range(10)]:
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        server = subprocess.Popen(
            [xvfb, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists() or server.poll() is not None:
                break
            time.sleep(0.05)
        if server.poll() is None:
            break
        server = None
    if server is None:
        yield None
        return
    try:
        yield f":{number}"
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=10)


def ratio(value: float, baseline: float) -> float:
    return round(value / baseline, 2) if baseline > 0 else float("inf")


def figure(
    name: str,
    value: float,
    unit: str,
    baseline: float | None,
    baseline_is: str,
    budget: str,
    met: bool | None,
) -> dict[str, Any]:
    """One line of the summary: a figure, its baseline of the same run and the ratio."""
    line: dict[str, Any] = {"figure": name, "value": value, "unit": unit, "budget": budget}
    if baseline is not None:
        line |= {"baseline": baseline, "baseline_is": baseline_is, "ratio": ratio(value, baseline)}
    line["met"] = met
    return line


# ============================================================================ run: figures


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
    typical, common = report["typical"], report["common_words"]
    lines = [
        figure(
            f"search p95, typical queries, SQLite, {plan.sessions:,} sessions",
            typical["service"]["p95_ms"],
            "ms",
            typical["baseline"]["p95_ms"],
            "hand-written FTS5 SQL",
            "under 50 ms, at most 2x the baseline",
            typical["service"]["p95_ms"] < 50 and typical["ratio_p95"] <= 2.0,
        ),
        figure(
            f"search p95, very common words, SQLite, {plan.sessions:,} sessions",
            common["service"]["p95_ms"],
            "ms",
            common["baseline"]["p95_ms"],
            "hand-written FTS5 SQL",
            "",
            None,
        ),
    ]
    return lines, report


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
            []  # its own default: 2 GB
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
    ),
    "reindex": Script("bench_reindex", lambda plan, big: ["--library", str(big)]),
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


# ============================================================================ run


def run(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="wa-benchmarks-"))
    report: dict[str, Any] = {
        "machine": machine(),
        "started_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    figures: list[dict[str, Any]] = []
    errors: dict[str, str] = {}
    details: dict[str, Any] = {}
    try:
        big = args.library or work / "library"
        if args.reuse and (big / "catalogue.sqlite").exists():
            plan = plan_for(args, reused=session_count(big))
            report["big_library"] = {"reused": str(big), "sessions": plan.sessions}
        else:
            plan = plan_for(args)
            report["big_library"] = generate_library(big, plan.sessions, args.seed)
        report["plan"] = plan.__dict__
        small = work / "small"
        report["small_library"] = generate_library(small, plan.baseline_sessions, args.seed)
        home = work / "home"
        with virtual_screen(not args.offscreen) as display:
            env = child_env(home, display)
            steps: dict[str, Callable[[], tuple[list[dict[str, Any]], Any]]] = {
                "window": lambda: window_figures(plan, big, small, env, display),
                "cli": lambda: cli_figures(plan, big, small, env),
                "search": lambda: search_figures(plan, big, env),
                "size": lambda: size_figures(plan, big, env),
            }
            for name in SCRIPTS:
                steps[name] = lambda name=name: script_figures(name, plan, big, env)
            steps["search_postgresql"] = lambda: postgres_search(plan, big, env, args, work)
            for name, step in steps.items():
                if args.only and name not in args.only:
                    continue
                step_started = time.perf_counter()
                log(f"{name} ...")
                try:
                    lines, detail = step()
                except (Failed, KeyError, OSError, sqlite3.Error) as exc:
                    errors[name] = (
                        f"{type(exc).__name__}: {exc}" if not isinstance(exc, Failed) else str(exc)
                    )
                    log(f"{name}: ERROR {errors[name][:300]}")
                else:
                    figures += lines
                    details[name] = detail
                details.setdefault("seconds", {})[name] = round(
                    time.perf_counter() - step_started, 1
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the small library, the user's home
    report["figures"] = figures
    report["errors"] = errors
    report["details"] = details
    report["total_s"] = round(time.perf_counter() - started, 1)
    return report


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
    typical, common = pg["typical"], pg["common_words"]
    lines = [
        figure(
            f"search p95, typical queries, PostgreSQL, {plan.sessions:,} sessions",
            typical["service"]["p95_ms"],
            "ms",
            typical["baseline"]["p95_ms"],
            "hand-written tsquery SQL (GIN)",
            "under 50 ms, at most 2x the baseline",
            typical["service"]["p95_ms"] < 50 and typical["ratio_p95"] <= 2.0,
        ),
        figure(
            f"search p95, very common words, PostgreSQL, {plan.sessions:,} sessions",
            common["service"]["p95_ms"],
            "ms",
            common["baseline"]["p95_ms"],
            "hand-written tsquery SQL (GIN)",
            "",
            None,
        ),
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


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError):
        total_kib = int(Path("/proc/meminfo").read_text().split()[1])
        info["memory_gb"] = round(total_kib / 1024 / 1024, 1)
    with contextlib.suppress(OSError):
        info["load_average"] = Path("/proc/loadavg").read_text().split()[:3]
    with contextlib.suppress(sqlite3.Error):
        info["sqlite"] = sqlite3.sqlite_version
    return info


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def render(report: dict[str, Any]) -> str:
    """The summary as a plain table."""
    out = [f"Webinar Archive benchmarks, {report['started_utc']}, {report['total_s']} s"]
    m = report["machine"]
    out.append(f"machine: {m.get('cpu', '?')}, {m.get('cpus')} CPUs, load {m.get('load_average')}")
    for line in report["figures"]:
        verdict = {True: "met", False: "NOT MET", None: ""}[line["met"]]
        base = (
            f"  baseline {line['baseline']} ({line['baseline_is']})  ratio {line['ratio']}"
            if "baseline" in line
            else ""
        )
        out.append(f"- {line['figure']}: {line['value']} {line['unit']}{base}")
        if line["budget"]:
            out.append(f"    budget: {line['budget']}  {verdict}")
    for name, error in report["errors"].items():
        out.append(f"- {name}: ERROR {error}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="build a generated library")
    gen.add_argument("--sessions", type=int, required=True)
    gen.add_argument("--library", type=Path, required=True)
    gen.add_argument("--seed", type=int, default=DEFAULT_SEED)
    gen.add_argument(
        "--url",
        help="build the catalogue in this empty PostgreSQL database "
        "(postgresql+psycopg://USER@HOST:PORT/NAME); --library then holds its files",
    )
    go = commands.add_parser("run", help="run every figure")
    go.add_argument("--quick", action="store_true", help="10,000 sessions (under 5 minutes)")
    go.add_argument("--json", action="store_true", help="print the whole report as JSON")
    go.add_argument("--library", type=Path, help="the big library's folder")
    go.add_argument("--reuse", action="store_true", help="use --library as it is if it exists")
    go.add_argument("--sessions", type=int, help="the big library's size")
    go.add_argument("--baseline-sessions", type=int, help="the small library's size (1,000)")
    go.add_argument("--runs", type=int, help="timed runs per figure")
    go.add_argument("--seed", type=int, default=DEFAULT_SEED)
    go.add_argument("--offscreen", action="store_true", help="Qt's offscreen platform, no Xvfb")
    go.add_argument("--only", nargs="+", help="only these steps (window cli search size ...)")
    go.add_argument("--output", type=Path, help="also write the JSON report to this file")
    go.add_argument(
        "--pg-url",
        help="search on PostgreSQL in this database (empty: a library is generated there; "
        "with --reuse, one already made is measured); default: a throwaway local server",
    )
    args = parser.parse_args(argv)
    sys.path[:0] = [str(SRC), str(ROOT)]
    if args.command == "generate":
        report = generate_library(args.library, args.sessions, args.seed, args.url)
        print(json.dumps(report, indent=2))
        return 0
    if args.library is not None and not args.reuse and (args.library / "catalogue.sqlite").exists():
        parser.error(
            f"{args.library} already holds a catalogue: add --reuse to measure it as it is"
        )
    report = run(args)
    if args.output:
        args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else render(report))
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
