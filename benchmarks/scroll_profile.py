"""Where the longest scroll steps go: the window probe's scroll with the GUI thread sampled.

    python -m benchmarks.scroll_profile --library DIR [--top 8] [--interval-ms 1] [--json FILE]
    python -m benchmarks.scroll_profile --perf-script PERF.txt --json FILE [--top 8]

Starts the app as ``benchmarks/window_probe.py`` does and scrolls its table the same way (one
screen per pass of the event loop, from the window wired to the last row), while

- a sampler thread records the GUI thread's Python stack every ``--interval-ms`` (and the
  other threads', to see what they ran meanwhile);
- the collector's callbacks are timed (which thread, which generation, how long);
- each step records its wall time, the GUI thread's CPU time, and the table model's pages
  read on the GUI thread and read ahead;
- the answers of background work handed back to the GUI thread are timed (``answers``: which
  callback, in which step, its GUI CPU: the browser's counts shown, the completers filled);
- and, from the kernel's schedstat (``SchedClock``), the GUI thread's time on a processor and
  waiting for one, the process's other threads' CPU and the X server's CPU in the step,
  and what the GUI thread read from the disk (``gui_disk_kb``, from its io counts)
  (``longest_wall``: the steps of longest wall time with these; ``threads_cpu_ms``: each
  thread's CPU over the scroll). ``--interval-ms 0`` leaves the stack sampler out.

It writes (``--json``, and to stderr) the steps of most GUI CPU with what the samples saw
in them, grouped by the innermost frames of our own code, "in Qt" when none ran; the
collections and pages of each; and every step's start and end (``all``) on the monotonic
clock, so that ``perf record -k CLOCK_MONOTONIC -g`` samples of the same run can be put in
their steps (C++: text layout, painting, the bindings).

A sample needs the interpreter's lock, so it lands when the GUI thread is in C++ or runs
Python for longer than the switch interval (5 ms): short calls into Python (``multiData``,
one per cell) are under-counted, and "in Qt" holds them. Their share is what ``perf``
shows as ``libpython`` and ``libshiboken``. The sampler costs a little: compare this
script's figures only with each other.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import gc
import json
import os
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks import window_probe

OURS = ("webinar_archive", "benchmarks", "ui/", "services/", "storage/", "domain/")
# The frames every sample of the GUI thread has under it: the event loop's caller.
OUTER = ("benchmarks/scroll_profile.py", "ui/app.py:run_app", "cli/app.py", "<frozen runpy>")


def _frame_key(frame: Any) -> str:
    code = frame.f_code
    name = Path(code.co_filename)
    parts = name.parts
    short = "/".join(parts[-2:]) if len(parts) > 1 else name.name
    return f"{short}:{code.co_name}:{frame.f_lineno}"


def _stack(frame: Any, depth: int = 40) -> tuple[str, ...]:
    keys: list[str] = []
    while frame is not None and len(keys) < depth:
        keys.append(_frame_key(frame))
        frame = frame.f_back
    return tuple(keys)  # innermost first


class Sampler(threading.Thread):
    def __init__(self, gui: int, interval: float) -> None:
        super().__init__(name="scroll-sampler", daemon=True)
        self.gui = gui
        self.interval = interval
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.others: list[tuple[float, str, tuple[str, ...]]] = []
        self.running = True

    def run(self) -> None:
        if self.interval <= 0:
            return  # --interval-ms 0: no samples (the sampler takes the lock every interval)
        names = {}
        while self.running:
            time.sleep(self.interval)
            now = time.perf_counter()
            frames = sys._current_frames()
            for ident, frame in frames.items():
                if ident == self.gui:
                    self.samples.append((now, _stack(frame)))
                elif ident != self.ident:
                    if ident not in names:
                        names[ident] = next(
                            (t.name for t in threading.enumerate() if t.ident == ident), str(ident)
                        )
                    self.others.append((now, names[ident], _stack(frame, 12)))


class AnswerClock:
    """Times each answer of the ``TaskRunner`` handed back on the GUI thread: the callback's
    name, its start on the monotonic clock and its CPU time. Installed before the app starts
    (the runner connects its workers' signals to these methods when it is made)."""

    def __init__(self) -> None:
        self.answers: list[dict[str, Any]] = []

    def install(self) -> None:
        from PySide6.QtCore import Slot

        from webinar_archive.ui.tasks import TaskRunner

        clock = self
        finished = TaskRunner._on_worker_finished

        @Slot(int, object)
        def timed(runner: Any, job_id: int, result: object) -> None:
            job = runner._jobs.get(job_id)
            function = getattr(job.on_success, "func", job.on_success) if job else None
            callback = getattr(function, "__qualname__", "discarded")
            start, cpu = time.perf_counter(), time.thread_time()
            finished(runner, job_id, result)
            clock.answers.append(
                {
                    "start": start,
                    "callback": callback,
                    "ms": (time.perf_counter() - start) * 1000,
                    "cpu_ms": (time.thread_time() - cpu) * 1000,
                }
            )

        TaskRunner._on_worker_finished = timed  # type: ignore[method-assign]

    def in_step(self, start: float, end: float) -> list[dict[str, Any]]:
        """The answers taken in [start, end] that cost 1 ms of GUI CPU or more."""
        return [
            {"callback": a["callback"], "cpu_ms": round(a["cpu_ms"], 1)}
            for a in self.answers
            if start <= a["start"] <= end and a["cpu_ms"] >= 1.0
        ]

    def summary(self, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Every answer of 1 ms of GUI CPU or more, with the index of its step."""
        starts = [s["start"] for s in steps]
        return [
            {
                "step": bisect.bisect_right(starts, a["start"]) - 1,
                "callback": a["callback"],
                "cpu_ms": round(a["cpu_ms"], 1),
            }
            for a in self.answers
            if a["cpu_ms"] >= 1.0
        ]


def _schedstat(path: str) -> tuple[int, int]:
    """A thread's time on a processor and waiting for one (ns), from the kernel's schedstat."""
    try:
        with open(path) as f:
            run, wait, _ = f.read().split()
    except (OSError, ValueError):
        return 0, 0
    return int(run), int(wait)


def _display_server() -> int | None:
    """The process id of the X server of ``$DISPLAY`` (Xvfb), to see its CPU per step."""
    display = os.environ.get("DISPLAY", "")
    if not display:
        return None
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                args = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if args and args[0].endswith(b"Xvfb") and display.encode() in args:
                return int(entry.name)
    return None


class SchedClock:
    """Where a step's wall time went besides the GUI thread's CPU: waiting for a processor
    (the kernel's run-queue time), the process's other threads' CPU (the reads ahead, the
    collector on them: the interpreter's lock), and the X server's CPU (drawing the step)."""

    def __init__(self, skip: int | None) -> None:
        self.gui = threading.get_native_id()
        self.skip = skip
        self.server = _display_server()
        self.last = self._read()
        self.last_disk = self._disk()
        self.threads_at_start = self.threads()

    def threads(self) -> dict[str, float]:
        """Each thread's CPU time so far (ms), by its id and name."""
        found = {}
        for tid in os.listdir("/proc/self/task"):
            try:
                name = Path(f"/proc/self/task/{tid}/comm").read_text().strip()
            except OSError:
                continue
            found[f"{tid} {name}"] = _schedstat(f"/proc/self/task/{tid}/schedstat")[0] / 1e6
        return found

    def _read(self) -> tuple[int, int, int, int]:
        run, wait = _schedstat(f"/proc/self/task/{self.gui}/schedstat")
        others = 0
        for tid in os.listdir("/proc/self/task"):
            if int(tid) not in (self.gui, self.skip):
                others += _schedstat(f"/proc/self/task/{tid}/schedstat")[0]
        server = _schedstat(f"/proc/{self.server}/schedstat")[0] if self.server else 0
        return run, wait, others, server

    def _disk(self) -> int:
        """Bytes the GUI thread had read from the disk so far (``read_bytes`` of its io)."""
        try:
            with open(f"/proc/self/task/{self.gui}/io") as f:
                found = re.search(r"^read_bytes: (\d+)", f.read(), re.MULTILINE)
        except OSError:
            return 0
        return int(found[1]) if found else 0

    def step(self) -> dict[str, float]:
        now = self._read()
        was, self.last = self.last, now
        names = ("run_ms", "runqueue_ms", "others_ms", "xserver_ms")
        disk, self.last_disk = self.last_disk, self._disk()
        return {k: (b - a) / 1e6 for k, a, b in zip(names, was, now, strict=True)} | {
            "gui_disk_kb": (self.last_disk - disk) / 1024
        }


class ProfilingProbe(window_probe.Probe):
    def __init__(self, top: int, interval: float, out: Path | None, app: bool = True) -> None:
        super().__init__(scroll=True, wait_for_wiring=app)
        self.top = top
        self.interval = interval
        self.out = out
        self.steps: list[dict[str, Any]] = []
        self.collections: list[dict[str, Any]] = []
        self._gc_start: dict[int, float] = {}
        self.sampler: Sampler | None = None
        self._pages = (0, 0)
        self.clock: SchedClock | None = None
        self.answers = AnswerClock()

    def _model_pages(self) -> tuple[int, int]:
        model = self.table.model() if self.table is not None else None
        return (
            getattr(model, "pages_loaded", 0),
            getattr(model, "pages_read_ahead", 0),
        )

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._gc_start[ident] = time.perf_counter()
        else:
            began = self._gc_start.pop(ident, None)
            if began is not None:
                self.collections.append(
                    {
                        "start": began,
                        "ms": (time.perf_counter() - began) * 1000,
                        "gen": info.get("generation"),
                        "gui": ident == self.sampler.gui if self.sampler else None,
                        "collected": info.get("collected"),
                    }
                )

    def _after_first_rows(self) -> None:
        from PySide6.QtWidgets import QApplication

        wired = True
        if self.wait_for_wiring:
            from webinar_archive.ui.app import WIRED_PROPERTY

            app = QApplication.instance()
            wired = app is not None and bool(app.property(WIRED_PROPERTY))
        if wired and self.sampler is None:
            self.sampler = Sampler(threading.get_ident(), self.interval)
            self.sampler.start()
            self.clock = SchedClock(self.sampler.native_id)
            gc.callbacks.append(self._on_gc)
            self._pages = self._model_pages()
        super()._after_first_rows()

    def _step(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self._last:
            pages = self._model_pages()
            self.steps.append(
                {
                    "start": self._last,
                    "end": now,
                    "ms": (now - self._last) * 1000,
                    "cpu_ms": (cpu - self._last_cpu) * 1000,
                    "gui_pages": pages[0] - self._pages[0],
                    "ahead_pages": pages[1] - self._pages[1],
                    "row": self.table.rowAt(0),
                }
                | (self.clock.step() if self.clock is not None else {})
            )
            self._pages = pages
        super()._step()

    def _finish(self) -> None:
        if self.sampler is not None:
            self.sampler.running = False
            gc.callbacks.remove(self._on_gc)
            self._summarise()
        super()._finish()

    def _summarise(self) -> None:
        assert self.sampler is not None
        steps = self.steps[1:]  # the first gap runs from the wiring: not a scroll step
        samples = self.sampler.samples
        report: dict[str, Any] = {
            "steps": len(steps),
            "samples": len(samples),
            "gui_pages": sum(s["gui_pages"] for s in steps),
            "collections": _collections_summary(self.collections),
            "longest": [],
        }
        walls = sorted(s["ms"] for s in steps)
        cpus = sorted(s["cpu_ms"] for s in steps)
        report["p50_ms"] = round(walls[len(walls) // 2], 1)
        report["p95_ms"] = round(walls[int(0.95 * (len(walls) - 1))], 1)
        report["p95_cpu_ms"] = round(cpus[int(0.95 * (len(cpus) - 1))], 1)
        # The steps of longest wall time, with where their time went (``SchedClock``).
        report["longest_wall"] = [
            {k: round(v, 1) if isinstance(v, float) else v for k, v in s.items()}
            | {"index": steps.index(s)}
            for s in sorted(steps, key=lambda s: s["ms"], reverse=True)[: self.top]
        ]
        for entry in report["longest_wall"]:
            entry.pop("start")
            entry.pop("end")
            step = steps[entry["index"]]
            entry["answers"] = self.answers.in_step(step["start"], step["end"])
        report["answers"] = self.answers.summary(steps)
        if self.clock is not None:
            before = self.clock.threads_at_start
            report["threads_cpu_ms"] = {
                k: round(v - before.get(k, 0.0), 1) for k, v in self.clock.threads().items()
            }
        # Every sample over the whole scroll, as a baseline of where a usual step goes.
        report["all_steps"] = _where(samples, steps[0]["start"], steps[-1]["end"], 12)
        for s in sorted(steps, key=lambda s: s["cpu_ms"], reverse=True)[: self.top]:
            entry = {k: round(v, 1) if isinstance(v, float) else v for k, v in s.items()}
            entry["index"] = steps.index(s)
            entry.pop("start")
            entry.pop("end")
            entry["where"] = _where(samples, s["start"], s["end"], 8)
            entry["gc"] = [
                {
                    k: round(v, 1) if isinstance(v, float) else v
                    for k, v in c.items()
                    if k != "start"
                }
                for c in self.collections
                if s["start"] <= c["start"] <= s["end"]
            ]
            entry["other_threads"] = _others(self.sampler.others, s["start"], s["end"])
            entry["answers"] = self.answers.in_step(s["start"], s["end"])
            report["longest"].append(entry)
        # Every step, on the clock ``perf record -k CLOCK_MONOTONIC`` stamps its samples with.
        report["all"] = [
            {k: round(v, 6) if isinstance(v, float) else v for k, v in s.items()} for s in steps
        ]
        text = json.dumps(report, indent=1)
        if self.out is not None:
            self.out.write_text(text)
        print(text, file=sys.stderr, flush=True)


def _collections_summary(collections: list[dict[str, Any]]) -> dict[str, Any]:
    by_kind: dict[str, list[float]] = {}
    for c in collections:
        by_kind.setdefault(f"gen{c['gen']} {'gui' if c['gui'] else 'other'}", []).append(c["ms"])
    return {
        k: {"count": len(v), "max_ms": round(max(v), 1), "total_ms": round(sum(v), 1)}
        for k, v in by_kind.items()
    }


def _where(
    samples: list[tuple[float, tuple[str, ...]]],
    start: float,
    end: float,
    top: int,
    depth: int = 4,
) -> dict[str, Any]:
    """Samples in [start, end] grouped by the innermost frame of our code, with its caller."""
    counts: collections.Counter[str] = collections.Counter()
    n = 0
    for t, stack in samples:
        if not start <= t <= end:
            continue
        n += 1
        ours = [k for k in stack if any(o in k for o in OURS) and not k.startswith(OUTER)]
        if not ours:
            counts["in Qt (no Python of ours running)"] += 1
            continue
        inner = stack[0]
        chain = " < ".join(ours[:depth])
        counts[chain if inner == ours[0] else f"{inner} < {chain}"] += 1
    return {"samples": n, "top": counts.most_common(top)}


def _others(
    others: list[tuple[float, str, tuple[str, ...]]], start: float, end: float
) -> dict[str, Any]:
    counts: collections.Counter[str] = collections.Counter()
    for t, name, stack in others:
        if start <= t <= end:
            ours = [k for k in stack if any(o in k for o in OURS)]
            idle = not ours or "tasks.py:run" not in " ".join(stack)
            counts[f"{name}: {'idle' if idle else ' < '.join(ours[:2])}"] += 1
    return dict(counts.most_common(6))


def perf_steps(script: Path, report: Path, top: int) -> dict[str, Any]:
    """The GUI thread's ``perf`` samples (``perf script -F pid,tid,time,ip,sym,dso`` of a
    ``perf record -k CLOCK_MONOTONIC -g`` run of this script) per library, over the whole
    scroll and in the ``top`` steps of most GUI CPU."""
    steps = json.loads(report.read_text())["all"]
    head = re.compile(r"^\s*(\d+)/(\d+)\s+([\d.]+):")
    samples: list[tuple[float, int, int, str]] = []  # time, pid, tid, innermost library
    leaf: str | None = None
    for line in script.read_text(errors="replace").splitlines():
        if found := head.match(line):
            samples.append((float(found[3]), int(found[1]), int(found[2]), ""))
            leaf = None
        elif line.strip() and samples and leaf is None:
            library = Path(line.strip().rsplit(" (", 1)[-1].rstrip(")")).name
            if "kernel" not in library:
                leaf = library
                samples[-1] = (*samples[-1][:3], library)
    pid = collections.Counter(s[1] for s in samples).most_common(1)[0][0]
    starts = [s["start"] for s in steps]
    per_step: dict[int, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for t, _pid, tid, library in samples:
        i = bisect.bisect_right(starts, t) - 1
        if tid == pid and i >= 0 and t <= steps[i]["end"]:
            per_step[i][library or "kernel"] += 1
    whole: collections.Counter[str] = collections.Counter()
    for counts in per_step.values():
        whole.update(counts)
    order = sorted(range(len(steps)), key=lambda i: steps[i]["cpu_ms"], reverse=True)[:top]
    return {
        "whole_scroll": dict(whole.most_common(12)),
        "steps": len(steps),
        "top": [
            {"index": i, "cpu_ms": round(steps[i]["cpu_ms"], 1), "row": steps[i]["row"]}
            | {"libraries": dict(per_step[i].most_common(8))}
            for i in order
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path)
    parser.add_argument("--baseline-rows", type=int, help="Qt alone, as window_probe's")
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--interval-ms", type=float, default=1.0)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--perf-script", type=Path, help="put perf's samples in the steps")
    args = parser.parse_args(argv)
    if args.perf_script is not None:
        print(json.dumps(perf_steps(args.perf_script, args.json, args.top), indent=1))
        return 0
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    probe = ProfilingProbe(args.top, args.interval_ms / 1000, args.json, args.library is not None)
    if args.library is not None:
        probe.answers.install()
    app.installEventFilter(probe.filter)
    if args.library is None:
        window_probe._baseline_window(args.baseline_rows or 100_000)
        return 1
    from webinar_archive.cli.app import run

    run(["--library", str(args.library)])
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
