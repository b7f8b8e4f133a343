"""The player in the main window: plays catalogue recordings and stores what happens in them."""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QProxyStyle, QStyle

from ..domain import model as m
from ..domain.chapters import split_at
from ..domain.errors import ArchiveError, NotFoundError
from ..domain.time import format_ms
from ..playback.backend import MediaBackend, PlayerState
from . import settings as keys
from .icons import TransportIconStyle
from .materials_panel import material_label
from .player.panes import ID_ROLE
from .player.widget import PlayerWidget
from .shell import Shell
from .tasks import TaskContext

log = logging.getLogger(__name__)

BackendFactory = Callable[[], MediaBackend | None]
STATUS_MS = 6000


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlaybackController", text)


def _is_automatic_title(title: str) -> bool:
    """Whether ``title`` is still the 'Chapter N' given to a new chapter."""
    pattern = re.escape(_tr("Chapter %1")).replace(re.escape("%1"), r"\d+")
    return re.fullmatch(pattern, title.strip()) is not None


def speaker_label(appearance: m.Appearance) -> str:
    """'Kevin Morgan, Cardiff University' (the name alone without an organisation)."""
    if appearance.organisation_name:
        return f"{appearance.person_name}, {appearance.organisation_name}"
    return appearance.person_name


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
        self._skip_chapter_at: int | None = None
        self._icon_style: QProxyStyle | None = None
        self._shut_down = False
        self._seen_session = shell.selection.current
        self._build_menu()
        window.editor.files.material_menu_extenders.append(self._extend_material_menu)
        window.play_requested.connect(self.play)
        shell.play_requested.connect(self.play_at)
        shell.selection_changed.connect(self._on_shell_selection_changed)
        shell.closing.connect(self.shutdown)
        self._update_actions()

    # ================================================================ menu

    def _build_menu(self) -> None:
        w = self.window
        self.menu = QMenu(_tr("&Playback"), w)
        # Key hints after a tab are only shown: the keys belong to the player while it has
        # focus, and a window-wide shortcut would take Space or a letter from every text field.
        self.play_pause_action = self.menu.addAction(_tr("Play / Pause") + "\tSpace")
        self.play_pause_action.triggered.connect(self._on_play_pause)
        self.chapter_action = self.menu.addAction(_tr("Add Chapter Here") + "\tC")
        self.chapter_action.triggered.connect(self._on_chapter_here)
        self.snapshot_action = self.menu.addAction(_tr("Take Snapshot"))
        self.snapshot_action.triggered.connect(self._on_snapshot)
        self.menu.addSeparator()
        self.import_action = self.menu.addAction(_tr("Import Chapters…"))
        self.import_action.triggered.connect(self.ask_import_chapters)
        self.export_action = self.menu.addAction(_tr("Export Chapters…"))
        self.export_action.triggered.connect(self.ask_export_chapters)
        self.menu.addSeparator()
        self.show_action = self.menu.addAction(_tr("Show Player"))
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
        ):
            action.setEnabled(loaded)
        self.show_action.setEnabled(self.player is not None)

    def _on_play_pause(self) -> None:
        if self.player is not None:
            self.player.toggle_play()

    def _on_chapter_here(self) -> None:
        if self.player is not None:
            self.player.request_chapter_here()

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
        player.snapshot_taken.connect(self._on_snapshot_taken)
        player.chapter_requested.connect(self._on_chapter_requested)
        player.chapter_from_note_requested.connect(self._on_chapter_from_note)
        player.note_added.connect(self._on_note_added)
        player.material_reached.connect(self._on_material_reached)
        player.material_selected.connect(self._on_material_selected)
        player.resume_save_requested.connect(self._on_resume_save_requested)
        player.watched.connect(self._on_watched)
        player.error_occurred.connect(self._on_error)
        player.chapter_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        player.chapter_list.customContextMenuRequested.connect(self._on_chapter_list_menu)
        self.player = player
        self.window.set_player_widget(player)
        dock = self.window.player_dock
        if dock is not None:
            dock.dockLocationChanged.connect(self._on_dock_moved)
            dock.topLevelChanged.connect(lambda _floating: self._on_dock_moved(None))
        if player.controller is None:
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
        if same and player.controller is not None:
            state = player.controller.state
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
            self._message(str(exc))
            return False
        self.recording = recording
        self.session = session
        path = self.archive.files.path_of(recording.stored_path)
        subtitles = [
            p
            for track in recording.subtitles
            if (p := self.archive.files.path_of(track.stored_path)).is_file()
        ]
        speakers = "\n".join(speaker_label(a) for a in session.appearances)
        player.load(
            recording,
            path,
            cues,
            recording.chapters,
            recording.notes,
            session.title,
            speakers,
            subtitle_files=subtitles,
        )
        self._refresh_material_marks()
        self._update_actions()
        if self.window.player_dock is not None:
            self.window.player_dock.setWindowTitle(
                _tr("Player: %1").replace("%1", recording.original_name)
            )
        player.setFocus(Qt.FocusReason.OtherFocusReason)
        if not path.is_file():
            player.notice.set_text(
                _tr("The recording file is missing"),
                _tr(
                    "%1\n\nThe file was moved, deleted or is on a drive that is not connected. "
                    "Chapters, notes and the transcript are still here."
                ).replace("%1", str(path)),
            )
            player.stack.setCurrentWidget(player.notice)
            self._message(_tr("The recording file is missing: %1").replace("%1", str(path)))
            return False
        if player.controller is not None and player.resume_bar.isHidden():
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
        if player is None or self.recording is None or player.controller is None:
            return
        if player.controller.state in (PlayerState.PLAYING, PlayerState.PAUSED):
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
        length = player.controller.length_ms() if player and player.controller else 0
        return length or (self.recording.duration_ms if self.recording else None)

    def _on_resume_save_requested(self, ms: int) -> None:
        if self.recording is None:
            return
        try:
            self.archive.playback.save_position(self.recording.id, ms, self._length_ms())
        except NotFoundError:
            self._recording_gone()
        except ArchiveError as exc:
            log.warning("Cannot remember the position: %s", exc)

    def _on_watched(self, watched: bool) -> None:
        if self.recording is None:
            return
        try:
            self.archive.playback.set_watched(self.recording.id, watched)
        except NotFoundError:
            self._recording_gone()

    def _on_shell_selection_changed(self) -> None:
        current = self.shell.selection.current
        if current != self._seen_session:
            self._seen_session = current
            self.save_position()

    def _recording_gone(self) -> None:
        log.info("The recording being played was removed from the archive")
        self.recording = None
        self.close_media()
        self._update_actions()

    def _on_error(self, message: str) -> None:
        self._message(message)

    # ================================================================ notes

    def _on_note_added(self, ms: int, text: str) -> None:
        if self.recording is None:
            return
        try:
            self.archive.playback.add_note(self.recording.id, ms, text)
        except ArchiveError as exc:
            self._message(str(exc))
            return
        self._reload_recording()
        self._message(_tr("Note saved at %1.").replace("%1", format_ms(ms)))

    # ================================================================ chapters

    def _reload_recording(self) -> m.Recording | None:
        if self.recording is None:
            return None
        try:
            self.recording = self.archive.playback.recording(self.recording.id)
        except NotFoundError:
            self._recording_gone()
            return None
        return self.recording

    def refresh_chapters(self) -> None:
        recording = self._reload_recording()
        if recording is not None and self.player is not None:
            self.player.set_chapters(recording.chapters)
            self.player.chapter_list.update_time(self.player.current_time())

    def _appearance(self, appearance_id: int | None) -> m.Appearance | None:
        if appearance_id is None or self.session is None:
            return None
        return next((a for a in self.session.appearances if a.id == appearance_id), None)

    def speaker_at(self, ms: int) -> m.Appearance | None:
        """Who is speaking at ``ms``: the speaker of the chapter playing, else of the material
        shown last."""
        if self.recording is None or self.session is None:
            return None
        chapters = [c for c in self.recording.chapters if c.start_ms <= ms]
        if chapters:
            current = max(chapters, key=lambda c: c.start_ms)
            if current.appearance_id is not None:
                return self._appearance(current.appearance_id)
        shown = [
            mat
            for mat in self.session.materials
            if mat.recording_id == self.recording.id
            and mat.shown_at_ms is not None
            and mat.shown_at_ms <= ms
            and mat.appearance_id is not None
        ]
        if shown:
            latest = max(shown, key=lambda mat: mat.shown_at_ms or 0)
            return self._appearance(latest.appearance_id)
        return None

    def add_chapter(self, ms: int, title: str | None = None) -> int | None:
        """Store a chapter starting at ``ms``; untitled, it is named after the speaker or
        'Chapter N'. The chapter it falls into ends there."""
        if self.recording is None:
            return None
        speaker = self.speaker_at(ms)
        if title is None:
            title = (
                speaker.person_name
                if speaker is not None
                else _tr("Chapter %1").replace("%1", str(len(self.recording.chapters) + 1))
            )
        split = split_at(self.recording.chapters, ms)
        if split.taken:
            self._message(_tr("A chapter already starts at %1.").replace("%1", format_ms(ms)))
            return None
        playback = self.archive.playback
        try:
            for chapter in split.shortened:
                playback.update_chapter(
                    chapter.id, chapter.start_ms, chapter.title, ms, chapter.appearance_id
                )
            chapter_id = playback.add_chapter(
                self.recording.id, ms, title, split.end_ms, speaker.id if speaker else None
            )
        except ArchiveError as exc:
            self._message(str(exc))
            return None
        self.refresh_chapters()
        self._select_chapter_row(chapter_id)
        self._message(
            _tr("Chapter “%1” added at %2. Right-click it to rename it or tie it to a speaker.")
            .replace("%1", title)
            .replace("%2", format_ms(ms))
        )
        return chapter_id

    def _select_chapter_row(self, chapter_id: int) -> None:
        if self.player is None:
            return
        chapters = self.player.chapter_list
        for row in range(chapters.count()):
            item = chapters.item(row)
            if item is not None and item.data(ID_ROLE) == chapter_id:
                chapters.setCurrentItem(item)

    def _on_chapter_requested(self, ms: int) -> None:
        if self._skip_chapter_at == ms:
            # "Make chapter from note" asks twice: with the note's text, then plainly.
            self._skip_chapter_at = None
            return
        self.add_chapter(ms)

    def _on_chapter_from_note(self, ms: int, title: str) -> None:
        self._skip_chapter_at = ms
        self.add_chapter(ms, title)

    def chapter(self, chapter_id: int) -> m.Chapter | None:
        if self.recording is None:
            return None
        return next((c for c in self.recording.chapters if c.id == chapter_id), None)

    def _update(self, chapter: m.Chapter, **changes: object) -> bool:
        values: dict[str, object] = {
            "start_ms": chapter.start_ms,
            "title": chapter.title,
            "end_ms": chapter.end_ms,
            "appearance_id": chapter.appearance_id,
        }
        values.update(changes)
        end = values["end_ms"]
        start = values["start_ms"]
        if isinstance(end, int) and isinstance(start, int) and end <= start:
            values["end_ms"] = None
        try:
            self.archive.playback.update_chapter(
                chapter.id,
                int(str(values["start_ms"])),
                str(values["title"]),
                None if values["end_ms"] is None else int(str(values["end_ms"])),
                None if values["appearance_id"] is None else int(str(values["appearance_id"])),
            )
        except ArchiveError as exc:
            self._message(str(exc))
            return False
        self.refresh_chapters()
        self._select_chapter_row(chapter.id)
        return True

    def rename_chapter(self, chapter_id: int, title: str) -> bool:
        chapter = self.chapter(chapter_id)
        if chapter is None or not title.strip():
            return False
        return self._update(chapter, title=title.strip())

    def move_chapter_here(self, chapter_id: int) -> bool:
        chapter = self.chapter(chapter_id)
        if chapter is None or self.player is None:
            return False
        return self._update(chapter, start_ms=self.player.current_time())

    def tie_chapter(self, chapter_id: int, appearance_id: int | None) -> bool:
        """Tie a chapter to a speaker's appearance (None unties); an automatic title becomes
        the speaker's name."""
        chapter = self.chapter(chapter_id)
        if chapter is None:
            return False
        changes: dict[str, object] = {"appearance_id": appearance_id}
        appearance = self._appearance(appearance_id)
        if appearance is not None and _is_automatic_title(chapter.title):
            changes["title"] = appearance.person_name
        return self._update(chapter, **changes)

    def delete_chapter(self, chapter_id: int) -> bool:
        if self.chapter(chapter_id) is None:
            return False
        try:
            self.archive.playback.delete_chapter(chapter_id)
        except ArchiveError as exc:
            self._message(str(exc))
            return False
        self.refresh_chapters()
        return True

    def ask_rename_chapter(self, chapter_id: int) -> QInputDialog | None:
        """A non-modal title editor for the chapter (returned so that it can be driven)."""
        chapter = self.chapter(chapter_id)
        if chapter is None or self.player is None:
            return None
        dialog = QInputDialog(self.player)
        dialog.setWindowTitle(_tr("Rename Chapter"))
        label = _tr("Title of the chapter at %1:")
        dialog.setLabelText(label.replace("%1", format_ms(chapter.start_ms)))
        dialog.setTextValue(chapter.title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.textValueSelected.connect(lambda text: self.rename_chapter(chapter_id, text))
        dialog.open()
        return dialog

    def chapter_menu(self, chapter_id: int | None) -> QMenu:
        """The chapter list's context menu for ``chapter_id`` (None: the empty list area)."""
        assert self.player is not None
        menu = QMenu(self.player)
        if self.session is not None:
            # Speakers may have been edited since the recording was opened.
            with contextlib.suppress(NotFoundError):
                self.session = self.archive.sessions.get(self.session.id)
        chapter = self.chapter(chapter_id) if chapter_id is not None else None
        here = format_ms(self.player.current_time())
        add = menu.addAction(_tr("Add Chapter Here (%1)").replace("%1", here))
        add.triggered.connect(self._on_chapter_here)
        add.setEnabled(self.recording is not None)
        if chapter is not None:
            menu.addSeparator()
            rename = menu.addAction(_tr("Rename…"))
            rename.triggered.connect(lambda: self.ask_rename_chapter(chapter.id))
            move = menu.addAction(_tr("Set Start to Current Time (%1)").replace("%1", here))
            move.triggered.connect(lambda: self.move_chapter_here(chapter.id))
            speakers = menu.addMenu(_tr("Tie to Speaker"))
            appearances = self.session.appearances if self.session is not None else ()
            for appearance in appearances:
                action = speakers.addAction(speaker_label(appearance))
                action.setCheckable(True)
                action.setChecked(appearance.id == chapter.appearance_id)
                action.triggered.connect(
                    lambda _=False, aid=appearance.id: self.tie_chapter(chapter.id, aid)
                )
            speakers.addSeparator()
            untie = speakers.addAction(_tr("No Speaker"))
            untie.setEnabled(chapter.appearance_id is not None)
            untie.triggered.connect(lambda: self.tie_chapter(chapter.id, None))
            speakers.setEnabled(bool(appearances) or chapter.appearance_id is not None)
            menu.addSeparator()
            delete = menu.addAction(_tr("Delete Chapter"))
            delete.triggered.connect(lambda: self.delete_chapter(chapter.id))
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)
        return menu

    def _on_chapter_list_menu(self, pos: QPoint) -> None:
        if self.player is None:
            return
        chapters = self.player.chapter_list
        item = chapters.itemAt(pos)
        chapter_id = int(item.data(ID_ROLE)) if item is not None else None
        menu = self.chapter_menu(chapter_id)
        menu.exec(chapters.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # ---------------------------------------------------------------- import and export

    def import_chapters(self, path: Path) -> bool:
        """Replace the chapters from a 'mm:ss Title' list or a WebVTT chapters file."""
        if self.recording is None:
            return False
        try:
            text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
            warnings = self.archive.playback.import_chapters(self.recording.id, text)
        except (ArchiveError, OSError) as exc:
            self._message(_tr("No chapters imported: %1").replace("%1", str(exc)))
            return False
        self.refresh_chapters()
        count = len(self.recording.chapters) if self.recording else 0
        message = _tr("Imported %1 chapters.").replace("%1", str(count))
        if warnings:
            message += " " + _tr("Skipped: %1").replace("%1", " ".join(warnings[:3]))
        self._message(message)
        return True

    def export_chapters(self, path: Path, webvtt: bool | None = None) -> bool:
        """Write the chapters as a plain list, or WebVTT (the default for a .vtt name)."""
        if self.recording is None:
            return False
        path = Path(path)
        vtt = path.suffix.lower() == ".vtt" if webvtt is None else webvtt
        try:
            text = self.archive.playback.export_chapters(self.recording.id, vtt)
            path.write_text(text, encoding="utf-8")
        except (ArchiveError, OSError) as exc:
            self._message(_tr("The chapters could not be written: %1").replace("%1", str(exc)))
            return False
        self._message(_tr("Chapters written to %1.").replace("%1", path.name))
        return True

    def ask_import_chapters(self) -> None:
        if self.recording is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            _tr("Import Chapters"),
            str(self.shell.settings.get(keys.CHAPTER_FOLDER)),
            _tr("Chapter lists (*.txt *.vtt);;All files (*)"),
        )
        if name:
            self.shell.settings.set(keys.CHAPTER_FOLDER, Path(name).parent)
            self.import_chapters(Path(name))

    def ask_export_chapters(self) -> None:
        if self.recording is None:
            return
        plain = _tr("Chapter list, one 'mm:ss Title' a line (*.txt)")
        vtt = _tr("WebVTT chapters (*.vtt)")
        folder = self.shell.settings.get(keys.CHAPTER_FOLDER)
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            _tr("Export Chapters"),
            str(folder / (Path(self.recording.original_name).stem + " chapters.txt")),
            f"{plain};;{vtt}",
        )
        if not name:
            return
        path = Path(name)
        webvtt = chosen == vtt or path.suffix.lower() == ".vtt"
        if webvtt and path.suffix.lower() != ".vtt":
            path = path.with_suffix(".vtt")
        self.shell.settings.set(keys.CHAPTER_FOLDER, path.parent)
        self.export_chapters(path, webvtt)

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

    def _reload_session(self) -> None:
        if self.session is None:
            return
        try:
            self.session = self.archive.sessions.get(self.session.id)
        except NotFoundError:
            return
        self._refresh_material_marks()
        self.shell.sessions_changed.emit([self.session.id])

    def _extend_material_menu(self, menu: QMenu, material_id: int) -> None:
        files = self.window.editor.files
        material = files.materials.get(material_id)
        time = format_ms(self.player.current_time()) if self.player is not None else ""
        action = QAction(
            _tr("Shown in the Recording at Current Time (%1)").replace("%1", time)
            if time
            else _tr("Shown in the Recording at Current Time"),
            menu,
        )
        action.setEnabled(
            material is not None
            and self.recording is not None
            and material.session_id == self.recording.session_id
            and not files.read_only
        )
        action.triggered.connect(lambda: self.tie_material_here(material_id))
        menu.addAction(action)
        if material is not None and material.shown_at_ms is not None:
            untie = QAction(_tr("Not Tied to a Time in the Recording"), menu)
            untie.triggered.connect(lambda: self.untie_material(material_id))
            untie.setEnabled(not files.read_only)
            menu.addAction(untie)

    def tie_material_here(self, material_id: int) -> bool:
        """Record that the material is shown in the playing recording at the current time."""
        if self.recording is None or self.player is None:
            return False
        ms = self.player.current_time()
        try:
            material = self.archive.files.material(material_id)
            if material.session_id != self.recording.session_id:
                self._message(_tr("This material belongs to another session."))
                return False
            self.archive.playback.tie_material(
                material_id, self.recording.id, ms, material.appearance_id
            )
        except ArchiveError as exc:
            self._message(str(exc))
            return False
        self._reload_session()
        self._message(
            _tr("“%1” is shown at %2.")
            .replace("%1", material_label(material))
            .replace("%2", format_ms(ms))
        )
        return True

    def untie_material(self, material_id: int) -> bool:
        try:
            material = self.archive.files.material(material_id)
            self.archive.playback.tie_material(material_id, None, None, material.appearance_id)
        except ArchiveError as exc:
            self._message(str(exc))
            return False
        self._reload_session()
        return True

    def _on_material_reached(self, material_id: int) -> None:
        files = self.window.editor.files
        if material_id in files.materials:
            files.highlight_material(material_id)
        if self.session is not None:
            material = next((x for x in self.session.materials if x.id == material_id), None)
            if material is not None:
                self._message(_tr("Now shown: %1").replace("%1", material_label(material)))

    def _on_material_selected(self, material_id: int) -> None:
        try:
            material = self.archive.files.material(material_id)
        except ArchiveError as exc:
            self._message(str(exc))
            return
        if material.kind is m.MaterialKind.PDF:
            self.window.show_pdf_page(material_id, 1)
            return
        view = self.window.editor
        if material_id in view.files.materials:
            view.tabs.setCurrentWidget(view.files)
            view.files.select_material(material_id)
        else:
            self._message(
                _tr("“%1” belongs to the session “%2”.")
                .replace("%1", material_label(material))
                .replace("%2", self.session.title if self.session else "")
            )

    # ================================================================ snapshots

    def _on_snapshot_taken(self, path: Path) -> None:
        recording, player = self.recording, self.player
        if recording is None or player is None:
            return
        path = Path(path)
        if not path.is_file() or path.stat().st_size == 0:
            self._message(_tr("The snapshot could not be saved."))
            return
        ms = player.current_time()
        stem = Path(recording.original_name).stem
        named = path.with_name(f"{stem} at {format_ms(ms).replace(':', '.')}.png")
        session_id = recording.session_id
        files, playback = self.archive.files, self.archive.playback

        def job(ctx: TaskContext) -> list[m.AttachResult]:
            ctx.progress(_tr("Adding the snapshot to the session"))
            path.replace(named)
            try:
                results = files.attach(session_id, [named])
            finally:
                named.unlink(missing_ok=True)
            for result in results:
                if result.material_id is not None:
                    # The frame was shown at that time: it joins the recording's materials.
                    playback.tie_material(result.material_id, recording.id, ms)
            return results

        self.shell.tasks.submit(
            _tr("Adding the snapshot"),
            job,
            lambda results: self._after_snapshot(session_id, results),
        )

    def _after_snapshot(self, session_id: int, results: list[m.AttachResult]) -> None:
        if any(r.material_id is not None for r in results):
            self._message(_tr("Snapshot added to the session's materials."))
        else:
            # A frame identical to one attached before is reported as a duplicate.
            reasons = [str(r.error or r.warning) for r in results if r.error or r.warning]
            self._message(_tr("Snapshot not added: %1").replace("%1", "; ".join(reasons)))
        if self.session is not None and self.session.id == session_id:
            self._reload_session()
        else:
            self.shell.sessions_changed.emit([session_id])

    # ================================================================ messages

    def _message(self, text: str) -> None:
        log.info("%s", text)
        self.window.statusBar().showMessage(text, STATUS_MS)


__all__ = ["BackendFactory", "PlaybackController", "speaker_label"]
