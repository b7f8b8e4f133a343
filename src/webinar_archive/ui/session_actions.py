"""What the catalogue does to sessions: new, demo, rename, trash, restore, empty the trash."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QMenu, QMessageBox

from .. import APP_NAME, __version__
from ..domain import model as m
from ..domain.errors import ArchiveError
from . import errors
from .desktop import open_externally
from .i18n import TrContext
from .session_table_model import SessionTableModel
from .shell import Shell
from .undo import MoveToTrash, push_done

MainController = TrContext("MainController")

NEW_SESSION_TITLE = QT_TRANSLATE_NOOP("MainController", "New session")


class Catalogue(Protocol):
    """What the actions use of the catalogue controller (catalogue_controller.py)."""

    table_model: SessionTableModel

    def current_filter(self) -> m.SessionFilter: ...

    def selected_ids(self) -> list[int]: ...

    def select_sessions(self, ids: Sequence[int]) -> None: ...

    def select_session(self, session_id: int) -> None: ...

    def refresh_table(self, keep_selection: bool = True) -> None: ...

    def refresh_browser(self, expanded: set[str] | None = None) -> None: ...


class SessionActions(QObject):
    """The window's session actions (menu, toolbar, context menu, first-run page)."""

    def __init__(self, shell: Shell, catalogue: Catalogue) -> None:
        super().__init__(shell)
        self.shell = shell
        self.catalogue = catalogue
        self.archive = shell.archive
        self.window = w = shell.window
        self.editor = shell.editor
        self.tasks = shell.tasks
        w.new_action.triggered.connect(self._on_new_action_triggered)
        w.trash_action.triggered.connect(self._on_trash_action_triggered)
        w.restore_action.triggered.connect(self._on_restore_action_triggered)
        w.empty_trash_action.triggered.connect(self._on_empty_trash_action_triggered)
        w.rename_action.triggered.connect(self._on_rename_action_triggered)
        w.demo_action.triggered.connect(self._on_demo_action_triggered)
        w.about_action.triggered.connect(self._on_about_action_triggered)
        w.empty_state.demo_requested.connect(self._on_demo_action_triggered)
        w.empty_state.add_requested.connect(self._on_new_action_triggered)
        w.table.customContextMenuRequested.connect(self._on_table_custom_context_menu_requested)

    def _on_table_custom_context_menu_requested(self, pos: QPoint) -> None:
        w = self.window
        menu = QMenu(w)
        if self.catalogue.current_filter().trash:
            menu.addAction(w.restore_action)
            menu.addAction(w.empty_trash_action)
        else:
            menu.addAction(w.rename_action)
            menu.addAction(w.attach_action)
            menu.addAction(w.bulk_edit_action)
            menu.addAction(w.transcribe_selected_action)
            source = self.editor.session.source_url if self.editor.session else None
            open_source = menu.addAction(
                QCoreApplication.translate("MainController", "Open Source Page")
            )
            open_source.setEnabled(bool(source))
            open_source.triggered.connect(lambda: open_externally(w, source or ""))
            menu.addAction(w.export_brief_action)
            menu.addSeparator()
            menu.addAction(w.trash_action)
        menu.exec(w.table.viewport().mapToGlobal(pos))

    def _on_new_action_triggered(self) -> None:
        try:
            session = self.archive.sessions.create(
                m.SessionDraft(
                    title=QCoreApplication.translate("MainController", str(NEW_SESSION_TITLE))
                )
            )
        except ArchiveError as exc:
            errors.report_exception(
                self.window,
                exc,
                QCoreApplication.translate("MainController", "The session was not created."),
            )
            return
        self.catalogue.refresh_browser()
        self.catalogue.select_session(session.id)
        self._on_rename_action_triggered()

    def _on_demo_action_triggered(self) -> None:
        try:
            session, _new = self.archive.sessions.create_demo()
        except ArchiveError as exc:
            errors.report_exception(
                self.window,
                exc,
                QCoreApplication.translate("MainController", "The demo session was not added."),
            )
            return
        self.catalogue.refresh_browser()
        self.catalogue.select_session(session.id)

    def _on_rename_action_triggered(self) -> None:
        if self.editor.session is None:
            return
        view = self.window.editor
        view.tabs.setCurrentIndex(0)
        view.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        view.title_edit.selectAll()

    def _on_trash_action_triggered(self) -> None:
        ids = self.catalogue.selected_ids()
        if not ids or self.catalogue.current_filter().trash:
            return
        self.move_to_trash(ids)

    def move_to_trash(self, ids: Sequence[int]) -> None:
        ids = list(ids)
        self._trash(ids)
        label = QCoreApplication.translate("MainController", "Move to Trash")
        command = MoveToTrash(ids, label, self._trash_later, self._restore_later)
        push_done(self.shell.undo_stack, [command])

    # Undo and redo run inside the stack's command: the catalogue catches up after it, as
    # selecting another session makes the editor rebuild that stack.
    def _trash_later(self, ids: list[int]) -> None:
        self.archive.sessions.trash(ids)
        QTimer.singleShot(0, lambda: self._after_trash(ids, None))

    def _restore_later(self, ids: list[int]) -> None:
        count = self.archive.sessions.restore(ids)
        QTimer.singleShot(0, lambda: self._after_restore(ids, count))

    def _after_restore(self, ids: list[int], count: int) -> None:
        self.window.statusBar().showMessage(
            MainController.tr("Restored %Ln session(s).", "", count),
            5000,
        )
        self.catalogue.refresh_table(keep_selection=False)
        self.catalogue.refresh_browser()
        self.catalogue.select_sessions(ids)

    def _trash(self, ids: list[int]) -> None:
        rows = [r for i in ids if (r := self.catalogue.table_model.row_of(i)) is not None]
        self.archive.sessions.trash(ids)
        self._after_trash(ids, min(rows) if rows else None)

    def _after_trash(self, ids: list[int], next_row: int | None) -> None:
        self.window.statusBar().showMessage(
            MainController.tr("Moved %Ln session(s) to the trash.", "", len(ids)),
            5000,
        )
        self.catalogue.refresh_table(keep_selection=False)
        self.catalogue.refresh_browser()
        if next_row is not None and self.catalogue.table_model.rowCount():
            row = min(next_row, self.catalogue.table_model.rowCount() - 1)
            sid = self.catalogue.table_model.session_id(row)
            if sid is not None:
                self.catalogue.select_sessions([sid])

    def _on_restore_action_triggered(self) -> None:
        ids = self.catalogue.selected_ids()
        if ids and self.catalogue.current_filter().trash:
            self._after_restore(ids, self.archive.sessions.restore(ids))

    def _on_empty_trash_action_triggered(self) -> None:
        n = self.archive.sessions.count(m.SessionFilter(trash=True))
        if n == 0:
            return
        question = MainController.tr(
            "Delete the %Ln session(s) in the trash for good, with their copied files? "
            "This cannot be undone.",
            "",
            n,
        )
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("MainController", "Empty Trash"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.load(None)
        self.tasks.submit(
            QCoreApplication.translate("MainController", "Emptying the trash"),
            lambda _ctx: self.archive.sessions.empty_trash(),
            self._after_empty_trash,
        )

    def _after_empty_trash(self, count: int) -> None:
        self.window.statusBar().showMessage(
            MainController.tr("Deleted %Ln session(s) for good.", "", count),
            5000,
        )
        self.catalogue.refresh_table(keep_selection=False)
        self.catalogue.refresh_browser()

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self.window,
            QCoreApplication.translate("MainController", "About Webinar Archive"),
            QCoreApplication.translate(
                "MainController",
                "<h3>%1 %2</h3><p>A desktop archive for recorded webinar sessions: who spoke, "
                "for which organisation, their slides, the recording and a summary.</p>"
                "<p>Library: %3</p><p>Licensed under the GNU GPL, version 3 or later.</p>",
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
            .replace("%3", str(self.archive.root)),
        )
