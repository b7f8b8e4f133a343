"""What waits for the main window's first paint: work that would only delay its first rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window shown but never painted (started minimised, or never exposed by its screen) still
# gets its start-up work this long after the event loop first ran.
LATEST_MS = 1000


class FirstPaint(QObject):
    """Calls back once, after the first of ``watched`` has painted (the pass that painted
    it has drawn the rest of the window too); at once when the event loop first runs and
    the window is hidden (nothing paints before it is shown); at the latest ``LATEST_MS``
    after that."""

    def __init__(
        self, window: QWidget, watched: Sequence[QWidget], then: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._watched = list(watched)
        self._then: Callable[[], None] | None = then
        for widget in self._watched:
            widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._on_event_loop)

    @property
    def pending(self) -> bool:
        return self._then is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            for widget in self._watched:
                widget.removeEventFilter(self)
            # After this paint pass, not inside it.
            QTimer.singleShot(0, self, self.run)
        return False

    def _on_event_loop(self) -> None:
        if not self._window.isVisible():
            self.run()
        elif self._then is not None:
            QTimer.singleShot(LATEST_MS, self, self.run)

    def run(self) -> None:
        """Do the waiting work now (once)."""
        then, self._then = self._then, None
        if then is not None:
            for widget in self._watched:
                widget.removeEventFilter(self)
            then()
