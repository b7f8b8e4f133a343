"""Session → Edit Selected…: the bulk edit dialog's preview, applying it (a background job with
progress and cancel when large) and its one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..domain import model as m
from ..domain.errors import ArchiveError
from . import errors
from .formats import number_text
from .shell import Shell
from .tasks import TaskFailure
from .undo import BulkEditCommand, push_done

# The dialog (and the edit's records) are imported when it is first opened.
if TYPE_CHECKING:
    from ..domain.bulk import BulkEdit, BulkPreview, BulkUndo, SharedValues
    from .bulk_edit_dialog import BulkEditDialog

# Up to this many sessions an edit (or its undo) is done at once; more go to a background job
# with progress and a cancel button, so that the window never freezes.
LARGE = 300


class Catalogue(Protocol):
    """What the bulk edit uses of the catalogue controller."""

    def current_filter(self) -> m.SessionFilter: ...

    def selected_ids(self) -> list[int]: ...

    def refresh_table(self, keep_selection: bool = True) -> None: ...

    def refresh_browser(self, expanded: set[str] | None = None) -> None: ...

    def commit_pending_edit(self) -> None: ...


class BulkEditController(QObject):
    def __init__(self, shell: Shell, catalogue: Catalogue) -> None:
        super().__init__(shell)
        self.shell = shell
        self.catalogue = catalogue
        self.archive = shell.archive
        self.window = shell.window
        self.tasks = shell.tasks
        self.dialog: BulkEditDialog | None = None
        self._preview_job: int | None = None
        self.window.bulk_edit_action.triggered.connect(self.open_dialog)
        shell.selection_changed.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        selection = self.shell.selection
        self.window.bulk_edit_action.setEnabled(bool(selection.ids) and not selection.filter.trash)

    # ------------------------------------------------------------ the dialog

    def open_dialog(self) -> BulkEditDialog | None:
        """Show the dialog for the selected sessions (window-modal, not blocking)."""
        self.catalogue.commit_pending_edit()
        ids = self.catalogue.selected_ids()
        flt = self.catalogue.current_filter()
        if not ids or flt.trash:
            return None
        try:
            shown = self.archive.sessions.count(flt)
            shared = self.archive.bulk.shared_values(ids)
        except ArchiveError as exc:
            errors.report_exception(
                self.window,
                exc,
                QCoreApplication.translate("BulkEditController", "The sessions cannot be edited."),
            )
            return None
        from .bulk_edit_dialog import BulkEditDialog

        dialog = BulkEditDialog(self.window, shared, len(ids), shown)
        dialog.edit_changed.connect(self._on_dialog_edit_changed)
        dialog.scope_combo.currentIndexChanged.connect(self._on_dialog_scope_changed)
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        self._ids = ids
        self._filter = flt
        dialog.open()
        return dialog

    def _target_ids(self) -> list[int]:
        """The selected rows, or every session of the search or filter (ids only: the table
        itself loads its rows lazily and need not have them all)."""
        assert self.dialog is not None
        if self.dialog.all_shown:
            return self.archive.bulk.ids(self._filter)
        return list(self._ids)

    def _on_dialog_scope_changed(self, _index: int) -> None:
        """The "(various)" column follows the scope: the selection or everything shown."""
        dialog = self.dialog
        if dialog is None:
            return
        all_shown, ids, flt = dialog.all_shown, list(self._ids), self._filter

        def shared() -> SharedValues:
            return self.archive.bulk.shared_values(self.archive.bulk.ids(flt) if all_shown else ids)

        def show(values: SharedValues) -> None:
            if self.dialog is dialog:
                dialog.set_shared(values)

        self.tasks.query(shared, show, self._on_preview_failed)

    def _on_dialog_edit_changed(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        edit = dialog.edit()
        if self._preview_job is not None:
            self.tasks.discard(self._preview_job)
        if edit.is_empty:
            self._preview_job = None
            dialog.show_nothing()
            return
        all_shown = dialog.all_shown
        ids, flt = list(self._ids), self._filter

        def preview() -> BulkPreview:
            target = self.archive.bulk.ids(flt) if all_shown else ids
            from .bulk_edit_dialog import PREVIEW_ROWS

            return self.archive.bulk.preview(target, edit, PREVIEW_ROWS)

        self._preview_job = self.tasks.query(preview, self._on_preview, self._on_preview_failed)

    def _on_preview(self, preview: BulkPreview) -> None:
        self._preview_job = None
        if self.dialog is not None:
            self.dialog.show_preview(preview)

    def _on_preview_failed(self, failure: TaskFailure) -> None:
        self._preview_job = None
        if self.dialog is not None:
            self.dialog.show_problem(failure.message)

    def _on_dialog_accepted(self) -> None:
        assert self.dialog is not None
        edit = self.dialog.edit()
        try:
            ids = self._target_ids()
        except ArchiveError as exc:
            errors.report_exception(
                self.window,
                exc,
                QCoreApplication.translate("BulkEditController", "The sessions were not changed."),
            )
            return
        self.apply(ids, edit)

    def _on_dialog_finished(self, _result: int) -> None:
        if self._preview_job is not None:
            self.tasks.discard(self._preview_job)
            self._preview_job = None
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    # ------------------------------------------------------------ applying and undoing

    def apply(self, ids: list[int], edit: BulkEdit) -> None:
        """Apply ``edit`` to ``ids`` and put it on the undo stack as one step once done."""

        def done(change: BulkUndo) -> None:
            command = BulkEditCommand(
                QCoreApplication.translate("BulkEditController", "Edit %1 Sessions").replace(
                    "%1", number_text(change.count)
                ),
                ids,
                edit,
                change,
                self._redo,
                self._undo,
            )
            push_done(self.shell.undo_stack, [command])
            self._after(
                change.session_ids,
                self.tr("Changed %Ln session(s).", "", change.count),
            )

        self._run(
            len(ids),
            QCoreApplication.translate("BulkEditController", "Editing %1 sessions").replace(
                "%1", number_text(len(ids))
            ),
            lambda progress: self.archive.bulk.apply(ids, edit, progress),
            done,
            QCoreApplication.translate("BulkEditController", "The sessions were not changed."),
        )

    def _undo(self, command: BulkEditCommand) -> None:
        change: BulkUndo = command.change

        def done(count: int) -> None:
            self._after(
                change.session_ids,
                self.tr("Undone: %Ln session(s) as they were.", "", count),
            )

        self._run(
            change.count,
            QCoreApplication.translate(
                "BulkEditController", "Undoing the edit of %1 sessions"
            ).replace("%1", number_text(change.count)),
            lambda progress: self.archive.bulk.undo(change, progress),
            done,
            QCoreApplication.translate("BulkEditController", "The edit was not undone."),
            lambda: self._step_back(command, undone=True),
        )

    def _redo(self, command: BulkEditCommand) -> None:
        def done(change: BulkUndo) -> None:
            command.change = change
            self._after(
                change.session_ids,
                self.tr("Changed %Ln session(s) again.", "", change.count),
            )

        self._run(
            len(command.ids),
            QCoreApplication.translate("BulkEditController", "Editing %1 sessions").replace(
                "%1", number_text(len(command.ids))
            ),
            lambda progress: self.archive.bulk.apply(command.ids, command.edit, progress),
            done,
            QCoreApplication.translate("BulkEditController", "The edit was not made again."),
            lambda: self._step_back(command, undone=False),
        )

    def _step_back(self, command: BulkEditCommand, *, undone: bool) -> None:
        """Undo (or redo) failed or was cancelled: the stack goes back to where it was."""
        stack = self.shell.undo_stack
        for i in range(stack.count()):
            if stack.command(i) is command:
                command.quiet = True
                stack.setIndex(i + 1 if undone else i)
                command.quiet = False
                return

    def _run(
        self,
        size: int,
        title: str,
        work: Callable[[Any], Any],
        done: Callable[[Any], None],
        failed: str,
        undo_stack_back: Callable[[], None] | None = None,
    ) -> None:
        """Small work at once; large work as a job (cancel rolls it all back)."""

        def fail(problem: str | BaseException, details: str = "") -> None:
            if undo_stack_back is not None:
                QTimer.singleShot(0, undo_stack_back)
            errors.show_failure(self.window, failed, problem, details)

        if size <= LARGE:
            try:
                result = work(None)
            except ArchiveError as exc:
                fail(exc)
                return
            # Undo and redo run inside the stack's command: the catalogue catches up after.
            QTimer.singleShot(0, lambda: done(result))
            return

        def on_failure(failure: TaskFailure) -> None:
            fail(failure.message, failure.details)

        def on_cancelled() -> None:
            if undo_stack_back is not None:
                QTimer.singleShot(0, undo_stack_back)

        self.tasks.submit(
            title,
            lambda ctx: work(ctx.report),
            done,
            on_failure,
            on_cancelled,
        )

    def _after(self, ids: list[int], message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)
        self.catalogue.refresh_table()
        self.catalogue.refresh_browser()
        self.shell.editor.refresh_if_changed()
