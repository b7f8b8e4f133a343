"""PlayerWidget: the recording player view with its controls, panes and keyboard handling.

Keys work while the player or its full-screen window has focus (a note being typed keeps its
keys); they are the table PLAYER_KEYS below, which Help > Keyboard Shortcuts lists.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from webinar_archive.domain.model import Chapter, Note, Recording, TranscriptCue
from webinar_archive.domain.time import format_ms
from webinar_archive.playback.backend import MediaBackend, PlayerState
from webinar_archive.ui.player.engine import PlayerEngine, install_hint, open_vlc
from webinar_archive.ui.player.fullscreen import FullScreen
from webinar_archive.ui.player.keys import (
    BIG_SKIP_MS,
    PLAYER_KEYS,
    SKIP_MS,
)
from webinar_archive.ui.player.panes import ChapterList, MaterialMarks, NotesPane, TranscriptTab
from webinar_archive.ui.player.seekbar import ChapterSeekBar
from webinar_archive.ui.player.subrip import SubRipCopies
from webinar_archive.ui.player.tracks import fill_track_menu
from webinar_archive.ui.player.views import (
    Notice,
    ResumeBar,
    SessionCard,
    VideoSurface,
    flat_tool_button,
)

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
SKIP_BUTTONS = (
    ("−60", QT_TRANSLATE_NOOP("PlayerWidget", "Back 60 seconds"), -BIG_SKIP_MS),
    ("−10", QT_TRANSLATE_NOOP("PlayerWidget", "Back 10 seconds (J)"), -SKIP_MS),
    ("+10", QT_TRANSLATE_NOOP("PlayerWidget", "Forward 10 seconds (L)"), SKIP_MS),
    ("+60", QT_TRANSLATE_NOOP("PlayerWidget", "Forward 60 seconds"), BIG_SKIP_MS),
)
# Offering to resume a few seconds in, or at the very end, helps nobody.
RESUME_MIN_MS = 5_000
RESUME_MAX_FRACTION = 0.95


class PlayerWidget(QWidget):
    """Plays one recording at a time. Storage is the caller's: it listens to the signals."""

    snapshot_taken = Signal(Path)
    chapter_requested = Signal(int)
    chapter_from_note_requested = Signal(int, str)
    note_added = Signal(int, str)
    material_reached = Signal(int)
    material_selected = Signal(int)
    resume_save_requested = Signal(int)
    watched = Signal(bool)
    error_occurred = Signal(str)
    full_screen_changed = Signal(bool)
    transcript_chosen = Signal(int)  # the subtitle track the user wants the transcript to follow

    def __init__(
        self,
        backend: MediaBackend | None = None,
        parent: QWidget | None = None,
        *,
        snapshot_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._owns_backend = backend is None
        self._unavailable_reason: str | None = None
        if backend is None:
            backend, self._unavailable_reason = open_vlc()
        self.engine: PlayerEngine | None = (
            PlayerEngine(backend, self) if backend is not None else None
        )
        self._snapshot_dir = snapshot_dir
        self._recording: Recording | None = None
        self._path: Path | None = None
        self._subtitle_names: list[str] = []  # of the subtitle files added, in order
        self._subrip = SubRipCopies()  # what libvlc reads of them (see subrip.py)
        self._media_chapters_pending = False
        self.full_screen: FullScreen = FullScreen(self)
        self._build()
        self.install_shortcuts(self)
        if self.engine is None:
            self._show_unavailable()
        else:
            self._connect_engine(self.engine)

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        self.resume_bar = ResumeBar()
        self.surface = VideoSurface()
        self.session_card = SessionCard()
        self.notice = Notice()
        self.stack = QStackedWidget()
        for page in (self.surface, self.session_card, self.notice):
            self.stack.addWidget(page)

        self.seek_bar = ChapterSeekBar()
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setMinimumWidth(96)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        seek_row = QHBoxLayout()
        seek_row.addWidget(self.seek_bar, 1)
        seek_row.addWidget(self.time_label)

        self.play_button = flat_tool_button(
            "", QCoreApplication.translate("PlayerWidget", "Play (Space)"), self.toggle_play
        )
        self.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.stop_button = flat_tool_button(
            "", QCoreApplication.translate("PlayerWidget", "Stop"), self.stop
        )
        self.stop_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop))
        skips = [
            flat_tool_button(
                text, QCoreApplication.translate("PlayerWidget", str(tip)), partial(self.skip, ms)
            )
            for text, tip, ms in SKIP_BUTTONS
        ]
        self.speed_box = QComboBox()
        self.speed_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speed_box.setToolTip(QCoreApplication.translate("PlayerWidget", "Playback speed"))
        for speed in SPEEDS:
            self.speed_box.addItem(f"{speed:g}×", speed)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_box.currentIndexChanged.connect(self._speed_chosen)

        self.audio_menu = QMenu(self)
        self.audio_menu.aboutToShow.connect(
            lambda: fill_track_menu(
                self.audio_menu,
                self.engine.audio_tracks() if self.engine else [],
                QCoreApplication.translate("PlayerWidget", "No audio tracks"),
                lambda tid: self.engine.set_audio_track(tid) if self.engine else None,
            )
        )
        self.audio_button = flat_tool_button(
            QCoreApplication.translate("PlayerWidget", "Audio"),
            QCoreApplication.translate("PlayerWidget", "Audio track"),
            menu=self.audio_menu,
        )
        self.subtitle_menu = QMenu(self)
        self.subtitle_menu.aboutToShow.connect(
            lambda: fill_track_menu(
                self.subtitle_menu,
                self.engine.subtitle_tracks() if self.engine else [],
                QCoreApplication.translate("PlayerWidget", "No subtitles"),
                lambda tid: self.engine.set_subtitle_track(tid) if self.engine else None,
                off=QCoreApplication.translate("PlayerWidget", "Off"),
                current=self.engine.subtitle_track() if self.engine else None,
                names=self._subtitle_names,
            )
        )
        self.subtitle_button = flat_tool_button(
            QCoreApplication.translate("PlayerWidget", "Subtitles"),
            QCoreApplication.translate("PlayerWidget", "Subtitle track"),
            menu=self.subtitle_menu,
        )

        self.snapshot_button = flat_tool_button(
            QCoreApplication.translate("PlayerWidget", "Snapshot"),
            QCoreApplication.translate("PlayerWidget", "Save this frame"),
            self.snapshot,
        )
        self.full_screen_button = flat_tool_button(
            "",
            QCoreApplication.translate("PlayerWidget", "Full screen (F)"),
            self.full_screen.toggle,
        )
        self.full_screen_button.setIcon(
            style.standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton)
        )
        self.mute_button = flat_tool_button(
            "", QCoreApplication.translate("PlayerWidget", "Mute (M)"), self.toggle_mute
        )
        self.mute_button.setCheckable(True)
        self.mute_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(100)
        self.volume_slider.setFixedWidth(90)
        self.volume_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume_slider.setToolTip(
            QCoreApplication.translate("PlayerWidget", "Volume (Up/Down)")
        )
        self.volume_slider.valueChanged.connect(self._volume_chosen)

        controls = QHBoxLayout()
        controls.setSpacing(2)
        controls.addWidget(self.play_button)
        controls.addWidget(self.stop_button)
        controls.addSpacing(8)
        for button in skips:
            controls.addWidget(button)
        controls.addSpacing(8)
        controls.addWidget(self.speed_box)
        controls.addWidget(self.audio_button)
        controls.addWidget(self.subtitle_button)
        controls.addWidget(self.snapshot_button)
        controls.addStretch(1)
        controls.addWidget(self.mute_button)
        controls.addWidget(self.volume_slider)
        controls.addWidget(self.full_screen_button)
        self._control_widgets: list[QWidget] = [
            self.play_button,
            self.stop_button,
            *skips,
            self.speed_box,
            self.audio_button,
            self.subtitle_button,
            self.snapshot_button,
            self.full_screen_button,
            self.mute_button,
            self.volume_slider,
            self.seek_bar,
        ]

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.video_panel = QWidget()
        panel_layout = QVBoxLayout(self.video_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.setSpacing(4)
        panel_layout.addWidget(self.resume_bar)
        panel_layout.addWidget(self.stack, 1)
        panel_layout.addLayout(seek_row)
        panel_layout.addLayout(controls)
        panel_layout.addWidget(self.status_label)

        self.chapter_list = ChapterList()
        self.transcript_tab = TranscriptTab()
        self.transcript = self.transcript_tab.pane
        self.transcript_choice = self.transcript_tab.choice
        self.transcript_tab.chosen.connect(self.transcript_chosen)
        self.notes = NotesPane(self.current_time)
        self.materials = MaterialMarks()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chapter_list, QCoreApplication.translate("PlayerWidget", "Chapters"))
        self.tabs.addTab(
            self.transcript_tab, QCoreApplication.translate("PlayerWidget", "Transcript")
        )
        self.tabs.addTab(self.notes, QCoreApplication.translate("PlayerWidget", "Notes"))
        self.tabs.addTab(self.materials, QCoreApplication.translate("PlayerWidget", "Materials"))
        self.tabs.setUsesScrollButtons(False)
        # Every tab's name whole, in any language (Polish needs more than English's 300 px).
        bar = self.tabs.tabBar().sizeHint().width() + 2 * self.tabs.style().pixelMetric(
            QStyle.PixelMetric.PM_DefaultFrameWidth
        )
        self.tabs.setMinimumWidth(max(300, bar))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.video_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.seek_bar.seek_requested.connect(self.seek)
        self.chapter_list.seek_requested.connect(self.seek)
        self.transcript.seek_requested.connect(self.seek)
        self.materials.seek_requested.connect(self.seek)
        self.materials.material_reached.connect(self.material_reached)
        self.materials.material_selected.connect(self.material_selected)
        self.notes.seek_requested.connect(self.seek)
        self.notes.note_added.connect(self.note_added)
        self.notes.chapter_requested.connect(self.chapter_requested)
        self.notes.chapter_from_note_requested.connect(self.chapter_from_note_requested)
        self.notes.typing_started.connect(self._typing_started)
        self.resume_bar.resume_clicked.connect(self._resume_at)
        self.resume_bar.start_over_clicked.connect(self._start_over)

    def set_transcript_tracks(self, tracks: Sequence[tuple[int, str]], current: int | None) -> None:
        """The tracks (id, label) the transcript can follow; ``current`` is the one it does."""
        self.transcript_tab.set_tracks(tracks, current)

    def install_shortcuts(self, host: QWidget) -> None:
        for binding in PLAYER_KEYS:
            shortcut = QShortcut(QKeySequence(binding.key), host)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(binding.run, self))

    def _connect_engine(self, controller: PlayerEngine) -> None:
        controller.time_changed.connect(self._on_time)
        controller.length_changed.connect(self._on_length)
        controller.state_changed.connect(self._on_state)
        controller.error_occurred.connect(self._on_error)
        controller.resume_save_requested.connect(self.resume_save_requested)
        controller.watched.connect(self.watched)

    def _show_unavailable(self) -> None:
        detail = f"\n\n({self._unavailable_reason})" if self._unavailable_reason else ""
        self.notice.set_text(
            QCoreApplication.translate("PlayerWidget", "VLC is not available"),
            install_hint() + detail,
        )
        self.stack.setCurrentWidget(self.notice)
        for widget in self._control_widgets:
            widget.setEnabled(False)

    # -- loading ----------------------------------------------------------------------------

    def add_subtitles(self, path: Path, name: str) -> None:
        """Offer one more subtitle file for the recording loaded, named ``name`` in the menu."""
        if self.engine is not None and self.engine.add_subtitle_file(self._subrip.copy_of(path)):
            self._subtitle_names.append(name)

    def load(
        self,
        recording: Recording,
        path: Path,
        cues: Sequence[TranscriptCue] = (),
        chapters: Sequence[Chapter] = (),
        notes: Sequence[Note] = (),
        session_title: str = "",
        speakers: Sequence[str] | str = (),
        *,
        subtitle_files: Sequence[Path] = (),
        subtitle_names: Sequence[str] = (),
    ) -> None:
        """Show ``recording`` (stored at ``path``) ready to play, offering to resume.

        ``subtitle_names`` label ``subtitle_files`` in the Subtitles menu (language and file).
        """
        self._recording = recording
        self._path = Path(path)
        self._subtitle_names = list(subtitle_names) or [Path(p).name for p in subtitle_files]
        chapters = list(chapters) or list(recording.chapters)
        notes = list(notes) or list(recording.notes)
        self.set_chapters(chapters)
        self._media_chapters_pending = not chapters
        self.transcript.set_cues(cues)
        self.notes.set_notes(notes)
        self.session_card.set_session(session_title, speakers)
        self.resume_bar.hide()
        self._set_status("")
        if self.engine is None:
            self._show_unavailable()
            return
        self.stack.setCurrentWidget(self.surface if recording.has_video else self.session_card)
        self.surface.blank()
        self.engine.set_window(self.surface.native_handle())
        self.engine.load(self._path, already_watched=recording.watched)
        for subtitle in subtitle_files:
            self.engine.add_subtitle_file(self._subrip.copy_of(Path(subtitle)))
        self.engine.set_rate(float(self.speed_box.currentData()))
        self.seek_bar.set_length(recording.duration_ms or 0)
        self._update_time_label(0)
        duration = recording.duration_ms or 0
        if recording.resume_ms >= RESUME_MIN_MS and (
            not duration or recording.resume_ms < duration * RESUME_MAX_FRACTION
        ):
            self.resume_bar.offer(recording.resume_ms)

    def set_chapters(self, chapters: Sequence[Chapter]) -> None:
        self.chapter_list.set_chapters(chapters)
        self.seek_bar.set_chapter_starts([c.start_ms for c in chapters])

    def set_material_marks(self, marks: Sequence[tuple[int, str, int]]) -> None:
        """``(material_id, title, ms)`` for materials shown at a time in the recording."""
        self.materials.set_marks(marks)

    def add_note(self, note: Note) -> None:
        """Show a note stored elsewhere (e.g. after an undo)."""
        self.notes.add_note_row(note.at_ms, note.text)

    def recording(self) -> Recording | None:
        return self._recording

    # -- commands ---------------------------------------------------------------------------

    def current_time(self) -> int:
        return self.engine.time_ms() if self.engine else 0

    def toggle_play(self) -> None:
        if self.engine is None or self._path is None:
            return
        self.resume_bar.hide()
        self.engine.toggle_play()

    def play(self) -> None:
        if self.engine is not None and self._path is not None:
            self.resume_bar.hide()
            self.engine.play()

    def pause(self) -> None:
        if self.engine is not None:
            self.engine.pause()

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()

    def seek(self, ms: int) -> None:
        if self.engine is not None and self._path is not None:
            self.engine.seek(ms)
            if self.engine.state not in (PlayerState.PLAYING, PlayerState.PAUSED):
                # Stopped or ended: no frame of the new place until Play, and not the old one.
                self.surface.blank()

    def skip(self, delta_ms: int) -> None:
        if self.engine is not None and self._path is not None:
            self.engine.skip(delta_ms)

    def change_volume(self, delta: int) -> None:
        self.volume_slider.setValue(max(0, min(100, self.volume_slider.value() + delta)))

    def toggle_mute(self) -> None:
        if self.engine is None:
            return
        muted = self.engine.toggle_mute()
        self._show_mute(muted)

    def request_chapter_here(self) -> None:
        if self._path is not None:
            self.chapter_requested.emit(self.current_time())

    def snapshot(self) -> Path | None:
        """Save the current frame as PNG and emit ``snapshot_taken``; None when impossible."""
        if self.engine is None or self._recording is None:
            return None
        folder = self._snapshot_dir or Path(tempfile.gettempdir())
        folder.mkdir(parents=True, exist_ok=True)
        ms = self.current_time()
        target = folder / f"snapshot-{self._recording.id}-{ms:09d}.png"
        if not self.engine.snapshot(target):
            self._set_status(
                QCoreApplication.translate("PlayerWidget", "No video frame to take a snapshot of.")
            )
            return None
        self._set_status(
            QCoreApplication.translate("PlayerWidget", "Snapshot saved: {name}").format(
                name=target.name
            )
        )
        self.snapshot_taken.emit(target)
        return target

    def close_media(self) -> None:
        """Stop playback, asking for the position to be saved."""
        if self.engine is not None:
            self.engine.close()

    def unload(self) -> None:
        """Stop (the position is saved) and show nothing: no frame, card or notice of the old
        recording, no chapters, transcript or notes."""
        self.close_media()
        self._recording = None
        self._path = None
        self.resume_bar.hide()
        self._set_status("")
        self.set_chapters([])
        self.transcript.set_cues([])
        self.set_transcript_tracks([], None)
        self.notes.set_notes([])
        self.materials.set_marks([])
        self.session_card.set_session("", ())
        self.seek_bar.set_length(0)
        self.seek_bar.set_position(0)
        self.time_label.setText("0:00 / 0:00")
        if self.engine is not None:
            self.notice.set_text(
                QCoreApplication.translate("PlayerWidget", "Nothing is playing"), ""
            )
        self.stack.setCurrentWidget(self.notice)

    def shutdown(self) -> None:
        """close_media() and free a backend this widget created itself."""
        self.full_screen.leave()
        if self.engine is None:
            return
        if self._owns_backend:
            self.engine.shutdown()
        else:
            self.engine.close()
        self._subrip.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- controller events ------------------------------------------------------------------

    def _on_time(self, ms: int) -> None:
        self.seek_bar.set_position(ms)
        self._update_time_label(ms)
        self.chapter_list.update_time(ms)
        self.transcript.update_time(ms)
        self.materials.update_time(ms)

    def _on_length(self, ms: int) -> None:
        if ms > 0:
            self.seek_bar.set_length(ms)
            self._update_time_label(self.current_time())

    def _on_state(self, state: str) -> None:
        playing = state == PlayerState.PLAYING
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setToolTip(
            QCoreApplication.translate("PlayerWidget", "Pause (Space)")
            if playing
            else QCoreApplication.translate("PlayerWidget", "Play (Space)")
        )
        if playing:
            self.resume_bar.hide()
            if self._media_chapters_pending and self.engine is not None:
                self._adopt_media_chapters()
        elif state != PlayerState.PAUSED:
            self.surface.blank()

    def _adopt_media_chapters(self) -> None:
        assert self.engine is not None and self._recording is not None
        chapters = self.engine.media_chapters(self._recording.id)
        if chapters:
            self._media_chapters_pending = False
            self.set_chapters(chapters)

    def _on_error(self, message: str) -> None:
        self._set_status(message)
        self.error_occurred.emit(message)

    def _update_time_label(self, ms: int) -> None:
        length = self.engine.length_ms() if self.engine else 0
        length = length or (self._recording.duration_ms if self._recording else 0) or 0
        hours = length >= 3_600_000
        self.time_label.setText(
            f"{format_ms(ms, always_hours=hours)} / {format_ms(length, always_hours=hours)}"
        )

    # -- small handlers ---------------------------------------------------------------------

    def _resume_at(self, ms: int) -> None:
        if self.engine is None:
            return
        self.engine.seek(ms)
        self.engine.play()

    def _start_over(self) -> None:
        if self.engine is None:
            return
        self.engine.seek(0)
        self.engine.play()

    def _typing_started(self) -> None:
        if self.notes.pause_while_typing.isChecked():
            self.pause()

    def _speed_chosen(self, index: int) -> None:
        if self.engine is not None and index >= 0:
            self.engine.set_rate(float(self.speed_box.itemData(index)))

    def _volume_chosen(self, value: int) -> None:
        if self.engine is not None:
            self.engine.set_volume(value)

    def _show_mute(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)
        icon = (
            QStyle.StandardPixmap.SP_MediaVolumeMuted
            if muted
            else QStyle.StandardPixmap.SP_MediaVolume
        )
        self.mute_button.setIcon(self.style().standardIcon(icon))

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
