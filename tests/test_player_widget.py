"""The player widget and its controller driven by the fake backend, offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from playback_helpers import SAMPLE_MP4, SAMPLE_OGG, SAMPLE_SRT, make_recording
from translation_helpers import polish  # noqa: F401
from webinar_archive.domain.model import Chapter, Note, TranscriptCue
from webinar_archive.media.subtitles import load_subtitles
from webinar_archive.playback.backend import BackendEvent, ChapterMark, EventKind, PlayerState
from webinar_archive.playback.fake import FakeBackend, FakeMedia
from webinar_archive.ui.player import platform
from webinar_archive.ui.player.engine import PlayerEngine
from webinar_archive.ui.player.widget import PlayerWidget

LENGTH = 600_000  # ten minutes, so skips have room

CHAPTERS = [
    Chapter(1, 7, 0, 120_000, "Welcome"),
    Chapter(2, 7, 120_000, 400_000, "Main talk"),
    Chapter(3, 7, 400_000, None, "Questions"),
]
CUES = [
    TranscriptCue(1000, 4000, "Hello and welcome."),
    TranscriptCue(125_000, 130_000, "Let us start with the numbers."),
    TranscriptCue(401_000, 405_000, "Any questions?"),
]


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend(
        {
            "sample.mp4": FakeMedia(length_ms=LENGTH),
            "sample.ogg": FakeMedia(length_ms=LENGTH, has_video=False),
            "media.mp4": FakeMedia(
                length_ms=LENGTH, chapters=[ChapterMark("Embedded", 0, 300_000)]
            ),
        }
    )


@pytest.fixture
def player(qtbot, backend: FakeBackend, tmp_path: Path) -> Iterator[PlayerWidget]:  # type: ignore[no-untyped-def]
    widget = PlayerWidget(backend, snapshot_dir=tmp_path / "shots")
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    widget.load(
        make_recording(duration_ms=LENGTH),
        SAMPLE_MP4,
        CUES,
        CHAPTERS,
        [Note(1, 7, 30_000, "Remember this")],
        "Territorial cooperation",
        ["Anna Novak", "Ben Ortiz"],
    )
    yield widget
    widget.full_screen.leave()


def test_space_toggles_and_k_pauses(qtbot, player: PlayerWidget, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert backend.state is PlayerState.PLAYING
    assert player.play_button.toolTip() == "Pause (Space)"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert backend.state is PlayerState.PAUSED
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.keyClick(player, Qt.Key.Key_K)
    assert backend.state is PlayerState.PAUSED
    qtbot.keyClick(player, Qt.Key.Key_K)  # K never resumes
    assert backend.state is PlayerState.PAUSED


def test_j_l_and_arrows_skip(qtbot, player: PlayerWidget, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(player, Qt.Key.Key_Space)
    backend.advance(30_000)
    qtbot.keyClick(player, Qt.Key.Key_L)
    assert backend.time_ms() == 40_000
    qtbot.keyClick(player, Qt.Key.Key_J)
    qtbot.keyClick(player, Qt.Key.Key_J)
    assert backend.time_ms() == 20_000
    qtbot.keyClick(player, Qt.Key.Key_Right)
    assert backend.time_ms() == 25_000
    qtbot.keyClick(player, Qt.Key.Key_Left)
    assert backend.time_ms() == 20_000
    for _ in range(3):
        qtbot.keyClick(player, Qt.Key.Key_J)
    assert backend.time_ms() == 0
    assert player.seek_bar.value() == 0
    assert player.time_label.text() == "0:00 / 10:00"


def test_m_mutes_and_up_down_change_volume(
    qtbot, player: PlayerWidget, backend: FakeBackend
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(player, Qt.Key.Key_M)
    assert backend.is_muted() and player.mute_button.isChecked()
    qtbot.keyClick(player, Qt.Key.Key_M)
    assert not backend.is_muted()
    qtbot.keyClick(player, Qt.Key.Key_Down)
    qtbot.keyClick(player, Qt.Key.Key_Down)
    assert backend.volume() == 90
    qtbot.keyClick(player, Qt.Key.Key_Up)
    assert backend.volume() == 95 == player.volume_slider.value()


def test_f_toggles_full_screen_and_back(qtbot, player: PlayerWidget, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    handle = backend.window_handle
    assert handle == player.surface.native_handle()
    changes: list[bool] = []
    player.full_screen_changed.connect(changes.append)
    qtbot.keyClick(player, Qt.Key.Key_F)
    window = player.full_screen.window()
    assert player.full_screen.active() and window is not None
    assert player.video_panel.window() is window
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    # The keys keep working in the detached window, and F brings the panel back.
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert backend.state is PlayerState.PLAYING
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert not player.full_screen.active()
    assert player.video_panel.window() is player.window()
    assert player.splitter.indexOf(player.video_panel) == 0
    assert changes == [True, False]
    assert backend.window_handle == player.surface.native_handle()


def test_escape_leaves_full_screen(qtbot, player: PlayerWidget) -> None:  # type: ignore[no-untyped-def]
    player.full_screen.toggle()
    window = player.full_screen.window()
    assert window is not None
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not player.full_screen.active()


def test_chapters_listed_ticked_and_clickable(
    qtbot, player: PlayerWidget, backend: FakeBackend
) -> None:  # type: ignore[no-untyped-def]
    assert player.seek_bar.chapter_starts() == [0, 120_000, 400_000]
    assert player.chapter_list.count() == 3
    item = player.chapter_list.item(1)
    assert item.text() == "2:00  Main talk"
    rect = player.chapter_list.visualItemRect(item)
    qtbot.mouseClick(player.chapter_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert backend.time_ms() == 120_000
    assert player.chapter_list.highlighted_row() == 1


def test_transcript_follows_playback_and_click_seeks(
    qtbot, player: PlayerWidget, backend: FakeBackend
) -> None:  # type: ignore[no-untyped-def]
    transcript = player.transcript
    qtbot.keyClick(player, Qt.Key.Key_Space)
    backend.advance(2000)
    assert transcript.highlighted_row() == 0
    backend.advance(5000)
    assert transcript.highlighted_row() is None  # between cues
    rect = transcript.visualItemRect(transcript.item(2))
    qtbot.mouseClick(transcript.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert backend.time_ms() == 401_000
    assert transcript.highlighted_row() == 2
    assert transcript.item(2).font().bold()
    assert not transcript.item(0).font().bold()


def test_seek_bar_click_jumps(qtbot, player: PlayerWidget, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    bar = player.seek_bar
    x = bar.x_for(300_000)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x, bar.height() // 2))
    assert abs(backend.time_ms() - 300_000) <= LENGTH // max(1, bar.width())
    assert player.chapter_list.highlighted_row() == 1


def test_note_stamps_time_at_first_keystroke(
    qtbot, player: PlayerWidget, backend: FakeBackend
) -> None:  # type: ignore[no-untyped-def]
    added: list[tuple[int, str]] = []
    player.note_added.connect(lambda ms, text: added.append((ms, text)))
    player.tabs.setCurrentWidget(player.notes)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    backend.advance(65_000)
    edit = player.notes.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Good point")
    # The stamp is taken when typing starts and playback pauses (the default option).
    assert player.notes.stamp() == 65_000
    assert player.notes.stamp_label.text() == "1:05"
    assert backend.state is PlayerState.PAUSED
    backend.play()
    backend.advance(10_000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert added == [(65_000, "Good point")]
    assert edit.text() == ""
    rows = [player.notes.list.item(i).text() for i in range(player.notes.list.count())]
    assert rows == ["0:30  Remember this", "1:05  Good point"]


def test_typing_k_in_a_note_does_not_pause(
    qtbot, player: PlayerWidget, backend: FakeBackend
) -> None:  # type: ignore[no-untyped-def]
    player.notes.pause_while_typing.setChecked(False)
    player.tabs.setCurrentWidget(player.notes)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    player.notes.edit.setFocus()
    qtbot.keyClicks(player.notes.edit, "kj l")
    assert player.notes.edit.text() == "kj l"
    assert backend.state is PlayerState.PLAYING
    assert backend.time_ms() == 0


def test_note_clicks_seek_and_make_chapters(
    qtbot, player: PlayerWidget, backend: FakeBackend
) -> None:  # type: ignore[no-untyped-def]
    requested: list[int] = []
    titled: list[tuple[int, str]] = []
    player.chapter_requested.connect(requested.append)
    player.chapter_from_note_requested.connect(lambda ms, t: titled.append((ms, t)))
    player.tabs.setCurrentWidget(player.notes)
    notes = player.notes.list
    rect = notes.visualItemRect(notes.item(0))
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert backend.time_ms() == 30_000
    assert player.notes.chapter_button.isEnabled()
    qtbot.mouseClick(player.notes.chapter_button, Qt.MouseButton.LeftButton)
    assert requested == [30_000]
    assert titled == [(30_000, "Remember this")]


def test_c_requests_chapter_here(qtbot, player: PlayerWidget, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    requested: list[int] = []
    player.chapter_requested.connect(requested.append)
    player.seek(90_000)
    qtbot.keyClick(player, Qt.Key.Key_C)
    assert requested == [90_000]


def test_resume_bar_offers_and_resumes(qtbot, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    widget = PlayerWidget(backend)
    qtbot.addWidget(widget)
    widget.show()
    widget.load(make_recording(duration_ms=LENGTH, resume_ms=754_000 // 2), SAMPLE_MP4)
    bar = widget.resume_bar
    assert bar.isVisible()
    assert bar.label.text() == "Resume at 6:17?"
    assert backend.state is PlayerState.STOPPED  # an offer, not an action
    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert backend.state is PlayerState.PLAYING
    assert backend.time_ms() == 377_000


def test_resume_bar_start_over_and_no_offer_near_the_end(qtbot, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    widget = PlayerWidget(backend)
    qtbot.addWidget(widget)
    widget.show()
    widget.load(make_recording(duration_ms=LENGTH, resume_ms=100_000), SAMPLE_MP4)
    qtbot.mouseClick(widget.resume_bar.start_over_button, Qt.MouseButton.LeftButton)
    assert backend.state is PlayerState.PLAYING and backend.time_ms() == 0
    widget.load(make_recording(duration_ms=LENGTH, resume_ms=590_000), SAMPLE_MP4)
    assert not widget.resume_bar.isVisible()
    widget.load(make_recording(duration_ms=LENGTH, resume_ms=2_000), SAMPLE_MP4)
    assert not widget.resume_bar.isVisible()


def test_audio_only_recording_shows_session_card(qtbot, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    widget = PlayerWidget(backend)
    qtbot.addWidget(widget)
    widget.show()
    audio = make_recording(
        original_name="sample.ogg", video_codec=None, width=None, height=None, audio_codec="vorbis"
    )
    widget.load(audio, SAMPLE_OGG, session_title="Cooperation in practice", speakers=["Anna Novak"])
    assert widget.stack.currentWidget() is widget.session_card
    assert widget.session_card.title_label.text() == "Cooperation in practice"
    assert widget.session_card.speakers_label.text() == "Anna Novak"
    assert widget.snapshot() is None
    assert "No video frame" in widget.status_label.text()
    widget.load(make_recording(), SAMPLE_MP4)
    assert widget.stack.currentWidget() is widget.surface


def test_snapshot_emits_path(qtbot, player: PlayerWidget, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    player.seek(42_000)
    with qtbot.waitSignal(player.snapshot_taken) as blocker:
        path = player.snapshot()
    assert path == tmp_path / "shots" / "snapshot-7-000042000.png"
    assert blocker.args == [path]
    assert path.stat().st_size > 0


def test_speed_and_tracks(qtbot, player: PlayerWidget, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    player.speed_box.setCurrentIndex(player.speed_box.findData(1.5))
    assert backend.rate() == 1.5
    qtbot.keyClick(player, Qt.Key.Key_Space)
    backend.advance(10_000)
    assert backend.time_ms() == 15_000
    assert backend.add_subtitle_file(SAMPLE_SRT)
    player.subtitle_menu.aboutToShow.emit()
    names = [a.text() for a in player.subtitle_menu.actions()]
    assert names == ["Off", "sample.srt"]
    player.subtitle_menu.actions()[0].trigger()
    assert backend.subtitle_track() == -1
    player.audio_menu.aboutToShow.emit()
    assert [a.text() for a in player.audio_menu.actions()] == ["Track 1"]


def test_material_marks_highlight_and_report(
    qtbot, player: PlayerWidget, backend: FakeBackend
) -> None:  # type: ignore[no-untyped-def]
    reached: list[int] = []
    selected: list[int] = []
    player.material_reached.connect(reached.append)
    player.material_selected.connect(selected.append)
    player.set_material_marks([(12, "Handout", 9_000), (11, "Slides", 3_000)])
    assert player.materials.item(0).text() == "0:03  Slides"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    for _ in range(8):
        backend.advance(500)
    assert reached == [11]
    assert player.materials.highlighted_row() == 0
    player.seek(60_000)  # jumping past a mark is not playing past it
    assert reached == [11]
    assert player.materials.highlighted_row() == 1
    player.tabs.setCurrentWidget(player.materials)
    rect = player.materials.visualItemRect(player.materials.item(0))
    qtbot.mouseClick(player.materials.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected == [11]
    assert backend.time_ms() == 3_000


def test_embedded_chapters_used_when_none_given(
    qtbot, backend: FakeBackend, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    widget = PlayerWidget(backend)
    qtbot.addWidget(widget)
    widget.load(make_recording(), tmp_path / "media.mp4")
    assert widget.chapter_list.count() == 0
    widget.play()
    assert widget.chapter_list.item(0).text() == "0:00  Embedded"


def test_error_is_shown(qtbot, backend: FakeBackend, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    widget = PlayerWidget(backend)
    qtbot.addWidget(widget)
    errors: list[str] = []
    widget.error_occurred.connect(errors.append)
    widget.load(make_recording(), tmp_path / "broken.mp4")
    assert errors == ["Cannot open broken.mp4"]
    assert widget.status_label.text() == "Cannot open broken.mp4"


def test_missing_vlc_shows_install_help(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", str(tmp_path / "libvlc.so.5"))
    widget = PlayerWidget()
    qtbot.addWidget(widget)
    assert widget.engine is None
    assert widget.stack.currentWidget() is widget.notice
    assert widget.notice.headline.text() == "VLC is not available"
    assert "sudo apt install vlc" in widget.notice.body.text()
    assert "PYTHON_VLC_LIB_PATH" in widget.notice.body.text()
    assert not widget.play_button.isEnabled()
    widget.load(make_recording(), SAMPLE_MP4, load_subtitles(SAMPLE_SRT).cues)
    qtbot.keyClick(widget, Qt.Key.Key_Space)  # nothing to play, nothing breaks
    assert widget.transcript.count() == 3
    assert widget.stack.currentWidget() is widget.notice


def test_why_vlc_is_missing_is_said_in_the_language_of_the_run(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The reason under the install help is worded for the reader, not left in English."""
    from webinar_archive.services.language import use_language

    use_language("pl")
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", str(tmp_path / "libvlc.so.5"))
    widget = PlayerWidget()
    qtbot.addWidget(widget)
    body = widget.notice.body.text()
    assert f"PYTHON_VLC_LIB_PATH wskazuje nieistniejący plik: {tmp_path / 'libvlc.so.5'}" in body
    assert "points to" not in body


def test_an_error_without_words_is_worded_by_the_player(
    qtbot,
    backend: FakeBackend,
    tmp_path: Path,
    polish: None,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """A backend error that carries no message still reads as a sentence in the window's
    language."""
    widget = PlayerWidget(backend)
    qtbot.addWidget(widget)
    widget.load(make_recording(), tmp_path / "media.mp4")
    errors: list[str] = []
    widget.error_occurred.connect(errors.append)
    backend.fail("")
    assert errors == ["Nie udało się odtworzyć nagrania."]
    assert widget.status_label.text() == "Nie udało się odtworzyć nagrania."


# -- controller ---------------------------------------------------------------------------------


def test_controller_saves_position_every_five_seconds_and_on_stop(
    qtbot, backend: FakeBackend
) -> None:  # type: ignore[no-untyped-def]
    controller = PlayerEngine(backend)
    saved: list[int] = []
    controller.resume_save_requested.connect(saved.append)
    controller.load(SAMPLE_MP4)
    controller.play()
    for _ in range(26):
        backend.advance(500)
    assert saved == [5000, 10_000]
    controller.stop()
    assert saved == [5000, 10_000, 13_000]
    assert controller.state is PlayerState.STOPPED


def test_controller_watched_once_at_ninety_percent(qtbot, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    controller = PlayerEngine(backend)
    watched: list[bool] = []
    ended: list[bool] = []
    saved: list[int] = []
    controller.watched.connect(watched.append)
    controller.ended.connect(lambda: ended.append(True))
    controller.resume_save_requested.connect(saved.append)
    controller.load(SAMPLE_MP4)
    controller.play()
    controller.seek(int(LENGTH * 0.89))
    assert watched == []
    backend.advance(int(LENGTH * 0.02))
    assert watched == [True]
    backend.advance(LENGTH)
    assert watched == [True] and ended == [True]
    assert saved[-1] == 0  # finished: next time starts from the beginning
    controller.load(SAMPLE_MP4, already_watched=True)
    controller.play()
    backend.advance(LENGTH)
    assert watched == [True]


def test_controller_seeking_to_the_end_is_not_watching(qtbot, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    controller = PlayerEngine(backend)
    watched: list[bool] = []
    controller.watched.connect(watched.append)
    controller.load(SAMPLE_MP4)
    controller.play()
    controller.pause()
    controller.seek(LENGTH - 1000)
    assert watched == []
    controller.play()
    backend.advance(500)
    assert watched == [True]


def test_controller_close_saves_and_stops(qtbot, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    controller = PlayerEngine(backend)
    saved: list[int] = []
    controller.resume_save_requested.connect(saved.append)
    controller.load(SAMPLE_MP4)
    controller.close()
    assert saved == []  # nothing played, nothing to remember
    controller.play()
    backend.advance(2500)
    controller.pause()
    assert saved == [2500]  # pausing is a natural moment to remember
    controller.close()
    assert saved == [2500, 2500]
    assert backend.state is PlayerState.STOPPED
    controller.shutdown()
    backend.advance(1000)  # released: no more events reach the controller
    assert saved == [2500, 2500]


def test_controller_delivers_foreign_thread_events_on_gui_thread(
    qtbot, backend: FakeBackend
) -> None:  # type: ignore[no-untyped-def]
    controller = PlayerEngine(backend)
    controller.load(SAMPLE_MP4)
    seen: list[tuple[int, bool]] = []
    gui = threading.get_ident()
    controller.time_changed.connect(lambda ms: seen.append((ms, threading.get_ident() == gui)))
    worker = threading.Thread(
        target=lambda: controller._from_backend(BackendEvent(EventKind.TIME_CHANGED, 1234))
    )
    worker.start()
    worker.join()
    assert seen == []  # queued, not called on the worker
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(1234, True)]


def test_controller_seek_before_open_is_applied_when_playing(qtbot, backend: FakeBackend) -> None:  # type: ignore[no-untyped-def]
    controller = PlayerEngine(backend)
    controller.load(SAMPLE_MP4)
    controller.seek(50_000)
    backend.stop()  # the fake forgets positions on stop, like a closed input
    controller.play()
    assert backend.time_ms() == 50_000


# -- platform -----------------------------------------------------------------------------------


def test_prefer_xcb_on_wayland() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0"}
    assert platform.prefer_xcb_on_wayland(env, "linux")
    assert env["QT_QPA_PLATFORM"] == "xcb"
    chosen = {"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "wayland"}
    assert not platform.prefer_xcb_on_wayland(chosen, "linux")
    assert chosen["QT_QPA_PLATFORM"] == "wayland"
    assert not platform.prefer_xcb_on_wayland({"DISPLAY": ":0"}, "linux")
    other = {"WAYLAND_DISPLAY": "wayland-0"}
    assert not platform.prefer_xcb_on_wayland(other, "darwin")
    assert "QT_QPA_PLATFORM" not in other


def test_platform_choice_needs_no_qt() -> None:
    """The platform is chosen before QApplication exists: its module loads no Qt at all."""
    import subprocess
    import sys

    code = (
        "import sys, webinar_archive.ui.player.platform as p;"
        "p.prefer_xcb_on_wayland({'WAYLAND_DISPLAY': 'w'}, 'linux');"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_side_tab_name_shows_whole_in_polish(
    qtbot,
    backend: FakeBackend,
    tmp_path: Path,
    polish: None,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """The side tabs (chapters, transcript, notes, materials) are never scrolled: at the
    narrowest the splitter allows, the last one's name ("Materiały") still shows whole."""
    widget = PlayerWidget(backend, snapshot_dir=tmp_path / "shots")
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.splitter.setSizes([10_000, 1])  # the tabs as narrow as they can be
    tabs = widget.tabs
    assert tabs.tabText(tabs.count() - 1) == "Materiały"
    last = tabs.tabBar().tabRect(tabs.count() - 1)
    assert tabs.tabBar().mapTo(tabs, last.topRight()).x() < tabs.width()
