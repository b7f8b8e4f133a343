"""What the main window does at start-up on the GUI thread, and what it leaves to the background.

A large library has tens of thousands of people and organisations: anything that reads all of
them must not hold up the window's first rows.
"""

from __future__ import annotations

import os
import threading
import zoneinfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

import ui_helpers
from ui_helpers import Main, bulk_sessions
from webinar_archive.domain import model as m
from webinar_archive.domain.text import fold
from webinar_archive.services.archive import Archive
from webinar_archive.ui import catalogue_controller, speakers_table
from webinar_archive.ui.app import create_main_window
from webinar_archive.ui.formats import number_text

settings = ui_helpers.settings


def test_completion_names_are_read_when_a_speaker_is_edited_off_the_gui_thread(
    sqlite_archive: Archive, settings: QSettings, qtbot, monkeypatch
) -> None:
    """The editor's completers need every person's and organisation's name (25,000 at
    100,000 sessions). They are not read at start-up, where reading them on any thread held
    up the table's scrolling, but when a speaker's person is first edited, then read and
    folded on the query thread, not on the GUI thread."""
    sqlite_archive.sessions.create_demo()
    people = sqlite_archive.people
    read_on: list[threading.Thread] = []
    real_people = people.person_names

    def people_recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        read_on.append(threading.current_thread())
        return real_people(*args, **kwargs)

    monkeypatch.setattr(people, "person_names", people_recorded)
    folded_on: list[threading.Thread] = []

    def fold_recorded(text: str) -> str:
        folded_on.append(threading.current_thread())
        return fold(text)

    monkeypatch.setattr(speakers_table, "fold", fold_recorded)
    expected = {name for name, _aliases in real_people()}
    assert expected
    main = Main(sqlite_archive, settings, qtbot)
    try:
        editor = main.app.editor
        assert editor.session is not None  # the first session is shown
        speakers = editor.view.speakers
        entries = speakers.person_delegate.entries
        qtbot.wait(200)  # time for anything started with the window to be read
        assert not read_on and not entries.names()

        speakers.view.edit(speakers.model.index(0, speakers.COL_PERSON))
        qtbot.waitUntil(lambda: set(entries.names()) >= expected, timeout=10_000)
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


def test_browser_counts_wait_for_the_table_to_be_still(
    sqlite_archive: Archive, settings: QSettings, qtbot, monkeypatch
) -> None:
    """Read while the table scrolls, the browser's counts took the processor its paints
    needed (most of a second at 100,000 sessions). They are read once the table has been
    still for a moment: not while it scrolls, and not lost by scrolling; then right."""
    bulk_sessions(sqlite_archive, 400)
    monkeypatch.setattr(catalogue_controller, "COUNTS_AFTER_STILL_MS", 1_500)
    happened: list[str] = []
    sessions = sqlite_archive.sessions
    real_count = sessions.count

    def count(*args, **kwargs):  # type: ignore[no-untyped-def]
        happened.append("count")
        return real_count(*args, **kwargs)

    monkeypatch.setattr(sessions, "count", count)
    window, app = create_main_window(sqlite_archive, settings, (1280, 800))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: app.catalogue.table_model.rowCount() == 400)
        bar = window.table.verticalScrollBar()
        assert bar.maximum() > 0
        for _ in range(8):
            bar.setValue(bar.value() + bar.pageStep())
            happened.append("scrolled")
            QApplication.processEvents()
        assert "count" not in happened
        assert app.catalogue.counts_pending
        qtbot.waitUntil(lambda: not app.catalogue.counts_pending, timeout=20_000)
        last_scroll = max(i for i, what in enumerate(happened) if what == "scrolled")
        assert happened.index("count") > last_scroll
        model = window.browser.model()
        assert model.index(0, 0).data() == "All sessions"
        assert model.index(0, 1).data() == number_text(400)
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


def test_start_up_reads_wait_for_the_first_paint(
    sqlite_archive: Archive, settings: QSettings, qtbot, monkeypatch
) -> None:
    """The browser's counts are read once the table has painted its first rows: read
    meanwhile, their thread would hold Python's lock while the window is built and drawn.
    They still arrive. The editor's completion lists are not read at start-up at all (when
    first used: ``test_completion_names_are_read_when_a_speaker_is_edited_off_the_gui_thread``)."""
    sqlite_archive.sessions.create_demo()
    happened: list[str] = []
    sessions, people = sqlite_archive.sessions, sqlite_archive.people
    for owner, name in ((sessions, "count"), (people, "people")):
        real = getattr(owner, name)

        def recorded(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            happened.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(owner, name, recorded)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in happened:
                happened.append("paint")
            return False

    window, app = create_main_window(sqlite_archive, settings, (1280, 800))
    qtbot.addWidget(window)
    painted = Painted(window)
    window.table.viewport().installEventFilter(painted)
    try:
        window.show()
        qtbot.waitUntil(lambda: not app.catalogue.counts_pending, timeout=10_000)
        assert happened.index("paint") < happened.index("count")
        assert "people" not in happened
        assert window.browser.model().index(0, 1).data() == "1"
    finally:
        window.close()
        app.shutdown()


def test_start_up_reads_of_a_hidden_window_are_made(
    sqlite_archive: Archive, settings: QSettings, qtbot
) -> None:
    """A window not shown paints nothing: its start-up reads are made when the event loop
    runs, not held for ever."""
    sqlite_archive.sessions.create_demo()
    window, app = create_main_window(sqlite_archive, settings, (1280, 800))
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not app.catalogue.counts_pending, timeout=10_000)
        assert not window.isVisible()
        assert window.browser.model().index(0, 1).data() == "1"
    finally:
        app.shutdown()


def test_the_time_zones_are_listed_when_the_field_is_first_used(
    sqlite_archive: Archive, settings: QSettings, qtbot, monkeypatch
) -> None:
    """Listing every time zone reads some 600 files: done when the time zone field first
    takes the focus (completing needs typing there), not while the window is built. Then
    the completer offers them as before."""
    sqlite_archive.sessions.create_demo()
    listed: list[int] = []
    real = zoneinfo.available_timezones

    def available_timezones() -> set[str]:
        listed.append(1)
        return real()

    monkeypatch.setattr(zoneinfo, "available_timezones", available_timezones)
    main = Main(sqlite_archive, settings, qtbot)
    try:
        assert listed == []
        edit = main.window.editor.timezone_edit
        main.window.editor.tabs.setCurrentIndex(0)
        main.window.activateWindow()
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus, timeout=5000)
        assert listed == [1]
        completer = edit.completer()
        assert completer is not None
        completer.setCompletionPrefix("brussels")
        offered = completer.completionModel()
        assert [offered.index(i, 0).data() for i in range(offered.rowCount())] == [
            "Europe/Brussels"
        ]
    finally:
        main.close()


def test_the_window_opens_on_its_session_without_mapping_every_id(
    sqlite_archive: Archive, settings: QSettings, qtbot
) -> None:
    """The window opens on the session selected last time (or the first row) by looking it
    up in the list of ids; the map from every id to its row (about 20 ms at 100,000 ids) is
    left for later lookups, not built before the first paint."""
    bulk_sessions(sqlite_archive, 500)
    ids = sqlite_archive.sessions.ids(m.SessionFilter(), m.SortKey.DATE, descending=True)
    remembered = ids[321]
    settings.setValue("session/current", remembered)
    window, app = create_main_window(sqlite_archive, settings, (1280, 800))
    qtbot.addWidget(window)
    try:
        model = app.catalogue.table_model
        assert app.catalogue.current_session_id() == remembered
        assert app.catalogue.selected_ids() == [remembered]
        assert model._rows_by_id is None
        assert model.row_of(ids[400]) == 400  # later lookups: the same answers
        assert model.row_of(-1) is None
    finally:
        app.shutdown()
