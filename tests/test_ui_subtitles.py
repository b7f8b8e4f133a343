"""Subtitle files are visible: rows under their recording, added and removed there, and named
by language and file in the player's Subtitles menu with the active one checked."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import ui_player_helpers
from playback_helpers import SAMPLE_MP4, SAMPLE_SRT, SAMPLE_VTT
from ui_player_helpers import App
from webinar_archive.ui.materials_panel import SUBTITLE_ROLE, MaterialsPanel

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
app = ui_player_helpers.app


def _with_english_subtitles(app: App, tmp_path: Path) -> int:
    """sample.mp4 with "sample.en.srt" dropped beside it (attached like a drop does)."""
    srt = tmp_path / "sample.en.srt"
    shutil.copy(SAMPLE_SRT, srt)
    results = app.attach(SAMPLE_MP4, srt)
    assert all(r.ok for r in results), results
    app.recording_id = next(r.recording_id for r in results if r.recording_id)
    return app.recording_id


def _subtitle_rows(app: App) -> list[str]:
    rec_list = app.window.editor.files.recording_list
    top = rec_list.topLevelItem(0)
    assert top is not None
    return [top.child(i).text(0) for i in range(top.childCount())]


def _select_subtitle_row(app: App, index: int = 0) -> None:
    rec_list = app.window.editor.files.recording_list
    top = rec_list.topLevelItem(0)
    assert top is not None
    rec_list.setCurrentItem(top.child(index))


def _action(menu, text: str):  # type: ignore[no-untyped-def]
    [action] = [a for a in menu.actions() if a.text() == text]
    return action


def test_attached_subtitles_have_a_row_under_their_recording(app: App, tmp_path: Path) -> None:
    """Subtitles dropped with a recording are listed under it with language and file name."""
    _with_english_subtitles(app, tmp_path)
    assert _subtitle_rows(app) == ["Subtitles: English (en) — sample.en.srt"]
    top = app.window.editor.files.recording_list.topLevelItem(0)
    assert top.isExpanded()
    assert top.child(0).text(2) == "SubRip, 3 cues"


def test_recording_menu_adds_and_removes_subtitles(app: App, tmp_path: Path, monkeypatch) -> None:
    """The recording's context menu adds a subtitle file chosen by the user; a subtitle row's
    menu removes that file (after asking), and the transcript goes with it."""
    rid = _with_english_subtitles(app, tmp_path)
    files = app.window.editor.files
    files.recording_list.setCurrentItem(files.recording_list.topLevelItem(0))
    vtt = tmp_path / "sample.pl.vtt"
    shutil.copy(SAMPLE_VTT, vtt)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(vtt)], ""))
    menu = files.recording_menu()
    _action(menu, "Add Subtitles…").trigger()
    tracks = app.archive.playback.recording(rid).subtitles
    assert [(t.language, t.original_name) for t in tracks] == [
        ("en", "sample.en.srt"),
        ("pl", "sample.pl.vtt"),
    ]
    assert _subtitle_rows(app)[1] == "Subtitles: Polish (pl) — sample.pl.vtt"

    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    _select_subtitle_row(app, 0)
    assert files.remove_recording_button.text() == "Remove Subtitles"
    menu = files.recording_menu()
    assert "Remove Recording" not in [a.text() for a in menu.actions()]
    _action(menu, "Remove Subtitles “sample.en.srt”").trigger()
    assert asked == ["Remove the subtitles “sample.en.srt” and their transcript?"]
    assert [t.original_name for t in app.archive.playback.recording(rid).subtitles] == [
        "sample.pl.vtt"
    ]
    assert _subtitle_rows(app) == ["Subtitles: Polish (pl) — sample.pl.vtt"]
    assert app.archive.playback.recording(rid).stored_path  # the recording itself stays


def test_player_subtitles_menu_names_tracks_and_checks_the_active_one(
    app: App, tmp_path: Path
) -> None:
    """The Subtitles menu lists "Off" and each file by language and name, as one exclusive
    checkable group with the track shown checked; choosing Off checks Off."""
    _with_english_subtitles(app, tmp_path)
    app.press_play()
    player = app.player
    player.subtitle_menu.aboutToShow.emit()
    actions = player.subtitle_menu.actions()
    assert [a.text() for a in actions] == ["Off", "English (en) — sample.en.srt"]
    assert all(a.isCheckable() for a in actions)
    assert actions[0].actionGroup() is actions[1].actionGroup()
    assert actions[0].actionGroup().isExclusive()
    assert [a.isChecked() for a in actions] == [False, True]
    actions[0].trigger()
    assert app.backend.subtitle_track() == -1
    player.subtitle_menu.aboutToShow.emit()
    assert [a.isChecked() for a in player.subtitle_menu.actions()] == [True, False]


def test_subtitle_rows_carry_their_track(app: App, tmp_path: Path) -> None:
    rid = _with_english_subtitles(app, tmp_path)
    _select_subtitle_row(app)
    files = app.window.editor.files
    [track] = app.archive.playback.recording(rid).subtitles
    assert files.selected_subtitle_id() == track.id
    assert files.selected_recording_id() == rid
    assert files.recording_list.currentItem().data(0, SUBTITLE_ROLE) == track.id


def test_subtitles_added_while_playing_join_the_menu(app: App, tmp_path: Path) -> None:
    """A subtitle file added in the Files tab while its recording plays is in the player's
    Subtitles menu at once, named and shown."""
    _with_english_subtitles(app, tmp_path)
    app.press_play()
    vtt = tmp_path / "sample.pl.vtt"
    shutil.copy(SAMPLE_VTT, vtt)
    app.main.files.add_subtitles(app.recording_id, [vtt])
    app.player.subtitle_menu.aboutToShow.emit()
    actions = app.player.subtitle_menu.actions()
    assert [a.text() for a in actions] == [
        "Off",
        "English (en) — sample.en.srt",
        "Polish (pl) — sample.pl.vtt",
    ]
    assert [a.isChecked() for a in actions] == [False, False, True]


@pytest.mark.demo_media
def test_the_demo_session_shows_its_recording_subtitles_and_slides(app: App) -> None:
    """The demo button gives a session whose Files tab lists the slides, the recording and its
    English subtitles (the fixture already pressed it, with media: this test is marked)."""
    files = app.window.editor.files
    assert files.material_list.topLevelItemCount() == 1
    assert files.material_list.topLevelItem(0).text(MaterialsPanel.COL_PAGES) == "4"
    assert files.recording_list.topLevelItem(0).text(0) == "eu-s3-webinar-2020-09-11.mp4"
    assert _subtitle_rows(app) == ["Subtitles: English (en) — eu-s3-webinar-2020-09-11.en.vtt"]


def test_libvlc_is_given_a_subrip_copy_of_the_cues(tmp_path: Path) -> None:
    """WebVTT goes to libvlc as SubRip with the same cues (its WebVTT reader skips a cue running
    where playback starts), text unescaped; a file that cannot be read goes as it is; clear()
    removes the copies."""
    from webinar_archive.media.subtitles import load_subtitles
    from webinar_archive.ui.player.subrip import SubRipCopies

    copies = SubRipCopies()
    copy = copies.copy_of(SAMPLE_VTT)
    assert copy != SAMPLE_VTT and copy.suffix == ".srt"
    assert copy.read_text(encoding="utf-8").startswith("1\n00:00:00,500 --> ")
    assert load_subtitles(copy).cues == load_subtitles(SAMPLE_VTT).cues
    assert copies.copy_of(SAMPLE_VTT) == copy  # made once per file
    # libvlc shows "&amp;" as written: the copy has the text as it reads.
    marked = tmp_path / "marked.vtt"
    marked.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nR&amp;D &lt; 5%\n", "utf-8")
    assert "\nR&D < 5%\n" in copies.copy_of(marked).read_text(encoding="utf-8")
    empty = tmp_path / "empty.vtt"
    empty.write_text("WEBVTT\n\n", encoding="utf-8")
    missing = tmp_path / "gone.srt"
    assert copies.copy_of(empty) == empty
    assert copies.copy_of(missing) == missing
    copies.clear()
    assert not copy.exists()
