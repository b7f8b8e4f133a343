"""The app's start on a usual SQLite library: the first rows painted from the catalogue file,
the library opened and the window wired right after, and what the user does meanwhile not
lost but done once the window can do it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from helpers import draft
from webinar_archive.services.archive import Archive
from webinar_archive.ui.first_rows import InputHold

SRC = Path(__file__).resolve().parents[1] / "src"


# The app's own start (run_app) in a process of its own (an event loop quit in this one would
# end the next test's loops too). At the first paint of the table with rows it clicks the
# fourth row (``click``), before the window's own zero-timer wires it; once started, it waits
# until the editor shows a session and reports what the window then shows.
START_SCRIPT = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from webinar_archive.services.sessions import SessionService
from webinar_archive.ui import app as ui_app
from webinar_archive.ui.first_rows import PlainSessions

report = {"ids_read_by_the_archive": 0}
real_ids = SessionService.ids

def counted(self, *args, **kwargs):
    report["ids_read_by_the_archive"] += 1
    return real_ids(self, *args, **kwargs)

SessionService.ids = counted

def click(view):
    model = view.model()
    report["plain_when_clicked"] = isinstance(model._sessions, PlainSessions)
    report["clicked"] = model.session_id(3)
    rect = view.visualRect(model.index(3, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            view = watched.parent()
            if (isinstance(view, QTableView) and watched is view.viewport()
                    and view.model() is not None and view.model().rowCount()):
                self.seen = True
                if sys.argv[2] == "click":
                    QTimer.singleShot(0, lambda: click(view))
        return False

def started(app, main_app):
    report["polling"] = main_app.shell.poll_timer.isActive()
    deadline = time.monotonic() + 60
    def poll():
        session = main_app.editor.session
        wanted = report.get("clicked")
        if (session is not None and (wanted is None or session.id == wanted)) or (
                time.monotonic() > deadline):
            model = main_app.catalogue.table_model
            report["shown"] = session.id if session is not None else None
            report["selected"] = main_app.catalogue.selected_ids()
            report["rows"] = model.rowCount()
            report["source"] = type(model._sessions).__name__
            app.quit()
        else:
            QTimer.singleShot(20, poll)
    poll()

app = QApplication(sys.argv[:1])
watch = FirstPaint()
app.installEventFilter(watch)
ui_app._report_started_and_quit = started
status = ui_app.run_app(Path(sys.argv[1]), None, False, quit_after_start=True)
print(json.dumps({**report, "status": status}))
"""


def _start(library: Path, how: str, tmp_path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", START_SCRIPT, str(library), how],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(SRC),
            "HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
            "WEBINAR_ARCHIVE_LOG_DIR": str(tmp_path / "logs"),
        },
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    with Archive.open(root) as archive:
        for n in range(5):
            archive.sessions.create(draft(f"Talk {n}"))
    return root


def test_a_click_on_the_first_rows_is_done_once_the_window_is_wired(library: Path, tmp_path: Path):
    """A row clicked as soon as the first rows show, before the library is open, is not a dead
    click: it is held, and once the window is wired that session is selected and shown."""
    report = _start(library, "click", tmp_path)
    assert report["status"] == 0
    assert report["plain_when_clicked"] is True  # clicked while the rows were the plain reader's
    assert report["shown"] == report["clicked"]
    assert report["selected"] == [report["clicked"]]


def test_the_wired_table_reads_from_the_archive_without_reading_its_ids_again(
    library: Path, tmp_path: Path
):
    """The table model of the first rows is handed to the catalogue: its ids (100,000 in a big
    library) are not read a second time, and from then on it reads through the archive; the
    window, shown before it was wired, still looks for changes made by others."""
    report = _start(library, "wait", tmp_path)
    assert report["status"] == 0
    assert report["rows"] == 5 and report["shown"] is not None
    assert report["ids_read_by_the_archive"] == 0
    assert report["source"] == "SessionService"
    assert report["polling"] is True


def test_input_is_held_until_released_then_delivered_in_order(qapp: QApplication):
    """The hold takes the window's clicks and keys (not other windows'), and delivers them, in
    order, when released."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    window = QWidget()
    edit = QLineEdit(window)
    other = QLineEdit()
    window.show()
    other.show()
    hold = InputHold(window)
    qapp.installEventFilter(hold)
    QTest.keyClicks(edit, "ab")
    QTest.keyClicks(other, "xy")
    assert edit.text() == "" and other.text() == "xy"
    assert hold.held == 4  # two presses and two releases
    hold.release()
    QApplication.processEvents()
    assert edit.text() == "ab"
    QTest.keyClicks(edit, "c")  # released: no longer held
    assert edit.text() == "abc"
    window.close()
    other.close()
