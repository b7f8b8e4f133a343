"""How fast the command line starts: --version, --help, a first page of `list`, `show`.

    python -m benchmarks.bench_start --sessions 1000 --runs 15

Prints JSON: for each command the median wall time of N new processes, next to the baseline
`python -c pass` measured in the same run (interleaved, so a busy machine slows both), and
their ratio. The library for `list` is generated once (or reused with --library).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .catalogue_data import open_generated

SRC = Path(__file__).resolve().parents[1] / "src"


def _commands(library: Path) -> dict[str, list[str]]:
    cli = [sys.executable, "-m", "webinar_archive"]
    return {
        "baseline_python_pass": [sys.executable, "-c", "pass"],
        "version": [*cli, "--version"],
        "help": [*cli, "--help"],
        "list_limit_20": [*cli, "--library", str(library), "list", "--limit", "20"],
        "show_json": [*cli, "--library", str(library), "show", "1", "--json"],
    }


def _run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode(errors='replace')}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--library", type=Path, help="reuse (or keep) a generated library folder")
    args = parser.parse_args(argv)
    folder = args.library or Path(tempfile.mkdtemp(prefix="wa-bench-")) / "library"
    with open_generated(folder, args.sessions) as archive:
        sessions = archive.sessions.count()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
    }
    commands = _commands(folder)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # a warm-up run each: file caches, .pyc files
        _run(command, env)
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(_run(command, env))
    baseline = statistics.median(times["baseline_python_pass"])
    report = {
        "sessions": sessions,
        "runs": args.runs,
        "baseline_python_pass_s": round(baseline, 4),
        "commands": {
            name: {
                "median_s": round(statistics.median(values), 4),
                "min_s": round(min(values), 4),
                "ratio_to_baseline": round(statistics.median(values) / baseline, 2),
            }
            for name, values in times.items()
            if name != "baseline_python_pass"
        },
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
