"""The window's first rows before the library is open: the main window shown over the catalogue
file read with sqlite3 alone (no SQLAlchemy imported first), the library opened and every
feature wired right after that first paint, and the input given meanwhile held until then.

Only a SQLite library in its usual state starts this way (``services/plain_library.py``); any
other start (a new or empty library, an upgrade, a server) opens the library first, as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ..domain import model as m
from ..services.plain_library import PlainReader, Unavailable, open_plain
from . import settings as keys
from .main_window import MainWindow
from .session_table_model import SessionTableModel
from .settings import Settings
from .widgets import apply_hint_colour

log = logging.getLogger(__name__)

# Should the table never be painted (a window started minimised), the library opens anyway;
# long enough for the first paint to come first on a busy machine.
WIRE_AFTER_MS = 3000


class PlainSessions:
    """The table's source until the library is open: the live sessions, read plainly."""

    def __init__(self, reader: PlainReader) -> None:
        self._reader = reader
        self.failed = False  # a read the plain reader left to the catalogue

    def ids(
        self,
        flt: m.SessionFilter | None = None,
        sort: m.SortKey = m.SortKey.DATE,
        descending: bool = True,
    ) -> list[int]:
        if flt is not None and flt != m.SessionFilter():
            raise ValueError("before the library is open, the table lists every live session")
        return self._reader.session_ids(sort, descending)

    def table_page(self, ids: Sequence[int]) -> m.TablePage:
        try:
            return self._reader.table_page(ids)
        except Unavailable as exc:
            # Shown blank for a moment: the catalogue reads the table again once it is open.
            log.info("first rows left to the catalogue: %s", exc)
            self.failed = True
            return m.TablePage([], {})


def size_for_screen(window: QWidget) -> None:
    """A first-run size that suits the screen; a remembered geometry replaces it."""
    screen = QApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        window.resize(min(1440, int(area.width() * 0.85)), min(900, int(area.height() * 0.85)))


def restore_window_state(window: MainWindow, settings: Settings) -> bool:
    """The window's remembered geometry, docks, splitter and table header (with its sort);
    True when there was no header to restore (a first run: the columns are to be fitted)."""
    geometry = settings.get(keys.WINDOW_GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings.get(keys.WINDOW_STATE)
    if state is not None:
        window.restoreState(state)
    splitter = settings.get(keys.WINDOW_SPLITTER)
    if splitter is not None:
        window.splitter.restoreState(splitter)
    else:
        total = max(window.width(), 1000)
        window.splitter.setSizes([int(total * 0.18), int(total * 0.47), int(total * 0.35)])
    header = settings.get(keys.TABLE_HEADER)
    if header is not None:
        window.table.horizontalHeader().restoreState(header)
    else:
        window.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    window.settle_restored_state()
    return header is None


# Input a user gives the window: held while it is not wired, then delivered in order.
HELD_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Shortcut,
        QEvent.Type.ContextMenu,
        QEvent.Type.Close,  # closing saves the window's state: once it can
    }
)


class InputHold(QObject):
    """Holds the clicks, keys and shortcuts given to ``window`` (and its actions) until
    ``release``, then delivers them: no click acts on a window whose features are not wired
    yet, and none is lost."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self._held: list[tuple[QObject, QEvent]] = []
        self._released = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in HELD_EVENTS and self._in_window(watched):
            self._held.append((watched, event.clone()))
            return True
        return False

    def _in_window(self, watched: QObject) -> bool:
        found: QObject | None = watched
        while found is not None:
            if found is self._window:
                return True
            found = found.parent()
        return False

    @property
    def held(self) -> int:
        return len(self._held)

    def release(self) -> None:
        """Stop holding; deliver what was held, in the order given."""
        if self._released:
            return
        self._released = True
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        held, self._held = self._held, []
        for receiver, event in held:
            QCoreApplication.postEvent(receiver, event)


@dataclass
class FirstRows:
    """The window shown with its first rows, waiting for the library to open."""

    reader: PlainReader
    sessions: PlainSessions
    window: MainWindow
    model: SessionTableModel
    hold: InputHold
    _then: list[Callable[[], None]] = field(default_factory=list)
    _paint_watch: _PaintWatch = field(init=False)

    def __post_init__(self) -> None:
        self._paint_watch = _PaintWatch(self._first_painted)

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Run ``then`` once, right after the table's first paint (or a while after showing)."""
        self._then.append(then)
        self.window.table.viewport().installEventFilter(self._paint_watch)
        QTimer.singleShot(WIRE_AFTER_MS, self._run_then)

    def _first_painted(self) -> None:
        self.window.table.viewport().removeEventFilter(self._paint_watch)
        QTimer.singleShot(0, self._run_then)  # after this paint has drawn the rows

    def _run_then(self) -> None:
        while self._then:
            self._then.pop(0)()

    def close(self) -> None:
        self.hold.release()
        self.reader.close()


class _PaintWatch(QObject):
    def __init__(self, painted: Callable[[], None]) -> None:
        super().__init__()
        self._painted = painted
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            self._painted()
        return False


def show_first_rows(
    library: Path | None, database_url: str | None, settings: QSettings | None = None
) -> FirstRows | None:
    """The main window shown with the table's first rows read plainly, or None when this
    library must be opened first (not a usual SQLite library, or no session to show)."""
    reader = open_plain(library, database_url)
    if reader is None:
        return None
    app = QApplication.instance()
    if isinstance(app, QApplication):
        # Before any widget takes the palette's hint colour. The accessible names are given
        # once the window is wired, in one pass (create_main_window).
        apply_hint_colour(app)
    sessions = PlainSessions(reader)
    window = MainWindow()
    size_for_screen(window)
    model = SessionTableModel(sessions, window)
    window.table.setModel(model)
    window.configure_table_columns()
    # A first run's columns are fitted to the window by the catalogue, once wired.
    restore_window_state(window, Settings(settings or QSettings()))
    header = window.table.horizontalHeader()
    model.set_sort_column(header.sortIndicatorSection(), header.sortIndicatorOrder())
    try:
        model.set_filter(m.SessionFilter())
    except Unavailable as exc:
        log.info("first rows left to the catalogue: %s", exc)
        model.setParent(None)
        window.deleteLater()
        reader.close()
        return None
    if model.rowCount() == 0:  # an empty library starts on its empty state, as before
        window.deleteLater()
        reader.close()
        return None
    hold = InputHold(window)
    if app is not None:
        app.installEventFilter(hold)
    window.show()
    return FirstRows(reader, sessions, window, model, hold)
