"""The window's remembered state: layout, table header and sort, open browser groups, the session
shown; restored as the window opens and saved as it closes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer

from . import settings as keys
from .first_rows import restore_window_state
from .session_table_model import SessionTableModel
from .shell import Shell


class Catalogue(Protocol):
    """What the window's state uses of the catalogue controller (catalogue_controller.py)."""

    table_model: SessionTableModel
    # The table's sort before a search ordered it by relevance (None: no search).
    sort_before_search: tuple[int, Qt.SortOrder] | None

    def set_sort_indicator(self, column: int, order: Qt.SortOrder) -> None: ...

    def expanded_groups(self) -> set[str]: ...

    def current_session_id(self) -> int | None: ...

    def select_sessions(self, ids: Sequence[int]) -> None: ...

    def commit_pending_edit(self) -> None: ...


class WindowState(QObject):
    """Part of the catalogue: what the window remembers of itself between runs."""

    def __init__(self, shell: Shell, catalogue: Catalogue) -> None:
        super().__init__(shell)
        self.shell = shell
        self.catalogue = catalogue
        self.window = shell.window
        self.settings = shell.settings
        self._fit_columns_pending = False
        self.window.close_requested.connect(self._on_window_close_requested)

    def restore(self, *, restored: bool = False) -> None:
        """The remembered layout and sort (``restored``: already restored with the first rows;
        again, the header would sort the table again)."""
        w = self.window
        if restored:
            first_run = self.settings.get(keys.TABLE_HEADER) is None
        else:
            first_run = restore_window_state(w, self.settings)
        if first_run:
            # First run: share the table's real width out once it is shown and laid out.
            self._fit_columns_pending = True
            QTimer.singleShot(0, self._fit_columns_if_pending)
        hdr = w.table.horizontalHeader()
        # The remembered sort applies to the first query (refresh_table), done once after this.
        self.catalogue.table_model.set_sort_column(
            hdr.sortIndicatorSection(), hdr.sortIndicatorOrder()
        )

    def fit_columns_soon(self) -> None:
        """Fit the columns of a first run once the table shows rows (not the empty state)."""
        if self._fit_columns_pending:
            QTimer.singleShot(0, self._fit_columns_if_pending)

    def _fit_columns_if_pending(self) -> None:
        table = self.window.table
        if self._fit_columns_pending and table.isVisible() and table.viewport().width() > 100:
            self._fit_columns_pending = False
            self.window.fit_table_columns(hide_when_narrow=True)

    def select_initial_session(self) -> None:
        """Reopen on the session selected last time, else on the first row."""
        catalogue = self.catalogue
        last_id = self.settings.get(keys.CURRENT_SESSION)
        if last_id is not None and catalogue.table_model.row_of(last_id) is not None:
            catalogue.select_sessions([last_id])
        elif catalogue.table_model.rowCount():
            first = catalogue.table_model.session_id(0)
            if first is not None:
                catalogue.select_sessions([first])

    def save(self) -> None:
        s = self.settings
        w = self.window
        catalogue = self.catalogue
        s.set(keys.WINDOW_GEOMETRY, w.saveGeometry())
        s.set(keys.WINDOW_STATE, w.saveState())
        s.set(keys.WINDOW_SPLITTER, w.splitter.saveState())
        header = w.table.horizontalHeader()
        if catalogue.sort_before_search is not None:
            # The remembered sort is the user's column, not the search's relevance order.
            column, order = catalogue.sort_before_search
            catalogue.set_sort_indicator(column, order)
            s.set(keys.TABLE_HEADER, header.saveState())
            catalogue.set_sort_indicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            s.set(keys.TABLE_HEADER, header.saveState())
        s.set(keys.BROWSER_EXPANDED, sorted(catalogue.expanded_groups()))
        s.set(keys.CURRENT_SESSION, catalogue.current_session_id())
        s.sync()

    def _on_window_close_requested(self) -> None:
        # The player saves its position now, while the library is still open.
        self.shell.closing.emit()
        self.catalogue.commit_pending_edit()
        self.save()
