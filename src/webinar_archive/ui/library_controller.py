"""Library care in the app: check, repair, relink (Locate…), backup, restore, automatic copies."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from . import errors
from .desktop import open_externally
from .formats import date_time_text, size_text
from .i18n import TrContext
from .tasks import TaskContext, TaskFailure

Library = TrContext("Library")

if TYPE_CHECKING:
    # The checks, backups and their dialogs are imported when first used, not at start.
    from ..domain.integrity import CheckReport, RelinkReport, RepairReport
    from ..services.backup import BackupResult, BackupSchedule
    from ..services.restore import RestoreResult
    from .library_views import (
        BackupDialog,
        BackupSettingsDialog,
        CheckDialog,
        CheckReportDialog,
        RestoreDialog,
    )
    from .shell import Shell

log = logging.getLogger(__name__)

ARCHIVE_FILTER = "Backup archives (*.tar.gz *.tgz *.tar);;All files (*)"


class LibraryController(QObject):
    """Owns the Library menu and the Files tab's Locate…; every long step is a job."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.archive = shell.archive
        self.window = w = shell.window
        self.tasks = shell.tasks
        self.check_dialog: CheckDialog | None = None
        self.report_dialog: CheckReportDialog | None = None
        self.backup_dialog: BackupDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.settings_dialog: BackupSettingsDialog | None = None
        self.message: QMessageBox | None = None  # the last outcome shown
        self.last_report: CheckReport | None = None
        self._full = False
        w.check_library_action.triggered.connect(self.ask_check)
        w.locate_missing_action.triggered.connect(self.locate_missing)
        w.backup_action.triggered.connect(self.ask_backup)
        w.restore_backup_action.triggered.connect(self.ask_restore)
        w.backup_settings_action.triggered.connect(self.show_backup_settings)
        w.editor.files.locate_requested.connect(self._on_files_locate_requested)

    # ================================================================ check and repair

    def ask_check(self) -> None:
        from .library_views import CheckDialog

        dialog = self.check_dialog = CheckDialog(self.window)
        dialog.accepted.connect(lambda: self.check(full=dialog.full_check.isChecked()))
        dialog.open()

    def check(self, *, full: bool = False) -> int:
        """Check the library in the background, then show the report; the job's id."""
        self._full = full
        integrity = self.archive.integrity

        def job(ctx: TaskContext) -> CheckReport:
            return integrity.check(full=full, progress=ctx.report)

        return self.tasks.submit(
            QCoreApplication.translate("Library", "Checking the library…"), job, self._show_report
        )

    def _report_dialog(self) -> CheckReportDialog:
        if self.report_dialog is None:
            from .library_views import CheckReportDialog

            dialog = self.report_dialog = CheckReportDialog(self.window)
            dialog.repair_button.clicked.connect(self.ask_repair)
            dialog.locate_button.clicked.connect(self.locate_missing)
        return self.report_dialog

    def _show_report(self, report: CheckReport, done: Sequence[str] = ()) -> None:
        from ..domain.integrity import ProblemKind
        from .library_views import check_headline, check_report_html

        self.last_report = report
        dialog = self._report_dialog()
        text = check_report_html(report)
        if done:
            # After a repair: what it changed first, then what is left.
            items = "".join(f"<li>{html.escape(line)}</li>" for line in done)
            repaired = html.escape(QCoreApplication.translate("Library", "Repaired"))
            text = f"<h3>{repaired}</h3><ul>{items}</ul>{text}"
        dialog.show_report(
            check_headline(report),
            text,
            repair=any(p.repairable for p in report.problems),
            # what relink can find again
            locate=bool(report.of_kind(ProblemKind.MISSING, ProblemKind.SIZE)),
        )
        dialog.show()
        dialog.raise_()

    def repair_plan(self, report: CheckReport) -> list[str]:
        """What a repair of ``report`` will do, in the user's words, before it is started."""
        from ..domain.integrity import ProblemKind

        plan = []
        orphans = len(report.of_kind(ProblemKind.ORPHAN))
        if orphans:
            plan.append(
                Library.tr(
                    "Move %Ln file(s) no record knows to the library's quarantine folder "
                    "(nothing is deleted)",
                    "",
                    orphans,
                )
            )
        if report.of_kind(ProblemKind.INDEX):
            plan.append(QCoreApplication.translate("Library", "Rebuild the search index"))
        leftovers = len(report.of_kind(ProblemKind.TEMPORARY))
        if leftovers:
            plan.append(
                Library.tr(
                    "Remove %Ln partial copy(ies) left by an interrupted program", "", leftovers
                )
            )
        return plan

    def ask_repair(self) -> None:
        report = self.last_report
        if report is None:
            return
        plan = self.repair_plan(report)
        if not plan:
            return
        left = sum(1 for p in report.problems if not p.repairable)
        text = (
            QCoreApplication.translate("Library", "Repair will:")
            + "\n"
            + "\n".join(f"• {line}" for line in plan)
        )
        text += "\n\n" + QCoreApplication.translate("Library", "No record is removed.")
        if left:
            text += " " + Library.tr(
                "%Ln problem(s) are left for you to decide (missing or changed files: locate "
                "them, or remove them from their sessions).",
                "",
                left,
            )
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("Library", "Repair the Library"), text
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.repair()

    def repair(self) -> int:
        full = self._full
        integrity = self.archive.integrity

        def job(ctx: TaskContext) -> tuple[CheckReport, RepairReport]:
            _before, repaired = integrity.repair(full=full, progress=ctx.report)
            # The report shown is of the library as it is now, after the repair.
            return integrity.check(full=full, progress=ctx.report), repaired

        def done(result: tuple[CheckReport, RepairReport]) -> None:
            from .library_views import repair_summary

            report, repair = result
            self._show_report(
                report,
                repair_summary(repair)
                or [QCoreApplication.translate("Library", "Nothing to repair")],
            )
            if repair.index_rebuilt:
                self.shell.browser_refresh_requested.emit([])

        return self.tasks.submit(
            QCoreApplication.translate("Library", "Repairing the library…"), job, done
        )

    # ================================================================ relink

    def locate_missing(self) -> None:
        """Ask for a folder and reconnect every missing file found under it."""
        folder = QFileDialog.getExistingDirectory(
            self.window,
            QCoreApplication.translate(
                "Library", "Locate Missing Files: Choose a Folder to Search (Subfolders Too)"
            ),
            str(Path.home()),
        )
        if folder:
            self.relink([Path(folder)])

    def _on_files_locate_requested(self, stored_path: str, name: str) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Library", "Locate “%1”").replace("%1", name),
            str(Path.home()),
            QCoreApplication.translate("Library", "All files (*)"),
        )
        if chosen:
            # The folder of the file pointed at, not below it: other missing files that were
            # moved there with it are reconnected too, and nothing else is read.
            self.relink([Path(chosen).parent], recursive=False, wanted=(stored_path, name))

    def relink(
        self,
        folders: Sequence[Path],
        *,
        recursive: bool = True,
        wanted: tuple[str, str] | None = None,
    ) -> int:
        """Find missing files under ``folders`` and reconnect them; ``wanted``: (stored path,
        name) of the one file the user is locating, which the outcome is about."""
        integrity = self.archive.integrity

        def job(ctx: TaskContext) -> RelinkReport:
            return integrity.relink(folders, recursive=recursive, progress=ctx.report)

        return self.tasks.submit(
            QCoreApplication.translate("Library", "Looking for missing files…"),
            job,
            lambda report: self._after_relink(report, wanted),
        )

    def _after_relink(self, report: RelinkReport, wanted: tuple[str, str] | None) -> None:
        if report.relinked:
            current = self.shell.selection.current
            self.shell.sessions_changed.emit([current] if current is not None else [])
        found = len(report.relinked)
        if wanted is not None:
            stored_path, name = wanted
            if any(r.old_path == stored_path for r in report.relinked):
                title = QCoreApplication.translate(
                    "Library", "“%1” was found and reconnected."
                ).replace("%1", name)
                if found > 1:
                    title += " " + Library.tr(
                        "%Ln other missing file(s) in the same folder were reconnected too.",
                        "",
                        found - 1,
                    )
            else:
                title = QCoreApplication.translate(
                    "Library",
                    "“%1” is not in that folder: no file there has its recorded size and "
                    "content. Nothing was changed for it.",
                ).replace("%1", name)
        elif not report.looked_for:
            title = QCoreApplication.translate("Library", "No file is missing: nothing to locate.")
        else:
            title = Library.tr(
                "%1 of %Ln missing file(s) were found and reconnected.", "", report.looked_for
            ).replace("%1", str(found))
        from .library_views import relink_summary

        details = relink_summary(report)
        self._inform(QCoreApplication.translate("Library", "Locate Missing Files"), title, details)
        if self.report_dialog is not None and self.report_dialog.isVisible() and found:
            self.check(full=self._full)  # the report open on screen follows what changed

    # ================================================================ backup and restore

    def ask_backup(self) -> None:
        from .library_views import BackupDialog

        dialog = self.backup_dialog = BackupDialog(self.window)
        stamp = dt.date.today().isoformat()
        default = Path.home() / f"{self.archive.root.name}-backup-{stamp}.tar.gz"
        dialog.archive_edit.setText(str(default))

        def browse() -> None:
            chosen, _ = QFileDialog.getSaveFileName(
                dialog,
                QCoreApplication.translate("Library", "Back Up To"),
                dialog.archive_edit.text(),
                QCoreApplication.translate("Library", ARCHIVE_FILTER),
            )
            if chosen:
                dialog.archive_edit.setText(chosen)

        dialog.browse_button.clicked.connect(browse)
        dialog.accepted.connect(
            lambda: self.backup(dialog.archive, with_files=dialog.include_files.isChecked())
        )
        dialog.open()

    def backup(self, target: Path, *, with_files: bool) -> int:
        backups = self.archive.backups
        if not target.name.lower().endswith((".tar", ".tar.gz", ".tgz")):
            target = target.with_name(target.name + ".tar.gz")

        def job(ctx: TaskContext) -> BackupResult:
            # Cancel raises Cancelled in the service: no archive is left behind.
            return backups.backup(target, with_files=with_files, progress=ctx.report)

        return self.tasks.submit(
            QCoreApplication.translate("Library", "Backing up the library…"),
            job,
            self._after_backup,
            lambda failure: self._failed(
                QCoreApplication.translate("Library", "The backup was not written."), failure
            ),
        )

    def _after_backup(self, result: BackupResult) -> None:
        if result.files_included:
            title = (
                Library.tr("Backed up %Ln file(s) (%1) to %2", "", result.files)
                .replace("%1", size_text(result.bytes))
                .replace("%2", str(result.path))
            )
        else:
            title = QCoreApplication.translate("Library", "Backed up the catalogue to %1").replace(
                "%1", str(result.path)
            )
        self.window.statusBar().showMessage(title, 15000)
        notes = []
        if result.linked:
            notes.append(
                Library.tr(
                    "%Ln file(s) linked in place are recorded by path, not copied: back them "
                    "up where they are.",
                    "",
                    result.linked,
                )
            )
        notes += [
            QCoreApplication.translate(
                "Library", "Not in the library, so not in the backup: %1"
            ).replace("%1", missing)
            for missing in result.missing
        ]
        self._inform(QCoreApplication.translate("Library", "Back Up"), title, notes)

    def ask_restore(self) -> None:
        from .library_views import RestoreDialog

        dialog = self.restore_dialog = RestoreDialog(self.window)

        def browse_archive() -> None:
            chosen, _ = QFileDialog.getOpenFileName(
                dialog,
                QCoreApplication.translate("Library", "Backup Archive"),
                str(Path.home()),
                QCoreApplication.translate("Library", ARCHIVE_FILTER),
            )
            if chosen:
                dialog.archive_edit.setText(chosen)
                if not dialog.target_edit.text():
                    name = Path(chosen).name.split(".")[0]
                    dialog.target_edit.setText(str(Path(chosen).parent / f"{name}-restored"))

        def browse_target() -> None:
            chosen = QFileDialog.getExistingDirectory(
                dialog,
                QCoreApplication.translate("Library", "Restore Into (an Empty Folder)"),
                str(Path.home()),
            )
            if chosen:
                dialog.target_edit.setText(chosen)

        dialog.archive_button.clicked.connect(browse_archive)
        dialog.target_button.clicked.connect(browse_target)
        dialog.accepted.connect(lambda: self.restore(dialog.archive, dialog.target))
        dialog.open()

    def restore(self, archive: Path, target: Path) -> int:
        # Imported now: restoring brings in the search index's writer and store, which the
        # window's start does not need.
        from ..services.restore import restore_backup

        def job(ctx: TaskContext) -> RestoreResult:
            # Always a folder library of its own (never this window's database); a cancel
            # raises Cancelled there and what was written in the target is removed.
            return restore_backup(archive, target, progress=ctx.report)

        return self.tasks.submit(
            QCoreApplication.translate("Library", "Restoring a backup…"),
            job,
            self._after_restore,
            lambda failure: self._failed(
                QCoreApplication.translate("Library", "The backup was not restored."), failure
            ),
        )

    def _after_restore(self, result: RestoreResult) -> None:
        title = (
            QCoreApplication.translate(
                "Library", "Restored %1 and %2 into %3, every file checked against its hash."
            )
            .replace("%1", Library.tr("%Ln session(s)", "", result.sessions))
            .replace("%2", Library.tr("%Ln file(s)", "", result.files))
            .replace("%3", str(result.target))
        )
        # One window shows one library: the restored one opens in a program of its own.
        notes = [
            QCoreApplication.translate(
                "Library",
                "The library open now is unchanged. To work in the restored library, start "
                'Webinar Archive with: webinar-archive --library "%1"',
            ).replace("%1", str(result.target))
        ]
        if result.not_in_archive:
            notes.append(
                Library.tr(
                    "%Ln file(s) the catalogue names were not in the archive (a backup without "
                    "files): copy them into its files folder, or use Library → Locate Missing "
                    "Files… there.",
                    "",
                    len(result.not_in_archive),
                )
            )
        if result.linked:
            notes.append(
                Library.tr(
                    "%Ln file(s) are linked in place where they were: check they exist.",
                    "",
                    len(result.linked),
                )
            )
        self.window.statusBar().showMessage(title, 15000)
        self._inform(QCoreApplication.translate("Library", "Restore Backup"), title, notes)

    # ================================================================ automatic copies

    def show_backup_settings(self) -> None:
        backups = self.archive.backups
        from ..services.backup import BackupSchedule
        from .library_views import BackupSettingsDialog

        dialog = self.settings_dialog = BackupSettingsDialog(self.window)
        schedule = backups.schedule()
        dialog.every_days.setValue(schedule.every_days)
        dialog.keep.setValue(schedule.keep)
        copies = []
        for path in reversed(backups.scheduled_backups()):
            try:
                info = path.stat()
            except OSError:
                continue
            made = date_time_text(dt.datetime.fromtimestamp(info.st_mtime))
            copies.append((made, path.name, size_text(info.st_size)))
        dialog.show_copies(backups.backup_dir, copies)
        dialog.open_folder_button.setEnabled(backups.backup_dir.is_dir())
        dialog.open_folder_button.clicked.connect(
            lambda: open_externally(dialog, backups.backup_dir)
        )
        dialog.accepted.connect(
            lambda: self.set_schedule(
                BackupSchedule(dialog.every_days.value(), dialog.keep.value())
            )
        )
        dialog.open()

    def set_schedule(self, schedule: BackupSchedule) -> int:
        backups = self.archive.backups

        def job(_ctx: TaskContext) -> BackupSchedule:
            backups.set_schedule(schedule)
            return schedule

        def done(saved: BackupSchedule) -> None:
            if saved.every_days == 0:
                text = QCoreApplication.translate("Library", "Automatic backups are off.")
            else:
                text = (
                    QCoreApplication.translate(
                        "Library", "The catalogue is copied every %1; the last %2 are kept."
                    )
                    .replace("%1", Library.tr("%Ln day(s)", "", saved.every_days))
                    .replace("%2", Library.tr("%Ln copy(ies)", "", saved.keep))
                )
            self.window.statusBar().showMessage(text, 8000)

        return self.tasks.submit(
            QCoreApplication.translate("Library", "Saving the backup settings…"), job, done
        )

    def start_scheduled_backup(self) -> int:
        """The automatic catalogue copy, when one is due: a job, so the window shows at once."""
        backups = self.archive.backups

        def job(_ctx: TaskContext) -> Path | None:
            return backups.backup_if_due()

        def done(made: Path | None) -> None:
            if made is not None:
                log.info("automatic backup written to %s", made)
                self.window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "Library", "Automatic backup of the catalogue written to %1"
                    ).replace("%1", str(made)),
                    8000,
                )

        def failed(failure: TaskFailure) -> None:
            # The app works on; the message stays until the next one, and the log has it.
            log.warning("automatic backup failed: %s", failure.message)
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Library", "The automatic backup failed: %1 (Library → Backup Settings…)"
                ).replace("%1", failure.message)
            )

        return self.tasks.submit(
            QCoreApplication.translate("Library", "Automatic backup…"), job, done, failed
        )

    # ================================================================ shared

    def _failed(self, what: str, failure: TaskFailure) -> None:
        self.window.statusBar().showMessage(what, 8000)
        # Our own errors say what to do; only a fault of ours needs the traceback.
        details = "" if failure.expected else failure.details
        errors.show_failure(self.window, what, failure.message, details)

    def _inform(self, title: str, text: str, details: Sequence[str] = ()) -> None:
        box = self.message = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText("\n".join(details[:8]))
            if len(details) > 8:
                box.setDetailedText("\n".join(details))
        box.open()
