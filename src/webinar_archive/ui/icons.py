"""Icons the app paints itself: the player's transport buttons, clear in every icon theme."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


def transport_icon(kind: QStyle.StandardPixmap, colour: QColor) -> QIcon:
    """Play, pause or stop drawn in the text colour: some icon themes (Adwaita's legacy set)
    draw them as pale outlines that can hardly be seen at tool-button size."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        unit = size / 16
        if kind is QStyle.StandardPixmap.SP_MediaPlay:
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(4 * unit, 2.5 * unit),
                        QPointF(13.5 * unit, 8 * unit),
                        QPointF(4 * unit, 13.5 * unit),
                    ]
                )
            )
        elif kind is QStyle.StandardPixmap.SP_MediaPause:
            painter.drawRect(QRectF(3.5 * unit, 3 * unit, 3.2 * unit, 10 * unit))
            painter.drawRect(QRectF(9.3 * unit, 3 * unit, 3.2 * unit, 10 * unit))
        else:
            painter.drawRect(QRectF(3.5 * unit, 3.5 * unit, 9 * unit, 9 * unit))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class TransportIconStyle(QProxyStyle):
    """The application style, with the player's play, pause and stop icons drawn plainly."""

    KINDS = (
        QStyle.StandardPixmap.SP_MediaPlay,
        QStyle.StandardPixmap.SP_MediaPause,
        QStyle.StandardPixmap.SP_MediaStop,
    )

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        if standardIcon in self.KINDS:
            palette = widget.palette() if widget is not None else QApplication.palette()
            return transport_icon(standardIcon, palette.color(QPalette.ColorRole.ButtonText))
        return super().standardIcon(standardIcon, option, widget)
