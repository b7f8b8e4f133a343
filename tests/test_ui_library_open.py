"""The app opens its library on the worker: an upgrade that rebuilds the search index shows a
progress dialog whose Stop quits, keeping what was indexed for the next start to go on from."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from search_helpers import REBUILD_SESSIONS, catalogue_to_upgrade, rebuild_progress
from webinar_archive.storage.database import HEAD_REVISION
from webinar_archive.ui.library_open import open_library


def _dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_stop_in_the_upgrade_dialog_quits_and_the_next_start_finishes(tmp_path: Path, qapp) -> None:
    library = tmp_path / "library"
    catalogue_to_upgrade(library)
    labels: list[str] = []

    def stop_once_rebuilding() -> None:
        for dialog in _dialogs():
            labels.append(dialog.labelText())
            if "Rebuilding the search index" in dialog.labelText() and not dialog.wasCanceled():
                button = dialog.findChild(QPushButton)
                assert button is not None and button.text() == "Stop and Quit"
                button.click()

    watcher = QTimer()
    watcher.timeout.connect(stop_once_rebuilding)
    watcher.start(5)
    try:
        opened = open_library(library, None, show_after_ms=0)
    finally:
        watcher.stop()
    assert opened.archive is None and opened.stopped and opened.failure is None
    assert any("Rebuilding the search index" in label for label in labels)
    revision, state = rebuild_progress(library)
    assert revision == HEAD_REVISION
    # Stop lands after a committed step, or before the first when it is quick enough.
    assert state is not None and state.done < REBUILD_SESSIONS

    opened = open_library(library, None, show_after_ms=0)
    assert opened.archive is not None and not opened.stopped
    try:
        assert opened.archive.search.count("lodz") == REBUILD_SESSIONS
    finally:
        opened.archive.close()
    assert rebuild_progress(library) == (HEAD_REVISION, None)


def test_a_library_that_cannot_open_comes_back_as_a_failure(tmp_path: Path, qapp) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("not a library")
    opened = open_library(not_a_folder, None)
    assert opened.archive is None and not opened.stopped
    assert opened.failure is not None and str(not_a_folder) in opened.failure.message


def test_an_open_that_ends_quickly_makes_no_dialog(tmp_path: Path, qapp, monkeypatch) -> None:
    """The dialog is made only once opening has taken a while: a start without an upgrade
    pays nothing for it."""
    from webinar_archive.services.archive import Archive
    from webinar_archive.ui import library_open

    Archive.open(tmp_path / "library").close()
    made: list[object] = []
    monkeypatch.setattr(library_open, "QProgressDialog", lambda *args: made.append(args))
    opened = open_library(tmp_path / "library", None, show_after_ms=60_000)
    assert opened.archive is not None
    opened.archive.close()
    assert made == []
