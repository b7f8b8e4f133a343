"""Import in the app: the review dialog (doubtful fields marked), the source dialog, the flow."""

from __future__ import annotations

import copy
import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.imports import ExtractedLike, ImportReport
from ..services.archive import Archive
from .tasks import JobContext, TaskRunner

log = logging.getLogger(__name__)

UNCERTAIN_STYLE = "background-color: #fff3b0;"
UNCERTAIN_TIP = "The page did not say this clearly: check it before importing."

# Names the extractor may use for a doubtful field, mapped to the editor field they mark.
_FIELD_ALIASES = {
    "time": "start_time",
    "start": "start_time",
    "speaker": "speakers",
    "organisations": "speakers",
    "link": "links",
}
_LINE_FIELDS = (
    ("title", "Title"),
    ("series", "Series"),
    ("date", "Date"),
    ("start_time", "Time"),
    ("timezone", "Time zone"),
    ("theme", "Theme"),
    ("language", "Language"),
    ("tags", "Tags"),
)


class _NameDelegate(QStyledItemDelegate):
    """Speaker names complete from the people already in the library."""

    def __init__(self, names: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._names = sorted(set(names), key=str.casefold)

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self._names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class SessionEditor(QWidget):
    """All fields of one extracted session; ``draft()`` reads them back."""

    def __init__(
        self, extracted: ExtractedLike, people_names: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._original = copy.deepcopy(extracted.draft)
        self.uncertain = {_FIELD_ALIASES.get(f, f) for f in extracted.uncertain}
        self.fields: dict[str, QLineEdit] = {}
        self.markers: dict[str, QLabel] = {}
        draft = self._original

        form = QFormLayout()
        values = {
            "title": draft.title,
            "series": draft.series or "",
            "date": draft.date.isoformat() if draft.date else "",
            "start_time": draft.start_time.strftime("%H:%M") if draft.start_time else "",
            "timezone": draft.timezone or "",
            "theme": draft.theme or "",
            "language": draft.language or "",
            "tags": ", ".join(draft.tags),
        }
        placeholders = {
            "date": "YYYY-MM-DD",
            "start_time": "HH:MM",
            "language": "e.g. en",
            "tags": "comma-separated",
        }
        for name, label in _LINE_FIELDS:
            edit = QLineEdit(values[name])
            edit.setPlaceholderText(placeholders.get(name, ""))
            edit.setObjectName(f"field_{name}")
            self.fields[name] = edit
            form.addRow(self._label(name, label), edit)

        self.summary_edit = QPlainTextEdit(draft.summary)
        self.summary_edit.setObjectName("field_summary")
        self.summary_preview = QTextBrowser()
        self.summary_preview.setOpenExternalLinks(True)
        self.summary_edit.textChanged.connect(self._update_preview)
        self._update_preview()
        summary_tabs = QTabWidget()
        summary_tabs.addTab(self.summary_edit, "Markdown")
        summary_tabs.addTab(self.summary_preview, "Preview")

        self.speakers_table = QTableWidget(0, 4)
        self.speakers_table.setObjectName("field_speakers")
        self.speakers_table.setHorizontalHeaderLabels(["Name", "Organisation", "Role", "Position"])
        self.speakers_table.setItemDelegateForColumn(0, _NameDelegate(people_names, self))
        for speaker in draft.speakers:
            self.add_speaker(speaker)
        self.add_speaker_button = QPushButton("Add speaker")
        self.remove_speaker_button = QPushButton("Remove speaker")
        self.add_speaker_button.clicked.connect(lambda: self.add_speaker(None))
        self.remove_speaker_button.clicked.connect(lambda: self._remove_rows(self.speakers_table))

        self.links_table = QTableWidget(0, 3)
        self.links_table.setObjectName("field_links")
        self.links_table.setHorizontalHeaderLabels(["Kind", "Address", "Label"])
        for link in draft.links:
            self.add_link(link)
        self.add_link_button = QPushButton("Add link")
        self.remove_link_button = QPushButton("Remove link")
        self.add_link_button.clicked.connect(lambda: self.add_link(None))
        self.remove_link_button.clicked.connect(lambda: self._remove_rows(self.links_table))

        for table in (self.speakers_table, self.links_table):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setVisible(False)

        self.warnings_label = QLabel("\n".join(f"⚠ {w}" for w in extracted.warnings))
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setVisible(bool(extracted.warnings))
        self.warnings_label.setStyleSheet("color: #8a5a00;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings_label)
        layout.addLayout(form)
        layout.addWidget(self._label("summary", "Summary"))
        layout.addWidget(summary_tabs, 2)
        layout.addWidget(self._label("speakers", "Speakers"))
        layout.addWidget(self.speakers_table, 2)
        layout.addLayout(_row(self.add_speaker_button, self.remove_speaker_button))
        layout.addWidget(self._label("links", "Links"))
        layout.addWidget(self.links_table, 1)
        layout.addLayout(_row(self.add_link_button, self.remove_link_button))

        marked: dict[str, QWidget] = {
            **self.fields,
            "summary": self.summary_edit,
            "speakers": self.speakers_table,
            "links": self.links_table,
        }
        for name, widget in marked.items():
            if name in self.uncertain:
                widget.setStyleSheet(UNCERTAIN_STYLE)
                widget.setToolTip(UNCERTAIN_TIP)

    def _label(self, name: str, text: str) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        if name in self.uncertain:
            icon = QLabel()
            icon.setPixmap(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
            )
            icon.setToolTip(UNCERTAIN_TIP)
            self.markers[name] = icon
            row.addWidget(icon)
        caption = QLabel(text)
        caption.setToolTip(UNCERTAIN_TIP if name in self.uncertain else "")
        row.addWidget(caption)
        row.addStretch(1)
        return holder

    def _update_preview(self) -> None:
        self.summary_preview.setMarkdown(self.summary_edit.toPlainText())

    def is_marked(self, name: str) -> bool:
        return name in self.markers

    def add_speaker(self, speaker: m.SpeakerDraft | None) -> int:
        table = self.speakers_table
        row = table.rowCount()
        table.insertRow(row)
        speaker = speaker or m.SpeakerDraft(name="")
        name = QTableWidgetItem(speaker.name)
        # The original record rides along so contribution and pinned ids survive the edit.
        name.setData(Qt.ItemDataRole.UserRole, speaker)
        table.setItem(row, 0, name)
        table.setItem(row, 1, QTableWidgetItem(speaker.organisation or ""))
        roles = QComboBox()
        for role in m.AppearanceRole:
            roles.addItem(role.value, role)
        roles.setCurrentIndex(list(m.AppearanceRole).index(speaker.role))
        table.setCellWidget(row, 2, roles)
        table.setItem(row, 3, QTableWidgetItem(speaker.position or ""))
        return row

    def add_link(self, link: m.LinkDraft | None) -> int:
        table = self.links_table
        row = table.rowCount()
        table.insertRow(row)
        link = link or m.LinkDraft(m.LinkKind.OTHER, "")
        kinds = QComboBox()
        for kind in m.LinkKind:
            kinds.addItem(kind.value, kind)
        kinds.setCurrentIndex(list(m.LinkKind).index(link.kind))
        table.setCellWidget(row, 0, kinds)
        table.setItem(row, 1, QTableWidgetItem(link.url or ""))
        table.setItem(row, 2, QTableWidgetItem(link.label))
        return row

    @staticmethod
    def _remove_rows(table: QTableWidget) -> None:
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        for row in rows:
            table.removeRow(row)

    def draft(self) -> m.SessionDraft:
        """The edited session; ValueError names the first field that cannot be read."""
        text = {name: edit.text().strip() for name, edit in self.fields.items()}
        if not text["title"]:
            raise ValueError("A session needs a title.")
        date = None
        if text["date"]:
            try:
                date = dt.date.fromisoformat(text["date"])
            except ValueError:
                raise ValueError(f"Date: {text['date']!r} is not YYYY-MM-DD.") from None
        start = None
        if text["start_time"]:
            try:
                start = dt.time.fromisoformat(text["start_time"])
            except ValueError:
                raise ValueError(f"Time: {text['start_time']!r} is not HH:MM.") from None
        result = copy.deepcopy(self._original)
        result.title = text["title"]
        result.series = text["series"] or None
        result.date = date
        result.start_time = start
        result.timezone = text["timezone"] or None
        result.theme = text["theme"] or None
        result.language = text["language"] or None
        result.tags = [t.strip() for t in text["tags"].split(",") if t.strip()]
        result.summary = self.summary_edit.toPlainText()
        result.speakers = self._speakers()
        result.links = self._links()
        return result

    def _speakers(self) -> list[m.SpeakerDraft]:
        table = self.speakers_table
        speakers = []
        for row in range(table.rowCount()):
            name = _text(table, row, 0)
            if not name:
                continue
            item = table.item(row, 0)
            original = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            roles = table.cellWidget(row, 2)
            role = roles.currentData() if isinstance(roles, QComboBox) else m.AppearanceRole.SPEAKER
            organisation = _text(table, row, 1) or None
            speaker = m.SpeakerDraft(
                name=name,
                organisation=organisation,
                role=role,
                position=_text(table, row, 3) or None,
            )
            if isinstance(original, m.SpeakerDraft):
                speaker.contribution = original.contribution
                # A pinned record only stays pinned while the name (or organisation) is unchanged.
                if original.name == name:
                    speaker.person_id = original.person_id
                if original.organisation == organisation:
                    speaker.organisation_id = original.organisation_id
            speakers.append(speaker)
        return speakers

    def _links(self) -> list[m.LinkDraft]:
        table = self.links_table
        links = []
        for row in range(table.rowCount()):
            url, label = _text(table, row, 1), _text(table, row, 2)
            if not url and not label:
                continue
            kinds = table.cellWidget(row, 0)
            kind = kinds.currentData() if isinstance(kinds, QComboBox) else m.LinkKind.OTHER
            links.append(m.LinkDraft(kind, url or None, label))
        return links


def _row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


class ImportReviewDialog(QDialog):
    """Check and correct what an import found before anything is saved.

    Works on copies: the drafts handed in are never changed, and the caller saves ``drafts()``
    only when the dialog was accepted.
    """

    def __init__(
        self,
        drafts: Sequence[ExtractedLike],
        people_names: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review the import")
        self.resize(1000, 720)
        self.editors: list[SessionEditor] = []
        self.session_list = QListWidget()
        self.session_list.setObjectName("sessions")
        self.stack = QStackedWidget()
        for extracted in drafts:
            editor = SessionEditor(extracted, people_names, self)
            self.editors.append(editor)
            self.stack.addWidget(editor)
            item = QListWidgetItem(self._caption(extracted.draft, extracted.warnings))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            if extracted.uncertain or extracted.warnings:
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setToolTip(UNCERTAIN_TIP)
            self.session_list.addItem(item)
            editor.fields["title"].textChanged.connect(
                lambda text, it=item: it.setText(text or "(no title)")
            )
        self.session_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.session_list.setVisible(len(drafts) > 1)
        if drafts:
            self.session_list.setCurrentRow(0)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.session_list.itemChanged.connect(self._update_import_button)
        self._update_import_button()

        splitter = QSplitter()
        splitter.addWidget(self.session_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @staticmethod
    def _caption(draft: m.SessionDraft, warnings: Sequence[str]) -> str:
        when = f"{draft.date.isoformat()}  " if draft.date else ""
        return f"{when}{draft.title or '(no title)'}"

    def chosen_rows(self) -> list[int]:
        return [
            row
            for row in range(self.session_list.count())
            if self.session_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, row: int, chosen: bool) -> None:
        state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        self.session_list.item(row).setCheckState(state)

    def _update_import_button(self, *_args: object) -> None:
        count = len(self.chosen_rows())
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(f"Import {count}" if len(self.editors) > 1 else "Import")

    def drafts(self) -> list[m.SessionDraft]:
        """The edited drafts of the chosen sessions (ValueError if one cannot be read)."""
        result = []
        for row in self.chosen_rows():
            try:
                result.append(self.editors[row].draft())
            except ValueError as exc:
                raise ValueError(f"Session {row + 1}: {exc}") from None
        return result

    def accept(self) -> None:
        for row in self.chosen_rows():
            try:
                self.editors[row].draft()
            except ValueError as exc:
                # Show the problem in place and stay open: nothing is lost by a typo.
                self.error_label.setText(f"Session {row + 1}: {exc}")
                self.error_label.show()
                self.session_list.setCurrentRow(row)
                return
        self.error_label.hide()
        super().accept()


class ImportWorker(QObject):
    """Runs an import on a worker thread; progress and the outcome come back as signals.

    ``job`` gets a progress callback ``(done, total, name) -> bool`` that returns False once
    ``cancel()`` was called, e.g. ``lambda p: archive.imports.import_folder(root, progress=p)``.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)  # the ImportReport
    failed = Signal(str)

    def __init__(self, job: Callable[[Callable[[int, int, str], bool]], ImportReport]) -> None:
        super().__init__()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int, name: str) -> bool:
        self.progress.emit(done, total, name)
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            report = self._job(self._report)
        except ArchiveError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # the window must hear of it, not a dead thread
            log.exception("import failed")
            self.failed.emit(f"{exc.__class__.__name__}: {exc}")
            return
        self.finished.emit(report)


class _Relay(QObject):
    """Lives on the starting (GUI) thread, so the worker's signals reach the handlers there."""

    def __init__(
        self,
        on_progress: Callable[[int, int, str], object] | None,
        on_finished: Callable[[ImportReport], object] | None,
        on_failed: Callable[[str], object] | None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._on_progress = on_progress
        self._on_finished = on_finished
        self._on_failed = on_failed

    @Slot(int, int, str)
    def progress(self, done: int, total: int, name: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, name)

    @Slot(object)
    def finished(self, report: object) -> None:
        if self._on_finished is not None and isinstance(report, ImportReport):
            self._on_finished(report)

    @Slot(str)
    def failed(self, message: str) -> None:
        if self._on_failed is not None:
            self._on_failed(message)


def start_import(
    job: Callable[[Callable[[int, int, str], bool]], ImportReport],
    parent: QObject | None = None,
    *,
    on_progress: Callable[[int, int, str], object] | None = None,
    on_finished: Callable[[ImportReport], object] | None = None,
    on_failed: Callable[[str], object] | None = None,
) -> tuple[QThread, ImportWorker]:
    """Start ``job`` on its own thread; the handlers are called on the calling thread, in order.

    Keep the returned thread referenced until it has finished.
    """
    thread = QThread(parent)
    worker = ImportWorker(job)
    relay = _Relay(on_progress, on_finished, on_failed, thread)
    worker.moveToThread(thread)
    worker.progress.connect(relay.progress)
    worker.finished.connect(relay.finished)
    worker.failed.connect(relay.failed)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread, worker


# ---------------------------------------------------------------------------------------------
# Choosing what to import, and the whole flow the main window's "Import" action runs


class ImportSourceDialog(QDialog):
    """Ask for a page address, a saved page, a folder of session files, or pasted text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import Sessions")
        self.resize(640, 420)
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(
            "https://… or a saved page or folder on this computer"
        )
        self.page_button = QPushButton("Saved Page…")
        self.folder_button = QPushButton("Folder…")
        self.page_button.clicked.connect(self._choose_page)
        self.folder_button.clicked.connect(self._choose_folder)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText("…or paste the text of the session page here")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Read")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.location_edit.textChanged.connect(self._update)
        self.text_edit.textChanged.connect(self._update)
        self._update()

        row = QHBoxLayout()
        row.addWidget(self.location_edit, 1)
        row.addWidget(self.page_button)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Web address, saved page or folder:"))
        layout.addLayout(row)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)

    def _choose_page(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Saved Session Page", "", "Web pages (*.html *.htm);;All files (*)"
        )
        if name:
            self.location_edit.setText(name)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Folder of Session Files")
        if name:
            self.location_edit.setText(name)

    def _update(self) -> None:
        self.ok_button.setEnabled(self.source() is not None)

    def source(self) -> str | Path | None:
        """A URL, an existing file or folder (as a Path), or the pasted text; None if nothing."""
        location = self.location_edit.text().strip()
        if location:
            if location.lower().startswith(("http://", "https://")):
                return location
            path = Path(location).expanduser()
            return path if path.exists() else None
        text = self.text_edit.toPlainText()
        return text if text.strip() else None


class ImportFlow(QObject):
    """What the main window's import action runs: source, reading, review, save, summary.

    Reading (a fetch can take 20 s) and folder imports run on ``tasks``; dialogs are opened
    window-modal without blocking. ``on_imported`` gets the ids of the sessions created or
    changed, to refresh and select them.
    """

    def __init__(
        self,
        archive: Archive,
        parent: QWidget,
        tasks: TaskRunner,
        on_imported: Callable[[list[int]], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._parent = parent
        self._tasks = tasks
        self._on_imported = on_imported
        self.source_dialog: ImportSourceDialog | None = None
        self.review_dialog: ImportReviewDialog | None = None
        self.summary_box: QMessageBox | None = None

    def __call__(self) -> None:
        dialog = ImportSourceDialog(self._parent)
        dialog.accepted.connect(lambda: self._chosen(dialog))
        self.source_dialog = dialog
        dialog.open()

    def _chosen(self, dialog: ImportSourceDialog) -> None:
        source = dialog.source()
        if source is not None:
            self.start(source)

    def start(self, source: str | Path) -> int:
        """Read ``source`` on the worker thread; the review or the summary follows."""
        imports = self._archive.imports
        if isinstance(source, Path) and source.is_dir():
            folder = source

            def import_folder(ctx: JobContext) -> ImportReport:
                return imports.import_folder(
                    folder, progress=lambda done, total, name: ctx.progress(name, done, total)
                )

            return self._tasks.submit(
                f"Importing {folder.name}", import_folder, self._show_report, self._failed
            )

        def read(_ctx: JobContext) -> list[ExtractedLike]:
            return imports.preview_page(source)

        return self._tasks.submit("Reading the session page", read, self._review, self._failed)

    def _failed(self, message: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Import", message, parent=self._parent)
        if details and "Traceback" in details:
            box.setDetailedText(details)
        self.summary_box = box
        box.open()

    def _review(self, result: object) -> None:
        extracted = list(result) if isinstance(result, list) else []
        if not extracted:
            self._failed("No session was found in that page.", "")
            return
        names = [p.display_name for p in self._archive.people.people()]
        dialog = ImportReviewDialog(extracted, names, self._parent)
        dialog.accepted.connect(lambda: self._save(dialog))
        self.review_dialog = dialog
        dialog.open()

    def _save(self, dialog: ImportReviewDialog) -> None:
        try:
            report = self._archive.imports.save_drafts(dialog.drafts())
        except ArchiveError as exc:
            self._failed(str(exc), "")
            return
        self._show_report(report)

    def _show_report(self, result: object) -> None:
        if not isinstance(result, ImportReport):
            return
        changed = result.created + [i for i in result.updated if i not in result.created]
        if self._on_imported is not None and changed:
            self._on_imported(changed)
        icon = QMessageBox.Icon.Warning if result.refused else QMessageBox.Icon.Information
        first, _, rest = result.summary().partition("\n")
        box = QMessageBox(icon, "Import", first, parent=self._parent)
        if rest:
            box.setInformativeText(rest if len(rest) < 1500 else rest[:1500] + "\n…")
            box.setDetailedText(result.to_json())
        self.summary_box = box
        box.open()
