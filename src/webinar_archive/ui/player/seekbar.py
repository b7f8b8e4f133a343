"""The seek slider: jumps to where it is clicked and draws chapter starts as ticks."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QWidget


class ChapterSeekBar(QSlider):
    """A horizontal slider in milliseconds. ``seek_requested`` fires on click, drag end and keys.

    While the user drags, playback updates do not move the handle (see :meth:`set_position`).
    """

    seek_requested = Signal(int)

    TICK_COLOR = QColor(255, 176, 0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, 0)
        self.setSingleStep(5000)
        self.setPageStep(60_000)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(22)
        self._chapters: list[int] = []
        self.sliderReleased.connect(lambda: self.seek_requested.emit(self.value()))

    def set_length(self, ms: int) -> None:
        self.setRange(0, max(0, ms))
        self.update()

    def set_position(self, ms: int) -> None:
        if not self.isSliderDown():
            self.blockSignals(True)
            self.setValue(ms)
            self.blockSignals(False)

    def set_chapter_starts(self, starts: list[int]) -> None:
        self._chapters = sorted(starts)
        self.update()

    def chapter_starts(self) -> list[int]:
        return list(self._chapters)

    def _groove(self) -> QRect:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )

    def _handle_span(self) -> int:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        return handle.width()

    def value_at(self, x: int) -> int:
        """The slider value under horizontal pixel ``x``."""
        groove = self._groove()
        span = self._handle_span()
        left = groove.left() + span // 2
        width = max(1, groove.width() - span)
        return QStyle.sliderValueFromPosition(
            self.minimum(), self.maximum(), x - left, width, self.invertedAppearance()
        )

    def x_for(self, ms: int) -> int:
        groove = self._groove()
        span = self._handle_span()
        width = max(1, groove.width() - span)
        offset = QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), ms, width)
        return groove.left() + span // 2 + offset

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > 0:
            # Jump to the click instead of paging, then let the base class start a drag there.
            value = self.value_at(int(event.position().x()))
            self.setValue(value)
            self.seek_requested.emit(value)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._chapters or self.maximum() <= 0:
            return
        painter = QPainter(self)
        painter.setPen(QPen(self.TICK_COLOR, 2))
        groove = self._groove()
        top = max(0, groove.center().y() - 7)
        bottom = min(self.height() - 1, groove.center().y() + 7)
        for start in self._chapters:
            if 0 < start <= self.maximum():
                x = self.x_for(start)
                painter.drawLine(x, top, x, bottom)
        painter.end()
