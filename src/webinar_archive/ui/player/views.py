"""Small views inside the player: native video surface, audio-only card, resume bar, notices."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from webinar_archive.domain.time import format_ms


def _dark(widget: QWidget, background: str = "#101014") -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


class VideoSurface(QFrame):
    """A native child window that libvlc draws into; Qt must not paint over it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        # Only this widget needs a native window; its ancestors stay alien (cheaper, no flicker).
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(320, 180)
        _dark(self, "#000000")

    def native_handle(self) -> int:
        return int(self.winId())

    def paintEvent(self, event: QPaintEvent) -> None:
        # Whatever libvlc does not cover is black. An X window keeps the pixels last drawn in
        # it: without this, a stale copy of the UI shows before the first frame, and the last
        # frame of a recording that ended stays after a jump elsewhere.
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.black)

    def blank(self) -> None:
        """Paint it black now (libvlc's own window is gone, or about to be mapped over it)."""
        self.repaint()


class SessionCard(QFrame):
    """What an audio-only recording shows instead of a black rectangle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _dark(self, "#1d2733")
        self.kind_label = QLabel(QCoreApplication.translate("PlayerWidget", "Audio recording"))
        self.title_label = QLabel()
        self.speakers_label = QLabel()
        for label in (self.kind_label, self.title_label, self.speakers_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        kind_font = QFont(self.kind_label.font())
        kind_font.setCapitalization(QFont.Capitalization.AllUppercase)
        kind_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 120)
        self.kind_label.setFont(kind_font)
        self.kind_label.setStyleSheet("color: #9fb3c8;")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setStyleSheet("color: #ffffff;")
        self.speakers_label.setStyleSheet("color: #d8e2ec;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(self.kind_label)
        layout.addSpacing(8)
        layout.addWidget(self.title_label)
        layout.addSpacing(6)
        layout.addWidget(self.speakers_label)
        layout.addStretch(1)

    def set_session(self, title: str, speakers: Sequence[str] | str) -> None:
        names = speakers if isinstance(speakers, str) else ", ".join(s for s in speakers if s)
        self.title_label.setText(
            title or QCoreApplication.translate("PlayerWidget", "Untitled session")
        )
        self.speakers_label.setText(names)
        self.speakers_label.setVisible(bool(names))


class ResumeBar(QFrame):
    """A non-modal offer to continue where playback stopped last time."""

    resume_clicked = Signal(int)
    start_over_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBar")
        self.setStyleSheet(
            "#resumeBar { background: #fff4d6; border: 1px solid #e0c068; border-radius: 4px; }"
            "#resumeBar QLabel { color: #3a2f00; }"
        )
        self._ms = 0
        self.label = QLabel()
        self.resume_button = QPushButton(QCoreApplication.translate("PlayerWidget", "Resume"))
        self.start_over_button = QPushButton(
            QCoreApplication.translate("PlayerWidget", "Start over")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.start_over_button)
        self.resume_button.clicked.connect(self._resume)
        self.start_over_button.clicked.connect(self._start_over)
        self.hide()

    def offer(self, ms: int) -> None:
        self._ms = ms
        self.label.setText(
            QCoreApplication.translate("PlayerWidget", "Resume at {time}?").format(
                time=format_ms(ms)
            )
        )
        self.show()

    def offered_ms(self) -> int | None:
        return self._ms if self.isVisible() else None

    def _resume(self) -> None:
        self.hide()
        self.resume_clicked.emit(self._ms)

    def _start_over(self) -> None:
        self.hide()
        self.start_over_clicked.emit()


class Notice(QFrame):
    """A centred explanation shown in place of the video (e.g. when VLC is missing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _dark(self, "#2a1f1f")
        self.headline = QLabel()
        self.body = QLabel()
        for label in (self.headline, self.body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.headline.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addSpacing(8)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def set_text(self, headline: str, body: str) -> None:
        self.headline.setText(headline)
        self.body.setText(body)


def flat_tool_button(
    text: str,
    tip: str,
    slot: Callable[[], object] | None = None,
    menu: QMenu | None = None,
) -> QToolButton:
    """A flat button the keyboard skips: a click calls ``slot``, or opens ``menu``."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoRaise(True)
    if slot is not None:
        button.clicked.connect(slot)
    if menu is not None:
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button
