"""The session table model: an id list from the service, rows fetched lazily in pages."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from ..domain import model as m
from ..domain.time import format_ms
from .formats import iso_date_cells
from .tasks import TaskFailure, TaskRunner

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


def status_labels() -> dict[m.SessionStatus, str]:
    return {
        m.SessionStatus.DRAFT: QCoreApplication.translate("SessionTable", "Draft"),
        m.SessionStatus.CATALOGUED: QCoreApplication.translate("SessionTable", "Catalogued"),
        m.SessionStatus.REVIEWED: QCoreApplication.translate("SessionTable", "Reviewed"),
    }


def status_label(status: m.SessionStatus) -> str:
    return status_labels()[status]


# A row as the table shows it, formatted once when read: the eight columns' text, then the
# sort values of materials, duration and date. A tuple of strings and numbers, which the garbage
# collector stops tracking, unlike one object per row that every full collection would walk.
Row = tuple[str, str, str, str, str, str, str, str, int, int, str]
_MISSING: tuple[()] = ()  # an id with no live session any more (deleted meanwhile)
_SORT_SLOTS = {COL_MATERIALS: 8, COL_DURATION: 9, COL_DATE: 10}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Plain ints: a cell's roles are compared for every cell painted.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT_ALIGNED = frozenset({COL_MATERIALS, COL_DURATION})
_OTHER_ROLES = frozenset(
    {int(Qt.ItemDataRole.ToolTipRole), int(SORT_VALUE_ROLE), int(SESSION_ID_ROLE)}
)
# Pages read ahead on the query thread in the direction the view moves (one the other way), so
# that scrolling finds its rows already read instead of reading them on the GUI thread.
PAGES_AHEAD = 2


class SessionSource(Protocol):
    """Where the table's ids and rows come from: the archive's sessions service, or the plain
    reader of the catalogue file until the library is open (``ui/first_rows.py``)."""

    def ids(self, flt: m.SessionFilter, sort: m.SortKey, descending: bool) -> list[int]: ...

    def table_page(self, ids: Sequence[int]) -> m.TablePage: ...


def read_rows(sessions: SessionSource, ids: Sequence[int]) -> dict[int, Row | tuple[()]]:
    """The table rows of ``ids``, formatted (any thread: the pages are read ahead).

    Each row is made from the driver's row at once, with no object in between: this runs on
    the thread reading ahead, holding the interpreter's lock the window's painting waits for.
    The locale's date pattern and the status labels are looked up once per read, and each
    date read and formatted once: a page sorted by date has few of them."""
    page = sessions.table_page(ids)
    dates = iso_date_cells()
    statuses = {status.value: label for status, label in status_labels().items()}
    unknown = statuses[m.SessionStatus.DRAFT.value]  # as the catalogue reads a status it lacks
    speakers = page.speakers
    found: dict[int, Row | tuple[()]] = {}
    for sid, title, series, date, theme, materials, duration, status, *_ in page.rows:
        shown, iso = dates(date)
        found[sid] = (
            title,
            series or "",
            shown,
            speakers.get(sid, ""),
            theme or "",
            str(materials) if materials else "",
            format_ms(int(duration)) if duration else "",
            statuses.get(status, unknown),
            materials or 0,
            int(duration) if duration else 0,
            iso,
        )
    return {sid: found.get(sid, _MISSING) for sid in ids}


@dataclass(slots=True)
class _ReadAhead:
    """A page being read on the query thread."""

    job: int
    page: int
    asked: frozenset[int]
    # Ids edited since the job started: their rows in its answer may be older than the edit.
    edited: set[int] = field(default_factory=set)


class SessionTableModel(QAbstractTableModel):
    """Rows are session ids in server-side order; row data comes in pages of ``PAGE_SIZE``.

    With a ``TaskRunner`` the pages next to the one shown are read ahead on its thread for
    quick reads (never behind a long lookup such as the browser's counts);
    a page not read yet when shown is read at once on the GUI thread (as without one)."""

    def __init__(
        self, sessions: SessionSource, parent: Any = None, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._tasks = tasks
        self._headers = _headers()
        self._ids: list[int] = []
        # Each id's row, built when first asked for: not needed to draw the first rows, and
        # 100,000 ids take a while.
        self._rows_by_id: dict[int, int] | None = None
        self._scans = 0  # lookups made before that map, by scanning the list
        self._cache: dict[int, Row | tuple[()]] = {}
        self._keys = itertools.count(1)
        self._ahead: dict[int, _ReadAhead] = {}  # pages being read ahead, by key
        self._ahead_pages: dict[int, int] = {}  # page number -> key
        self._last_page = -1  # the page of the row asked for last (-1: none since a reset)
        self._ahead_of = (-1, True)  # the page to read ahead of, and whether going down
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(0)
        self._ahead_timer.timeout.connect(self._read_ahead)
        self._filter = m.SessionFilter()
        self._sort = m.SortKey.DATE
        self._descending = True
        self._queried = False  # no id list yet: a sort only chooses the first query's order
        self._read_as: tuple[m.SessionFilter, m.SortKey, bool] | None = None  # the ids' query
        self.pages_loaded = 0  # pages read on the GUI thread
        self.pages_read_ahead = 0  # pages read on the query thread and kept

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

    def set_source(self, sessions: SessionSource, tasks: TaskRunner | None = None) -> None:
        """Read from ``sessions`` (and ahead on ``tasks``) from now on: the first rows came
        from the plain reader before the library was open. What was read stays; the pages
        next to the one shown are read ahead from now on (the view may be about to move)."""
        self._sessions = sessions
        self._tasks = tasks
        if tasks is not None and self._last_page >= 0:
            # Else the next page would be read on the GUI thread when the view first reaches
            # it: nothing moved since the first paint, so nothing asked for it yet.
            self._ahead_of = (self._last_page, True)
            self._ahead_timer.start()

    def shows(self, flt: m.SessionFilter) -> bool:
        """Whether the ids held are those of ``flt`` in the sort chosen now."""
        return self._read_as == (flt, self._sort, self._descending)

    def refresh(self) -> None:
        """Re-query the id list (after edits, filter or sort changes); rows reload on demand."""
        ids = self._sessions.ids(self._filter, self._sort, self._descending)
        self._queried = True
        self._read_as = (self._filter, self._sort, self._descending)
        self.beginResetModel()
        self._ids = ids
        self._rows_by_id = None
        self._scans = 0
        self._cache.clear()
        self._drop_reads_ahead()  # read before whatever made this refresh: not kept
        self.endResetModel()

    def invalidate_rows(self, ids: Sequence[int]) -> None:
        """Forget cached rows of ``ids`` so the next paint reloads them (one session edited)."""
        for sid in ids:
            self._cache.pop(sid, None)
            for ahead in self._ahead.values():
                if sid in ahead.asked:
                    ahead.edited.add(sid)
            row = self.row_of(sid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def session_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, session_id: int) -> int | None:
        if self._rows_by_id is None:
            if self._scans < 4:
                # The first lookups (the session the window opens on) scan the list (about a
                # millisecond for 100,000 ids); the map from id to row (about 20 ms) waits
                # for more.
                self._scans += 1
                try:
                    return self._ids.index(session_id)
                except ValueError:
                    return None
            self._rows_by_id = {sid: row for row, sid in enumerate(self._ids)}
        return self._rows_by_id.get(session_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def _row(self, row: int) -> Row | tuple[()]:
        sid = self._ids[row]
        page = row // PAGE_SIZE
        if page != self._last_page and self._tasks is not None:
            # After this paint, not during it: the first page shows without waiting.
            self._ahead_of = (page, page > self._last_page)
            self._ahead_timer.start()
        self._last_page = page
        cached = self._cache.get(sid)
        if cached is not None:
            return cached
        start = page * PAGE_SIZE
        wanted = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
        self._keep(read_rows(self._sessions, wanted))
        self.pages_loaded += 1
        if (key := self._ahead_pages.get(page)) is not None:
            self._cancel_read_ahead(key)  # read now: its answer would come too late
        return self._cache.get(sid, _MISSING)

    def _keep(self, rows: dict[int, Row | tuple[()]]) -> None:
        self._cache.update(rows)
        # Dicts keep insertion order: the rows read longest ago go first (never these).
        excess = len(self._cache) - max(CACHED_ROWS, len(rows), PAGE_SIZE)
        for old in list(itertools.islice(self._cache, excess)) if excess > 0 else ():
            del self._cache[old]

    def _read_ahead(self) -> None:
        """Read the pages the view moves towards on the query thread, unless read or asked."""
        page, forward = self._ahead_of
        if self._tasks is None or page < 0:
            return
        step = 1 if forward else -1
        pages = [page + step * k for k in range(1, PAGES_AHEAD + 1)] + [page - step]
        # Pages the view went past while they waited for the query thread: not wanted now,
        # and each would hold up the ones that are.
        for key in [k for k, a in self._ahead.items() if a.page not in pages and a.page != page]:
            self._cancel_read_ahead(key)
        for p in pages:
            start = p * PAGE_SIZE
            if p < 0 or start >= len(self._ids) or p in self._ahead_pages:
                continue
            wanted = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
            if not wanted:
                continue
            key = next(self._keys)
            job = self._tasks.query(
                partial(read_rows, self._sessions, wanted),
                partial(self._on_read_ahead, key),
                partial(self._on_read_ahead_failed, key),
                quick=True,
            )
            self._ahead[key] = _ReadAhead(job, p, frozenset(wanted))
            self._ahead_pages[p] = key

    def _on_read_ahead(self, key: int, rows: dict[int, Row | tuple[()]]) -> None:
        ahead = self._forget_read_ahead(key)
        if ahead is None:
            return
        # Rows read on the GUI thread meanwhile are as new or newer; edited ones may be older
        # than the edit (read before it was saved): those are read again when shown.
        fresh = {
            sid: r for sid, r in rows.items() if sid not in ahead.edited and sid not in self._cache
        }
        if fresh:
            self._keep(fresh)
            self.pages_read_ahead += 1

    def _on_read_ahead_failed(self, key: int, failure: TaskFailure) -> None:
        # The page is read again on the GUI thread when shown, where an error is reported.
        if self._forget_read_ahead(key) is not None:
            log.warning("Could not read the session table ahead: %s", failure.message)

    def _forget_read_ahead(self, key: int) -> _ReadAhead | None:
        ahead = self._ahead.pop(key, None)
        if ahead is not None and self._ahead_pages.get(ahead.page) == key:
            del self._ahead_pages[ahead.page]
        return ahead

    def _cancel_read_ahead(self, key: int) -> None:
        ahead = self._forget_read_ahead(key)
        if ahead is not None and self._tasks is not None:
            self._tasks.discard(ahead.job)

    def _drop_reads_ahead(self) -> None:
        """Stop the reads ahead: the id order changed (their pages are not the ones next to
        the view any more) or the rows were all dropped."""
        if self._tasks is not None:
            for ahead in self._ahead.values():
                self._tasks.discard(ahead.job)
        self._ahead.clear()
        self._ahead_pages.clear()
        self._ahead_timer.stop()
        self._last_page = -1

    @property
    def pages_reading_ahead(self) -> int:
        """How many pages are being read on the query thread now."""
        return len(self._ahead)

    @property
    def cached_rows(self) -> int:
        """How many rows are held in memory now."""
        return len(self._cache)

    # ------------------------------------------------------------------ model API

    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        # The view makes an index for each cell it paints: the inherited index() would ask
        # rowCount() and columnCount(), two calls into Python, where one does.
        if parent.isValid() or not (0 <= row < len(self._ids) and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._headers[section]  # the tooltip: whole where the header is cut
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (
                COL_MATERIALS,
                COL_DURATION,
            ):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # flags() is QAbstractTableModel's own (enabled, selectable, no children): answered in C++,
    # without taking the interpreter's lock for each cell painted.

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        return self._value(index.row(), index.column(), role)

    def multiData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,
    ) -> None:
        """Every role a delegate asks of a cell in one call (Qt 6): each cell painted is one
        call into Python, one take of the interpreter's lock, not one per role (seven)."""
        row, col = index.row(), index.column()
        shown = 0 <= row < len(self._ids) and 0 <= col < COLUMN_COUNT
        values = self._row(row) if shown else _MISSING
        # A delegate keeps its span from cell to cell: a role not answered is cleared.
        for role_data in roleDataSpan:  # type: ignore[union-attr]
            role = role_data.role()
            if role == _DISPLAY:
                value = values[col] if values else None
            elif role == _ALIGNMENT:
                value = _RIGHT if shown and col in _RIGHT_ALIGNED else None
            elif role in _OTHER_ROLES and shown:
                value = self._value(row, col, role)
            else:
                value = None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, row: int, col: int, role: int) -> Any:
        if not 0 <= row < len(self._ids):
            return None
        if role == _DISPLAY:
            values = self._row(row)
            return values[col] if values and 0 <= col < COLUMN_COUNT else None
        if role == _ALIGNMENT:
            return _RIGHT if col in _RIGHT_ALIGNED else None
        if role == SESSION_ID_ROLE:
            return self._ids[row]
        if role not in (_TOOLTIP, SORT_VALUE_ROLE) or not 0 <= col < COLUMN_COUNT:
            return None
        values = self._row(row)
        if not values:
            return None
        if role == SORT_VALUE_ROLE:
            return values[_SORT_SLOTS.get(col, col)]
        if col in (COL_TITLE, COL_SPEAKERS, COL_THEME, COL_SERIES):
            return values[col] or None
        return None

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
        self._read_as = (self._filter, self._sort, self._descending)
        self._drop_reads_ahead()  # pages of the old order: the view will be elsewhere
        old_persistent = self.persistentIndexList()
        old_ids = [self.session_id(i.row()) for i in old_persistent]
        self._ids = ids
        self._rows_by_id = None
        self._scans = 0
        new_indexes = []
        for idx, sid in zip(old_persistent, old_ids, strict=True):
            r = self.row_of(sid) if sid is not None else None
            new_indexes.append(self.index(r, idx.column()) if r is not None else QModelIndex())
        self.changePersistentIndexList(old_persistent, new_indexes)
        self.layoutChanged.emit()
