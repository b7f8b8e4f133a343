"""The desktop app started as a user starts it, timed from process start to the first rows drawn.

    python -m benchmarks.window_probe --library DIR [--scroll]
    python -m benchmarks.window_probe --baseline-rows N [--scroll]

Run by ``python -m benchmarks run`` in a new process per measurement, under Xvfb (or Qt's
offscreen platform). The parent puts the wall-clock time just before it started this process in
``BENCH_SPAWNED_AT``; the probe prints one JSON object:

- ``start_s``: spawn to the first paint of the session table with rows in it (the app's own
  command line entry point and ``run_app``, so parsing the arguments, logging, opening the
  catalogue and building every feature are counted);
- ``rss_shown_mb``: resident memory at that moment;
- ``wired_s``: spawn to the window wired (the app's features built on it and the library open,
  which a usual start does right after its first rows: ``ui/first_rows.py``); input given
  before then waits for it. Scrolling starts from there;
- with ``--scroll``: the table scrolled page by page from top to bottom, one page per pass of
  the event loop; ``scroll_max_stall_ms`` is the longest gap between two passes (the page's
  rows fetched and drawn, plus anything else the GUI thread did meanwhile), ``scroll_steps``
  how many pages, ``scroll_max_cpu_ms`` / ``scroll_p95_cpu_ms`` the GUI thread's own CPU time
  in those gaps (what a busy machine disturbs least; waiting for the interpreter's lock or for
  the processor is not in it), ``rss_scrolled_mb`` / ``rss_peak_mb`` resident memory at the
  end and its high-water mark.

``--baseline-rows N`` is the floor: Qt alone, a QTableView over an in-memory model of N rows
and the same columns, started and scrolled the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

SPAWNED_AT = float(os.environ.get("BENCH_SPAWNED_AT") or time.time())


def _rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


class Probe:
    """Watches the paints of the first table view to draw rows, then (optionally) scrolls it."""

    def __init__(self, scroll: bool, wait_for_wiring: bool = False) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.scroll = scroll
        self.wait_for_wiring = wait_for_wiring
        self.report: dict[str, Any] = {}
        self.table: Any = None
        self._paint = QEvent.Type.Paint
        self._timer_cls = QTimer
        self._last = 0.0
        self._last_cpu = 0.0
        self._steps = 0
        self._gaps: list[float] = []
        self._cpu: list[float] = []

        probe = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == probe._paint and probe.table is None:
                    probe._seen_paint(watched)
                return False

        self.filter = Filter()

    def _seen_paint(self, widget: Any) -> None:
        from PySide6.QtWidgets import QTableView

        view = widget.parent()
        if not isinstance(view, QTableView) or widget is not view.viewport():
            return
        model = view.model()
        if model is None or model.rowCount() == 0 or not view.isVisible():
            return
        self.table = view
        self.report["start_s"] = round(time.time() - SPAWNED_AT, 4)
        self.report["rss_shown_mb"] = _rss_mb()
        self.report["rows"] = model.rowCount()
        self._timer_cls.singleShot(0, self._after_first_rows)

    def _after_first_rows(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self.wait_for_wiring:
            # Imported by now (the window it started is showing): importing it costs nothing.
            from webinar_archive.ui.app import WIRED_PROPERTY

            if not QApplication.instance().property(WIRED_PROPERTY):
                self._timer_cls.singleShot(1, self._after_first_rows)
                return
        self.report["wired_s"] = round(time.time() - SPAWNED_AT, 4)
        if not self.scroll:
            self._finish()
            return
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._step()

    def _step(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self._gaps.append(now - self._last)
        self._cpu.append(cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu
        bar = self.table.verticalScrollBar()
        if bar.value() >= bar.maximum():
            self._finish()
            return
        bar.setValue(bar.value() + bar.pageStep())
        self._steps += 1
        # The next step runs after the event loop has drawn this one.
        self._timer_cls.singleShot(0, self._step)

    def _finish(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self.scroll:
            gaps = sorted(self._gaps[1:]) or [0.0]
            self.report["scroll_steps"] = self._steps
            self.report["scroll_max_stall_ms"] = round(gaps[-1] * 1000, 1)
            self.report["scroll_p95_ms"] = round(gaps[int(0.95 * (len(gaps) - 1))] * 1000, 1)
            self.report["scroll_s"] = round(sum(self._gaps), 2)
            cpu = sorted(self._cpu[1:]) or [0.0]
            self.report["scroll_max_cpu_ms"] = round(cpu[-1] * 1000, 1)
            self.report["scroll_p95_cpu_ms"] = round(cpu[int(0.95 * (len(cpu) - 1))] * 1000, 1)
            self.report["rss_scrolled_mb"] = _rss_mb()
        self.report["rss_peak_mb"] = _rss_mb("VmHWM")
        self.report["platform"] = QApplication.platformName()
        print(json.dumps(self.report), flush=True)
        # Leaving is not part of any figure: the window's shutdown is skipped.
        os._exit(0)


def _baseline_window(rows: int) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Plain(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 6

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"row {index.row()} column {index.column()}"
            return None

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView(window)
    model = Plain(view)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1224, 765)
    window.show()
    app.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path)
    parser.add_argument("--baseline-rows", type=int)
    parser.add_argument("--scroll", action="store_true")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    if args.baseline_rows is not None:
        app = QApplication(sys.argv[:1])
        probe = Probe(args.scroll)
        app.installEventFilter(probe.filter)
        _baseline_window(args.baseline_rows)
        return 1  # the probe exits the process once it has its figures

    # Started as a user starts it: through the command line's entry point (its parser, and
    # its collections paused while the app's modules are imported), which calls run_app.
    from webinar_archive.cli.app import run

    app = QApplication(sys.argv[:1])  # run_app takes it over (the probe watches its events)
    probe = Probe(args.scroll, wait_for_wiring=True)
    app.installEventFilter(probe.filter)
    run(["--library", str(args.library)])
    print(json.dumps({"error": "the window closed before its table showed rows"}))
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
