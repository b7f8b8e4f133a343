"""The catalogue: sidebar browser, session table, the selection; its session actions, the trash
and the window's remembered state in the modules beside it."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from types import ModuleType

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication

from ..domain import model as m
from . import settings as keys
from .browser import (
    FACET_ROLE,
    FILTER_ROLE,
    KIND_LAZY,
    KIND_MORE,
    KIND_ROLE,
    BrowserCounts,
    BrowserModel,
    read_counts,
)
from .bulk_edit_controller import BulkEditController
from .formats import number_text
from .i18n import TrContext
from .label_actions import LabelActions
from .session_actions import SessionActions
from .session_table_model import SessionTableModel
from .shell import Selection, Shell
from .tasks import TaskFailure
from .window_state import WindowState

MainController = TrContext("MainController")

log = logging.getLogger(__name__)

# Search facets with long lists (speakers, organisations) open on demand.
COLLAPSED_FACETS = ("speaker", "organisation")

# How long the session table must have been still before the browser's counts are read.
COUNTS_AFTER_STILL_MS = 300


class CatalogueController(QObject):
    """Owns the browser and table models; publishes the selection the other features follow."""

    def __init__(self, shell: Shell, table_model: SessionTableModel | None = None) -> None:
        """``table_model``: the one showing the window's first rows (ui/first_rows.py),
        which reads from the archive from now on."""
        super().__init__(shell)
        self.shell = shell
        self.archive = archive = shell.archive
        self.window = window = shell.window
        self.settings = shell.settings
        self.tasks = shell.tasks
        self.editor = shell.editor
        if table_model is None:
            self.table_model = SessionTableModel(archive.sessions, self, tasks=self.tasks)
        else:
            self.table_model = table_model
            table_model.setParent(self)
            table_model.set_source(archive.sessions, self.tasks)
        self.browser_model = BrowserModel(archive, self)
        self._node_filter = m.SessionFilter()
        # Search results: the matching ids in rank order (None: no query), and the sort the
        # table had before the search took over (restored when the query is cleared).
        self._search_ids: tuple[int, ...] | None = None
        self.sort_before_search: tuple[int, Qt.SortOrder] | None = None
        self._trash_count = 0
        self._counts_job: int | None = None  # the browser's counts being read in the background
        # The counts wait for the table to be still: read while it scrolls, they take the
        # processor its paints and its pages read ahead need (most of a second at 100,000).
        self._counts_wait = QTimer(self)
        self._counts_wait.setSingleShot(True)
        self._counts_wait.setInterval(COUNTS_AFTER_STILL_MS)
        self._counts_wait.timeout.connect(self._read_counts_now)
        self._counts_expanded: set[str] = set()
        self._browser_timer = QTimer(self)  # counts are refreshed once after a burst of saves
        self._browser_timer.setSingleShot(True)
        self._browser_timer.setInterval(400)
        self._browser_timer.timeout.connect(self.refresh_browser)

        if table_model is None:
            window.table.setModel(self.table_model)
            window.configure_table_columns()
        window.browser.setModel(self.browser_model)
        self._connect()
        self.window_state = WindowState(shell, self)
        self.actions = SessionActions(shell, self)
        self.bulk = BulkEditController(shell, self)
        self.labels = LabelActions(shell, self)
        # The counts come from the query thread: on a large library they take longer than
        # the table's first page, which must not wait for them.
        expanded = self.settings.get(keys.BROWSER_EXPANDED)
        self._read_counts_later(set(expanded))
        self.window_state.restore(restored=table_model is not None)
        self._select_node(m.SessionFilter())
        # The first rows' ids are this filter's in this sort: not read a second time.
        self.refresh_table(requery=not self.table_model.shows(self.current_filter()))
        self.window_state.select_initial_session()

    # ================================================================ wiring

    def _connect(self) -> None:
        w = self.window
        w.browser.selectionModel().currentChanged.connect(self._on_browser_current_changed)
        w.browser.expanded.connect(self._on_browser_expanded)
        w.browser.activated.connect(self._on_browser_activated)
        w.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        w.table.verticalScrollBar().valueChanged.connect(self._on_table_scrolled)
        w.quit_action.triggered.connect(w.close)
        w.about_qt_action.triggered.connect(QApplication.aboutQt)
        w.guide_action.triggered.connect(lambda: _help().show_guide(self.window))
        w.shortcuts_action.triggered.connect(lambda: _help().show_shortcuts(self.window))
        self.editor.session_saved.connect(self._on_editor_session_saved)
        self.editor.session_reloaded.connect(self._on_editor_session_saved)
        # Only records no session names went: the session shown and its undo history stay.
        self.editor.authority_removed.connect(self.refresh_browser)
        shell = self.shell
        shell.sessions_changed.connect(self._on_shell_sessions_changed)
        shell.people_changed.connect(self._on_shell_people_changed)
        shell.catalogue_changed.connect(self._on_shell_catalogue_changed)
        shell.sessions_imported.connect(self._on_shell_sessions_imported)
        shell.session_requested.connect(self._on_shell_session_requested)
        shell.search_applied.connect(self.set_search_ids)
        shell.filter_requested.connect(self.show_filter)
        shell.facets_found.connect(self._on_shell_facets_found)
        shell.browser_refresh_requested.connect(self._on_shell_browser_refresh_requested)

    def _on_shell_sessions_changed(self, ids: list[int]) -> None:
        self.table_model.invalidate_rows(ids)
        self._browser_timer.start()

    def _on_shell_catalogue_changed(self) -> None:
        """Someone else changed the catalogue: new rows and counts, the same selection, the
        same scroll position, and the open session as now stored (unless being typed in)."""
        table = self.window.table
        selected = self.selected_ids()
        current = self.current_session_id()
        scroll = table.verticalScrollBar().value()
        self.table_model.refresh()
        kept = [sid for sid in selected if self.table_model.row_of(sid) is not None]
        sel = table.selectionModel()
        sel.blockSignals(True)  # the same sessions: nothing for the editor to load
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for sid in kept:
            row = self.table_model.row_of(sid)
            if row is not None:
                sel.select(self.table_model.index(row, 0), flags)
        focus = current if current in kept else (kept[0] if kept else None)
        focus_row = self.table_model.row_of(focus) if focus is not None else None
        if focus_row is not None:
            sel.setCurrentIndex(
                self.table_model.index(focus_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        sel.blockSignals(False)
        table.verticalScrollBar().setValue(scroll)
        table.viewport().update()
        if current is not None and current not in kept:
            self.editor.load(focus)  # the open session left the table (deleted, trashed)
        else:
            self.editor.refresh_if_changed()
        self.editor.completions_stale = True
        self._update_empty_state()
        self._update_count()
        self.refresh_browser()

    def _on_shell_sessions_imported(self, ids: list[int]) -> None:
        self.refresh_browser()
        self.refresh_table(keep_selection=False)
        self.select_sessions(ids)

    def _on_shell_session_requested(self, session_id: int, keep_search: bool) -> None:
        if keep_search:
            self.select_session_keeping_search(session_id)
        else:
            self.select_session(session_id)

    def _on_shell_browser_refresh_requested(self, open_groups: list[str]) -> None:
        self.refresh_browser(self.expanded_groups() | set(open_groups))

    def _on_shell_facets_found(
        self, facets: dict[str, list[tuple[str, int]]] | None, total: int
    ) -> None:
        browser = self.window.browser
        model = self.browser_model
        browser.selectionModel().blockSignals(True)
        model.set_search_facets(facets, total)
        browser.selectionModel().blockSignals(False)
        group = model.groups.get("search")
        if group is not None:
            browser.setExpanded(group.index(), True)
            for r in range(group.rowCount()):
                child = group.child(r, 0)
                if child is not None and child.data(FACET_ROLE) not in COLLAPSED_FACETS:
                    browser.setExpanded(child.index(), True)
            browser.scrollToTop()
        self._publish_selection()

    def _publish_selection(self) -> None:
        """Tell the other features what is selected now."""
        self.shell.set_selection(
            Selection(tuple(self.selected_ids()), self.current_session_id(), self._node_filter)
        )

    # ================================================================ browser and table

    def expanded_groups(self) -> set[str]:
        tree = self.window.browser
        return {
            key for key, item in self.browser_model.groups.items() if tree.isExpanded(item.index())
        }

    @property
    def counts_pending(self) -> bool:
        """The browser's counts are still to come (just after the window opened): waiting
        for the table to be still, or being read."""
        return self._counts_job is not None or self._counts_wait.isActive()

    def _read_counts_later(self, expanded: set[str]) -> None:
        """Read the counts on the query thread once the table has been still for
        ``COUNTS_AFTER_STILL_MS`` (at once after that when nobody scrolls)."""
        self._counts_expanded = expanded
        self._counts_wait.start()

    def _on_table_scrolled(self) -> None:
        if self._counts_wait.isActive():
            self._counts_wait.start()  # from the start again: the table is not still yet

    def _read_counts_now(self) -> None:
        expanded = self._counts_expanded

        def show(counts: BrowserCounts) -> None:
            self._counts_job = None
            self.refresh_browser(expanded, counts)

        def failed(failure: TaskFailure) -> None:
            self._counts_job = None
            log.warning("Could not read the browser's counts: %s", failure.message)

        archive = self.archive
        self._counts_job = self.tasks.query(lambda: read_counts(archive), show, failed)

    def refresh_browser(
        self, expanded: set[str] | None = None, counts: BrowserCounts | None = None
    ) -> None:
        """Rebuild the counts (``counts``, or read now), keeping the selected node and the
        expanded groups."""
        if counts is None:
            # Read now, so a background answer would be older: it is dropped.
            self._counts_wait.stop()
            if self._counts_job is not None:
                self.tasks.discard(self._counts_job)
                self._counts_job = None
        tree = self.window.browser
        if expanded is None:
            expanded = self.expanded_groups()
        tree.selectionModel().blockSignals(True)
        self.browser_model.rebuild(counts)
        for key, item in self.browser_model.groups.items():
            if key in expanded:
                if key in ("speakers", "organisations"):
                    self.browser_model.fill_lazy(item)
                tree.setExpanded(item.index(), True)
        index = self.browser_model.index_of_filter(self._node_filter)
        if index.isValid():
            tree.setCurrentIndex(index)
        tree.selectionModel().blockSignals(False)
        tree.configure_columns()
        self._trash_count = self.browser_model.trash_count
        self._update_actions()

    def _select_node(self, flt: m.SessionFilter) -> None:
        index = self.browser_model.index_of_filter(flt)
        if index.isValid():
            self.window.browser.setCurrentIndex(index)

    def _on_browser_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.siblingAtColumn(0).data(KIND_ROLE) == KIND_MORE:
            # Filling replaces the "More…" row itself, so do it after this signal.
            more = QPersistentModelIndex(current)
            QTimer.singleShot(0, lambda: self._show_all_entries(more))
            return
        flt = current.siblingAtColumn(0).data(FILTER_ROLE)
        if isinstance(flt, m.SessionFilter) and flt != self._node_filter:
            self._node_filter = flt
            self.refresh_table()

    def _on_browser_expanded(self, index: QModelIndex) -> None:
        item = self.browser_model.itemFromIndex(index.siblingAtColumn(0))
        if item is not None and item.rowCount() == 1:
            child = item.child(0, 0)
            if child is not None and child.data(KIND_ROLE) == KIND_LAZY:
                self.browser_model.fill_lazy(item)

    def _on_browser_activated(self, index: QModelIndex) -> None:
        self._show_all_entries(QPersistentModelIndex(index))

    def _show_all_entries(self, more: QPersistentModelIndex) -> None:
        """Replace the "More…" row by every speaker (or organisation), by name."""
        index = self.browser_model.index(more.row(), 0, more.parent())
        if more.isValid() and index.data(KIND_ROLE) == KIND_MORE:
            parent = self.browser_model.itemFromIndex(index.parent())
            if parent is not None:
                self.browser_model.fill_lazy(parent, everything=True)

    def current_filter(self) -> m.SessionFilter:
        """The sidebar selection, narrowed to the search results while a query is active."""
        return dataclasses.replace(self._node_filter, ids=self._search_ids)

    def set_search_ids(self, ids: tuple[int, ...] | None) -> None:
        """Show only ``ids`` (rank order, until a column header is clicked); None: all again."""
        header = self.window.table.horizontalHeader()
        if ids is not None and self.sort_before_search is None:
            self.sort_before_search = (header.sortIndicatorSection(), header.sortIndicatorOrder())
            self.table_model.set_sort_key(m.SortKey.RELEVANCE, False)
            self.set_sort_indicator(-1, Qt.SortOrder.AscendingOrder)
        elif ids is None and self.sort_before_search is not None:
            column, order = self.sort_before_search
            self.sort_before_search = None
            self.set_sort_indicator(column, order)
            self.table_model.set_sort_column(column, order)
        self._search_ids = ids
        self.refresh_table()
        if ids is not None:
            # The best matches come first: show them, even when the session kept selected is
            # further down (the editor still shows it).
            self.window.table.scrollToTop()

    def set_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        # Only the arrow: the table is queried once, by refresh_table.
        header = self.window.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    def refresh_table(self, keep_selection: bool = True, *, requery: bool = True) -> None:
        selected = self.selected_ids() if keep_selection else []
        if requery:
            self.table_model.set_filter(self.current_filter())
        self._update_empty_state()
        if selected:
            self.select_sessions(selected)
        else:
            self.editor.load(None)
        self._update_count()
        self._update_actions()

    def _update_empty_state(self) -> None:
        empty = (
            not self._node_filter.trash
            and self._search_ids is None
            and self.table_model.rowCount() == 0
            and self.archive.sessions.count() == 0
        )
        self.window.show_empty_state(empty)
        if not empty:
            self.window_state.fit_columns_soon()

    def _update_count(self) -> None:
        n = self.table_model.rowCount()
        text = MainController.tr("%Ln session(s)", "", n)
        selected = len(self.window.table.selectionModel().selectedRows())
        if selected > 1:
            text = (
                QCoreApplication.translate("MainController", "%1 of %2 selected")
                .replace("%1", number_text(selected))
                .replace("%2", text)
            )
        self.window.count_label.setText(text)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.window.table.selectionModel().selectedRows())
        return [sid for r in rows if (sid := self.table_model.session_id(r)) is not None]

    def current_session_id(self) -> int | None:
        return self.editor.session.id if self.editor.session is not None else None

    def select_sessions(self, ids: Sequence[int]) -> None:
        """Select these sessions in the table (those it shows), the first one current."""
        table = self.window.table
        sel = table.selectionModel()
        sel.clearSelection()
        first: QModelIndex | None = None
        for sid in ids:
            row = self.table_model.row_of(sid)
            if row is None:
                continue
            index = self.table_model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if first is None:
                first = index
                sel.setCurrentIndex(index, flags)
            else:
                sel.select(index, flags)
        if first is not None:
            table.scrollTo(first)
        else:
            self.editor.load(None)

    def select_session(self, session_id: int) -> None:
        """Show ``session_id``, leaving a filter that hides it if needed."""
        if self.table_model.row_of(session_id) is None:
            self.shell.search_cleared.emit()
            self._node_filter = m.SessionFilter()
            self._select_node(self._node_filter)
            self.refresh_table(keep_selection=False)
        self.select_sessions([session_id])

    def show_filter(self, flt: m.SessionFilter) -> None:
        """Show the sessions of ``flt`` alone: the search is let go, and the browser selects the
        matching entry when it has one (a month or a combination has none)."""
        if self._search_ids is not None:
            self.shell.search_cleared.emit()
        self._node_filter = flt
        index = self.browser_model.index_of_filter(flt)
        browser = self.window.browser
        browser.selectionModel().blockSignals(True)
        if index.isValid():
            browser.setCurrentIndex(index)
        else:
            browser.clearSelection()
            browser.setCurrentIndex(QModelIndex())
        browser.selectionModel().blockSignals(False)
        browser.viewport().update()
        self.refresh_table(keep_selection=False)
        self.window.raise_()
        self.window.activateWindow()

    def select_session_keeping_search(self, session_id: int) -> None:
        """Show ``session_id`` (a search hit); only the sidebar selection is let go if needed."""
        if self.table_model.row_of(session_id) is None and self._node_filter != m.SessionFilter():
            self._node_filter = m.SessionFilter()
            self._select_node(self._node_filter)
            self.refresh_table(keep_selection=False)
        if self.table_model.row_of(session_id) is None:
            self.select_session(session_id)
        elif self.current_session_id() != session_id or len(self.selected_ids()) != 1:
            self.select_sessions([session_id])

    def _on_table_selection_changed(self, *_args: object) -> None:
        ids = self.selected_ids()
        current = self.current_session_id()
        if len(ids) >= 1:
            index = self.window.table.currentIndex()
            target = self.table_model.session_id(index.row()) if index.isValid() else None
            if target not in ids:
                target = ids[0]
            if target != current:
                self.editor.load(target)
        elif current is not None:
            self.editor.load(None)
        self._update_count()
        self._update_actions()

    def _on_editor_session_saved(self, session_id: int) -> None:
        self.table_model.invalidate_rows([session_id])
        self._browser_timer.start()

    def _update_actions(self) -> None:
        self._publish_selection()
        w = self.window
        in_trash = self._node_filter.trash
        has_sel = bool(self.selected_ids())
        w.trash_action.setEnabled(has_sel and not in_trash)
        w.restore_action.setEnabled(has_sel and in_trash)
        w.restore_action.setVisible(in_trash)
        w.empty_trash_action.setEnabled(in_trash or self._trash_count > 0)
        w.rename_action.setEnabled(self.editor.session is not None)

    def _on_shell_people_changed(self) -> None:
        self.editor.completions_stale = True
        self.table_model.refresh()
        self.refresh_browser()
        sid = self.current_session_id()
        if sid is not None:
            self.editor.load(sid)
            self.select_sessions([sid])

    def commit_pending_edit(self) -> None:
        """Commit the field being typed in, so quitting never drops an edit."""
        focus = QApplication.focusWidget()
        if focus is not None and self.window.editor.isAncestorOf(focus):
            focus.clearFocus()

    def shutdown(self) -> None:
        self._browser_timer.stop()
        self._counts_wait.stop()  # no counts asked of a runner that has stopped


def _help() -> ModuleType:
    """The help windows' module, imported when first asked for, not while the window starts."""
    from . import help as app_help

    return app_help
