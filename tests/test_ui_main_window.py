"""The main window end to end: creating, editing, undo, conflicts, trash, filter, empty state."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

import ui_helpers
from ui_helpers import Main, bulk_sessions
from webinar_archive.domain import model as m
from webinar_archive.domain.demo import DEMO_TITLE
from webinar_archive.services.archive import Archive
from webinar_archive.ui.session_editor import ConflictChoice
from webinar_archive.ui.session_table_model import COL_TITLE

# Fixtures shared with the other UI test modules.
pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
main = ui_helpers.main
settings = ui_helpers.settings


def _type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    widget.editingFinished.emit()


def test_empty_library_shows_the_empty_state(main: Main) -> None:
    """An empty library shows the first-run page instead of an empty table."""
    w = main.window
    assert w.centre.currentWidget() is w.empty_state
    assert w.empty_state.import_button.isVisible()  # the app always has its importer


def test_demo_button_creates_and_selects_the_demo(main: Main, archive: Archive) -> None:
    """'Create the demo session' adds it, swaps in the table and opens it in the editor."""
    main.window.empty_state.demo_button.click()
    assert archive.sessions.count() == 1
    assert main.window.centre.currentWidget() is main.window.table
    assert main.controller.editor.session is not None
    assert main.window.editor.title_edit.text() == DEMO_TITLE
    assert main.controller.selected_ids() == [main.controller.editor.session.id]


def test_add_session_through_the_ui(main: Main, archive: Archive, qtbot) -> None:
    """'Add a session' creates one, and typing a title saves it to the catalogue."""
    main.window.empty_state.add_button.click()
    editor = main.window.editor
    _type_into(qtbot, editor.title_edit, "Cluster policy in 2024")
    sid = main.controller.editor.session.id
    assert archive.sessions.get(sid).title == "Cluster policy in 2024"
    row = main.controller.table_model.row_of(sid)
    assert main.controller.table_model.index(row, COL_TITLE).data() == "Cluster policy in 2024"


def test_two_speakers_with_organisations(main: Main, archive: Archive, qtbot) -> None:
    """Speakers typed in the table are stored with their organisation, role and order."""
    main.window.new_action.trigger()
    table = main.window.editor.speakers
    for person, org in (("Kevin Morgan", "Cardiff University"), ("Anaïs Le Corvec", "CEBR")):
        table.add_button.click()
        row = table.model.rowCount() - 1
        table.model.item(row, table.COL_PERSON).setText(person)
        table.model.item(row, table.COL_ORG).setText(org)
    qtbot.waitUntil(
        lambda: len(archive.sessions.get(main.controller.editor.session.id).appearances) == 2
    )
    session = archive.sessions.get(main.controller.editor.session.id)
    assert [(a.person_name, a.organisation_name) for a in session.appearances] == [
        ("Kevin Morgan", "Cardiff University"),
        ("Anaïs Le Corvec", "CEBR"),
    ]
    table.view.selectRow(1)
    table.up_button.click()
    session = archive.sessions.get(session.id)
    assert [a.person_name for a in session.appearances] == ["Anaïs Le Corvec", "Kevin Morgan"]


def test_undo_restores_the_previous_value(main: Main, archive: Archive, qtbot) -> None:
    """Undo after a field edit puts the old value back in the editor and in the catalogue."""
    main.window.empty_state.demo_button.click()
    sid = main.controller.editor.session.id
    _type_into(qtbot, main.window.editor.theme_edit, "Cluster policy")
    assert archive.sessions.get(sid).theme == "Cluster policy"
    assert main.window.undo_action is not None and main.window.undo_action.isEnabled()
    main.window.undo_action.trigger()
    assert archive.sessions.get(sid).theme == "Smart specialisation (S3)"
    assert main.window.editor.theme_edit.text() == "Smart specialisation (S3)"
    main.window.redo_action.trigger()
    assert archive.sessions.get(sid).theme == "Cluster policy"


def _change_elsewhere(archive: Archive, sid: int, title: str) -> None:
    from webinar_archive.services.sessions import draft_from_session

    current = archive.sessions.get(sid)
    draft = draft_from_session(current)
    draft.title = title
    archive.sessions.update(sid, draft, current.version)


def test_conflict_is_detected_and_reload_keeps_the_other_change(
    main: Main,
    archive: Archive,
    qtbot,
) -> None:
    """A save over a newer version asks; Reload shows the other change and drops ours."""
    main.window.empty_state.demo_button.click()
    sid = main.controller.editor.session.id
    _change_elsewhere(archive, sid, "Changed in another window")
    asked: list[str] = []

    def resolver(_parent, error, _changes):
        asked.append(str(error))
        return ConflictChoice.RELOAD

    main.controller.editor.resolve_conflict = resolver
    _type_into(qtbot, main.window.editor.theme_edit, "My theme")
    assert len(asked) == 1
    qtbot.waitUntil(lambda: main.window.editor.title_edit.text() == "Changed in another window")
    stored = archive.sessions.get(sid)
    assert stored.title == "Changed in another window"
    assert stored.theme == "Smart specialisation (S3)"
    assert main.window.editor.theme_edit.text() == "Smart specialisation (S3)"


def test_conflict_overwrite_saves_our_version(main: Main, archive: Archive, qtbot) -> None:
    """Overwrite stores the field we changed; the field the other window changed keeps its new
    value (no lost update either way)."""
    main.window.empty_state.demo_button.click()
    sid = main.controller.editor.session.id
    _change_elsewhere(archive, sid, "Changed in another window")
    main.controller.editor.resolve_conflict = lambda _p, _e, _c: ConflictChoice.OVERWRITE
    _type_into(qtbot, main.window.editor.theme_edit, "My theme")
    stored = archive.sessions.get(sid)
    assert stored.theme == "My theme"
    assert stored.title == "Changed in another window"
    assert main.window.editor.title_edit.text() == "Changed in another window"


def test_trash_and_restore(main: Main, archive: Archive, qtbot) -> None:
    """Delete moves the selected session to the trash; Restore in the Trash view brings it back."""
    main.window.empty_state.demo_button.click()
    sid = main.controller.editor.session.id
    main.window.table.setFocus()
    qtbot.keyClick(main.window.table, Qt.Key.Key_Delete)
    assert archive.sessions.count() == 0
    assert archive.sessions.count(m.SessionFilter(trash=True)) == 1
    main.controller._select_node(m.SessionFilter(trash=True))
    assert main.controller.table_model.ids() == [sid]
    main.controller.select_sessions([sid])
    assert main.window.restore_action.isEnabled()
    main.window.restore_action.trigger()
    assert archive.sessions.count() == 1
    assert archive.sessions.count(m.SessionFilter(trash=True)) == 0


def _context_menu_texts(main: Main, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of the session table's context menu, read while it is open, then closed."""
    from PySide6.QtCore import QTimer

    seen: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
        menu.close()

    QTimer.singleShot(0, read_and_close)
    table = main.window.table
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(0, 0)).center())
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_the_table_context_menu_offers_what_fits_the_view(
    main: Main, archive: Archive, qtbot
) -> None:
    """A session's menu: rename, open its source page, trash it…; in the trash: restore it or
    empty the trash."""
    main.window.empty_state.demo_button.click()
    texts = _context_menu_texts(main, qtbot)
    w = main.window
    assert w.rename_action.text() in texts and w.trash_action.text() in texts
    assert "Open Source Page" in texts and w.restore_action.text() not in texts
    sid = main.controller.editor.session.id
    w.trash_action.trigger()
    main.controller._select_node(m.SessionFilter(trash=True))
    main.controller.select_sessions([sid])
    assert _context_menu_texts(main, qtbot) == [
        w.restore_action.text(),
        w.empty_trash_action.text(),
    ]


def test_move_to_trash_is_undone_with_ctrl_z(main: Main, archive: Archive, qtbot) -> None:
    """Ctrl+Z after Move to Trash brings the sessions back and selects them; Ctrl+Shift+Z moves
    them again. The move stays undoable although the editor then shows another session."""
    main.window.empty_state.demo_button.click()
    archive.sessions.create(m.SessionDraft(title="Another talk"))
    main.controller.refresh_table(keep_selection=False)
    sid, kept = main.controller.table_model.ids()
    main.controller.select_sessions([sid])
    main.window.trash_action.trigger()
    assert archive.sessions.count(m.SessionFilter(trash=True)) == 1
    qtbot.waitUntil(lambda: main.controller.editor.session is not None)
    assert main.controller.editor.session.id == kept  # the editor moved on to the next one

    main.window.table.setFocus()
    qtbot.keyClick(main.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: archive.sessions.count(m.SessionFilter(trash=True)) == 0)
    qtbot.waitUntil(lambda: main.controller.selected_ids() == [sid])
    assert sorted(main.controller.table_model.ids()) == sorted([sid, kept])

    main.window.redo_action.trigger()
    qtbot.waitUntil(lambda: archive.sessions.count(m.SessionFilter(trash=True)) == 1)
    qtbot.waitUntil(lambda: main.controller.table_model.ids() == [kept])


def test_empty_trash_asks_and_deletes(main: Main, archive: Archive, qtbot, monkeypatch) -> None:
    """Empty Trash asks for confirmation, then deletes the trashed sessions for good."""
    main.window.empty_state.demo_button.click()
    main.controller.actions.move_to_trash(main.controller.selected_ids())
    questions: list[str] = []

    def answer(_parent, _title, text, *_args):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    main.window.empty_trash_action.trigger()
    qtbot.waitUntil(lambda: not main.controller.tasks.busy, timeout=10_000)
    assert len(questions) == 1
    assert archive.sessions.count(m.SessionFilter(trash=True)) == 0
    assert archive.sessions.count() == 0


def test_filter_box_filters_through_the_service(main: Main, archive: Archive, qtbot) -> None:
    """Typing in the filter box narrows the table after the debounce, matching speakers too."""
    archive.sessions.create_demo()
    archive.sessions.create(m.SessionDraft(title="Digital skills for SMEs"))
    main.controller.refresh_table()
    assert main.controller.table_model.rowCount() == 2
    main.window.find_action.trigger()
    assert main.window.search_edit.hasFocus()
    qtbot.keyClicks(main.window.search_edit, "tokarski")
    qtbot.waitUntil(lambda: main.controller.table_model.rowCount() == 1)
    assert main.controller.table_model.index(0, COL_TITLE).data() == DEMO_TITLE
    main.window.search_edit.clear()
    qtbot.waitUntil(lambda: main.controller.table_model.rowCount() == 2)


def test_browser_node_filters_the_table(main: Main, archive: Archive) -> None:
    """Selecting a year in the browser shows only that year's sessions."""
    archive.sessions.create_demo()
    bulk_sessions(archive, 5)
    main.controller.refresh_browser()
    main.controller._select_node(m.SessionFilter(year=2020))
    assert main.controller.table_model.rowCount() == 1
    main.controller._select_node(m.SessionFilter())
    assert main.controller.table_model.rowCount() == 6


def test_large_library_opens_with_every_row(archive: Archive, settings: QSettings, qtbot) -> None:
    """A 20,000-session library opens with 20,000 rows in the table."""
    bulk_sessions(archive, 20_000)
    main = Main(archive, settings, qtbot)
    try:
        assert main.controller.table_model.rowCount() == 20_000
        assert main.window.centre.currentWidget() is main.window.table
    finally:
        main.close()


def test_window_state_is_remembered(archive: Archive, tmp_path: Path, qtbot) -> None:
    """Geometry, splitter sizes, column widths and sort survive closing and reopening."""
    path = str(tmp_path / "state.ini")
    first = Main(archive, QSettings(path, QSettings.Format.IniFormat), qtbot)
    # Smaller than the offscreen screen (800x600), which clamps restored geometry.
    first.window.resize(780, 560)
    QApplication.processEvents()
    first.window.splitter.setSizes([150, 330, 290])
    QApplication.processEvents()
    sizes = first.window.splitter.sizes()
    first.window.table.setColumnWidth(COL_TITLE, 333)
    first.window.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    first.close()

    second = Main(archive, QSettings(path, QSettings.Format.IniFormat), qtbot)
    try:
        QApplication.processEvents()
        assert second.window.table.columnWidth(COL_TITLE) == 333
        assert second.window.size() == first.window.size()
        assert second.window.splitter.sizes() == sizes
        assert second.controller.table_model.sort_key is m.SortKey.TITLE
        assert not second.controller.table_model.descending
    finally:
        second.close()


def test_header_click_sorts_the_table(main: Main, archive: Archive, qtbot) -> None:
    """Clicking the Title header sorts by title; clicking again reverses the order."""
    for title in ("Beta", "alpha", "Gamma"):
        archive.sessions.create(m.SessionDraft(title=title))
    main.controller.refresh_table()
    header = main.window.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_TITLE) + header.sectionSize(COL_TITLE) // 2
    model = main.controller.table_model

    def titles() -> list[str]:
        return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = titles()
    assert model.sort_key is m.SortKey.TITLE
    assert first in (["alpha", "Beta", "Gamma"], ["Gamma", "Beta", "alpha"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert titles() == first[::-1]


def test_delete_key_in_the_editor_does_not_trash(main: Main, archive: Archive, qtbot) -> None:
    """Delete pressed in the speakers table edits there; the session stays out of the trash."""
    main.window.empty_state.demo_button.click()
    main.window.editor.tabs.setCurrentWidget(main.window.editor.speakers)
    view = main.window.editor.speakers.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert archive.sessions.count() == 1


def test_f2_focuses_the_title(main: Main, qtbot) -> None:
    """Edit Title (F2) shows the Details tab with the title field focused and selected."""
    main.window.empty_state.demo_button.click()
    main.window.editor.tabs.setCurrentIndex(2)
    main.window.table.setFocus()
    main.window.rename_action.trigger()
    editor = main.window.editor
    assert editor.tabs.currentIndex() == 0
    assert editor.title_edit.hasFocus()
    assert editor.title_edit.selectedText() == DEMO_TITLE


def test_escape_clears_the_filter(main: Main, archive: Archive, qtbot) -> None:
    """Escape in the filter box empties it and shows every session again."""
    archive.sessions.create_demo()
    # The box searches the full text: the demo's summary speaks of "digital" too.
    archive.sessions.create(m.SessionDraft(title="Quantum sensing"))
    main.controller.refresh_table()
    main.window.find_action.trigger()
    qtbot.keyClicks(main.window.search_edit, "quantum")
    qtbot.waitUntil(lambda: main.controller.table_model.rowCount() == 1)
    qtbot.keyClick(main.window.search_edit, Qt.Key.Key_Escape)
    assert main.window.search_edit.text() == ""
    assert main.controller.table_model.rowCount() == 2


def test_trashed_session_is_read_only(main: Main, archive: Archive, qtbot) -> None:
    """A session shown from the trash cannot be edited until it is restored."""
    main.window.empty_state.demo_button.click()
    sid = main.controller.editor.session.id
    main.controller.actions.move_to_trash([sid])
    main.controller._select_node(m.SessionFilter(trash=True))
    main.controller.select_sessions([sid])
    editor = main.window.editor
    assert editor.trash_banner.isVisible()
    assert editor.title_edit.isReadOnly()
    assert not editor.speakers.add_button.isEnabled()
    editor.title_edit.setText("Edited in the trash")
    editor.title_edit.editingFinished.emit()
    assert archive.sessions.get(sid).title == DEMO_TITLE


def test_reopening_selects_the_last_session(archive: Archive, tmp_path: Path, qtbot) -> None:
    """The session selected when the window closed is selected again on the next start."""
    archive.sessions.create(m.SessionDraft(title="First"))
    second = archive.sessions.create(m.SessionDraft(title="Second")).id
    archive.sessions.create(m.SessionDraft(title="Third"))
    path = str(tmp_path / "state.ini")
    first = Main(archive, QSettings(path, QSettings.Format.IniFormat), qtbot)
    first.controller.select_sessions([second])
    first.close()
    again = Main(archive, QSettings(path, QSettings.Format.IniFormat), qtbot)
    try:
        assert again.controller.selected_ids() == [second]
        assert again.window.editor.title_edit.text() == "Second"
    finally:
        again.close()


def test_player_widget_goes_in_a_dock_shown_on_play(main: Main) -> None:
    """set_player_widget puts the widget in the Player dock, which play_requested shows."""
    from PySide6.QtWidgets import QLabel

    player = QLabel("player")
    main.window.set_player_widget(player)
    dock = main.window.player_dock
    assert dock is not None and dock.widget() is player
    assert not dock.isVisible()
    main.window.play_requested.emit(7)
    assert dock.isVisible()


def test_dragging_a_speaker_reorders_the_session(main: Main, archive: Archive, qtbot) -> None:
    """A drag-move of a speaker row (drop then removal of the source) saves the new order."""
    from PySide6.QtCore import QModelIndex

    main.window.empty_state.demo_button.click()
    sid = main.controller.editor.session.id
    table = main.window.editor.speakers
    model = table.model
    source = [model.index(1, c) for c in range(model.columnCount())]
    mime = model.mimeData(source)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.removeRow(2)  # what the view does after a successful move
    expected = ["Anaïs Le Corvec", "Kevin Morgan", "Valentina Pinna"]
    qtbot.waitUntil(
        lambda: [a.person_name for a in archive.sessions.get(sid).appearances][:3] == expected
    )
    session = archive.sessions.get(sid)
    assert session.appearances[0].organisation_name == "CEBR"
    assert len(session.appearances) == 5


def test_speakers_node_shows_top_speakers_then_more(main: Main, archive: Archive, qtbot) -> None:
    """Speakers lists the most frequent ones first, and 'More…' replaces itself by all of them."""
    from webinar_archive.ui.browser import KIND_MORE, KIND_ROLE, TOP_N

    for i in range(TOP_N + 5):
        speakers = [m.SpeakerDraft(f"Speaker {i:03d}")]
        if i % 10 == 0:
            speakers.append(m.SpeakerDraft("Frequent Speaker"))
        archive.sessions.create(m.SessionDraft(title=f"Talk {i}", speakers=speakers))
    main.controller.refresh_browser()
    model = main.controller.browser_model
    group = model.groups["speakers"]
    main.window.browser.expand(group.index())
    assert group.rowCount() == TOP_N + 1
    assert group.child(0, 0).text() == "Frequent Speaker"
    assert group.child(0, 1).text() == str((TOP_N + 5 + 9) // 10)
    more = group.child(TOP_N, 0)
    assert more.data(KIND_ROLE) == KIND_MORE
    main.window.browser.setCurrentIndex(more.index())
    qtbot.waitUntil(lambda: group.rowCount() == TOP_N + 6)
    first = group.child(0, 0)
    main.window.browser.setCurrentIndex(first.index())
    assert main.controller.table_model.rowCount() >= 1


def test_every_field_shows_the_start_of_a_long_value(main: Main, archive: Archive) -> None:
    """A value wider than its field shows its start, in every field: the first tags and the
    region of a time zone, not the tail of the last tag or "urope/Brussels"."""
    tags = [f"interregional cooperation {i}" for i in range(8)]
    sid = archive.sessions.create(
        m.SessionDraft(title="Long values", timezone="America/Argentina/ComodRivadavia", tags=tags)
    ).id
    main.controller.select_session(sid)
    editor = main.window.editor
    assert editor.tags_edit.text().startswith("interregional cooperation 0")
    for edit in (editor.tags_edit, editor.timezone_edit):
        assert edit.cursorPosition() == 0, edit.objectName()


def test_the_plain_completers_offer_their_words(main: Main, archive: Archive, qtbot) -> None:
    """The series, language and tags fields complete from their words (each completer keeps
    its word list: one made without an owner was deleted at once, leaving nothing to offer)."""
    sid = archive.sessions.create(
        m.SessionDraft(title="Completed", series="Interreg Europe Talks", tags=["cohesion"])
    ).id
    main.controller.refresh_table()
    main.controller.select_session(sid)
    editor = main.window.editor

    def offered(completer: object, prefix: str) -> list[str]:
        assert completer is not None
        completer.setCompletionPrefix(prefix)  # type: ignore[attr-defined]
        model = completer.completionModel()  # type: ignore[attr-defined]
        return [model.index(i, 0).data() for i in range(model.rowCount())]

    editor.series_edit.setFocus()  # the series and tags are read when their field is focused
    qtbot.waitUntil(lambda: bool(offered(editor.series_edit.completer(), "europe")))
    assert offered(editor.series_edit.completer(), "europe") == ["Interreg Europe Talks"]
    assert offered(editor.language_edit.completer(), "p") == ["pl", "pt"]
    assert offered(editor.tags_edit._completer, "hesi") == ["cohesion"]


def test_the_preview_dock_shown_from_the_view_menu_has_its_preview(main: Main) -> None:
    """The PDF preview is made when first needed (it is hidden at start); the Preview dock
    shown from the View menu shows it, with its page controls."""
    w = main.window
    assert w.preview_dock.isHidden()
    w.preview_dock.toggleViewAction().trigger()
    assert w.preview_dock.isVisible()
    assert w.preview_dock.widget() is w.pdf_preview
    assert w.pdf_preview.isVisible()
    assert w.pdf_preview.page_spin.isVisibleTo(w)
