"""The player and the selection: what plays goes on, anything else goes when the user moves on."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

import ui_player_helpers
from ui_player_helpers import App
from webinar_archive.domain import model as m
from webinar_archive.playback.backend import PlayerState

pytestmark = pytest.mark.sqlite_only
app = ui_player_helpers.app


def _other_session(app: App) -> int:
    other = app.archive.sessions.create(m.SessionDraft(title="Another session"))
    app.controller.refresh_table()
    return other.id


def test_a_playing_recording_goes_on_and_its_dock_names_its_session(app: App, qtbot) -> None:
    """Browsing does not stop playback; the dock says whose recording it is."""
    app.attach_sample()
    app.press_play()
    title = app.archive.sessions.get(app.session_id).title
    other = _other_session(app)
    app.controller.select_session(other)
    dock = app.window.player_dock
    assert dock is not None and dock.isVisible()
    assert app.backend.state is PlayerState.PLAYING
    assert title in dock.windowTitle() and "sample.mp4" in dock.windowTitle()
    assert app.glue.current_recording_id() == app.recording_id


def test_a_paused_recording_is_put_away_when_another_session_is_selected(app: App, qtbot) -> None:
    """Paused (or stopped, or ended) belongs to the session left: the player empties and hides,
    and the position is kept for the next time."""
    rid = app.attach_sample()
    app.press_play()
    app.backend.advance(3200)
    app.player.pause()
    assert app.backend.state is PlayerState.PAUSED
    app.controller.select_session(_other_session(app))
    dock = app.window.player_dock
    assert dock is not None and not dock.isVisible()
    assert app.glue.current_recording_id() is None
    assert app.player.recording() is None
    assert app.player.chapter_list.count() == 0
    assert app.archive.playback.recording(rid).resume_ms == 3200
    assert not app.glue.play_pause_action.isEnabled()
    # Going back and pressing Play brings it back.
    app.controller.select_session(app.session_id)
    app.press_play()
    assert dock.isVisible() and app.glue.current_recording_id() == rid
    assert app.player.recording() is not None and app.player.chapter_list.count() == 2


def test_a_missing_file_notice_does_not_follow_the_user_to_other_sessions(app: App, qtbot) -> None:
    """The red "file is missing" card of one session is not shown while browsing another."""
    rid = app.attach_sample()
    stored = app.archive.files.path_of(app.archive.playback.recording(rid).stored_path)
    stored.unlink()
    assert app.glue.play(rid) is False
    player = app.player
    assert "missing" in player.notice.headline.text()
    app.controller.select_session(_other_session(app))
    dock = app.window.player_dock
    assert dock is not None and not dock.isVisible()
    assert "missing" not in player.notice.headline.text()
    assert str(stored) not in player.notice.body.text()
