"""The player in the main window: plays catalogue recordings and stores what happens in them."""

from __future__ import annotations

import functools
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle

from ..domain import model as m
from ..domain.errors import ArchiveError, NotFoundError
from ..domain.time import format_ms
from ..playback.backend import MediaBackend, PlayerState
from .icons import TransportIconStyle
from .materials_panel import material_label
from .player.tracks import subtitle_label
from .player_materials import PlayerMaterials
from .shell import Shell

if TYPE_CHECKING:
    from .player.widget import PlayerWidget
    from .player_chapters import ChapterEditor

log = logging.getLogger(__name__)

BackendFactory = Callable[[], MediaBackend | None]
STATUS_MS = 6000


class PlaybackController(QObject):
    """Owns the PlayerWidget (created on the first play) and keeps the catalogue in step with it.

    ``backend_factory`` makes the media backend (tests pass a fake); without it the widget opens
    VLC itself and explains how to install it when VLC is missing.
    """

    def __init__(
        self,
        shell: Shell,
        *,
        backend_factory: BackendFactory | None = None,
        snapshot_dir: Path | None = None,
    ) -> None:
        super().__init__(shell)
        self.shell = shell
        self.archive = shell.archive
        self.window = window = shell.window
        self._backend_factory = backend_factory
        self._backend: MediaBackend | None = None
        self._snapshot_dir = snapshot_dir
        self._own_snapshot_dir: Path | None = None
        self.player: PlayerWidget | None = None
        self.recording: m.Recording | None = None
        self.session: m.Session | None = None
        self._icon_style: QProxyStyle | None = None
        self._shut_down = False
        self._seen_session = shell.selection.current
        self._build_menu()
        self.materials = PlayerMaterials(self, self)
        window.editor.files.material_menu_building.connect(self.materials.extend_material_menu)
        window.play_requested.connect(self.play)
        shell.play_requested.connect(self.play_at)
        shell.selection_changed.connect(self._on_shell_selection_changed)
        shell.sessions_changed.connect(self._on_shell_sessions_changed)
        shell.closing.connect(self.shutdown)
        self._update_actions()

    # ================================================================ menu

    @functools.cached_property
    def chapters(self) -> ChapterEditor:
        """Chapter import, export and editing: made (and its modules imported) when first
        used, by the menu or the player."""
        from .player_chapters import ChapterEditor

        return ChapterEditor(self, self)

    def _build_menu(self) -> None:
        w = self.window
        self.menu = QMenu(QCoreApplication.translate("PlaybackController", "&Playback"), w)
        # Key hints after a tab are only shown: the keys belong to the player while it has
        # focus, and a window-wide shortcut would take Space or a letter from every text field.
        self.play_pause_action = self.menu.addAction(
            QCoreApplication.translate("PlaybackController", "Play / Pause") + "\tSpace"
        )
        self.play_pause_action.triggered.connect(self._on_play_pause)
        self.chapter_action = self.menu.addAction(
            QCoreApplication.translate("PlaybackController", "Add Chapter Here") + "\tC"
        )
        self.chapter_action.triggered.connect(self.add_chapter_here)
        self.snapshot_action = self.menu.addAction(
            QCoreApplication.translate("PlaybackController", "Take Snapshot")
        )
        self.snapshot_action.triggered.connect(self._on_snapshot)
        self.menu.addSeparator()
        self.import_action = self.menu.addAction(
            QCoreApplication.translate("PlaybackController", "Import Chapters…")
        )
        self.import_action.triggered.connect(lambda: self.chapters.ask_import_chapters())
        self.export_action = self.menu.addAction(
            QCoreApplication.translate("PlaybackController", "Export Chapters…")
        )
        self.export_action.triggered.connect(lambda: self.chapters.ask_export_chapters())
        self.menu.addSeparator()
        # The Files tab's Transcribe, for the recording playing: one job, one place handles it.
        self.transcribe_action = self.menu.addAction(
            QCoreApplication.translate("PlaybackController", "Transcribe This Recording")
        )
        self.transcribe_action.triggered.connect(self._on_transcribe)
        self.menu.addSeparator()
        self.show_action = self.menu.addAction(
            QCoreApplication.translate("PlaybackController", "Show Player")
        )
        self.show_action.triggered.connect(w.show_player)
        w.menuBar().insertMenu(w.help_menu.menuAction(), self.menu)

    def _update_actions(self) -> None:
        loaded = self.recording is not None and self.player is not None
        for action in (
            self.play_pause_action,
            self.chapter_action,
            self.snapshot_action,
            self.import_action,
            self.export_action,
            self.transcribe_action,
        ):
            action.setEnabled(loaded)
        self.show_action.setEnabled(self.player is not None)

    def _on_play_pause(self) -> None:
        if self.player is not None:
            self.player.toggle_play()

    def add_chapter_here(self) -> None:
        if self.player is not None:
            self.player.request_chapter_here()

    def _on_transcribe(self) -> None:
        if self.recording is not None:
            self.window.editor.files.transcribe_requested.emit(self.recording.id)

    def _on_snapshot(self) -> None:
        if self.player is not None:
            self.player.snapshot()

    # ================================================================ the widget

    def ensure_player(self) -> PlayerWidget:
        """The player widget, created (with its backend) and docked on first use."""
        if self.player is not None:
            return self.player
        backend = self._backend_factory() if self._backend_factory is not None else None
        self._backend = backend
        if self._snapshot_dir is None:
            self._own_snapshot_dir = Path(tempfile.mkdtemp(prefix="webinar-archive-frames-"))
        folder = self._snapshot_dir or self._own_snapshot_dir
        # Imported on the first play: the window's start does not wait for the player.
        from .player.widget import PlayerWidget

        player = PlayerWidget(backend, snapshot_dir=folder)
        player.setObjectName("playerWidget")
        # Only the player's own icon look-ups use this style; its children keep the app's.
        self._icon_style = TransportIconStyle()
        player.setStyle(self._icon_style)
        style = player.style()
        player.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        player.stop_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop))
        # A click anywhere in the player gives it the keys (Space, J, K, L, F, M, C).
        player.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        player.snapshot_taken.connect(self.materials.on_snapshot_taken)
        player.chapter_requested.connect(self.chapters.on_chapter_requested)
        player.chapter_from_note_requested.connect(self.chapters.on_chapter_from_note)
        player.note_added.connect(self._on_note_added)
        player.material_reached.connect(self.materials.on_material_reached)
        player.material_selected.connect(self.materials.on_material_selected)
        player.resume_save_requested.connect(self._on_resume_save_requested)
        player.watched.connect(self._on_watched)
        player.error_occurred.connect(self._on_error)
        player.transcript_chosen.connect(self._on_player_transcript_chosen)
        player.chapter_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        player.chapter_list.customContextMenuRequested.connect(self.chapters.on_chapter_list_menu)
        self.player = player
        self.window.set_player_widget(player)
        dock = self.window.player_dock
        if dock is not None:
            dock.dockLocationChanged.connect(self._on_dock_moved)
            dock.topLevelChanged.connect(lambda _floating: self._on_dock_moved(None))
        if player.engine is None:
            log.warning("No media backend: recordings cannot be played in the archive")
        self._update_actions()
        return player

    def _on_dock_moved(self, area: Qt.DockWidgetArea | None) -> None:
        """Beside the catalogue the panes go under the video, so the dock stays narrow."""
        dock, player = self.window.player_dock, self.player
        if dock is None or player is None:
            return
        if area is None:
            area = self.window.dockWidgetArea(dock)
        side = not dock.isFloating() and area in (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        player.splitter.setOrientation(
            Qt.Orientation.Vertical if side else Qt.Orientation.Horizontal
        )

    def play(self, recording_id: int) -> bool:
        """Load ``recording_id`` into the player and show it; False when it cannot be read."""
        player = self.ensure_player()
        self.window.show_player()
        same = self.recording is not None and self.recording.id == recording_id
        if same and player.engine is not None:
            state = player.engine.state
            if state in (PlayerState.PLAYING, PlayerState.PAUSED):
                player.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        if self.recording is not None:
            # Stopping saves the old recording's position while it is still the current one.
            player.close_media()
        try:
            recording = self.archive.playback.recording(recording_id)
            session = self.archive.sessions.get(recording.session_id)
            cues = self.archive.playback.cues(recording_id)
        except ArchiveError as exc:
            self.message(str(exc))
            return False
        self.recording = recording
        self.session = session
        path = self.archive.files.path_of(recording.stored_path)
        tracks = [
            (p, track)
            for track in recording.subtitles
            if (p := self.archive.files.path_of(track.stored_path)).is_file()
        ]
        from .player_chapters import speaker_label

        speakers = "\n".join(speaker_label(a) for a in session.appearances)
        player.load(
            recording,
            path,
            cues,
            recording.chapters,
            recording.notes,
            session.title,
            speakers,
            subtitle_files=[p for p, _track in tracks],
            subtitle_names=[subtitle_label(track) for _p, track in tracks],
        )
        self._show_transcript_tracks(recording)
        self._refresh_material_marks()
        self._update_actions()
        if self.window.player_dock is not None:
            # The session is named: the player may go on while the user browses others.
            self.window.player_dock.setWindowTitle(
                QCoreApplication.translate("PlaybackController", "Player: %1 — %2")
                .replace("%1", recording.original_name)
                .replace("%2", session.title)
            )
        player.setFocus(Qt.FocusReason.OtherFocusReason)
        if not path.is_file():
            player.notice.set_text(
                QCoreApplication.translate("PlaybackController", "The recording file is missing"),
                QCoreApplication.translate(
                    "PlaybackController",
                    "%1\n\nThe file was moved, deleted or is on a drive that is not connected. "
                    "Chapters, notes and the transcript are still here.",
                ).replace("%1", str(path)),
            )
            player.stack.setCurrentWidget(player.notice)
            self.message(
                QCoreApplication.translate(
                    "PlaybackController", "The recording file is missing: %1"
                ).replace("%1", str(path))
            )
            return False
        if player.engine is not None and player.resume_bar.isHidden():
            player.play()
        return True

    def play_at(self, recording_id: int, time_ms: int) -> None:
        """Open ``recording_id`` at ``time_ms`` (a search hit: no resume offer in between)."""
        if not self.play(recording_id) or self.player is None:
            return
        # The moment is what was asked for, not the place where viewing stopped last time.
        self.player.resume_bar.hide()
        self.player.seek(time_ms)
        self.player.play()

    def current_recording_id(self) -> int | None:
        return self.recording.id if self.recording is not None else None

    def save_position(self) -> None:
        """Remember where the current recording is, without stopping it."""
        player = self.player
        if player is None or self.recording is None or player.engine is None:
            return
        if player.engine.state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._on_resume_save_requested(player.current_time())

    def close_media(self) -> None:
        """Stop playback; the position is saved."""
        if self.player is not None:
            self.player.close_media()

    def shutdown(self) -> None:
        """Save the position and free the media backend (the window is closing)."""
        if self._shut_down:
            return
        self._shut_down = True
        if self.player is not None:
            self.player.shutdown()
            if self._backend is not None:
                # The widget does not free a backend it was given.
                self._backend.release()
        if self._own_snapshot_dir is not None and not self.shell.tasks.busy:
            # A snapshot still being attached keeps its folder (a temporary one).
            shutil.rmtree(self._own_snapshot_dir, ignore_errors=True)

    # ================================================================ positions

    def _length_ms(self) -> int | None:
        player = self.player
        length = player.engine.length_ms() if player and player.engine else 0
        return length or (self.recording.duration_ms if self.recording else None)

    def _on_resume_save_requested(self, ms: int) -> None:
        if self.recording is None:
            return
        try:
            self.archive.playback.save_position(self.recording.id, ms, self._length_ms())
        except NotFoundError:
            self.recording_gone()
        except ArchiveError as exc:
            log.warning("Cannot remember the position: %s", exc)

    def _on_watched(self, watched: bool) -> None:
        if self.recording is None:
            return
        try:
            self.archive.playback.set_watched(self.recording.id, watched)
        except NotFoundError:
            self.recording_gone()

    def _on_shell_selection_changed(self) -> None:
        current = self.shell.selection.current
        if current != self._seen_session:
            self._seen_session = current
            self.save_position()
            self._leave_unless_playing(current)

    def _leave_unless_playing(self, session_id: int | None) -> None:
        """The selection moved to another session: what plays goes on (its dock names its
        session); anything else (paused, stopped, ended, a missing-file notice) belongs to a
        session the user has left, so the player is emptied and put away."""
        player, recording = self.player, self.recording
        if player is None or recording is None or session_id == recording.session_id:
            return
        if player.engine is not None and player.engine.state == PlayerState.PLAYING:
            return
        player.unload()
        self.recording = None
        self.session = None
        if self.window.player_dock is not None:
            self.window.player_dock.hide()
            self.window.player_dock.setWindowTitle(
                QCoreApplication.translate("PlaybackController", "Player")
            )
        self._update_actions()

    def _on_shell_sessions_changed(self, ids: list[int]) -> None:
        """Subtitle files added to the recording playing join its Subtitles menu at once."""
        if self.recording is None or self.player is None or self.recording.session_id not in ids:
            return
        known = {t.id for t in self.recording.subtitles}
        try:
            now = self.archive.playback.recording(self.recording.id)
        except ArchiveError:
            return  # removed: the next action on it says so
        self.recording = now
        for track in now.subtitles:
            path = self.archive.files.path_of(track.stored_path)
            if track.id not in known and path.is_file():
                self.player.add_subtitles(path, subtitle_label(track))
        if known != {t.id for t in now.subtitles}:
            # A transcript made or removed meanwhile: the pane follows what is stored now.
            self.player.transcript.set_cues(self.archive.playback.cues(now.id))
            self._show_transcript_tracks(now)

    def _show_transcript_tracks(self, recording: m.Recording) -> None:
        if self.player is None:
            return
        shown = m.shown_transcript(recording.subtitles)
        self.player.set_transcript_tracks(
            [(t.id, subtitle_label(t)) for t in recording.subtitles],
            shown[0].id if shown else None,
        )

    def _on_player_transcript_chosen(self, track_id: int) -> None:
        """The transcript follows the track chosen, for this recording from now on."""
        if self.recording is None or self.player is None:
            return
        try:
            self.archive.playback.choose_transcript(self.recording.id, track_id)
            self.recording = self.archive.playback.recording(self.recording.id)
            cues = self.archive.playback.cues(self.recording.id)
        except ArchiveError as exc:
            self.message(str(exc))
            return
        self.player.transcript.set_cues(cues)
        if self.player.engine is not None:
            self.player.transcript.update_time(self.player.current_time())

    def recording_gone(self) -> None:
        log.info("The recording being played was removed from the archive")
        self.recording = None
        self.close_media()
        self._update_actions()

    def _on_error(self, message: str) -> None:
        self.message(message)

    # ================================================================ notes

    def _on_note_added(self, ms: int, text: str) -> None:
        if self.recording is None:
            return
        try:
            self.archive.playback.add_note(self.recording.id, ms, text)
        except ArchiveError as exc:
            self.message(str(exc))
            return
        self.reload_recording()
        self.message(
            QCoreApplication.translate("PlaybackController", "Note saved at %1.").replace(
                "%1", format_ms(ms)
            )
        )

    def reload_recording(self) -> m.Recording | None:
        if self.recording is None:
            return None
        try:
            self.recording = self.archive.playback.recording(self.recording.id)
        except NotFoundError:
            self.recording_gone()
            return None
        return self.recording

    # ================================================================ materials

    def _refresh_material_marks(self) -> None:
        if self.player is None or self.recording is None or self.session is None:
            return
        marks = [
            (mat.id, material_label(mat), mat.shown_at_ms)
            for mat in self.session.materials
            if mat.recording_id == self.recording.id and mat.shown_at_ms is not None
        ]
        self.player.set_material_marks(marks)

    def reload_session(self) -> None:
        if self.session is None:
            return
        try:
            self.session = self.archive.sessions.get(self.session.id)
        except NotFoundError:
            return
        self._refresh_material_marks()
        self.shell.sessions_changed.emit([self.session.id])

    # ================================================================ messages

    def message(self, text: str) -> None:
        log.info("%s", text)
        self.window.statusBar().showMessage(text, STATUS_MS)


__all__ = ["BackendFactory", "PlaybackController"]
