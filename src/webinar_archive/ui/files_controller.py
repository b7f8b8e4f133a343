"""The Files tab of the session editor: attaching, previewing, converting and removing files."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.os_errors import plain_reason
from ..media.office import convert_to_pdf, office_converter
from . import errors
from . import settings as keys
from .desktop import open_externally
from .formats import size_text
from .i18n import TrContext
from .material_text import pages_html
from .materials_panel import material_label
from .shell import Shell
from .tasks import TaskContext
from .transcription_queue import TranscriptionQueueController

MainController = TrContext("MainController")

log = logging.getLogger(__name__)


class FilesController(QObject):
    """Attaches files to the current session (in the background) and acts on its file lists."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.archive = shell.archive
        self.window = w = shell.window
        self.settings = shell.settings
        self.tasks = shell.tasks
        w.editor.files.can_convert = office_converter() is not None
        w.attach_action.triggered.connect(self._on_attach_action_triggered)
        w.files_dropped.connect(self._on_window_files_dropped)
        w.drop_text = self._drop_text
        w.pdf_page_requested.connect(self.show_pdf_page)
        files = w.editor.files
        files.file_missing = self._file_missing
        files.attach_requested.connect(self._on_attach_action_triggered)
        files.material_open_requested.connect(self._on_files_material_open_requested)
        files.material_preview_requested.connect(self._on_files_material_preview_requested)
        files.material_selected.connect(self._on_files_material_selected)
        files.material_remove_requested.connect(self._on_files_material_remove_requested)
        files.convert_requested.connect(self._on_files_convert_requested)
        files.recording_open_requested.connect(self._on_files_recording_open_requested)
        files.recording_remove_requested.connect(self._on_files_recording_remove_requested)
        self.transcriber = TranscriptionQueueController(shell)
        files.transcribe_requested.connect(self._on_files_transcribe_requested)
        self.transcribe_missing_action = w.library_menu.addAction(
            QCoreApplication.translate("MainController", "Transcribe Recordings Without Subtitles…")
        )
        self.transcribe_missing_action.triggered.connect(self.transcribe_missing)
        w.transcribe_selected_action.triggered.connect(self.transcribe_selected)
        files.subtitles_add_requested.connect(self._on_files_subtitles_add_requested)
        files.subtitle_remove_requested.connect(self._on_files_subtitle_remove_requested)
        files.subtitle_export_requested.connect(self._on_files_subtitle_export_requested)
        files.play_requested.connect(w.play_requested)
        shell.sessions_changed.connect(self._on_shell_sessions_changed)
        shell.selection_changed.connect(self._update_actions)
        self._update_actions()

    def _file_missing(self, stored_path: str) -> bool:
        """One stat per file of the session shown, so a missing file is marked before it is
        opened (and offers Locate…)."""
        try:
            return not self.archive.files.path_of(stored_path).is_file()
        except (ArchiveError, OSError):
            return True

    def _update_actions(self) -> None:
        in_trash = self.shell.selection.filter.trash
        self.window.attach_action.setEnabled(self.shell.editor.session is not None and not in_trash)
        self.window.transcribe_selected_action.setEnabled(
            bool(self.shell.selection.ids) and not in_trash
        )

    def _on_attach_action_triggered(self) -> None:
        if self.shell.editor.session is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            QCoreApplication.translate("MainController", "Attach Files"),
            str(self.settings.get(keys.ATTACH_FOLDER)),
            QCoreApplication.translate(
                "MainController",
                "Slides, documents and recordings (*.pdf *.pptx *.ppt *.odp *.docx *.odt *.txt "
                "*.md *.html *.mp4 *.m4v *.mkv *.webm *.mov *.avi *.wmv *.3gp *.3g2 *.mp3 *.m4a "
                "*.m4b *.ogg *.oga *.opus *.flac *.wav *.srt *.vtt);;"
                "All files (*)",
            ),
        )
        if paths:
            self.settings.set(keys.ATTACH_FOLDER, Path(paths[0]).parent)
            self.attach([Path(p) for p in paths])

    def _drop_text(self) -> str:
        """What dropping files now would do, shown over the window while they are dragged."""
        session = self.shell.editor.session
        if session is None or self.shell.editor.read_only:
            return QCoreApplication.translate(
                "MainController", "Select a session first, then drop files onto the window."
            )
        return QCoreApplication.translate("MainController", "Drop to attach to “%1”").replace(
            "%1", session.title
        )

    def _on_window_files_dropped(self, paths: list[Path]) -> None:
        if self.shell.editor.session is None or self.shell.editor.read_only:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainController", "Select a session first, then drop files onto the window."
                ),
                5000,
            )
            return
        self.attach(paths)

    def attach(self, paths: Sequence[Path]) -> int | None:
        """Attach files to the current session on the worker thread; returns the job id."""
        if self.shell.editor.session is None or self.shell.editor.read_only:
            return None
        session_id = self.shell.editor.session.id
        files = self.archive.files
        paths = list(paths)

        def job(ctx: TaskContext) -> list[m.AttachResult]:
            return files.attach(session_id, paths, progress=ctx.report)

        return self.tasks.submit(
            QCoreApplication.translate("MainController", "Attaching files"),
            job,
            lambda results: self._after_attach(session_id, results),
            # The files attached before the cancel stay: show them.
            on_cancelled=lambda: self.reload_files(session_id),
        )

    def _after_attach(self, session_id: int, results: list[m.AttachResult]) -> None:
        problems = [r for r in results if r.error]
        warnings = [r.warning for r in results if r.warning]
        added = sum(1 for r in results if r.ok and r.duplicate_of is None)
        self.window.statusBar().showMessage(
            MainController.tr("Attached %Ln file(s).", "", added),
            5000,
        )
        self.reload_files(session_id)
        if problems or warnings:
            # Each file with its reason in the visible text: name, what went wrong, what to do.
            lines = [f"{Path(r.path).name}: {r.error}" for r in problems] + warnings
            if len(problems) == 1:
                what = QCoreApplication.translate("MainController", "%1 was not attached.")
                what = what.replace("%1", Path(problems[0].path).name)
            elif problems:
                what = MainController.tr("%Ln files were not attached.", "", len(problems))
            else:
                what = QCoreApplication.translate(
                    "MainController", "Files attached, with warnings."
                )
            errors.show_failure(self.window, what, "\n".join(str(x) for x in lines))

    def reload_files(self, session_id: int) -> None:
        """The session's files changed: every feature showing it catches up."""
        self.shell.sessions_changed.emit([session_id])

    def _on_shell_sessions_changed(self, ids: list[int]) -> None:
        session_id = self.shell.editor.session.id if self.shell.editor.session else None
        if session_id in ids:
            session = self.archive.sessions.get(session_id)
            if self.shell.editor.session is not None:
                # Attaching bumps the version; the editor must save on top of it.
                self.shell.editor.session = session
            self.window.editor.files.show_session(session)

    def _on_files_material_selected(self, material_id: int) -> None:
        panel = self.window.editor.files
        if material_id < 0:
            panel.set_detail(None, "")
            return
        try:
            material = self.archive.files.material(material_id)
            pages = self.archive.files.material_pages(material_id)
        except ArchiveError as exc:
            errors.report_exception(
                self.window,
                exc,
                QCoreApplication.translate("MainController", "The file cannot be shown."),
            )
            return
        slides = material.kind is m.MaterialKind.SLIDES
        info = [material.original_name, size_text(material.size)]
        if material.page_count:
            count = (
                QCoreApplication.translate("MainController", "%1 slides")
                if slides
                else QCoreApplication.translate("MainController", "%1 pages")
            )
            info.append(count.replace("%1", str(material.page_count)))
        panel.info.setText(" · ".join(info))
        panel.info.setToolTip(material.media_type)
        path = self.archive.files.path_of(material.stored_path)
        thumbnail = None
        if material.kind is m.MaterialKind.PDF:
            from .pdf_preview import first_page_pixmap  # Qt's PDF modules: not at start

            thumbnail = first_page_pixmap(path, 150)
        panel.set_detail(thumbnail, pages_html(pages, slides), rich=True)

    def _on_files_material_open_requested(self, material_id: int) -> None:
        material = self.archive.files.material(material_id)
        path = self.archive.files.path_of(material.stored_path)
        open_externally(self.window, path, material.original_name)

    def _on_files_recording_open_requested(self, recording_id: int) -> None:
        recording = self.archive.playback.recording(recording_id)
        path = self.archive.files.path_of(recording.stored_path)
        open_externally(self.window, path, recording.original_name)

    def _on_files_transcribe_requested(self, recording_id: int) -> int | None:
        """Queue the recording; the queue's background job shows minutes heard and an
        estimate, and saves only finished transcripts."""
        return self.transcriber.transcribe([recording_id])

    def transcribe_missing(self) -> int | None:
        """Queue every recording of the library with no transcript or subtitles, after asking.

        Each recording is saved when it is done: Cancel keeps the finished ones and leaves no
        half transcript; one that cannot be heard is reported at the end, the others go on.
        """
        return self._transcribe_without_transcript(
            None,
            QCoreApplication.translate(
                "MainController", "Every recording has a transcript or subtitles already."
            ),
        )

    def transcribe_selected(self) -> int | None:
        """The same for the recordings of the sessions selected in the table."""
        return self._transcribe_without_transcript(
            list(self.shell.selection.ids),
            QCoreApplication.translate(
                "MainController",
                "No recording of the selected sessions is without a transcript or subtitles.",
            ),
        )

    def _transcribe_without_transcript(
        self, session_ids: list[int] | None, nothing_to_do: str
    ) -> int | None:
        title = QCoreApplication.translate("MainController", "Transcribe Recordings")
        if session_ids == []:
            return None
        ids = self.archive.transcription.without_transcript(session_ids)
        if not ids:
            QMessageBox.information(self.window, title, nothing_to_do)
            return None
        recordings = [self.archive.playback.recording(i) for i in ids]
        minutes = -(-sum(r.duration_ms or 0 for r in recordings) // 60_000)
        question = MainController.tr(
            "Transcribe %Ln recording(s) without subtitles, %1 min of sound, on this computer?\n\n"
            "It takes about as long as they play. You can go on working meanwhile; Cancel "
            "keeps the recordings already done, and the queue survives a restart.",
            "",
            len(ids),
        )
        answer = QMessageBox.question(self.window, title, question.replace("%1", str(minutes)))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.transcriber.transcribe(ids)

    def _on_files_material_preview_requested(self, material_id: int) -> None:
        self.show_pdf_page(material_id, 1)

    def show_pdf_page(self, material_id: int, page_no: int) -> None:
        """Open material ``material_id`` in the preview at 1-based page ``page_no``."""
        preview = self.window.pdf_preview
        if preview.material_id != material_id:
            material = self.archive.files.material(material_id)
            path = self.archive.files.path_of(material.stored_path)
            if not preview.load(path, material_id, material_label(material)):
                errors.show_failure(
                    self.window,
                    QCoreApplication.translate("MainController", "The PDF cannot be shown."),
                    QCoreApplication.translate(
                        "MainController", "This PDF cannot be shown: %1"
                    ).replace("%1", str(path)),
                )
                return
        self.window.show_preview()
        preview.go_to_page(page_no - 1)

    def _on_files_material_remove_requested(self, material_id: int) -> None:
        def close_preview() -> None:
            if self.window.pdf_preview.material_id == material_id:
                self.window.pdf_preview.document.close()
                self.window.pdf_preview.material_id = None
                self.window.preview_dock.hide()

        self._remove(
            QCoreApplication.translate("MainController", "Remove Material"),
            QCoreApplication.translate("MainController", "Remove “%1” from this session?"),
            lambda: self.archive.files.material(material_id).original_name,
            lambda: self.archive.files.detach_material(material_id),
            close_preview,
        )

    def _on_files_recording_remove_requested(self, recording_id: int) -> None:
        self._remove(
            QCoreApplication.translate("MainController", "Remove Recording"),
            QCoreApplication.translate(
                "MainController", "Remove the recording “%1” with its chapters and notes?"
            ),
            lambda: self.archive.playback.recording(recording_id).original_name,
            lambda: self.archive.files.detach_recording(recording_id),
        )

    def _on_files_subtitles_add_requested(self, recording_id: int) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            QCoreApplication.translate("MainController", "Add Subtitles"),
            str(self.settings.get(keys.ATTACH_FOLDER)),
            QCoreApplication.translate(
                "MainController", "Subtitles (*.srt *.vtt *.sbv);;All files (*)"
            ),
        )
        if paths:
            self.settings.set(keys.ATTACH_FOLDER, Path(paths[0]).parent)
            self.add_subtitles(recording_id, [Path(p) for p in paths])

    def add_subtitles(self, recording_id: int, paths: list[Path]) -> None:
        """Tie these subtitle files to the recording; say which could not be read, and why."""
        session_id = self.shell.selection.current
        problems: list[str] = []
        for path in paths:
            try:
                result = self.archive.files.add_subtitle_to(recording_id, path)
            except ArchiveError as exc:
                problems.append(str(exc))
                continue
            except OSError as exc:
                problems.append(f"{path}: {plain_reason(exc)}")
                continue
            if result.warning:
                problems.append(result.warning)  # names the file already
        if session_id is not None:
            self.reload_files(session_id)
        if problems:
            errors.show_failure(
                self.window,
                QCoreApplication.translate(
                    "MainController", "Some subtitle files were not added as they are."
                ),
                "\n".join(problems),
            )

    def _on_files_subtitle_export_requested(self, track_id: int) -> None:
        session = self.shell.editor.session
        tracks = [t for r in (session.recordings if session else ()) for t in r.subtitles]
        name = next((t.original_name for t in tracks if t.id == track_id), "transcript.vtt")
        vtt = QCoreApplication.translate("MainController", "WebVTT, speakers as voices (*.vtt)")
        srt = QCoreApplication.translate("MainController", "SubRip (*.srt)")
        chosen_name, chosen = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainController", "Export Subtitles"),
            str(self.settings.get(keys.CHAPTER_FOLDER) / (Path(name).stem + ".vtt")),
            f"{vtt};;{srt}",
        )
        if not chosen_name:
            return
        path = Path(chosen_name)
        webvtt = chosen != srt and path.suffix.lower() != ".srt"
        wanted = ".vtt" if webvtt else ".srt"
        if path.suffix.lower() != wanted:
            path = path.with_suffix(wanted)
        self.settings.set(keys.CHAPTER_FOLDER, path.parent)
        self.export_subtitles(track_id, path)

    def export_subtitles(self, track_id: int, path: Path) -> bool:
        """Write a subtitle track as WebVTT (speakers as voice spans) or, for a .srt name,
        SubRip; the status bar says where, a dialog why not."""
        from ..export.output import write_output

        try:
            text = self.archive.playback.export_subtitles(track_id, path.suffix.lower() != ".srt")
            write_output(path, text.encode("utf-8"))
        except (ArchiveError, OSError) as exc:
            reason = plain_reason(exc) if isinstance(exc, OSError) else str(exc)
            errors.show_failure(
                self.window,
                QCoreApplication.translate("MainController", "The subtitles were not written."),
                reason,
            )
            return False
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainController", "Subtitles written to %1.").replace(
                "%1", str(path)
            ),
            8000,
        )
        return True

    def _on_files_subtitle_remove_requested(self, track_id: int) -> None:
        session = self.shell.editor.session
        tracks = [t for r in (session.recordings if session else ()) for t in r.subtitles]
        name = next((t.original_name for t in tracks if t.id == track_id), "")
        self._remove(
            QCoreApplication.translate("MainController", "Remove Subtitles"),
            QCoreApplication.translate(
                "MainController", "Remove the subtitles “%1” and their transcript?"
            ),
            lambda: name,
            lambda: self.archive.files.detach_subtitle(track_id),
        )

    def _remove(
        self,
        title: str,
        question: str,
        name: Callable[[], str],
        detach: Callable[[], object],
        removed: Callable[[], None] | None = None,
    ) -> None:
        """Ask the user (``%1`` in ``question`` is the file's name), detach the file, then
        show the session's files as they are now."""
        session_id = self.shell.selection.current
        try:
            original_name = name()
        except ArchiveError as exc:
            self._removal_failed(exc, session_id)
            return
        answer = QMessageBox.question(self.window, title, question.replace("%1", original_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            detach()
        except ArchiveError as exc:
            self._removal_failed(exc, session_id)
            return
        if removed is not None:
            removed()
        if session_id is not None:
            self.reload_files(session_id)

    def _removal_failed(self, exc: ArchiveError, session_id: int | None) -> None:
        """Say why (e.g. removed by someone else already) and show the files as they are now."""
        errors.report_exception(
            self.window,
            exc,
            QCoreApplication.translate("MainController", "The file was not removed."),
        )
        if session_id is not None:
            self.reload_files(session_id)

    def _on_files_convert_requested(self, material_id: int) -> None:
        command = office_converter()
        if command is None:
            return
        material = self.archive.files.material(material_id)
        source = self.archive.files.path_of(material.stored_path)
        out_dir = Path(tempfile.mkdtemp(prefix="webinar-archive-preview-"))

        def job(ctx: TaskContext) -> Path:
            ctx.progress(
                QCoreApplication.translate("MainController", "Converting %1 to PDF").replace(
                    "%1", material.original_name
                )
            )
            return convert_to_pdf(source, out_dir, command)

        def done(result: Path) -> None:
            self.window.pdf_preview.load(result, None, material_label(material))
            self.window.show_preview()

        self.tasks.submit(
            QCoreApplication.translate("MainController", "Converting to PDF"),
            job,
            done,
        )
