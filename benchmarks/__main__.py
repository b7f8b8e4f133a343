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
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.figures import (
    cli_figures,
    postgres_search,
    search_figures,
    size_figures,
    window_figures,
)
from benchmarks.harness import (
    ROOT,
    SRC,
    Failed,
    child_env,
    log,
    plan_for,
    virtual_screen,
)
from benchmarks.library import DEFAULT_SEED, generate_library, session_count
from benchmarks.report import machine, render
from benchmarks.scripts import SCRIPTS, script_figures

# The steps of ``run``, in the order they run (``--only`` picks some of them).
STEPS = ("window", "cli", "search", "size", *SCRIPTS, "search_postgresql")


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
            assert tuple(steps) == STEPS, "STEPS lists every step of run()"
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
    go.add_argument(
        "--only",
        nargs="+",
        choices=STEPS,
        metavar="STEP",
        help=f"only these steps, of: {' '.join(STEPS)}",
    )
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
