"""The session table model: Qt model contract, server-side sorting, lazy rows, big libraries."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from ui_helpers import bulk_sessions
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive
from webinar_archive.ui import session_table_model
from webinar_archive.ui.session_table_model import (
    COL_DATE,
    COL_TITLE,
    PAGE_SIZE,
    SESSION_ID_ROLE,
    SessionTableModel,
)

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
