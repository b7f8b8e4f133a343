"""What the main window does at start-up on the GUI thread, and what it leaves to the background.

A large library has tens of thousands of people and organisations: anything that reads all of
them must not hold up the window's first rows.
"""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

import ui_helpers
from ui_helpers import Main, bulk_sessions
from webinar_archive.domain.text import fold
from webinar_archive.services.archive import Archive
from webinar_archive.ui import speakers_table
from webinar_archive.ui.app import create_main_window

settings = ui_helpers.settings


def test_completion_names_are_read_off_the_gui_thread(
    sqlite_archive: Archive, settings: QSettings, qtbot, monkeypatch
) -> None:
    """The editor's completers get every person's and organisation's name, read and folded
    (25,000 names at 100,000 sessions: a stall while the table scrolls) on the query thread
    when the first session is shown, not on the GUI thread."""
    sqlite_archive.sessions.create_demo()
    people = sqlite_archive.people
    read_on: list[threading.Thread] = []
    real_people = people.people

    def people_recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        read_on.append(threading.current_thread())
        return real_people(*args, **kwargs)

    monkeypatch.setattr(people, "people", people_recorded)
    folded_on: list[threading.Thread] = []

    def fold_recorded(text: str) -> str:
        folded_on.append(threading.current_thread())
        return fold(text)

    monkeypatch.setattr(speakers_table, "fold", fold_recorded)
    expected = {p.display_name for p in real_people()}
    assert expected
    main = Main(sqlite_archive, settings, qtbot)
    try:
        editor = main.app.editor
        assert editor.session is not None  # the first session is shown
        speakers = editor.view.speakers
        entries = speakers.person_delegate.entries

        def offered() -> set[str]:
            return {entries.item(row).text() for row in range(entries.rowCount())}

        qtbot.waitUntil(lambda: offered() >= expected, timeout=10_000)
        assert read_on and all(t is not threading.main_thread() for t in read_on)
        assert folded_on and all(t is not threading.main_thread() for t in folded_on)
    finally:
        main.close()


def test_browser_counts_are_read_off_the_gui_thread(
    sqlite_archive: Archive, settings: QSettings, qtbot, monkeypatch
) -> None:
    """Opening the window shows the table's rows at once; the browser's counts (every series,
    year and tag, the incomplete and the trashed) are read on the query thread and shown when
    they arrive."""
    sqlite_archive.sessions.create_demo()
    sessions = sqlite_archive.sessions
    read_on: list[threading.Thread] = []
    for name in ("count", "series", "years", "tags"):
        real = getattr(sessions, name)

        def recorded(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            read_on.append(threading.current_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(sessions, name, recorded)
    window, app = create_main_window(sqlite_archive, settings, (1280, 800))
    qtbot.addWidget(window)
    try:
        window.show()
        assert app.catalogue.table_model.rowCount() == 1
        qtbot.waitUntil(lambda: not app.catalogue.counts_pending, timeout=10_000)
        model = window.browser.model()
        assert model.index(0, 0).data() == "All sessions"
        assert model.index(0, 1).data() == "1"
        assert read_on and all(t is not threading.main_thread() for t in read_on)
    finally:
        window.close()
        app.shutdown()


def test_opening_the_window_queries_the_session_ids_once(
    sqlite_archive: Archive, settings: QSettings, qtbot, monkeypatch
) -> None:
    """The first run sets the table's sort indicator before its first query: the list of every
    session id (100,000 of them on a large library) is read once, in the order shown."""
    bulk_sessions(sqlite_archive, 3)
    sessions = sqlite_archive.sessions
    queries: list[object] = []
    real_ids = sessions.ids

    def ids(*args, **kwargs):  # type: ignore[no-untyped-def]
        queries.append(args)
        return real_ids(*args, **kwargs)

    monkeypatch.setattr(sessions, "ids", ids)
    main = Main(sqlite_archive, settings, qtbot)
    try:
        assert len(queries) == 1
        assert main.controller.table_model.rowCount() == 3
        assert main.controller.table_model.descending  # the first run's order: newest first
    finally:
        main.close()
