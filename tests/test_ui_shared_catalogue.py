"""The window on a catalogue others change: it follows their changes and never drops an edit."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import ui_helpers
from helpers import draft
from ui_helpers import Main
from webinar_archive.domain.errors import ConflictError
from webinar_archive.services.archive import Archive
from webinar_archive.services.sessions import conflicting_changes, draft_from_session
from webinar_archive.ui.conflict_dialog import COL_MINE, COL_THEIRS, ConflictChoice, ConflictDialog
from webinar_archive.ui.session_table_model import COL_TITLE

pytestmark = pytest.mark.sqlite_only
main = ui_helpers.main
settings = ui_helpers.settings


@pytest.fixture
def colleague(archive: Archive) -> Iterator[Archive]:
    """Another archivist's program on the same library (its own connections)."""
    with Archive.open(archive.root) as other:
        yield other


def _retitle(archive: Archive, sid: int, title: str) -> None:
    stored = archive.sessions.get(sid)
    changed = draft_from_session(stored)
    changed.title = title
    archive.sessions.update(sid, changed, stored.version)


def _row_titles(main: Main) -> list[str]:
    model = main.controller.table_model
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def _three_sessions(main: Main, archive: Archive) -> list[int]:
    ids = [archive.sessions.create(draft(f"Session {c}")).id for c in "ABC"]
    main.controller.refresh_table(keep_selection=False)
    main.controller.select_sessions([ids[0], ids[2]])
    return ids


def test_changes_by_another_program_are_shown_keeping_the_selection(
    main: Main, archive: Archive, colleague: Archive, qtbot
) -> None:
    """A session added and one retitled elsewhere appear after a poll; the selection, the
    current session and the browser counts follow without a click."""
    ids = _three_sessions(main, archive)
    shell = main.app.shell
    shell.check_for_changes()  # the starting point
    qtbot.waitUntil(lambda: shell._poll_job is None)
    _retitle(colleague, ids[0], "Renamed by a colleague")
    colleague.sessions.create(draft("Added by a colleague", series="Colleague series"))
    with qtbot.waitSignal(shell.catalogue_changed, timeout=10_000):
        shell.check_for_changes()
    assert "Added by a colleague" in _row_titles(main)
    assert "Renamed by a colleague" in _row_titles(main)
    assert sorted(main.controller.selected_ids()) == sorted([ids[0], ids[2]])
    assert main.controller.current_session_id() == ids[0]
    assert main.window.editor.title_edit.text() == "Renamed by a colleague"
    series = main.controller.browser_model.groups["series"]
    names = [series.child(r, 0).text() for r in range(series.rowCount())]
    assert any("Colleague series" in name for name in names)


def test_an_edit_being_typed_survives_a_refresh_and_then_meets_the_conflict_dialog(
    main: Main, archive: Archive, colleague: Archive, qtbot
) -> None:
    """Text typed but not committed stays through a refresh; its save shows their title and
    my theme side by side, and Overwrite keeps both."""
    ids = _three_sessions(main, archive)
    shell = main.app.shell
    shell.check_for_changes()
    qtbot.waitUntil(lambda: shell._poll_job is None)
    theme = main.window.editor.theme_edit
    theme.setText("My theme, still being typed")
    _retitle(colleague, ids[0], "Their title")
    with qtbot.waitSignal(shell.catalogue_changed, timeout=10_000):
        shell.check_for_changes()
    assert "Their title" in _row_titles(main)  # the table follows
    assert theme.text() == "My theme, still being typed"  # the edit is not lost
    asked: list[tuple[ConflictError, list]] = []

    def overwrite(_parent, error, changes):
        asked.append((error, list(changes)))
        return ConflictChoice.OVERWRITE

    main.controller.editor.resolve_conflict = overwrite
    theme.editingFinished.emit()
    assert len(asked) == 1
    by_field = {c.name: c for c in asked[0][1]}
    assert by_field["title"].theirs == "Their title" and not by_field["title"].mine_changed
    assert by_field["theme"].mine == "My theme, still being typed"
    stored = archive.sessions.get(ids[0])
    assert (stored.title, stored.theme) == ("Their title", "My theme, still being typed")
    assert main.window.editor.title_edit.text() == "Their title"


def test_conflict_dialog_shows_theirs_and_mine_field_by_field(qtbot, archive: Archive) -> None:
    """The dialog lists each differing field with both values; its buttons give the choice."""
    base = draft("Base title", theme="Old theme", tags=["a"])
    theirs = draft("Their title", theme="Old theme", tags=["a", "theirs"])
    mine = draft("Base title", theme="My theme", tags=["a"])
    changes = conflicting_changes(base, theirs, mine)
    assert {c.name for c in changes} == {"title", "theme", "tags"}
    error = ConflictError("session", 7, 1, 2)
    dialog = ConflictDialog(None, error, changes)
    qtbot.addWidget(dialog)
    assert dialog.cell_text("title", COL_THEIRS) == "Their title"
    assert "not changed by you" in dialog.cell_text("title", COL_MINE)
    assert dialog.cell_text("theme", COL_THEIRS) == "Old theme"
    assert dialog.cell_text("theme", COL_MINE) == "My theme"
    assert dialog.cell_text("tags", COL_THEIRS) == "a\ntheirs"
    assert "Reload" in dialog.reload_button.text() and "Overwrite" in dialog.overwrite_button.text()
    dialog.show()
    dialog.overwrite_button.click()
    assert dialog.choice == ConflictChoice.OVERWRITE and not dialog.isVisible()
    again = ConflictDialog(None, error, changes)
    qtbot.addWidget(again)
    again.show()
    again.reload_button.click()
    assert again.choice == ConflictChoice.RELOAD


def test_polling_stops_while_the_window_is_hidden(main: Main, qtbot) -> None:
    """The poll timer runs while the window is on screen only."""
    timer = main.app.shell.poll_timer
    assert timer.isActive()
    main.window.hide()
    assert not timer.isActive()
    main.window.show()
    assert timer.isActive()
    main.window.showMinimized()
    qtbot.waitUntil(lambda: not timer.isActive())
