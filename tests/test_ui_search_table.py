"""Search-as-you-type in the toolbar box: the session table follows the full-text search."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

import ui_player_helpers
from translation_helpers import english  # noqa: F401
from ui_player_helpers import App
from ui_search_helpers import add_sessions, clear_box, table_ids, type_query
from webinar_archive.domain import model as m
from webinar_archive.domain.text import fold
from webinar_archive.services.serialize import session_to_dict
from webinar_archive.ui.session_table_model import COL_TITLE

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
app = ui_player_helpers.app


def _text_of(app: App, session_id: int) -> str:
    return json.dumps(session_to_dict(app.archive.sessions.get(session_id)), ensure_ascii=False)


def test_typing_a_folded_name_filters_the_table(app: App, qtbot, english: None) -> None:  # noqa: F811
    """ "slawomir" (no accent, lower case) leaves only the session with "Sławomir"."""
    ids = add_sessions(app)
    assert len(table_ids(app)) == 4
    # The demo session names a "Slawomir" too; the new one spells it "Sławomir".
    with_name = {sid for sid in table_ids(app) if "slawomir" in fold(_text_of(app, sid))}
    assert "Sławomir" in _text_of(app, ids["lodz"])
    assert ids["lodz"] in with_name and ids["hydrogen"] not in with_name
    type_query(app, qtbot, "slawomir")
    assert set(table_ids(app)) == with_name
    assert app.window.count_label.text() == f"{len(with_name)} sessions"


def test_results_are_in_relevance_order_with_no_sort_arrow(app: App, qtbot) -> None:
    """A query orders the table by rank (the service's id order), not by the date column."""
    add_sessions(app)
    type_query(app, qtbot, "archives OR city")
    expected = app.archive.search.session_ids("archives OR city")
    by_date = sorted(expected, key=lambda i: app.archive.sessions.get(i).date, reverse=True)
    assert len(expected) >= 2 and expected != by_date
    assert table_ids(app) == expected
    assert app.controller.table_model.sort_key is m.SortKey.RELEVANCE
    assert app.window.table.horizontalHeader().sortIndicatorSection() == -1


def test_clicking_a_header_sorts_the_results_by_that_column(app: App, qtbot) -> None:
    """During a search a column header click orders the same results by that column."""
    add_sessions(app)
    type_query(app, qtbot, "regions OR archives OR clusters")
    found = set(app.archive.search.session_ids("regions OR archives OR clusters"))
    assert len(found) >= 3
    app.window.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    titles = [app.archive.sessions.get(i).title for i in table_ids(app)]
    assert set(table_ids(app)) == found
    assert titles == sorted(titles, key=str.casefold)


def test_clearing_the_box_restores_the_previous_sort(app: App, qtbot) -> None:
    """Esc in the box ends the search: all sessions again, in the sort the table had before."""
    add_sessions(app)
    app.window.table.sortByColumn(COL_TITLE, Qt.SortOrder.DescendingOrder)
    before = table_ids(app)
    type_query(app, qtbot, "regional")
    assert app.controller.table_model.sort_key is m.SortKey.RELEVANCE
    clear_box(app, qtbot)
    header = app.window.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COL_TITLE,
        Qt.SortOrder.DescendingOrder,
    )
    assert app.controller.table_model.sort_key is m.SortKey.TITLE
    assert table_ids(app) == before
    assert not app.window.search_dock.isVisible()


def test_the_query_combines_with_the_sidebar_selection(app: App, qtbot) -> None:
    """With a year selected in the sidebar only that year's matches are listed."""
    ids = add_sessions(app)
    browser = app.window.browser
    index = app.controller.browser_model.index_of_filter(m.SessionFilter(year=2019))
    browser.setCurrentIndex(index)
    type_query(app, qtbot, "regional OR archives")
    assert table_ids(app) == [ids["hydrogen"]]


def test_hostile_input_never_raises(app: App, qtbot) -> None:
    """Quotes, dashes, colons, stars and brackets typed one key at a time are all searched."""
    add_sessions(app)
    for text in ['"', '"open', "-", "--x", ":", "speaker:", "year:abc", "*", "(", "a(b", '"-:*("']:
        type_query(app, qtbot, text)
        assert "failed" not in app.window.statusBar().currentMessage().lower(), text
        assert app.main.search.panel.model.total == len(table_ids(app)), text


def test_a_service_failure_is_shown_in_the_status_bar(app: App, qtbot, monkeypatch) -> None:
    """An unexpected error inside the search is reported, the window stays usable."""
    add_sessions(app)

    def broken(_query: str) -> list[int]:
        raise RuntimeError("index is locked")

    monkeypatch.setattr(app.archive.search, "session_ids", broken)
    type_query(app, qtbot, "regional")
    assert "index is locked" in app.window.statusBar().currentMessage()
    monkeypatch.undo()
    type_query(app, qtbot, "regions")
    assert table_ids(app)


def test_a_search_opens_at_the_best_matches(app: App, qtbot) -> None:
    """The table scrolls to the top of new results; the selected session stays selected."""
    created = [
        app.archive.sessions.create(m.SessionDraft(title=f"Fjord logistics part {i}")).id
        for i in range(80)
    ]
    app.controller.refresh_table()
    chosen = app.archive.search.session_ids("fjord logistics")[-1]  # the lowest ranked
    assert chosen in created
    app.controller.select_session(chosen)
    table = app.window.table
    type_query(app, qtbot, "fjord logistics")
    assert len(table_ids(app)) == 80
    assert table.verticalScrollBar().maximum() > 0  # more rows than the view shows
    assert table.verticalScrollBar().value() == 0
    assert app.controller.selected_ids() == [chosen]
