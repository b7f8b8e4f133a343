"""PDF briefs from the desktop: the actions, the dialog's answers and the export job."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.messages import current_language
from ..domain.text import slugify
from ..export.languages import PAPERS
from ..export.options import SECTION_TITLES, SECTIONS, BriefOptions, brief_filename
from . import errors
from . import settings as keys
from .browser import FILTER_ROLE, KIND_FILTER, KIND_ROLE
from .desktop import open_externally
from .tasks import TaskContext, TaskFailure

if TYPE_CHECKING:
    # The dialog is imported when first opened, not while the window starts.
    from .brief_dialog import BriefChoice, BriefDialog
    from .shell import Shell

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True, slots=True)
class BriefOutcome:
    """What a finished export job hands back to the GUI thread."""

    paths: tuple[Path, ...]
    pages: int
    open_target: Path | None
    cancelled: bool = False
    warnings: tuple[str, ...] = ()


class BriefController(QObject):
    """Owns the brief actions of one main window and runs exports on its task runner."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        # The series whose booklet the open dialog makes (None: a selection of sessions).
        self._series_of_dialog: str | None = None
        self.shell = shell
        self.archive = shell.archive
        self.window = shell.window
        self.settings = shell.settings
        self.dialog: BriefDialog | None = None
        self.last_job: int | None = None
        self.last_outcome: BriefOutcome | None = None
        w = self.window
        w.export_brief_action.triggered.connect(self.export_selected)
        w.export_booklet_action.triggered.connect(self.export_current_series)
        shell.selection_changed.connect(self._update_actions)
        w.browser.selectionModel().currentChanged.connect(self._update_actions)
        w.browser.customContextMenuRequested.connect(self._on_browser_context_menu)
        self._update_actions()

    # ------------------------------------------------------------ actions

    def current_series_id(self) -> int | None:
        """The series whose sidebar node is current, if any."""
        index = self.window.browser.currentIndex().siblingAtColumn(0)
        flt = index.data(FILTER_ROLE) if index.data(KIND_ROLE) == KIND_FILTER else None
        return flt.series_id if isinstance(flt, m.SessionFilter) else None

    def _update_actions(self, *_args: object) -> None:
        w = self.window
        selection = self.shell.selection
        w.export_brief_action.setEnabled(bool(selection.ids) and not selection.filter.trash)
        w.export_booklet_action.setEnabled(self.current_series_id() is not None)

    def export_selected(self) -> BriefDialog | None:
        ids = list(self.shell.selection.ids)
        if not ids:
            return None
        if len(ids) == 1:
            return self.open_dialog(ids, self.archive.sessions.get(ids[0]).title)
        return self.open_dialog(ids, self.archive.briefs.booklet_title(ids, current_language()))

    def export_current_series(self) -> BriefDialog | None:
        series_id = self.current_series_id()
        return self.export_series(series_id) if series_id is not None else None

    def export_series(self, series_id: int) -> BriefDialog | None:
        """The booklet dialog over every live session of one series, oldest first."""
        names = {s.id: s.name for s in self.archive.sessions.series()}
        try:
            name, ids = self.archive.briefs.series_session_ids(names[series_id])
        except (KeyError, ArchiveError) as exc:
            errors.report_exception(
                self.window,
                exc,
                QCoreApplication.translate("Briefs", "The booklet cannot be made."),
            )
            return None
        if not ids:
            errors.show_failure(
                self.window,
                QCoreApplication.translate("Briefs", "There is no booklet to make."),
                QCoreApplication.translate("Briefs", "The series “%1” has no sessions.").replace(
                    "%1", name
                ),
            )
            return None
        dialog = self.open_dialog(ids, name)
        dialog.set_series_booklet()
        self._series_of_dialog = name
        return dialog

    def _on_browser_context_menu(self, pos: QPoint) -> None:
        browser = self.window.browser
        index = browser.indexAt(pos).siblingAtColumn(0)
        flt = index.data(FILTER_ROLE) if index.data(KIND_ROLE) == KIND_FILTER else None
        if isinstance(flt, m.SessionFilter) and flt.series_id is not None:
            self.series_menu(flt.series_id).exec(browser.viewport().mapToGlobal(pos))

    def series_menu(self, series_id: int) -> QMenu:
        """The right-click menu of a series node."""
        menu = QMenu(self.window.browser)
        menu.addAction(
            self.window.export_booklet_action.text(), lambda: self.export_series(series_id)
        )
        for add_entries in self.shell.series_menu_hooks:
            add_entries(menu, series_id)
        return menu

    # ------------------------------------------------------------ the dialog

    def open_dialog(self, ids: Sequence[int], title: str) -> BriefDialog:
        """Show the dialog (window-modal, not blocking) for these sessions; ``title`` names
        the booklet, or the session when there is one."""
        from .brief_dialog import BriefDialog

        self._series_of_dialog = None
        dialog = BriefDialog(
            self.window,
            count=len(ids),
            sections=[(key, SECTION_TITLES[key]) for key in SECTIONS],
            papers=PAPERS,
            title=title,
        )
        options = self.archive.briefs.options()
        dialog.set_options(
            paper=options.paper,
            sections=options.sections,
            qr_codes=options.qr_codes,
            archive_name=options.archive_name,
            logo=options.logo,
        )
        # The language the window runs in, wherever it came from (--language, the environment,
        # Settings): the one its translators were installed for.
        dialog.set_language(current_language())
        folder = self._folder()
        if len(ids) == 1:
            name = brief_filename(self.archive.sessions.get(ids[0]))
        else:
            name = f"{slugify(title) or 'booklet'}.pdf"
        dialog.set_targets(folder / name, folder / (slugify(title) or "briefs"))
        dialog.target_button.clicked.connect(self._on_target_button_clicked)
        dialog.logo_button.clicked.connect(self._on_logo_button_clicked)
        ids = list(ids)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog, ids))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _folder(self) -> Path:
        stored = self.settings.get(keys.BRIEF_FOLDER)
        if stored is not None and stored.is_dir():
            return stored
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()

    def _on_target_button_clicked(self) -> None:
        from .brief_dialog import BriefMode

        dialog = self.dialog
        if dialog is None:
            return
        current = str(dialog.target() or self._folder())
        if dialog.mode() is BriefMode.FOLDER:
            chosen = QFileDialog.getExistingDirectory(
                dialog, QCoreApplication.translate("Briefs", "Folder for the Briefs"), current
            )
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                dialog,
                QCoreApplication.translate("Briefs", "Save Brief As"),
                current,
                QCoreApplication.translate("Briefs", "PDF documents (*.pdf)"),
            )
            if chosen and not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
        if chosen:
            dialog.set_target(Path(chosen))

    def _on_logo_button_clicked(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        start = dialog.logo() or self._folder()
        chosen, _ = QFileDialog.getOpenFileName(
            dialog,
            QCoreApplication.translate("Briefs", "Choose a Logo"),
            str(start),
            QCoreApplication.translate("Briefs", "Images (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            dialog.set_logo(Path(chosen))

    def _on_dialog_accepted(self, dialog: BriefDialog, ids: list[int]) -> None:
        choice = dialog.choice()
        if choice is not None:
            self.start(choice, ids)

    # ------------------------------------------------------------ the export

    def start(self, choice: BriefChoice, ids: Sequence[int]) -> int | None:
        """Save the options if asked, then run the export as a background job; its id."""
        from .brief_dialog import BriefMode

        try:
            options = dataclasses.replace(
                self.archive.briefs.options(),
                paper=choice.paper,
                sections=choice.sections,
                qr_codes=choice.qr_codes,
                archive_name=choice.archive_name or BriefOptions().archive_name,
                logo=choice.logo,
            )
            if choice.remember:
                self.archive.briefs.set_options(options)
        except ArchiveError as exc:
            errors.report_exception(
                self.window,
                exc,
                QCoreApplication.translate("Briefs", "The brief options were not saved."),
            )
            return None
        # Each brief in the language chosen now; the stored options never carry one.
        options = dataclasses.replace(options, language=choice.language)
        folder = choice.target if choice.mode is BriefMode.FOLDER else choice.target.parent
        self.settings.set(keys.BRIEF_FOLDER, folder)
        briefs = self.archive.briefs
        ids = list(ids)
        series = self._series_of_dialog if choice.overview else None

        def job(ctx: TaskContext) -> BriefOutcome:
            warnings: list[str] = []
            if choice.mode is BriefMode.SINGLE:
                pages = briefs.brief(ids[0], choice.target, options, warn=warnings.append)
                return BriefOutcome((choice.target,), pages, choice.target, False, (*warnings,))
            if choice.mode is BriefMode.BOOKLET:
                title = choice.title or briefs.booklet_title(ids, choice.language)
                pages = briefs.booklet(
                    ids,
                    choice.target,
                    title=title,
                    options=options,
                    progress=ctx.report,
                    warn=warnings.append,
                    overview_of_series=series,
                )
                return BriefOutcome((choice.target,), pages, choice.target, False, (*warnings,))
            paths = briefs.folder(
                ids, choice.target, options=options, progress=ctx.report, warn=warnings.append
            )
            return BriefOutcome(tuple(paths), 0, choice.target, False, (*warnings,))

        def done(result: BriefOutcome) -> None:
            self._after_export(result, choice)

        title = (
            QCoreApplication.translate("Briefs", "Exporting brief…")
            if len(ids) == 1
            else QCoreApplication.translate("Briefs", "Exporting briefs…")
        )
        self.last_outcome = None
        self.last_job = self.shell.tasks.submit(
            title, job, done, self._on_export_failed, self._on_export_cancelled
        )
        return self.last_job

    def _on_export_cancelled(self) -> None:
        # The runner says it was cancelled; the export removed what it had begun to write.
        self.last_outcome = BriefOutcome((), 0, None, cancelled=True)

    def _after_export(self, outcome: BriefOutcome, choice: BriefChoice) -> None:
        from .brief_dialog import BriefMode

        self.last_outcome = outcome
        status = self.window.statusBar()
        if choice.mode is BriefMode.FOLDER:
            message = (
                QCoreApplication.translate("Briefs", "%1 briefs saved in %2")
                .replace("%1", str(len(outcome.paths)))
                .replace("%2", str(choice.target))
            )
        else:
            message = (
                QCoreApplication.translate("Briefs", "Saved %1 (%2 pages)")
                .replace("%1", str(choice.target))
                .replace("%2", str(outcome.pages))
            )
        if outcome.warnings:
            # Shown until the next message: it says what to install for the boxes to go.
            status.showMessage(" ".join((message, *outcome.warnings)))
        else:
            status.showMessage(message, 8000)
        if choice.open_when_done and outcome.open_target is not None:
            open_externally(self.window, outcome.open_target)

    def _on_export_failed(self, failure: TaskFailure) -> None:
        self.last_outcome = BriefOutcome((), 0, None)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Briefs", "The export failed."), 8000
        )
        errors.show_failure(
            self.window,
            QCoreApplication.translate("Briefs", "The briefs could not be exported."),
            failure.message,
            failure.details,
        )
