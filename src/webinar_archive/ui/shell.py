"""What every feature of the main window shares: the window, settings, tasks, the selection.

Feature controllers (catalogue, search, player, briefs, import) receive the shell and never
import one another; they talk through its signals. The catalogue publishes what is selected
(``set_selection``); the others ask for things by emitting the request signals below, and
whichever feature owns that thing acts on it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu

from ..domain import model as m
from ..services.archive import Archive
from . import errors
from .first_paint import FirstPaint
from .main_window import MainWindow
from .settings import Settings
from .tasks import Progress, TaskFailure, TaskRunner

log = logging.getLogger(__name__)

POLL_MS = 2000  # how often an open window looks for changes made by others


class SessionEditing(Protocol):
    """The editor of the current session, as the other features use it (session_editor.py)."""

    session: m.Session | None  # the session shown; replaced when its version moved on
    completions_stale: bool  # people or organisations changed: reload the name lists
    session_saved: SignalInstance  # (session id) an edit was saved
    session_reloaded: SignalInstance  # (session id) shown again after a conflict
    authority_removed: SignalInstance  # unused people or organisations were deleted

    @property
    def read_only(self) -> bool: ...

    def load(self, session_id: int | None) -> None: ...

    def refresh_if_changed(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Selection:
    """The sessions selected in the table, the one the editor shows, the sidebar filter."""

    ids: tuple[int, ...] = ()
    current: int | None = None
    filter: m.SessionFilter = field(default_factory=m.SessionFilter)


class Shell(QObject):
    """One main window over one open archive, as its features see it."""

    selection_changed = Signal()
    # Requests, each acted on by the feature that owns the thing asked for:
    sessions_changed = Signal(list)  # ids whose files or parts changed: reload and recount
    sessions_imported = Signal(list)  # ids to refresh the catalogue for and select
    session_requested = Signal(int, bool)  # show this session (keeping the search: True)
    search_applied = Signal(object)  # the ids found, in rank order; None: no search
    search_cleared = Signal()  # the catalogue wants every session shown again
    filter_requested = Signal(object)  # show the sessions of this SessionFilter (the overview)
    facets_found = Signal(object, int)  # the search's facets and its total (None: none)
    browser_refresh_requested = Signal(list)  # groups to show open afterwards
    play_requested = Signal(int, int)  # recording id, start at ms (-1: where it stopped)
    closing = Signal()  # the window is closing, the library still open

    people_changed = Signal()  # people or organisations were merged, renamed or edited
    # Another process or machine committed a change: whoever shows catalogue data refreshes it.
    catalogue_changed = Signal()

    def __init__(
        self,
        archive: Archive,
        window: MainWindow,
        settings: QSettings | None,
        editor: SessionEditing,
        undo_stack: QUndoStack,
    ) -> None:
        super().__init__(window)
        self.archive = archive
        self.window = window
        self.settings = Settings(settings)
        self.tasks = TaskRunner(self)
        # The features' start-up work (the browser's counts, the completion lists, changes by
        # others, a due backup) waits for the window's first paint: their threads would hold
        # Python's lock while the window is built and drawn.
        self.tasks.hold()
        self._first_paint = FirstPaint(
            window, (window.table.viewport(), window.empty_state), self._on_first_paint
        )
        self._after_first_paint: list[Callable[[], None]] = []
        self.editor = editor
        self.undo_stack = undo_stack
        self.selection = Selection()
        # Entries other features add to a series node's right-click menu (menu, series id).
        self.series_menu_hooks: list[Callable[[QMenu, int], None]] = []
        window.install_undo_actions(
            undo_stack.createUndoAction(self, QCoreApplication.translate("Shell", "&Undo")),
            undo_stack.createRedoAction(self, QCoreApplication.translate("Shell", "&Redo")),
        )
        # Every background job shows its progress, cancel and failure in the same places.
        window.task_cancel.clicked.connect(self._on_task_cancel_clicked)
        self.tasks.job_started.connect(self._on_tasks_job_started)
        self.tasks.job_progressed.connect(self._on_tasks_job_progressed)
        self.tasks.job_ended.connect(self._on_tasks_job_ended)
        self.tasks.job_failed.connect(self._on_tasks_job_failed)
        self.tasks.job_cancelled.connect(self._on_tasks_job_cancelled)
        # Changes by others are looked for while the window is on screen (archive.changes).
        self._poll_job: int | None = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.check_for_changes)
        window.installEventFilter(self)
        if window.isVisible() and not window.isMinimized():
            self.poll_timer.start()  # shown with its first rows before it was wired

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the window has painted its first rows (now if it has)."""
        if self._first_paint.pending:
            self._after_first_paint.append(then)
        else:
            then()

    def _on_first_paint(self) -> None:
        self.tasks.release()
        waiting, self._after_first_paint = self._after_first_paint, []
        for then in waiting:
            then()

    # ================================================================ changes made elsewhere

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.WindowStateChange,
        ):
            on_screen = self.window.isVisible() and not self.window.isMinimized()
            if on_screen and not self.poll_timer.isActive():
                self.poll_timer.start()
                self.check_for_changes()  # back on screen: catch up at once
            elif not on_screen:
                self.poll_timer.stop()
        return False

    def check_for_changes(self) -> None:
        """Ask, on the query thread (it may wait on the network), whether others changed
        the catalogue; ``catalogue_changed`` when they did. One question at a time."""
        if self._poll_job is None:
            self._poll_job = self.tasks.query(
                self.archive.changes.poll, self._on_poll_answered, self._on_poll_failed
            )

    def _on_poll_answered(self, changed: bool) -> None:
        self._poll_job = None
        if changed:
            self.catalogue_changed.emit()

    def _on_poll_failed(self, failure: TaskFailure) -> None:
        self._poll_job = None
        log.warning("Looking for changes failed: %s", failure.message)

    def set_selection(self, selection: Selection) -> None:
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit()

    # ================================================================ the task bar

    def _on_tasks_job_started(self, job_id: int, title: str) -> None:
        w = self.window
        w.task_label.setText(title)
        w.task_progress.setRange(0, 0)
        w.set_task_visible(True)

    def _on_tasks_job_progressed(self, job_id: int, progress: Progress) -> None:
        w = self.window
        if progress.text:
            w.task_label.setText(progress.text)
        if progress.total > 0:
            w.task_progress.setRange(0, 1000)
            w.task_progress.setValue(int(1000 * progress.done / progress.total))
        else:
            w.task_progress.setRange(0, 0)

    def _on_tasks_job_ended(self, _job_id: int) -> None:
        if not self.tasks.busy:
            self.window.set_task_visible(False)

    def _on_task_cancel_clicked(self) -> None:
        self.tasks.cancel()
        self.window.task_label.setText(QCoreApplication.translate("Shell", "Cancelling…"))

    def _on_tasks_job_failed(self, failure: TaskFailure) -> None:
        what = QCoreApplication.translate("Shell", "%1 failed.").replace(
            "%1", failure.title.rstrip("…")
        )
        details = "" if failure.expected else failure.details  # ours say what to do
        errors.show_failure(self.window, what, failure.message, details)

    def _on_tasks_job_cancelled(self, title: str) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Shell", "%1 was cancelled.").replace(
                "%1", title.rstrip("…")
            ),
            8000,
        )
