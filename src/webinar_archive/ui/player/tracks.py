"""The player's audio and subtitle track menus, filled when they open."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from webinar_archive.playback.backend import TrackInfo


def fill_track_menu(
    menu: QMenu,
    tracks: Sequence[TrackInfo],
    empty: str,
    choose: Callable[[int], object],
    off: str | None = None,
) -> None:
    """One checkable action per track (``off`` names the id below 0, "no subtitles")."""
    menu.clear()
    if not tracks:
        menu.addAction(empty).setEnabled(False)
        return
    group = QActionGroup(menu)
    for track in tracks:
        if off is not None and track.id < 0:
            name = off
        else:
            name = track.name or QCoreApplication.translate("PlayerWidget", "Track {n}").format(
                n=track.id
            )
        action = QAction(name, menu)
        action.setCheckable(True)
        group.addAction(action)
        action.triggered.connect(lambda _=False, tid=track.id: choose(tid))
        menu.addAction(action)
