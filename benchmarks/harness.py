"""What every step of ``python -m benchmarks run`` shares: the plan of the run, the measured
processes (their environment, their screen, their JSON) and the figures' summary lines."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


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


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)
