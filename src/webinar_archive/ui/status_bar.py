"""The main window's status bar: a message too long for one line wraps onto more, read whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QWidget

# Qt's own margins around the message (QStatusBarPrivate::messageRect) and around each item.
_LEFT = 6
_RIGHT = 12
_GAP = 2
# Beyond this many lines a message is cut (none of ours comes near it at 1024 px).
MAX_LINES = 5
_FLAGS = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


class WrappingStatusBar(QStatusBar):
    """A QStatusBar whose temporary message wraps instead of being cut at the right edge.

    Qt draws the message on one line and clips it, so a long sentence (an error, or a Polish
    wording of a short English one) loses its end, usually the part that says what to do.
    Here the bar grows by the lines the message needs while it shows, and is one line again
    after; ``currentMessage()``, ``showMessage()`` and the timeouts stay Qt's.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._fit_height)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        super().addPermanentWidget(widget, stretch or 0)
        self._permanent.append(widget)
        # A task's progress shown or hidden takes room from the message, or gives it back.
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Move)
        if event.type() in kinds and self.currentMessage():
            # After the bar's layout has placed the widgets where they now are.
            QTimer.singleShot(0, self, self._fit_height)
        return False

    def message_rect(self) -> QRect:
        """Where the message is drawn: from the left margin to the first permanent widget."""
        left, right = _LEFT, self.width() - _RIGHT
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            right = min(right, grip.x())
        for widget in self._permanent:
            if widget.isVisible():
                right = min(right, widget.x() - _GAP)
        return QRect(left, 0, max(0, right - left), self.height())

    def message_height(self, text: str, width: int) -> int:
        """The height ``text`` takes wrapped into ``width`` (at most MAX_LINES lines)."""
        metrics = self.fontMetrics()
        bound = QRect(0, 0, max(1, width), metrics.lineSpacing() * MAX_LINES)
        return min(metrics.boundingRect(bound, int(_FLAGS), text).height(), bound.height())

    def _fit_height(self, text: str = "") -> None:
        text = text or self.currentMessage()
        wanted = 0
        if text:
            # The frame and margins one line has around it, kept around the wrapped lines.
            needed = self.message_height(text, self.message_rect().width())
            extra = needed - self.fontMetrics().lineSpacing()
            if extra > 0:
                wanted = self.sizeHint().height() + extra
        if wanted != self.minimumHeight():  # unchanged: no relayout, so no refit again
            self.setMinimumHeight(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.currentMessage() and event.size().width() != event.oldSize().width():
            self._fit_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.currentMessage()
        if not text:
            super().paintEvent(event)
            return
        # As QStatusBar::paintEvent, with the message wrapped rather than on a single line.
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        style = self.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if not widget.isVisible():
                continue
            frame = QStyleOption()
            frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            frame.state = QStyle.StateFlag.State_None
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget
            )
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), int(_FLAGS), text)
