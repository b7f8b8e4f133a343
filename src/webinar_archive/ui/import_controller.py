"""The import action of the main window: choose a source, read it, review, save, summarise."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ArchiveError
from ..domain.text import printable
from . import errors
from .shell import Shell
from .tasks import TaskContext, TaskFailure

# The review dialogs and what they show are imported when a source is first read: the main
# window's start does not wait for them.
if TYPE_CHECKING:
    from ..domain.imports import FolderPlan, ImportReport
    from ..domain.organisations import OrganisationMatch
    from ..services.link_fetch import LinkFetch
    from ..services.page_import import PagePreview
    from .folder_review import FolderReviewDialog
    from .import_review import ImportReviewDialog


class ImportSourceDialog(QDialog):
    """Ask for a page address, a saved page, a folder of session files, or pasted text."""

    read_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportSourceDialog", "Import Sessions"))
        self.resize(640, 420)
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ImportSourceDialog", "https://… or a saved page or folder on this computer"
            )
        )
        self.page_button = QPushButton(
            QCoreApplication.translate("ImportSourceDialog", "Saved Page…")
        )
        self.folder_button = QPushButton(
            QCoreApplication.translate("ImportSourceDialog", "Folder…")
        )
        self.page_button.clicked.connect(self._choose_page)
        self.folder_button.clicked.connect(self._choose_folder)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ImportSourceDialog", "…or paste the text of the session page here"
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("ImportSourceDialog", "Read"))
        # Read does not close the dialog: the controller closes it once the source was read, so
        # a source that cannot be read leaves what was typed there to correct.
        self.buttons.accepted.connect(self.read_requested)
        self.buttons.rejected.connect(self.reject)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        self.location_edit.textChanged.connect(self.update_state)
        self.text_edit.textChanged.connect(self.update_state)
        self.update_state()

        row = QHBoxLayout()
        row.addWidget(self.location_edit, 1)
        row.addWidget(self.page_button)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ImportSourceDialog", "Web address, saved page or folder:"
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)

    def _choose_page(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportSourceDialog", "Saved Session Page"),
            "",
            QCoreApplication.translate(
                "ImportSourceDialog", "Web pages (*.html *.htm);;All files (*)"
            ),
        )
        if name:
            self.location_edit.setText(name)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("ImportSourceDialog", "Folder of Session Files")
        )
        if name:
            self.location_edit.setText(name)

    def update_state(self) -> None:
        self.ok_button.setEnabled(self.source() is not None)
        problem = self.location_problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))

    def location_problem(self) -> str:
        """Why the typed location cannot be read ("" when it can, or nothing is typed)."""
        location = self.location_edit.text().strip()
        if not location or location.lower().startswith(("http://", "https://")):
            return ""
        if Path(location).expanduser().exists():
            return ""
        return QCoreApplication.translate(
            "ImportSourceDialog",
            "Nothing is at %1: check the name, or choose it with Saved Page… or Folder…. "
            "A web address starts with https://.",
        ).replace("%1", location)

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


class ImportController(QObject):
    """What the main window's import action runs: source, reading, review, save, summary.

    Reading (a fetch can take 20 s) and folder imports run on ``tasks``; dialogs are opened
    window-modal without blocking. The sessions created or changed are announced through the
    shell (``sessions_imported``) for the catalogue to refresh and select.
    """

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._archive = shell.archive
        self._parent: QWidget = shell.window
        self._tasks = shell.tasks
        self._on_imported = shell.sessions_imported.emit
        shell.window.import_action.triggered.connect(self)
        shell.window.empty_state.import_requested.connect(self)
        self._shell = shell
        shell.window.fetch_links_action.triggered.connect(self._on_fetch_links_action_triggered)
        shell.selection_changed.connect(self._on_selection_changed)
        self._on_selection_changed()
        self.source_dialog: ImportSourceDialog | None = None
        self.review_dialog: ImportReviewDialog | None = None
        self.folder_review_dialog: FolderReviewDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.fetch_box: QMessageBox | None = None
        self._fetched_for: list[int] = []

    def __call__(self) -> None:
        """Ask for a source, then read it."""
        dialog = ImportSourceDialog(self._parent)
        dialog.read_requested.connect(lambda: self._chosen(dialog))
        self.source_dialog = dialog
        dialog.open()

    def _chosen(self, dialog: ImportSourceDialog) -> None:
        source = dialog.source()
        if source is not None:
            dialog.ok_button.setEnabled(False)  # one read at a time
            self.start(source)

    def start(self, source: str | Path) -> int:
        """Read ``source`` on the worker thread; the review or the summary follows."""
        archive = self._archive
        if isinstance(source, Path) and source.is_dir():
            folder = source

            def plan_folder(ctx: TaskContext) -> FolderPlan:
                return archive.folder_import.plan(folder, progress=ctx.report)

            return self._tasks.submit(
                QCoreApplication.translate("ImportController", "Reading %1").replace(
                    "%1", folder.name
                ),
                plan_folder,
                self._review_folder,
                self._failed,
            )

        def read(_ctx: TaskContext) -> PagePreview:
            return archive.page_import.preview(source)

        return self._tasks.submit(
            QCoreApplication.translate("ImportController", "Reading the session page"),
            read,
            self._review,
            self._failed,
        )

    def _failed(self, failure: TaskFailure) -> None:
        # Our own errors say what to do; only a fault of ours needs the traceback (and the
        # dialog's "this looks like a fault" line).
        self._show_failure(failure.message, "" if failure.expected else failure.details)

    def _show_failure(self, problem: str | BaseException, details: str = "") -> None:
        # Over the source dialog when it is still open, which keeps what was typed.
        dialog = self._open_source_dialog()
        if dialog is not None:
            dialog.update_state()
        self.summary_box = errors.show_failure(
            dialog or self._parent,
            QCoreApplication.translate("ImportController", "Nothing was imported."),
            problem,
            details,
        )

    def _open_source_dialog(self) -> ImportSourceDialog | None:
        dialog = self.source_dialog
        return dialog if dialog is not None and dialog.isVisible() else None

    def _source_read(self) -> None:
        """The source was read: its dialog has done its part."""
        dialog = self._open_source_dialog()
        if dialog is not None:
            dialog.accept()

    def _review(self, preview: PagePreview) -> None:
        if preview.sessions:
            self._source_read()
        if not preview.sessions:
            self._show_failure(
                QCoreApplication.translate("ImportController", "No session was found in that page.")
            )
            return
        from .import_review import ImportReviewDialog

        names = [p.display_name for p in self._archive.people.people()]
        people = self._archive.people

        def match_organisation(name: str) -> OrganisationMatch:
            # Read with the page; an organisation typed in the review is looked up then.
            return preview.organisation_match(name) or people.organisation_match(name)

        dialog = ImportReviewDialog(
            list(preview.sessions),
            names,
            self._parent,
            refusal=preview.refusal,
            match_organisation=match_organisation,
        )
        dialog.accepted.connect(lambda: self._save(preview, dialog))
        self.review_dialog = dialog
        dialog.open()

    def _review_folder(self, plan: FolderPlan) -> None:
        """Show what the folder would become; import the sessions kept once confirmed."""
        if not plan.sessions and not plan.problems:
            self._show_failure(
                QCoreApplication.translate(
                    "ImportController",
                    "No session folder was found in %1: a session folder holds a recording, "
                    "slides, a saved page or a summary.md.",
                ).replace("%1", printable(plan.root))
            )
            return
        self._source_read()
        from .folder_review import FolderReviewDialog

        dialog = FolderReviewDialog(plan, self._parent)
        dialog.accepted.connect(lambda: self._import_folders(Path(plan.root), dialog))
        self.folder_review_dialog = dialog
        dialog.open()

    def _import_folders(self, root: Path, dialog: FolderReviewDialog) -> int:
        archive = self._archive
        chosen, edits = dialog.chosen_folders(), dialog.edits()

        def import_folder(ctx: TaskContext) -> ImportReport:
            return archive.folder_import.run(root, progress=ctx.report, only=chosen, edits=edits)

        return self._tasks.submit(
            QCoreApplication.translate("ImportController", "Importing %1").replace("%1", root.name),
            import_folder,
            self._show_report,
            self._failed,
        )

    def _save(self, preview: PagePreview, dialog: ImportReviewDialog) -> None:
        try:
            report = self._archive.page_import.save(
                preview, dialog.drafts(), anyway=dialog.overridden
            )
        except ArchiveError as exc:
            self._show_failure(exc)
            return
        self._show_report(report)
        if dialog.fetch_requested() and report.created:
            self.fetch_linked_files(report.created)

    def _on_selection_changed(self) -> None:
        self._shell.window.fetch_links_action.setEnabled(bool(self._shell.selection.ids))

    def _on_fetch_links_action_triggered(self) -> None:
        ids = list(self._shell.selection.ids)
        if ids:
            self.fetch_linked_files(ids)

    def fetch_linked_files(self, session_ids: list[int]) -> int:
        """Download the files behind the sessions' links on the worker; a summary follows."""
        archive = self._archive

        self._fetched_for = list(session_ids)

        def fetch(ctx: TaskContext) -> list[LinkFetch]:
            results: list[LinkFetch] = []
            for session_id in session_ids:
                results += archive.link_fetch.fetch_links(session_id, progress=ctx.report)
            return results

        return self._tasks.submit(
            QCoreApplication.translate("ImportController", "Downloading linked files"),
            fetch,
            self._show_fetched,
            self._failed,
            lambda: self._show_fetched(None),
        )

    def _show_fetched(self, results: list[LinkFetch] | None) -> None:
        if self._fetched_for:
            # Their files changed: whoever shows them reloads and recounts.
            self._shell.sessions_changed.emit(list(self._fetched_for))
        if results is None:
            text = QCoreApplication.translate("ImportController", "Download cancelled.")
            icon = QMessageBox.Icon.Information
            detail = QCoreApplication.translate(
                "ImportController",
                "The files downloaded before the cancel stay attached; run it again to finish.",
            )
        else:
            failed = sum(r.failed for r in results)
            from ..services.link_fetch import FETCHED

            fetched = sum(r.outcome == FETCHED for r in results)
            text = self.tr("Downloaded %1 of %Ln linked file(s).", "", len(results)).replace(
                "%1", str(fetched)
            )
            if failed:
                text += " " + self.tr("%Ln failed.", "", failed)
            icon = QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information
            detail = "\n".join(r.line() for r in results) or QCoreApplication.translate(
                "ImportController", "No links to files were found."
            )
        box = QMessageBox(
            icon,
            QCoreApplication.translate("ImportController", "Download Linked Files"),
            text,
            parent=self._parent,
        )
        box.setInformativeText(detail if len(detail) < 2000 else detail[:2000] + "\n…")
        self.fetch_box = box
        box.open()

    def _show_report(self, result: ImportReport) -> None:
        self._source_read()
        changed = result.created + [i for i in result.updated if i not in result.created]
        if self._on_imported is not None and changed:
            self._on_imported(changed)
        icon = QMessageBox.Icon.Warning if result.refused else QMessageBox.Icon.Information
        first, _, rest = result.summary().partition("\n")
        box = QMessageBox(
            icon,
            QCoreApplication.translate("ImportController", "Import"),
            first,
            parent=self._parent,
        )
        if rest:
            box.setInformativeText(rest if len(rest) < 1500 else rest[:1500] + "\n…")
            # All of it, as the lines a reader reads (the JSON is for `import --json`).
            box.setDetailedText(rest)
        self.summary_box = box
        box.open()
