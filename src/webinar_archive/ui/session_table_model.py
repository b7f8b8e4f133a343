"""The session table model: an id list from the service, rows fetched lazily in pages."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain import model as m
from ..domain.time import format_ms
from ..services.sessions import SessionService
from .formats import date_text

log = logging.getLogger(__name__)

COL_TITLE = 0
COL_SERIES = 1
COL_DATE = 2
COL_SPEAKERS = 3
COL_THEME = 4
COL_MATERIALS = 5
COL_DURATION = 6
COL_STATUS = 7
COLUMN_COUNT = 8

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 200
# Rows kept once read (the oldest read are dropped first): scrolling through 100,000 sessions
# must not keep them all in memory. Enough for several screens either way of the view.
CACHED_ROWS = 25 * PAGE_SIZE

SORT_KEYS: dict[int, m.SortKey] = {
    COL_TITLE: m.SortKey.TITLE,
    COL_SERIES: m.SortKey.SERIES,
    COL_DATE: m.SortKey.DATE,
    COL_SPEAKERS: m.SortKey.SPEAKERS,
    COL_THEME: m.SortKey.THEME,
    COL_MATERIALS: m.SortKey.MATERIALS,
    COL_DURATION: m.SortKey.DURATION,
    COL_STATUS: m.SortKey.STATUS,
}


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("SessionTable", "Title"),
        QCoreApplication.translate("SessionTable", "Series"),
        QCoreApplication.translate("SessionTable", "Date"),
        QCoreApplication.translate("SessionTable", "Speakers"),
        QCoreApplication.translate("SessionTable", "Theme"),
        QCoreApplication.translate("SessionTable", "Materials"),
        QCoreApplication.translate("SessionTable", "Duration"),
        QCoreApplication.translate("SessionTable", "Status"),
    ]


def status_label(status: m.SessionStatus) -> str:
    return {
        m.SessionStatus.DRAFT: QCoreApplication.translate("SessionTable", "Draft"),
        m.SessionStatus.CATALOGUED: QCoreApplication.translate("SessionTable", "Catalogued"),
        m.SessionStatus.REVIEWED: QCoreApplication.translate("SessionTable", "Reviewed"),
    }[status]


class SessionTableModel(QAbstractTableModel):
    """Rows are session ids in server-side order; row data comes in pages of ``PAGE_SIZE``."""

    def __init__(self, sessions: SessionService, parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._headers = _headers()
        self._ids: list[int] = []
        # Each id's row, built when first asked for: not needed to draw the first rows, and
        # 100,000 ids take a while.
        self._rows_by_id: dict[int, int] | None = None
        self._cache: dict[int, m.SessionSummary] = {}
        self._filter = m.SessionFilter()
        self._sort = m.SortKey.DATE
        self._descending = True
        self._queried = False  # no id list yet: a sort only chooses the first query's order
        self.pages_loaded = 0

    # ------------------------------------------------------------------ querying

    @property
    def session_filter(self) -> m.SessionFilter:
        return self._filter

    @property
    def sort_key(self) -> m.SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, flt: m.SessionFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Re-query the id list (after edits, filter or sort changes); rows reload on demand."""
        ids = self._sessions.ids(self._filter, self._sort, self._descending)
        self._queried = True
        self.beginResetModel()
        self._ids = ids
        self._rows_by_id = None
        self._cache.clear()
        self.endResetModel()

    def invalidate_rows(self, ids: Sequence[int]) -> None:
        """Forget cached rows of ``ids`` so the next paint reloads them (one session edited)."""
        for sid in ids:
            self._cache.pop(sid, None)
            row = self.row_of(sid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def session_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, session_id: int) -> int | None:
        if self._rows_by_id is None:
            self._rows_by_id = {sid: row for row, sid in enumerate(self._ids)}
        return self._rows_by_id.get(session_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def _row(self, row: int) -> m.SessionSummary | None:
        sid = self._ids[row]
        cached = self._cache.get(sid)
        if cached is not None:
            return cached
        start = (row // PAGE_SIZE) * PAGE_SIZE
        page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
        for loaded in self._sessions.rows(page):
            self._cache[loaded.id] = loaded
        self.pages_loaded += 1
        # Dicts keep insertion order: the rows read longest ago go first (never this page's).
        excess = len(self._cache) - max(CACHED_ROWS, PAGE_SIZE)
        for old in list(itertools.islice(self._cache, excess)) if excess > 0 else ():
            del self._cache[old]
        return self._cache.get(sid)

    @property
    def cached_rows(self) -> int:
        """How many rows are held in memory now."""
        return len(self._cache)

    # ------------------------------------------------------------------ model API

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (
                COL_MATERIALS,
                COL_DURATION,
            ):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == SESSION_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            SORT_VALUE_ROLE,
        ):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (COL_MATERIALS, COL_DURATION):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == SORT_VALUE_ROLE:
            return self._sort_value(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (COL_TITLE, COL_SPEAKERS, COL_THEME, COL_SERIES):
                return self._display(row, col) or None
            return None
        return self._display(row, col)

    @staticmethod
    def _display(row: m.SessionSummary, col: int) -> str:
        if col == COL_TITLE:
            return row.title
        if col == COL_SERIES:
            return row.series or ""
        if col == COL_DATE:
            return date_text(row.date)
        if col == COL_SPEAKERS:
            return row.speakers
        if col == COL_THEME:
            return row.theme or ""
        if col == COL_MATERIALS:
            return str(row.material_count) if row.material_count else ""
        if col == COL_DURATION:
            return format_ms(row.recording_duration_ms) if row.recording_duration_ms else ""
        if col == COL_STATUS:
            return status_label(row.status)
        return ""

    @staticmethod
    def _sort_value(row: m.SessionSummary, col: int) -> Any:
        if col == COL_MATERIALS:
            return row.material_count
        if col == COL_DURATION:
            return row.recording_duration_ms or 0
        if col == COL_DATE:
            return row.date.isoformat() if row.date else ""
        return SessionTableModel._display(row, col)

    def set_sort_key(self, key: m.SortKey, descending: bool) -> None:
        """Choose the sort for the next refresh() by key (search results: RELEVANCE)."""
        self._sort = key
        self._descending = descending

    def set_sort_column(self, column: int, order: Qt.SortOrder) -> None:
        """Choose the sort for the next refresh() without querying now."""
        key = SORT_KEYS.get(column)
        if key is not None:
            self._sort = key
            self._descending = order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the database: re-query the ids with the column's SortKey."""
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if not self._queried:
            # The window restoring its sort indicator before the first refresh(): one query
            # of every id at start-up, not two.
            return
        self.layoutAboutToBeChanged.emit()
        ids = self._sessions.ids(self._filter, self._sort, self._descending)
        old_persistent = self.persistentIndexList()
        old_ids = [self.session_id(i.row()) for i in old_persistent]
        self._ids = ids
        self._rows_by_id = None
        new_indexes = []
        for idx, sid in zip(old_persistent, old_ids, strict=True):
            r = self.row_of(sid) if sid is not None else None
            new_indexes.append(self.index(r, idx.column()) if r is not None else QModelIndex())
        self.changePersistentIndexList(old_persistent, new_indexes)
        self.layoutChanged.emit()
