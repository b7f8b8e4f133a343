"""Every control the keyboard reaches has a name a screen reader can say, and Tab leaves the table.

Walks the main window with each editor tab shown, the player, and the dialogs, and fails on a
focusable control whose accessible name (what QAccessible reports, as a screen reader reads
it) is empty.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from ui_player_helpers import App, app  # noqa: F401
from webinar_archive.services.archive import Archive
from webinar_archive.ui import help as app_help
from webinar_archive.ui.accessibility import derived_name, needs_name, spoken_name

pytestmark = pytest.mark.sqlite_only


def _unnamed(root: QWidget) -> list[str]:
    """The visible, keyboard-reachable controls under ``root`` with no spoken name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if needs_name(widget):
            path = []
            parent: QWidget | None = widget
            while parent is not None and len(path) < 4:
                path.append(f"{type(parent).__name__}#{parent.objectName()}")
                parent = parent.parentWidget()
            found.append(" < ".join(path))
    return found


def _check_dialogs(dialogs: list[QDialog]) -> None:
    """Show each dialog on each of its tabs; no control may be without a spoken name."""
    problems = []
    for dialog in dialogs:
        assert dialog is not None
        dialog.show()
        QApplication.processEvents()
        problems += [f"{type(dialog).__name__}: {p}" for p in _unnamed(dialog)]
        for tab in _each_tab(dialog):
            problems += [f"{type(dialog).__name__} [{tab}]: {p}" for p in _unnamed(dialog)]
        dialog.close()
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def _each_tab(root: QWidget) -> Iterator[str]:
    """Show every page of every tab widget under ``root`` in turn."""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield tabs.tabText(index)


def test_main_window_and_editor_tabs(app: App) -> None:  # noqa: F811
    """The main window with the demo session, on every tab of the editor."""
    problems = _unnamed(app.window)
    for tab in _each_tab(app.window):
        problems += [f"[{tab}] {p}" for p in _unnamed(app.window)]
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_named_landmarks(app: App) -> None:  # noqa: F811
    """The table, the browser and the search field say what they are."""
    w = app.window
    assert spoken_name(w.table) == "Sessions"
    assert "series" in spoken_name(w.browser)
    assert spoken_name(w.search_edit)


def test_player_controls(app: App, qtbot) -> None:  # noqa: F811
    """Icon-only Play, Stop, Mute, Full-screen and the volume slider are named."""
    app.attach_sample()
    app.press_play()
    qtbot.waitUntil(lambda: app.glue.player is not None, timeout=5000)
    player = app.player
    QApplication.processEvents()
    assert _unnamed(player) == []
    assert _unnamed(app.window) == []


def test_dialogs(app: App, qtbot) -> None:  # noqa: F811
    """People, brief, overview, shortcuts and guide dialogs name all their controls."""
    w, main = app.window, app.main
    dialogs: list[QDialog] = []
    w.people_action.trigger()
    assert main.people.manager is not None
    dialogs.append(main.people.manager.dialog)
    dialogs.append(main.briefs.open_dialog([app.session_id], "Demo"))
    main.overview.show()
    dialogs.append(main.overview.dialog)
    dialogs.append(app_help.show_shortcuts(w))
    dialogs.append(app_help.show_guide(w))
    _check_dialogs(dialogs)


def test_import_and_library_dialogs(app: App, tmp_path: Path) -> None:  # noqa: F811
    """The review of a real page (with a refusal shown), the folder review and the library
    dialogs name all their controls."""
    from webinar_archive.ui.folder_review import FolderReviewDialog
    from webinar_archive.ui.import_review import ImportReviewDialog
    from webinar_archive.ui.library_views import (
        BackupDialog,
        BackupSettingsDialog,
        CheckDialog,
        RestoreDialog,
    )
    from webinar_archive.ui.settings_dialog import SettingsDialog

    page = Path(__file__).parent / "data" / "pages" / "100.html"
    preview = app.archive.page_import.preview(page)
    folder = tmp_path / "sessions" / "2021-03-02 Clusters and regions"
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("Agenda and speakers", encoding="utf-8")
    dialogs: list[QDialog] = [
        ImportReviewDialog(preview.sessions, ["Kevin Morgan"], app.window, refusal="a test"),
        FolderReviewDialog(app.archive.folder_import.plan(tmp_path / "sessions"), app.window),
        CheckDialog(app.window),
        BackupDialog(app.window),
        RestoreDialog(app.window),
        BackupSettingsDialog(app.window),
        SettingsDialog(app.window, ""),
    ]
    _check_dialogs(dialogs)


def test_tab_leaves_the_session_table(app: App, qtbot) -> None:  # noqa: F811
    """Tab in the table moves focus on instead of walking its cells and rows."""
    table = app.window.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    row = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert table.currentIndex().row() == row


def test_names_come_from_what_is_shown_with_the_control() -> None:
    """Label, placeholder and tooltip text become names without markup or shortcut hints."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QSlider, QSpinBox, QToolButton

    form = QWidget()
    layout = QFormLayout(form)
    edit = QLineEdit()
    layout.addRow("&Series:", edit)
    spin = QSpinBox()
    layout.addRow("Duration (min):", spin)
    slider = QSlider()
    slider.setToolTip("<b>Volume</b>. Scroll to change it.")
    button = QToolButton()
    button.setToolTip("Play (Space)")
    placeholder = QLineEdit()
    placeholder.setPlaceholderText("Filter…")
    layout.addRow(slider)
    layout.addRow(button)
    layout.addRow(placeholder)
    assert derived_name(edit) == "Series"
    assert derived_name(spin) == "Duration (min)"
    assert derived_name(slider) == "Volume"
    assert derived_name(button) == "Play"
    assert derived_name(placeholder) == "Filter"


# A fresh process (the namer is installed once per application): the events the namer's
# filter saw while the main window was built, and the controls left without a name once the
# window is shown (one a line after the count).
_BUILD_THEN_CHECK = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
from webinar_archive.services.archive import Archive
from webinar_archive.ui import accessibility, main_window
from webinar_archive.ui.app import application, create_main_window
seen = [0]
real_filter = accessibility.AccessibleNamer.eventFilter
def counted(self, watched, event):
    seen[0] += 1
    return real_filter(self, watched, event)
accessibility.AccessibleNamer.eventFilter = counted
during = []
real_init = main_window.MainWindow.__init__
def init(self, *args):
    before = seen[0]
    real_init(self, *args)
    during.append(seen[0] - before)
main_window.MainWindow.__init__ = init
app = application(sys.argv[:1])
archive = Archive.open(Path(sys.argv[1]))
window, main_app = create_main_window(archive, None, (1280, 800))
window.show()
QApplication.processEvents()
print(during[0])
for widget in [window, *window.findChildren(QWidget)]:
    if widget.isVisibleTo(window) and accessibility.needs_name(widget):
        print(type(widget).__name__, widget.objectName())
main_app.shutdown()
archive.close()
"""


def test_the_window_is_built_without_the_namer_and_named_once_built(tmp_path: Path) -> None:
    """The namer's application-wide filter (called for each of the thousands of events of
    building the window) is installed once the window is built; it names the controls made
    before it then, so none is left without a name."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        archive.sessions.create_demo()
    src = Path(__file__).resolve().parents[1] / "src"
    done = subprocess.run(
        [sys.executable, "-c", _BUILD_THEN_CHECK, str(library)],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": str(src),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    during, *unnamed = done.stdout.strip().splitlines()
    assert during == "0"
    assert unnamed == []
