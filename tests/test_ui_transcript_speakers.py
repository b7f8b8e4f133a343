"""The player's transcript pane names the speaker above each run of their cues, and follows
a chapter tied to a speaker at once."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ui_player_helpers
from ui_player_helpers import App
from webinar_archive.domain.model import TranscriptCue
from webinar_archive.ui.materials_panel import SUBTITLE_ROLE
from webinar_archive.ui.player.panes import TranscriptPane

pytestmark = pytest.mark.sqlite_only
app = ui_player_helpers.app


def test_speaker_names_head_their_runs_and_highlight_skips_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Anna, Anna, Bo: two name rows; the cue playing is highlighted, never a name row."""
    pane = TranscriptPane()
    qtbot.addWidget(pane)
    pane.set_cues(
        [
            TranscriptCue(0, 1000, "Hello.", "Anna"),
            TranscriptCue(1000, 2000, "Welcome.", "Anna"),
            TranscriptCue(2000, 3000, "Thanks.", "Bo"),
        ]
    )
    assert pane.speaker_rows() == [(0, "Anna"), (3, "Bo")]
    assert [pane.item(r).text().split("  ", 1)[-1] for r in range(pane.count())] == [
        "Anna",
        "Hello.",
        "Welcome.",
        "Bo",
        "Thanks.",
    ]
    pane.update_time(2500)
    assert pane.highlighted_row() == 4
    pane.update_time(1500)
    assert pane.highlighted_row() == 2


def test_tying_a_chapter_to_a_speaker_names_them_in_the_transcript(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The demo sample's 'Main talk' chapter tied to Kevin Morgan: his name now heads the
    cues from 3 s on, without reopening the recording."""
    rid = app.attach_sample()
    app.press_play()
    assert app.player.transcript.speaker_rows() == []
    session = app.archive.sessions.get(app.session_id)
    kevin = next(a for a in session.appearances if a.person_name == "Kevin Morgan")
    talk = next(c for c in app.archive.playback.recording(rid).chapters if c.start_ms == 3000)
    assert app.glue.chapters.tie_chapter(talk.id, kevin.id)
    rows = app.player.transcript.speaker_rows()
    assert [name for _, name in rows] == ["Kevin Morgan"]
    following = app.player.transcript.item(rows[0][0] + 1).text()
    cue = next(c for c in app.archive.playback.cues(rid) if c.start_ms >= 3000)
    assert following.endswith(cue.text)


def test_subtitles_export_from_the_files_tab_with_speakers(app: App, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Right-click a subtitle row: Export Subtitles; the WebVTT file gives each of Kevin
    Morgan's cues as his voice, the SubRip file names him where he starts."""
    rid = app.attach_sample()
    session = app.archive.sessions.get(app.session_id)
    kevin = next(a for a in session.appearances if a.person_name == "Kevin Morgan")
    talk = next(c for c in app.archive.playback.recording(rid).chapters if c.start_ms == 3000)
    app.archive.playback.update_chapter(talk.id, talk.start_ms, talk.title, talk.end_ms, kevin.id)
    [track] = app.archive.playback.recording(rid).subtitles
    files = app.window.editor.files
    app.main.files.reload_files(app.session_id)
    rows = files.recording_list
    row = next(
        rows.topLevelItem(i).child(j)
        for i in range(rows.topLevelItemCount())
        for j in range(rows.topLevelItem(i).childCount())
        if rows.topLevelItem(i).child(j).data(0, SUBTITLE_ROLE) == track.id
    )
    rows.setCurrentItem(row)
    labels = [a.text() for a in files.recording_menu().actions()]
    assert f"Export Subtitles “{track.original_name}”…" in labels

    assert app.main.files.export_subtitles(track.id, tmp_path / "talk.vtt")
    vtt = (tmp_path / "talk.vtt").read_text(encoding="utf-8")
    later = [c for c in app.archive.playback.cues(rid) if c.start_ms >= 3000]
    assert later and vtt.count("<v Kevin Morgan>") == len(later)
    assert app.main.files.export_subtitles(track.id, tmp_path / "talk.srt")
    srt = (tmp_path / "talk.srt").read_text(encoding="utf-8")
    assert srt.count("Kevin Morgan: ") == 1 and "<v " not in srt
