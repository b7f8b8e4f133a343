"""How much of the main window a side dock takes when it is first shown.

A page or a list of results reads well at about 600 px and the rest is the table's; beside the
search results the table keeps :data:`TABLE_BESIDE_RESULTS` (at 1280 px it had been left 280),
the browser and the editor giving way first, down to their least widths.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLayout, QSplitter, QWidget

# The search results beside the catalogue: as narrow as they read well, so that the table of
# sessions keeps a usable width at 1280 px; the user can widen them by the dock's edge, or
# narrow them down to a width where a hit's lines still hold a few words.
SEARCH_DOCK_WIDTH = 300
SEARCH_DOCK_LEAST = 240
TABLE_BESIDE_RESULTS = 500
READABLE_WIDTH = 600


class DockedWindow(Protocol):
    """What of the main window the sizing reads: its docks, panes and Qt's dock calls."""

    @property
    def search_dock(self) -> QDockWidget: ...

    @property
    def splitter(self) -> QSplitter: ...

    @property
    def browser(self) -> QWidget: ...

    @property
    def editor(self) -> QWidget: ...

    def width(self) -> int: ...

    def height(self) -> int: ...

    def layout(self) -> QLayout | None: ...

    def dockWidgetArea(self, dock: QDockWidget) -> Qt.DockWidgetArea: ...

    def resizeDocks(
        self, docks: Sequence[QDockWidget], sizes: Sequence[int], orientation: Qt.Orientation
    ) -> None: ...


def give_first_room(window: DockedWindow, dock: QDockWidget) -> None:
    """Size ``dock`` on its first show: half the height below or above the panes, a readable
    width beside them that leaves the table its room when the results are open."""
    area = window.dockWidgetArea(dock)
    if area in (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea):
        window.resizeDocks([dock], [int(window.height() * 0.5)], Qt.Orientation.Vertical)
        return
    width = min(int(window.width() * 0.45), READABLE_WIDTH)
    beside = dock is window.search_dock or beside_results(window, dock)
    if dock is window.search_dock:
        width = max(SEARCH_DOCK_WIDTH, min(width, _room_for_docks(window, window.splitter.width())))
    elif beside:
        # Stacked in the results' column, the preview widens it only by what the table can
        # spare (it took 600 px at 1280, leaving the table 280).
        column = window.search_dock.width()
        spare = _room_for_docks(window, sum(window.splitter.sizes()))
        width = max(column, min(width, column + spare))
    window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    if beside:
        leave_table_room(window)


def _room_for_docks(window: DockedWindow, panes: int) -> int:
    """What the panes' ``panes`` pixels can give away with every pane at its least."""
    return (
        panes - window.browser.minimumWidth() - window.editor.minimumWidth() - TABLE_BESIDE_RESULTS
    )


def beside_results(window: DockedWindow, dock: QDockWidget) -> bool:
    """Whether ``dock`` shares the docked search results' column."""
    results = window.search_dock
    return (
        results.isVisible()
        and not results.isFloating()
        and window.dockWidgetArea(dock) == window.dockWidgetArea(results)
    )


def leave_table_room(window: DockedWindow) -> None:
    """Share the panes beside a dock so that the table keeps :data:`TABLE_BESIDE_RESULTS`: the
    browser and the editor give way first (by the splitter's stretch alone, the table gave the
    most)."""
    layout = window.layout()
    if layout is not None:
        layout.activate()  # the dock's width taken from the panes now, not at the next paint
    browser, centre, editor = window.splitter.sizes()
    total = browser + centre + editor
    if centre >= TABLE_BESIDE_RESULTS:
        return
    editor = max(
        window.editor.minimumWidth(),
        min(editor, total - window.browser.minimumWidth() - TABLE_BESIDE_RESULTS),
    )
    browser = max(
        window.browser.minimumWidth(), min(browser, total - editor - TABLE_BESIDE_RESULTS)
    )
    window.splitter.setSizes([browser, total - browser - editor, editor])
