"""The main window's status bar shows a long message whole, in English and in Polish."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication

from ui_helpers import Main
from webinar_archive.domain.errors import LibraryError
from webinar_archive.domain.progress import Cancelled
from webinar_archive.services.archive import Archive
from webinar_archive.storage.search.base import BATCH
from webinar_archive.ui.i18n import install_translators
from webinar_archive.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


@pytest.fixture(params=["en", "pl"])
def window_in(
    request: pytest.FixtureRequest, qapp: QApplication, archive: Archive, tmp_path: Path, qtbot
) -> Iterator[Main]:  # type: ignore[no-untyped-def]
    """A 1280x800 main window started in the language of the parameter, as the app starts."""
    before = QLocale()
    translators = install_translators(qapp, request.param)
    main = Main(archive, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), qtbot)
    try:
        yield main
    finally:
        main.close()
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def _unfinished_rebuild_failure(archive: Archive) -> str:
    """What a search says while the index is part-rebuilt, as the window words it."""
    document = {
        "format": "webinar-archive-exchange",
        "version": 1,
        "sessions": [{"title": f"Peatland restoration {i}"} for i in range(2 * BATCH)],
    }
    archive.exchange.import_document(document, Path("."))
    with pytest.raises(Cancelled):
        archive.search.reindex(lambda step: step.done < BATCH)
    with pytest.raises(LibraryError) as failure:
        archive.search.search("peatland")
    shown = QCoreApplication.translate("SearchController", "Search failed: %1")
    return shown.replace("%1", str(failure.value))


def _wrapped_height_beside_count(window: MainWindow, text: str) -> int:
    bar = window.statusBar()
    box = QRect(0, 0, window.count_label.x() - 2 - 6, 10_000)
    return bar.fontMetrics().boundingRect(box, int(Qt.TextFlag.TextWordWrap), text).height()


def _wrapped_height(window: MainWindow, text: str) -> int:
    """The height ``text`` needs wrapped between the bar's left margin and the session count
    (Qt's margins: 6 px on the left, 2 px before the first permanent widget)."""
    bar = window.statusBar()
    assert window.count_label.isVisible() and not window.task_label.isVisible()
    box = QRect(0, 0, window.count_label.x() - 2 - 6, 10_000)
    return bar.fontMetrics().boundingRect(box, int(Qt.TextFlag.TextWordWrap), text).height()


def test_the_unfinished_rebuild_message_is_shown_whole(
    window_in: Main, archive: Archive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """At 1280 px the long "index being rebuilt" failure needs more than one line: the bar
    grows to show every line of it, and is one line high again once it is gone."""
    bar = window_in.window.statusBar()
    one_line = bar.height()
    message = _unfinished_rebuild_failure(archive)
    bar.showMessage(message, 60_000)
    qtbot.waitUntil(lambda: bar.height() > one_line, timeout=2000)
    needed = _wrapped_height(window_in.window, message)
    assert needed > bar.fontMetrics().lineSpacing()  # it does not fit on one line
    assert bar.height() >= needed
    bar.clearMessage()
    qtbot.waitUntil(lambda: bar.height() == one_line, timeout=2000)


def test_a_short_message_keeps_the_bar_one_line_high(window_in: Main, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Only what needs more room takes it: the window does not jump for a short message."""
    bar = window_in.window.statusBar()
    one_line = bar.height()
    bar.showMessage(QCoreApplication.translate("SearchController", "Search failed: %1"), 5000)
    QApplication.processEvents()
    assert bar.height() == one_line


def test_the_message_rewraps_when_a_task_takes_room_beside_it(window_in: Main, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A task's progress shown in the bar while a long message is up narrows the message: it
    wraps again into the room left, still whole."""
    window = window_in.window
    bar = window.statusBar()
    message = " ".join(["A long message that says what to do next."] * 8)
    bar.showMessage(message, 60_000)
    qtbot.waitUntil(lambda: bar.height() >= _wrapped_height(window, message), timeout=2000)
    window.task_label.setText("Rebuilding the search index")
    window.set_task_visible(True)
    for _ in range(5):  # the bar's layout, the refit it asks for, the window's layout
        QApplication.processEvents()
    room = window.task_label
    assert room.x() < window.count_label.x()
    box = QRect(0, 0, room.x() - 2 - 6, 10_000)
    needed = bar.fontMetrics().boundingRect(box, int(Qt.TextFlag.TextWordWrap), message).height()
    assert needed > _wrapped_height_beside_count(window, message)  # one more line now
    assert bar.currentMessage() == message
    assert bar.height() >= needed
    window.set_task_visible(False)
