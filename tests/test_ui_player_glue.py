"""The player inside the main window: playing catalogue recordings and storing what happens."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

import ui_player_helpers
from input_helpers import fifo
from playback_helpers import SAMPLE_SRT
from translation_helpers import polish  # noqa: F401
from ui_helpers import make_pdf
from ui_player_helpers import App
from webinar_archive.domain import model as m
from webinar_archive.media.subtitles import load_subtitles
from webinar_archive.playback.backend import PlayerState
from webinar_archive.ui.player.panes import ID_ROLE

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
app = ui_player_helpers.app


def _chapter_titles(app: App) -> list[str]:
    chapters = app.player.chapter_list
    return [chapters.item(i).text().split("  ", 1)[1] for i in range(chapters.count())]


def _menu_action(menu, text: str):  # type: ignore[no-untyped-def]
    for action in menu.actions():
        if action.text().replace("&", "").startswith(text):
            return action
    raise AssertionError(f"no menu entry {text!r} in {[a.text() for a in menu.actions()]}")


def test_play_loads_the_recording_and_resume_is_offered_next_time(app: App, qtbot) -> None:
    """Play in the Files tab docks the player with the cues and the two embedded chapters;
    the position saved on stop is offered again on the next play."""
    rid = app.attach_sample()
    assert app.main.player is not None and app.glue.player is None  # created on play
    app.press_play()
    player = app.player
    dock = app.window.player_dock
    assert dock is not None and dock.widget() is player and dock.isVisible()
    assert app.backend.path is not None
    assert app.backend.path == app.archive.files.path_of(
        app.archive.playback.recording(rid).stored_path
    )
    cues = load_subtitles(SAMPLE_SRT).cues
    assert len(cues) == 3
    assert player.transcript.count() == len(cues)
    assert _chapter_titles(app) == ["Welcome", "Main talk"]
    assert [t.name for t in app.backend.subtitle_tracks()][1:] != []
    assert app.backend.state is PlayerState.PLAYING  # nothing to resume: it just plays
    assert "Kevin Morgan, Cardiff University" in player.session_card.speakers_label.text()

    app.backend.advance(5300)
    assert app.archive.playback.recording(rid).resume_ms == 5300
    player.stop_button.click()
    assert app.archive.playback.recording(rid).resume_ms == 5300
    assert app.backend.state is PlayerState.STOPPED

    app.press_play()
    assert player.resume_bar.offered_ms() == 5300
    assert app.backend.state is not PlayerState.PLAYING  # waits for Resume / Start over
    player.resume_bar.resume_button.click()
    assert app.backend.state is PlayerState.PLAYING
    assert app.backend.time_ms() == 5300


def test_the_player_widget_is_created_once(app: App) -> None:
    """Playing a second time reuses the player in the dock."""
    app.attach_sample()
    app.press_play()
    first = app.player
    app.player.stop_button.click()
    app.press_play()
    assert app.player is first
    assert app.window.player_dock is not None and app.window.player_dock.widget() is first


def test_watched_past_ninety_percent(app: App) -> None:
    rid = app.attach_sample()
    app.press_play()
    for _ in range(6):
        app.backend.advance(1000)
    assert app.archive.playback.recording(rid).watched


def test_typed_note_is_stored(app: App, qtbot) -> None:
    """A note typed in the Notes tab is stored with the time typing started."""
    rid = app.attach_sample()
    app.press_play()
    app.backend.advance(2000)
    edit = app.player.notes.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Good point about archives")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    notes = app.archive.playback.recording(rid).notes
    assert [(n.at_ms, n.text) for n in notes] == [(2000, "Good point about archives")]
    assert app.player.notes.list.count() == 1


def test_untitled_chapters_are_named_in_the_readers_language(
    app: App,
    qtbot,
    polish: None,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """A chapter added without a title is stored without one and listed as "Rozdział N" in
    Polish (N its place); a "Chapter N" an earlier version stored is listed the same way with
    its own N; a title of its own stays as written."""
    rid = app.attach_sample()
    welcome, talk = app.archive.playback.recording(rid).chapters
    app.archive.playback.update_chapter(talk.id, talk.start_ms, "Chapter 7", talk.end_ms)
    app.press_play()
    app.backend.advance(4000)
    app.player.setFocus()
    qtbot.keyClick(app.player, Qt.Key.Key_C)
    stored = [c.title for c in app.archive.playback.recording(rid).chapters]
    assert stored == ["Welcome", "Chapter 7", ""]
    assert _chapter_titles(app) == ["Welcome", "Rozdział 7", "Rozdział 3"]
    assert "Rozdział 3" in app.window.statusBar().currentMessage()
    # Renamed to nothing, a chapter is untitled again and named by its place.
    dialog = app.glue.chapters.ask_rename_chapter(welcome.id)
    assert dialog is not None
    dialog.setTextValue("  ")
    dialog.accept()
    assert app.archive.playback.recording(rid).chapters[0].title == ""
    assert _chapter_titles(app) == ["Rozdział 1", "Rozdział 7", "Rozdział 3"]


def test_c_adds_a_chapter_which_is_tied_to_a_speaker(app: App, qtbot) -> None:
    """C stores a chapter at the playing time, splitting the one it falls into; the context
    menu ties it to a speaker, whose name then titles it; C inside it is named after them."""
    rid = app.attach_sample()
    app.press_play()
    app.backend.advance(4000)
    app.player.setFocus()
    qtbot.keyClick(app.player, Qt.Key.Key_C)
    chapters = app.archive.playback.recording(rid).chapters
    assert [(c.title, c.start_ms, c.end_ms) for c in chapters] == [
        ("Welcome", 0, 3000),
        ("Main talk", 3000, 4000),
        ("", 4000, 6000),  # no title of its own: shown as "Chapter 3", in the reader's words
    ]
    assert _chapter_titles(app) == ["Welcome", "Main talk", "Chapter 3"]
    new_id = chapters[2].id
    assert app.player.chapter_list.currentItem().data(ID_ROLE) == new_id

    menu = app.glue.chapters.chapter_menu(new_id)
    speakers = _menu_action(menu, "Tie to Speaker").menu()
    labels = [a.text() for a in speakers.actions() if a.text()]
    assert "Kevin Morgan, Cardiff University" in labels
    _menu_action(speakers, "Kevin Morgan, Cardiff University").trigger()
    session = app.archive.sessions.get(app.session_id)
    kevin = next(a for a in session.appearances if a.person_name == "Kevin Morgan")
    tied = app.archive.playback.recording(rid).chapters[2]
    assert tied.appearance_id == kevin.id
    assert tied.title == "Kevin Morgan"
    assert _chapter_titles(app)[2] == "Kevin Morgan"

    app.backend.advance(1000)
    qtbot.keyClick(app.player, Qt.Key.Key_C)
    last = app.archive.playback.recording(rid).chapters[-1]
    assert (last.title, last.start_ms, last.appearance_id) == ("Kevin Morgan", 5000, kevin.id)


def test_chapter_menu_renames_moves_and_deletes(app: App, qtbot) -> None:
    rid = app.attach_sample()
    app.press_play()
    welcome, talk = app.archive.playback.recording(rid).chapters
    dialog = app.glue.chapters.ask_rename_chapter(talk.id)
    assert dialog is not None and dialog.isVisible()  # opened without blocking
    assert dialog.textValue() == "Main talk"
    dialog.setTextValue("Keynote")
    dialog.accept()
    assert app.archive.playback.recording(rid).chapters[1].title == "Keynote"

    app.backend.advance(2000)
    _menu_action(app.glue.chapters.chapter_menu(talk.id), "Set Start to Current Time").trigger()
    moved = app.archive.playback.recording(rid).chapters[1]
    assert (moved.title, moved.start_ms) == ("Keynote", 2000)

    _menu_action(app.glue.chapters.chapter_menu(welcome.id), "Delete Chapter").trigger()
    assert [c.title for c in app.archive.playback.recording(rid).chapters] == ["Keynote"]
    assert _chapter_titles(app) == ["Keynote"]


def test_chapter_from_a_note_is_added_once(app: App, qtbot) -> None:
    rid = app.attach_sample()
    app.press_play()
    app.backend.advance(1500)
    app.player.notes.edit.setFocus()
    qtbot.keyClicks(app.player.notes.edit, "Questions")
    qtbot.keyClick(app.player.notes.edit, Qt.Key.Key_Return)
    app.player.notes.list.setCurrentRow(0)
    app.player.notes.chapter_button.click()
    chapters = app.archive.playback.recording(rid).chapters
    assert [(c.title, c.start_ms) for c in chapters] == [
        ("Welcome", 0),
        ("Questions", 1500),
        ("Main talk", 3000),
    ]


def test_chapters_export_and_import(app: App, tmp_path: Path) -> None:
    rid = app.attach_sample()
    app.press_play()
    assert app.glue.chapters.export_chapters(tmp_path / "chapters.vtt")
    vtt = (tmp_path / "chapters.vtt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT") and "Main talk" in vtt
    assert app.glue.chapters.export_chapters(tmp_path / "chapters.txt")
    assert "Welcome" in (tmp_path / "chapters.txt").read_text(encoding="utf-8")

    listing = tmp_path / "new.txt"
    listing.write_text("0:00 Opening\n0:02 Kevin Morgan\n0:04 Discussion\n", encoding="utf-8")
    assert app.glue.chapters.import_chapters(listing)
    titles = [c.title for c in app.archive.playback.recording(rid).chapters]
    assert titles == ["Opening", "Kevin Morgan", "Discussion"]
    assert _chapter_titles(app) == titles

    bad = tmp_path / "bad.txt"
    bad.write_text("nothing here\n", encoding="utf-8")
    assert not app.glue.chapters.import_chapters(bad)
    assert "No chapters imported" in app.window.statusBar().currentMessage()
    assert [c.title for c in app.archive.playback.recording(rid).chapters] == titles


def test_snapshot_becomes_an_image_material(app: App, qtbot) -> None:
    """A snapshot is attached (on the worker) as an image of the session, tied to its time."""
    rid = app.attach_sample()
    app.press_play()
    app.backend.advance(2500)
    app.player.snapshot_button.click()
    assert len(app.backend.snapshots) == 1
    qtbot.waitUntil(lambda: not app.controller.tasks.busy, timeout=20_000)
    session = app.archive.sessions.get(app.session_id)
    images = [x for x in session.materials if x.kind is m.MaterialKind.IMAGE]
    assert len(images) == 1
    image = images[0]
    assert (image.recording_id, image.shown_at_ms) == (rid, 2500)
    assert image.original_name == "sample at 0.02.png"
    stored = app.archive.files.path_of(image.stored_path)
    assert stored.read_bytes().startswith(b"\x89PNG")
    assert not QImage(str(stored)).isNull()
    files = app.window.editor.files
    assert image.id in files.materials
    assert app.player.materials.count() == 1
    assert not app.backend.snapshots[0].exists()  # the temporary frame is not left behind
    assert "Snapshot added" in app.window.statusBar().currentMessage()

    app.player.snapshot_button.click()  # the fake's frame is the same picture again
    qtbot.waitUntil(lambda: not app.controller.tasks.busy, timeout=20_000)
    assert "Snapshot not added" in app.window.statusBar().currentMessage()
    session = app.archive.sessions.get(app.session_id)
    assert len([x for x in session.materials if x.kind is m.MaterialKind.IMAGE]) == 1


def test_material_shown_at_current_time(app: App, qtbot, tmp_path: Path) -> None:
    """The Files context action ties a slide deck to the playing time; playing past it
    highlights it in the Files tab, and clicking its mark opens the preview."""
    deck_result = app.attach(make_pdf(tmp_path / "deck.pdf", pages=2))[0]
    rid = app.attach_sample()
    deck = deck_result.material_id
    assert deck is not None
    files = app.window.editor.files
    menu = files.material_menu(deck)
    assert not _menu_action(menu, "Shown in the Recording").isEnabled()  # nothing playing
    app.press_play()
    app.backend.advance(2000)
    _menu_action(files.material_menu(deck), "Shown in the Recording").trigger()
    material = app.archive.files.material(deck)
    assert (material.recording_id, material.shown_at_ms) == (rid, 2000)
    assert app.player.materials.count() == 1

    app.player.seek(1500)
    app.backend.advance(1000)
    assert files.highlighted_material() == deck
    assert "Now shown" in app.window.statusBar().currentMessage()

    app.player.tabs.setCurrentWidget(app.player.materials)
    qtbot.waitUntil(app.player.materials.isVisible)
    rect = app.player.materials.visualItemRect(app.player.materials.item(0))
    qtbot.mouseClick(app.player.materials.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert app.window.pdf_preview.material_id == deck
    assert app.window.preview_dock.isVisible()
    assert app.window.player_dock is not None and app.window.player_dock.isVisible()


def test_player_dock_below_and_panes_under_the_video_at_a_side(app: App) -> None:
    """The player docks below the catalogue; moved to a side, its panes go under the video."""
    app.attach_sample()
    app.press_play()
    window, dock = app.window, app.window.player_dock
    assert dock is not None
    assert window.dockWidgetArea(dock) is Qt.DockWidgetArea.BottomDockWidgetArea
    assert app.player.splitter.orientation() is Qt.Orientation.Horizontal
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    assert app.player.splitter.orientation() is Qt.Orientation.Vertical
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    assert app.player.splitter.orientation() is Qt.Orientation.Horizontal


def test_missing_file_is_explained(app: App) -> None:
    rid = app.attach_sample()
    stored = app.archive.files.path_of(app.archive.playback.recording(rid).stored_path)
    stored.unlink()
    assert app.glue.play(rid) is False
    player = app.player
    assert player.stack.currentWidget() is player.notice
    assert "missing" in player.notice.headline.text()
    assert str(stored) in player.notice.body.text()
    assert _chapter_titles(app) == ["Welcome", "Main talk"]  # still readable


def test_switching_session_saves_the_position(app: App, qtbot) -> None:
    rid = app.attach_sample()
    app.press_play()
    app.backend.advance(3200)  # under the periodic save interval
    other = app.archive.sessions.create(m.SessionDraft(title="Another session"))
    app.controller.refresh_table()
    app.controller.select_session(other.id)
    assert app.controller.current_session_id() == other.id
    assert app.archive.playback.recording(rid).resume_ms == 3200
    assert app.backend.state is PlayerState.PLAYING  # browsing does not stop the recording


def test_closing_the_window_saves_the_position(app: App) -> None:
    rid = app.attach_sample()
    app.press_play()
    app.backend.advance(3400)
    assert app.archive.playback.recording(rid).resume_ms == 0
    app.window.close()
    assert app.archive.playback.recording(rid).resume_ms == 3400


def test_player_keys_are_not_taken_by_the_window(app: App, qtbot) -> None:
    """No window shortcut uses a player key; after Play the player has the keys."""
    from PySide6.QtGui import QAction, QKeySequence

    app.attach_sample()
    app.press_play()
    player = app.player
    player_keys = {
        QKeySequence(k).toString()
        for k in (
            Qt.Key.Key_Space,
            Qt.Key.Key_J,
            Qt.Key.Key_K,
            Qt.Key.Key_L,
            Qt.Key.Key_F,
            Qt.Key.Key_M,
            Qt.Key.Key_C,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        )
    }
    taken = [
        (action.text(), seq.toString())
        for action in app.window.findChildren(QAction)
        for seq in action.shortcuts()
        if seq.toString() in player_keys
    ]
    assert taken == []

    focus = QApplication.focusWidget()
    assert focus is not None and (focus is player or player.isAncestorOf(focus))
    assert app.backend.state is PlayerState.PLAYING
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    assert app.backend.state is PlayerState.PAUSED
    qtbot.keyClick(focus, Qt.Key.Key_L)
    assert app.backend.time_ms() == 6000  # clamped to the six seconds
    qtbot.keyClick(focus, Qt.Key.Key_J)
    assert app.backend.time_ms() == 0
    qtbot.keyClick(focus, Qt.Key.Key_M)
    assert app.backend.is_muted()
    # The chapter list keeps the player's keys too.
    player.chapter_list.setFocus()
    qtbot.keyClick(player.chapter_list, Qt.Key.Key_Space)
    assert app.backend.state is PlayerState.PLAYING
    assert app.controller.selected_ids() == [app.session_id]  # nothing else reacted


def test_playback_menu(app: App) -> None:
    glue = app.glue
    assert glue.menu.menuAction() in app.window.menuBar().actions()
    assert not glue.play_pause_action.isEnabled()
    app.attach_sample()
    app.press_play()
    assert glue.play_pause_action.isEnabled()
    assert glue.play_pause_action.shortcut().isEmpty()  # a hint only, the player owns Space
    glue.play_pause_action.trigger()
    assert app.backend.state is PlayerState.PAUSED


def test_transport_icons_are_drawn_in_the_text_colour(app: App) -> None:
    """Play, pause and stop stay visible whatever the icon theme draws for them."""
    from PySide6.QtGui import QPalette

    app.attach_sample()
    app.press_play()
    text = app.player.palette().color(QPalette.ColorRole.ButtonText)
    for button in (app.player.play_button, app.player.stop_button):
        image = button.icon().pixmap(24, 24).toImage()
        opaque = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert len(opaque) > 40
        assert all(c.rgb() == text.rgb() for c in opaque)


def test_chapter_import_refuses_a_fifo(app: App, tmp_path: Path) -> None:
    """Importing chapters from a named pipe says it is not a regular file instead of waiting
    for a writer (which froze the window); the chapters stay as they were."""
    rid = app.attach_sample()
    app.press_play()
    before = [c.title for c in app.archive.playback.recording(rid).chapters]
    with fifo(tmp_path / "chapters.txt") as pipe:
        assert not app.glue.chapters.import_chapters(pipe)
    message = app.window.statusBar().currentMessage()
    assert "No chapters imported" in message and "pipe (FIFO), not a regular file" in message
    assert [c.title for c in app.archive.playback.recording(rid).chapters] == before
