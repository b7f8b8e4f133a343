"""A tab bar whose tabs all stay in view: when their names do not fit, the longest are shortened."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QTabBar, QTabWidget


def width_cap(widths: list[int], room: int) -> int | None:
    """The widest a tab may be so that ``widths`` fit in ``room`` when only the tabs wider than
    it give way (the narrow ones keep their whole name); ``None`` when all fit as they are."""
    if sum(widths) <= room or not widths:
        return None
    left, count = room, len(widths)
    for width in sorted(widths):
        share = left // count
        if width > share:
            return max(share, 1)
        left -= width
        count -= 1
    return None  # not reached: the widths did not fit


class FittingTabBar(QTabBar):
    """Tabs that shrink, longest first, to the width of their tab widget, instead of scrolling
    behind arrows (Qt takes the same width from every tab, so even "Files" lost letters); a
    shortened name ends in "…" and its tab shows the whole name as a tip."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._cap: int | None = None
        self.setElideMode(Qt.TextElideMode.ElideRight)
        tabs.setTabBar(self)
        # Told of the tab widget's new width before it lays the bar out from our size hints.
        tabs.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QTabWidget):
            self.fit(watched.width())
        return super().eventFilter(watched, event)

    def fit(self, room: int) -> None:
        """Shorten the longest tabs so that all fit in ``room`` pixels."""
        self._cap = None
        cap = width_cap([self.tabSizeHint(i).width() for i in range(self.count())], room)
        self._cap = cap
        self.setElideMode(self.elideMode())  # lays the tabs out again from the new hints

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        if self._cap is not None and hint.width() > self._cap:
            hint.setWidth(self._cap)
        return hint

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self.setTabToolTip(index, self.tabText(index))
        parent = self.parentWidget()
        if parent is not None:
            self.fit(parent.width())
