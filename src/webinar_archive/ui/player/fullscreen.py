"""Full screen for the player: the video panel moves into a window of its own and back."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from webinar_archive.ui.player.engine import PlayerEngine
from webinar_archive.ui.player.views import VideoSurface


class FullScreenHost(Protocol):
    """What full screen uses of the player widget (widget.py)."""

    engine: PlayerEngine | None
    surface: VideoSurface
    video_panel: QWidget
    splitter: QSplitter
    full_screen_changed: SignalInstance

    def window(self) -> QWidget: ...

    def activateWindow(self) -> None: ...

    def install_shortcuts(self, host: QWidget) -> None: ...


class FullScreen:
    """Enters and leaves full screen for one player widget (F and Esc; the toolbar button)."""

    def __init__(self, player: FullScreenHost) -> None:
        self._player = player
        self._window: QWidget | None = None

    def active(self) -> bool:
        return self._window is not None

    def window(self) -> QWidget | None:
        return self._window

    def toggle(self) -> None:
        if self._window is None:
            self.enter()
        else:
            self.leave()

    def enter(self) -> None:
        p = self._player
        if self._window is not None:
            return
        window = QWidget(None, Qt.WindowType.Window)
        window.setWindowTitle(p.window().windowTitle())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        handle = p.surface.native_handle()
        layout.addWidget(p.video_panel)  # reparents the panel, video surface included
        p.install_shortcuts(window)
        self._window = window
        window.showFullScreen()
        window.activateWindow()
        self._rebind_surface(handle)
        p.full_screen_changed.emit(True)

    def leave(self) -> None:
        p = self._player
        window = self._window
        if window is None:
            return
        self._window = None
        handle = p.surface.native_handle()
        p.splitter.insertWidget(0, p.video_panel)
        p.video_panel.show()
        window.hide()
        window.deleteLater()
        self._rebind_surface(handle)
        p.activateWindow()
        p.full_screen_changed.emit(False)

    def _rebind_surface(self, previous: int) -> None:
        p = self._player
        # Reparenting keeps the X11 window on xcb, but platforms may recreate it.
        current = p.surface.native_handle()
        if p.engine is not None and current != previous:
            p.engine.set_window(current)
