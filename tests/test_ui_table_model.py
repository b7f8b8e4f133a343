"""The session table model: Qt model contract, server-side sorting, lazy rows, big libraries."""

from __future__ import annotations

import dataclasses
import os
import sys
import threading
from collections import Counter
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from ui_helpers import bulk_sessions
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive
from webinar_archive.services.sessions import draft_from_session
from webinar_archive.ui import session_table_model
from webinar_archive.ui.session_table_model import (
    COL_DATE,
    COL_DURATION,
    COL_MATERIALS,
    COL_TITLE,
    PAGE_SIZE,
    SESSION_ID_ROLE,
    SessionTableModel,
)
from webinar_archive.ui.tasks import TaskRunner

# Fixtures shared with the other UI test modules.
pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only


def test_model_passes_qt_model_tester(qtmodeltester, archive: Archive) -> None:
    """The model satisfies Qt's model contract over a few hundred sessions (and the demo)."""
    bulk_sessions(archive, 300)
    archive.sessions.create_demo()
    model = SessionTableModel(archive.sessions)
    model.refresh()
    assert model.rowCount() == 301
    qtmodeltester.check(model)
    model.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_header_click_sorts_on_the_server(archive: Archive) -> None:
    """Sorting by title re-queries the ids with SortKey.TITLE, in both directions."""
    for title in ("Cherry talk", "apple talk", "Banana talk"):
        archive.sessions.create(m.SessionDraft(title=title))
    model = SessionTableModel(archive.sessions)
    model.refresh()
    model.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, COL_TITLE).data() for r in range(3)]
    assert titles == ["apple talk", "Banana talk", "Cherry talk"]
    assert model.sort_key is m.SortKey.TITLE
    model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, COL_TITLE).data() for r in range(3)] == titles[::-1]
    assert model.ids() == archive.sessions.ids(m.SessionFilter(), m.SortKey.TITLE, True)


def test_rows_load_lazily_in_pages(archive: Archive) -> None:
    """Reading one row loads only its page of rows, not the whole table."""
    bulk_sessions(archive, PAGE_SIZE * 5)
    model = SessionTableModel(archive.sessions)
    model.refresh()
    assert model.pages_loaded == 0
    model.index(3, COL_DATE).data()
    model.index(PAGE_SIZE - 1, COL_TITLE).data()
    assert model.pages_loaded == 1
    model.index(PAGE_SIZE * 3 + 7, COL_TITLE).data()
    assert model.pages_loaded == 2
    sid = model.index(PAGE_SIZE * 3 + 7, 0).data(SESSION_ID_ROLE)
    assert archive.sessions.get(sid).title == model.index(PAGE_SIZE * 3 + 7, COL_TITLE).data()


def test_twenty_thousand_sessions_open_in_the_model(archive: Archive) -> None:
    """A 20,000-session library gives 20,000 rows, and the last one can be read."""
    bulk_sessions(archive, 20_000)
    model = SessionTableModel(archive.sessions)
    model.refresh()
    assert model.rowCount() == 20_000
    assert model.index(19_999, COL_TITLE).data().startswith("Session ")
    assert model.pages_loaded == 1


def test_filter_restricts_the_rows(archive: Archive) -> None:
    """A SessionFilter with text keeps only matching sessions (accent-insensitive)."""
    archive.sessions.create(m.SessionDraft(title="Coopération territoriale"))
    archive.sessions.create(m.SessionDraft(title="Digital skills"))
    model = SessionTableModel(archive.sessions)
    model.set_filter(m.SessionFilter(text="cooperation"))
    assert model.rowCount() == 1
    assert model.index(0, COL_TITLE).data() == "Coopération territoriale"


def test_scrolling_to_the_end_keeps_a_bounded_number_of_rows(archive: Archive, monkeypatch) -> None:
    """Reading every row top to bottom (a scroll through the whole table) keeps only the rows
    read last in memory; a row dropped on the way is read again when shown again."""
    monkeypatch.setattr(session_table_model, "CACHED_ROWS", 2 * PAGE_SIZE)
    bulk_sessions(archive, PAGE_SIZE * 6)
    model = SessionTableModel(archive.sessions)
    model.refresh()
    titles = [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]
    assert model.pages_loaded == 6
    assert model.cached_rows <= 2 * PAGE_SIZE
    assert model.index(0, COL_TITLE).data() == titles[0]  # read again from the catalogue
    assert model.pages_loaded == 7
    assert model.index(PAGE_SIZE * 6 - 1, COL_TITLE).data() == titles[-1]


# ---------------------------------------------------------------- pages read ahead


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _hold_query_thread(tasks: TaskRunner, qtbot, quick: bool = False) -> threading.Event:  # type: ignore[no-untyped-def]
    """Keep the query thread (or the one for quick reads) busy until the returned event is
    set (later queries there wait)."""
    started, release = threading.Event(), threading.Event()

    def wait() -> None:
        started.set()
        release.wait(30)

    tasks.query(wait, lambda _r: None, lambda _f: None, quick=quick)
    qtbot.waitUntil(started.is_set)
    return release


def _reads_on_other_threads(monkeypatch) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """The ids of every page of rows read off the GUI thread, as they are read."""
    reads: list[list[int]] = []
    real = session_table_model.read_rows

    def read_rows(sessions, ids):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread():
            reads.append(list(ids))
        return real(sessions, ids)

    monkeypatch.setattr(session_table_model, "read_rows", read_rows)
    return reads


def test_painting_a_screen_of_rows_calls_into_python_twice_per_cell(
    archive: Archive, qtbot
) -> None:
    """Each cell painted costs the GUI thread a take of the interpreter's lock per call into
    the model's Python code, a long wait when another thread runs Python: a cell is painted
    with one index() and one multiData() call (all its roles at once), not one data() call
    per role, plus flags(), rowCount() and columnCount(). What is drawn is the rows' text."""
    bulk_sessions(archive, PAGE_SIZE)
    model = SessionTableModel(archive.sessions)
    model.refresh()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().grab()  # the first page read
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + bar.pageStep())
    calls: Counter[str] = Counter()
    path = session_table_model.__file__

    def entered(frame, event, _arg):  # type: ignore[no-untyped-def]
        # Calls into the model's module from elsewhere (Qt), not its calls to itself.
        outer = frame.f_back
        inside = outer is not None and outer.f_code.co_filename == path
        if event == "call" and frame.f_code.co_filename == path and not inside:
            calls[frame.f_code.co_name] += 1

    sys.setprofile(entered)
    try:
        shot = view.viewport().grab()
    finally:
        sys.setprofile(None)
    top, bottom = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    cells = (bottom - top + 1) * model.columnCount()
    assert cells > 50
    assert calls["multiData"] == cells
    assert sum(calls.values()) <= 2 * cells, calls
    assert not shot.isNull()
    titles = {r.id: r.title for r in archive.sessions.rows(model.ids()[top : bottom + 1])}
    shown = [model.index(row, COL_TITLE).data() for row in range(top, bottom + 1)]
    assert shown == [titles[sid] for sid in model.ids()[top : bottom + 1]]
    # What a delegate draws (through multiData) is what data() answers, role by role.
    delegate = QStyledItemDelegate()
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for col in range(model.columnCount()):
        index = model.index(top, col)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert option.text == index.data()
        aligned = option.displayAlignment == right
        assert aligned == (col in (COL_MATERIALS, COL_DURATION))


def test_scrolling_a_view_finds_the_next_pages_read_ahead(
    archive: Archive, tasks: TaskRunner, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Scrolling a table view down page after page shows rows read ahead on the query thread:
    only the first page is read on the GUI thread, and every row shows its session."""
    bulk_sessions(archive, PAGE_SIZE * 5)
    model = SessionTableModel(archive.sessions, tasks=tasks)
    model.refresh()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    shown: dict[int, str] = {}
    while True:
        qtbot.waitUntil(lambda: model.pages_reading_ahead == 0)
        top = view.rowAt(0)
        for row in range(top, top + 5):
            shown[row] = model.index(row, COL_TITLE).data()
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
        qtbot.wait(1)  # the view paints the rows it now shows
    assert model.pages_loaded == 1
    assert model.pages_read_ahead == 4
    ids = model.ids()
    expected = {r.id: r.title for r in archive.sessions.rows(ids)}
    assert shown and all(title == expected[ids[row]] for row, title in shown.items())


def test_rows_shown_before_the_runner_came_have_their_next_pages_read_ahead(
    archive: Archive, tasks: TaskRunner, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The window's first rows are read before there is a thread to read ahead on
    (``set_source`` brings it once the library is open): the pages next to them are read
    ahead then, so the first scroll reads no page on the GUI thread either."""
    bulk_sessions(archive, PAGE_SIZE * 3)
    model = SessionTableModel(archive.sessions)
    model.refresh()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().grab()  # the first rows painted, their page read
    assert model.pages_loaded == 1
    model.set_source(archive.sessions, tasks)
    qtbot.waitUntil(lambda: model.pages_read_ahead == 2)  # the two pages after the first
    view.scrollTo(model.index(PAGE_SIZE + 5, COL_TITLE))
    view.viewport().grab()
    assert model.pages_loaded == 1
    ids = model.ids()
    expected = {r.id: r.title for r in archive.sessions.rows(ids[PAGE_SIZE : PAGE_SIZE + 3])}
    shown = [model.index(PAGE_SIZE + r, COL_TITLE).data() for r in range(3)]
    assert shown == [expected[i] for i in ids[PAGE_SIZE : PAGE_SIZE + 3]]


def test_an_edit_made_while_its_page_is_read_ahead_shows(
    archive: Archive, tasks: TaskRunner, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A session edited after its page was read ahead, but before that answer reached the
    table, shows its new title: the older row of the answer is not kept."""
    reads = _reads_on_other_threads(monkeypatch)
    bulk_sessions(archive, PAGE_SIZE * 3)
    model = SessionTableModel(archive.sessions, tasks=tasks)
    model.refresh()
    model.index(0, COL_TITLE).data()  # the first page shown: the next ones are read ahead
    row = PAGE_SIZE + 3
    sid = model.session_id(row)
    assert sid is not None
    qtbot.waitUntil(lambda: any(sid in ids for ids in reads))
    # The answer is read; it reaches the table only when the event loop next runs.
    session = archive.sessions.get(sid)
    draft = dataclasses.replace(draft_from_session(session), title="Edited while read ahead")
    archive.sessions.update(sid, draft, session.version)
    model.invalidate_rows([sid])  # what the window does after a save
    qtbot.waitUntil(lambda: model.pages_reading_ahead == 0)
    assert model.index(row, COL_TITLE).data() == "Edited while read ahead"
    assert model.pages_loaded == 2  # the first page, then the edited row read again


def test_pages_read_ahead_do_not_wait_behind_a_long_query(
    archive: Archive, tasks: TaskRunner, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """While a long lookup holds the query thread (the browser's counts at start-up on a
    large library), the pages next to the one shown are still read ahead, off the GUI
    thread, and scrolling to them reads nothing on the GUI thread."""
    reads = _reads_on_other_threads(monkeypatch)
    bulk_sessions(archive, PAGE_SIZE * 4)
    model = SessionTableModel(archive.sessions, tasks=tasks)
    model.refresh()
    release = _hold_query_thread(tasks, qtbot)
    try:
        model.index(0, COL_TITLE).data()
        qtbot.waitUntil(lambda: model.pages_read_ahead == 2)
        assert len(reads) == 2
        ids = model.ids()
        titles = {r.id: r.title for r in archive.sessions.rows(ids[PAGE_SIZE : PAGE_SIZE + 3])}
        shown = [model.index(PAGE_SIZE + r, COL_TITLE).data() for r in range(3)]
        assert shown == [titles[i] for i in ids[PAGE_SIZE : PAGE_SIZE + 3]]
        assert model.pages_loaded == 1  # only the first page, on the GUI thread
    finally:
        release.set()


def test_a_sort_change_stops_the_pages_being_read_ahead(
    archive: Archive, tasks: TaskRunner, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Pages asked for ahead in the old order are not read once the table is sorted anew
    (the view is no longer next to them), and the new order's rows show right."""
    reads = _reads_on_other_threads(monkeypatch)
    bulk_sessions(archive, PAGE_SIZE * 4)
    model = SessionTableModel(archive.sessions, tasks=tasks)
    model.refresh()
    release = _hold_query_thread(tasks, qtbot, quick=True)
    model.index(0, COL_TITLE).data()
    qtbot.waitUntil(lambda: model.pages_reading_ahead == 2)  # waiting behind the held query
    model.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert model.pages_reading_ahead == 0
    release.set()
    done = threading.Event()
    # After what was left on that thread:
    tasks.query(lambda: None, lambda _r: done.set(), lambda _f: None, quick=True)
    qtbot.waitUntil(done.is_set)
    assert reads == []
    assert model.pages_read_ahead == 0
    ids = archive.sessions.ids(m.SessionFilter(), m.SortKey.TITLE, False)
    titles = {r.id: r.title for r in archive.sessions.rows(ids[:3])}
    assert [model.index(r, COL_TITLE).data() for r in range(3)] == [titles[i] for i in ids[:3]]
