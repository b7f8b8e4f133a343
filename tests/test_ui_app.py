"""Starting the app: a library that cannot be opened is reported in a dialog, and logged."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from webinar_archive.ui import app as ui_app


def test_unopenable_library_is_reported_in_a_dialog(tmp_path: Path, monkeypatch, qapp) -> None:
    """run_app on a path that is a file shows a message box, logs to the log folder, returns 1."""
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("not a library")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    monkeypatch.setenv("WEBINAR_ARCHIVE_LOG_DIR", str(tmp_path / "logs"))
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        status = ui_app.run_app(not_a_folder, None, False)
    finally:
        for h in root.handlers[:]:
            if h not in handlers:
                root.removeHandler(h)
                h.close()
    assert status == 1
    assert len(shown) == 1 and "could not be opened" in shown[0]
    log_text = (tmp_path / "logs" / ui_app.LOG_FILE).read_text(encoding="utf-8")
    assert "Cannot open the library" in log_text


def test_uncaught_exception_is_shown_and_logged(monkeypatch, qapp, caplog) -> None:
    """An exception escaping a slot goes to a dialog with the traceback, and to the log."""
    from webinar_archive.ui import errors

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        raise RuntimeError("slot exploded")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "slot exploded" in shown[0].informativeText()
    assert "Traceback" in shown[0].detailedText() and "RuntimeError" in shown[0].detailedText()
    assert "slot exploded" in caplog.text


def test_start_up_objects_are_left_out_of_later_collections(
    tmp_path: Path, monkeypatch, qapp
) -> None:
    """Once the window shows, what start-up built is frozen out of the garbage collector's
    full collections (each walked it all on the GUI thread, the longest stall of a scroll),
    and let go again when the window closes."""
    import gc

    from webinar_archive.services.archive import Archive

    Archive.open(tmp_path / "library").close()
    frozen_while_running: list[int] = []

    def run_event_loop(_app: object) -> int:
        frozen_while_running.append(gc.get_freeze_count())
        return 0

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    monkeypatch.setenv("WEBINAR_ARCHIVE_LOG_DIR", str(tmp_path / "logs"))
    # run_app sets it for the process (Qt reads it when it first paints): not for later tests.
    monkeypatch.setenv("QT_NO_GUI_THREADPOOL", "1")
    monkeypatch.setattr(type(qapp), "exec", run_event_loop)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        assert ui_app.run_app(tmp_path / "library", None, False) == 0
    finally:
        for h in root.handlers[:]:
            if h not in handlers:
                root.removeHandler(h)
                h.close()
    # Every module, class and widget of start-up: tens of thousands of objects at least.
    assert frozen_while_running and frozen_while_running[0] > 20_000
    assert gc.get_freeze_count() == 0


_FILLS_SCRIPT = """
import json, os, sys
from pathlib import Path
from webinar_archive.ui import app as ui_app

if sys.argv[2] == "qt-default":
    ui_app.keep_fills_on_the_gui_thread = lambda environ: False
report = {}

def started(app, main_app):
    window = main_app.catalogue.window
    window.resize(1440, 900)
    window.grab()  # the whole window painted again, at the size a scroll paints
    tasks = Path("/proc/self/task")
    report["threads"] = sorted((tasks / t / "comm").read_text().strip() for t in os.listdir(tasks))
    report["variable"] = os.environ.get("QT_NO_GUI_THREADPOOL")
    app.quit()

ui_app._report_started_and_quit = started
status = ui_app.run_app(Path(sys.argv[1]), None, False, quit_after_start=True)
print(json.dumps({**report, "status": status}))
"""


def _paint_threads(library: Path, how: str, tmp_path: Path) -> dict[str, object]:
    import json
    import subprocess

    environ = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    done = subprocess.run(
        [sys.executable, "-c", _FILLS_SCRIPT, str(library), how],
        capture_output=True,
        text=True,
        env={
            **environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(Path(ui_app.__file__).parents[2]),
            "HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
            "WEBINAR_ARCHIVE_LOG_DIR": str(tmp_path / "logs"),
        },
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_paints_without_waiting_for_qt_s_fill_threads(tmp_path: Path) -> None:
    """Qt hands large fills to a pool of threads of its own and waits for them: a scroll step
    then waits until they get a processor. The app keeps its fills on the GUI thread (no pool
    thread is ever started), and without that setting Qt does start them on this version,
    which is what makes the check mean something. A value the user set is kept."""
    from helpers import draft
    from webinar_archive.services.archive import Archive

    library = tmp_path / "library"
    with Archive.open(library) as archive:
        archive.sessions.create(draft("Talk"))
    app = _paint_threads(library, "app", tmp_path)
    assert app["status"] == 0 and app["variable"] == "1"
    assert "Thread (pooled)" not in app["threads"]
    qt = _paint_threads(library, "qt-default", tmp_path)
    assert qt["status"] == 0 and qt["variable"] is None
    assert "Thread (pooled)" in qt["threads"]

    environ = {"QT_NO_GUI_THREADPOOL": "0"}
    assert ui_app.keep_fills_on_the_gui_thread(environ) is False
    assert environ == {"QT_NO_GUI_THREADPOOL": "0"}
    environ = {}
    assert ui_app.keep_fills_on_the_gui_thread(environ) is True
    assert environ == {"QT_NO_GUI_THREADPOOL": "1"}
