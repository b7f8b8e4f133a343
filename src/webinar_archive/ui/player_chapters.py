"""The player's chapters: adding, splitting, renaming, tying to speakers, import and export."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from ..domain import model as m
from ..domain.chapters import is_untitled, split_at
from ..domain.errors import ArchiveError, NotFoundError
from ..domain.input_files import SUBTITLE_LIMIT, read_capped_text
from ..domain.messages import _t
from ..domain.time import format_ms
from ..export.output import write_output
from ..services.archive import Archive
from . import settings as keys
from .main_window import MainWindow
from .player.panes import ID_ROLE, chapter_title
from .shell import Shell

if TYPE_CHECKING:
    from .player.widget import PlayerWidget


class ChapterHost(Protocol):
    """What the chapter editor uses of the player feature (player_controller.py)."""

    archive: Archive
    window: MainWindow
    shell: Shell
    player: PlayerWidget | None
    recording: m.Recording | None
    session: m.Session | None
    import_action: QAction
    export_action: QAction

    def message(self, text: str) -> None: ...

    def reload_recording(self) -> m.Recording | None: ...

    def add_chapter_here(self) -> None: ...


def speaker_label(appearance: m.Appearance) -> str:
    """'Kevin Morgan, Cardiff University' (the name alone without an organisation)."""
    if appearance.organisation_name:
        return f"{appearance.person_name}, {appearance.organisation_name}"
    return appearance.person_name


class ChapterEditor(QObject):
    """Edits the chapters of the recording the player has open (part of the player feature)."""

    def __init__(self, host: ChapterHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._skip_chapter_at: int | None = None

    def refresh_chapters(self) -> None:
        recording = self.host.reload_recording()
        if recording is not None and self.host.player is not None:
            player = self.host.player
            player.set_chapters(recording.chapters)
            player.chapter_list.update_time(player.current_time())
            # The transcript's speakers come from the chapters: show them as they are now.
            player.transcript.set_cues(self.host.archive.playback.cues(recording.id))
            player.transcript.update_time(player.current_time())

    def _appearance(self, appearance_id: int | None) -> m.Appearance | None:
        if appearance_id is None or self.host.session is None:
            return None
        return next((a for a in self.host.session.appearances if a.id == appearance_id), None)

    def speaker_at(self, ms: int) -> m.Appearance | None:
        """Who is speaking at ``ms``: the speaker of the chapter playing, else of the material
        shown last."""
        if self.host.recording is None or self.host.session is None:
            return None
        chapters = [c for c in self.host.recording.chapters if c.start_ms <= ms]
        if chapters:
            current = max(chapters, key=lambda c: c.start_ms)
            if current.appearance_id is not None:
                return self._appearance(current.appearance_id)
        shown = [
            mat
            for mat in self.host.session.materials
            if mat.recording_id == self.host.recording.id
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
        if self.host.recording is None:
            return None
        speaker = self.speaker_at(ms)
        if title is None:
            # Without a speaker, no title: it is shown as "Chapter N" in the reader's language.
            title = speaker.person_name if speaker is not None else ""
        split = split_at(self.host.recording.chapters, ms)
        if split.taken:
            self.host.message(
                QCoreApplication.translate(
                    "PlaybackController", "A chapter already starts at %1."
                ).replace("%1", format_ms(ms))
            )
            return None
        playback = self.host.archive.playback
        try:
            for chapter in split.shortened:
                playback.update_chapter(
                    chapter.id, chapter.start_ms, chapter.title, ms, chapter.appearance_id
                )
            chapter_id = playback.add_chapter(
                self.host.recording.id, ms, title, split.end_ms, speaker.id if speaker else None
            )
        except ArchiveError as exc:
            self.host.message(str(exc))
            return None
        self.refresh_chapters()
        self._select_chapter_row(chapter_id)
        self.host.message(
            QCoreApplication.translate(
                "PlaybackController",
                "Chapter “%1” added at %2. Right-click it to rename it or tie it to a speaker.",
            )
            .replace("%1", self._shown_title(chapter_id, title))
            .replace("%2", format_ms(ms))
        )
        return chapter_id

    def _shown_title(self, chapter_id: int, title: str) -> str:
        """``title`` of ``chapter_id`` as the chapter list shows it (its place numbers it)."""
        chapters = sorted(
            self.host.recording.chapters if self.host.recording else (), key=lambda c: c.start_ms
        )
        ids = [c.id for c in chapters]
        return chapter_title(title, ids.index(chapter_id) + 1 if chapter_id in ids else 1)

    def _select_chapter_row(self, chapter_id: int) -> None:
        if self.host.player is None:
            return
        chapters = self.host.player.chapter_list
        for row in range(chapters.count()):
            item = chapters.item(row)
            if item is not None and item.data(ID_ROLE) == chapter_id:
                chapters.setCurrentItem(item)

    def on_chapter_requested(self, ms: int) -> None:
        if self._skip_chapter_at == ms:
            # "Make chapter from note" asks twice: with the note's text, then plainly.
            self._skip_chapter_at = None
            return
        self.add_chapter(ms)

    def on_chapter_from_note(self, ms: int, title: str) -> None:
        self._skip_chapter_at = ms
        self.add_chapter(ms, title)

    def chapter(self, chapter_id: int) -> m.Chapter | None:
        if self.host.recording is None:
            return None
        return next((c for c in self.host.recording.chapters if c.id == chapter_id), None)

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
            self.host.archive.playback.update_chapter(
                chapter.id,
                int(str(values["start_ms"])),
                str(values["title"]),
                None if values["end_ms"] is None else int(str(values["end_ms"])),
                None if values["appearance_id"] is None else int(str(values["appearance_id"])),
            )
        except ArchiveError as exc:
            self.host.message(str(exc))
            return False
        self.refresh_chapters()
        self._select_chapter_row(chapter.id)
        return True

    def rename_chapter(self, chapter_id: int, title: str) -> bool:
        """Give the chapter ``title``; none makes it untitled again (shown as "Chapter N")."""
        chapter = self.chapter(chapter_id)
        if chapter is None:
            return False
        return self._update(chapter, title=title.strip())

    def move_chapter_here(self, chapter_id: int) -> bool:
        chapter = self.chapter(chapter_id)
        if chapter is None or self.host.player is None:
            return False
        return self._update(chapter, start_ms=self.host.player.current_time())

    def tie_chapter(self, chapter_id: int, appearance_id: int | None) -> bool:
        """Tie a chapter to a speaker's appearance (None unties); an automatic title becomes
        the speaker's name."""
        chapter = self.chapter(chapter_id)
        if chapter is None:
            return False
        changes: dict[str, object] = {"appearance_id": appearance_id}
        appearance = self._appearance(appearance_id)
        if appearance is not None and is_untitled(chapter.title):
            changes["title"] = appearance.person_name
        return self._update(chapter, **changes)

    def delete_chapter(self, chapter_id: int) -> bool:
        if self.chapter(chapter_id) is None:
            return False
        try:
            self.host.archive.playback.delete_chapter(chapter_id)
        except ArchiveError as exc:
            self.host.message(str(exc))
            return False
        self.refresh_chapters()
        return True

    def ask_rename_chapter(self, chapter_id: int) -> QInputDialog | None:
        """A non-modal title editor for the chapter (returned so that it can be driven)."""
        chapter = self.chapter(chapter_id)
        if chapter is None or self.host.player is None:
            return None
        dialog = QInputDialog(self.host.player)
        dialog.setWindowTitle(QCoreApplication.translate("PlaybackController", "Rename Chapter"))
        label = QCoreApplication.translate("PlaybackController", "Title of the chapter at %1:")
        dialog.setLabelText(label.replace("%1", format_ms(chapter.start_ms)))
        dialog.setTextValue(chapter.title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.textValueSelected.connect(lambda text: self.rename_chapter(chapter_id, text))
        dialog.open()
        return dialog

    def chapter_menu(self, chapter_id: int | None) -> QMenu:
        """The chapter list's context menu for ``chapter_id`` (None: the empty list area)."""
        assert self.host.player is not None
        menu = QMenu(self.host.player)
        if self.host.session is not None:
            # Speakers may have been edited since the recording was opened.
            with contextlib.suppress(NotFoundError):
                self.host.session = self.host.archive.sessions.get(self.host.session.id)
        chapter = self.chapter(chapter_id) if chapter_id is not None else None
        here = format_ms(self.host.player.current_time())
        add = menu.addAction(
            QCoreApplication.translate("PlaybackController", "Add Chapter Here (%1)").replace(
                "%1", here
            )
        )
        add.triggered.connect(self.host.add_chapter_here)
        add.setEnabled(self.host.recording is not None)
        if chapter is not None:
            menu.addSeparator()
            rename = menu.addAction(QCoreApplication.translate("PlaybackController", "Rename…"))
            rename.triggered.connect(lambda: self.ask_rename_chapter(chapter.id))
            move = menu.addAction(
                QCoreApplication.translate(
                    "PlaybackController", "Set Start to Current Time (%1)"
                ).replace("%1", here)
            )
            move.triggered.connect(lambda: self.move_chapter_here(chapter.id))
            speakers = menu.addMenu(
                QCoreApplication.translate("PlaybackController", "Tie to Speaker")
            )
            appearances = self.host.session.appearances if self.host.session is not None else ()
            for appearance in appearances:
                action = speakers.addAction(speaker_label(appearance))
                action.setCheckable(True)
                action.setChecked(appearance.id == chapter.appearance_id)
                action.triggered.connect(
                    lambda _=False, aid=appearance.id: self.tie_chapter(chapter.id, aid)
                )
            speakers.addSeparator()
            untie = speakers.addAction(
                QCoreApplication.translate("PlaybackController", "No Speaker")
            )
            untie.setEnabled(chapter.appearance_id is not None)
            untie.triggered.connect(lambda: self.tie_chapter(chapter.id, None))
            speakers.setEnabled(bool(appearances) or chapter.appearance_id is not None)
            menu.addSeparator()
            delete = menu.addAction(
                QCoreApplication.translate("PlaybackController", "Delete Chapter")
            )
            delete.triggered.connect(lambda: self.delete_chapter(chapter.id))
        menu.addSeparator()
        menu.addAction(self.host.import_action)
        menu.addAction(self.host.export_action)
        return menu

    def on_chapter_list_menu(self, pos: QPoint) -> None:
        if self.host.player is None:
            return
        chapters = self.host.player.chapter_list
        item = chapters.itemAt(pos)
        chapter_id = int(item.data(ID_ROLE)) if item is not None else None
        menu = self.chapter_menu(chapter_id)
        menu.exec(chapters.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def import_chapters(self, path: Path) -> bool:
        """Replace the chapters from a 'mm:ss Title' list or a WebVTT chapters file."""
        if self.host.recording is None:
            return False
        try:
            text = read_capped_text(
                Path(path), SUBTITLE_LIMIT, _t("a chapter list"), errors="replace"
            )
            warnings = self.host.archive.playback.import_chapters(self.host.recording.id, text)
        except (ArchiveError, OSError) as exc:
            self.host.message(
                QCoreApplication.translate(
                    "PlaybackController", "No chapters imported: %1"
                ).replace("%1", str(exc))
            )
            return False
        self.refresh_chapters()
        count = len(self.host.recording.chapters) if self.host.recording else 0
        message = QCoreApplication.translate("PlaybackController", "Imported %1 chapters.").replace(
            "%1", str(count)
        )
        if warnings:
            message += " " + QCoreApplication.translate(
                "PlaybackController", "Skipped: %1"
            ).replace("%1", " ".join(warnings[:3]))
        self.host.message(message)
        return True

    def export_chapters(self, path: Path, webvtt: bool | None = None) -> bool:
        """Write the chapters as a plain list, or WebVTT (the default for a .vtt name)."""
        if self.host.recording is None:
            return False
        path = Path(path)
        vtt = path.suffix.lower() == ".vtt" if webvtt is None else webvtt
        try:
            text = self.host.archive.playback.export_chapters(self.host.recording.id, vtt)
            write_output(path, text.encode("utf-8"))
        except (ArchiveError, OSError) as exc:
            self.host.message(
                QCoreApplication.translate(
                    "PlaybackController", "The chapters could not be written: %1"
                ).replace("%1", str(exc))
            )
            return False
        self.host.message(
            QCoreApplication.translate("PlaybackController", "Chapters written to %1.").replace(
                "%1", path.name
            )
        )
        return True

    def ask_import_chapters(self) -> None:
        if self.host.recording is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.host.window,
            QCoreApplication.translate("PlaybackController", "Import Chapters"),
            str(self.host.shell.settings.get(keys.CHAPTER_FOLDER)),
            QCoreApplication.translate(
                "PlaybackController", "Chapter lists (*.txt *.vtt);;All files (*)"
            ),
        )
        if name:
            self.host.shell.settings.set(keys.CHAPTER_FOLDER, Path(name).parent)
            self.import_chapters(Path(name))

    def ask_export_chapters(self) -> None:
        if self.host.recording is None:
            return
        plain = QCoreApplication.translate(
            "PlaybackController", "Chapter list, one 'mm:ss Title' a line (*.txt)"
        )
        vtt = QCoreApplication.translate("PlaybackController", "WebVTT chapters (*.vtt)")
        folder = self.host.shell.settings.get(keys.CHAPTER_FOLDER)
        name, chosen = QFileDialog.getSaveFileName(
            self.host.window,
            QCoreApplication.translate("PlaybackController", "Export Chapters"),
            str(folder / (Path(self.host.recording.original_name).stem + " chapters.txt")),
            f"{plain};;{vtt}",
        )
        if not name:
            return
        path = Path(name)
        webvtt = chosen == vtt or path.suffix.lower() == ".vtt"
        if webvtt and path.suffix.lower() != ".vtt":
            path = path.with_suffix(".vtt")
        self.host.shell.settings.set(keys.CHAPTER_FOLDER, path.parent)
        self.export_chapters(path, webvtt)
