"""The player's keyboard: each key, what it does in words (for Help), and the step sizes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

SMALL_SKIP_MS = 5_000  # arrow keys
SKIP_MS = 10_000  # J / L and the ±10 buttons
BIG_SKIP_MS = 60_000
VOLUME_STEP = 5


class _FullScreen(Protocol):
    def toggle(self) -> object: ...
    def leave(self) -> object: ...


class PlayerWidget(Protocol):
    """What the keys drive: the player widget's own methods."""

    @property
    def full_screen(self) -> _FullScreen: ...

    def toggle_play(self) -> object: ...
    def pause(self) -> object: ...
    def skip(self, delta_ms: int) -> object: ...
    def change_volume(self, delta: int) -> object: ...
    def toggle_mute(self) -> object: ...
    def request_chapter_here(self) -> object: ...


@dataclass(frozen=True)
class PlayerKey:
    """One key of the player: what it does (in words for Help > Keyboard Shortcuts) and how."""

    key: Qt.Key
    label: str  # translated when shown
    run: Callable[[PlayerWidget], object]


PLAYER_KEYS: tuple[PlayerKey, ...] = (
    PlayerKey(
        Qt.Key.Key_Space,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Play / pause")),
        lambda p: p.toggle_play(),
    ),
    PlayerKey(Qt.Key.Key_K, str(QT_TRANSLATE_NOOP("PlayerWidget", "Pause")), lambda p: p.pause()),
    PlayerKey(
        Qt.Key.Key_J,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Back 10 seconds")),
        lambda p: p.skip(-SKIP_MS),
    ),
    PlayerKey(
        Qt.Key.Key_L,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Forward 10 seconds")),
        lambda p: p.skip(SKIP_MS),
    ),
    PlayerKey(
        Qt.Key.Key_Left,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Back 5 seconds")),
        lambda p: p.skip(-SMALL_SKIP_MS),
    ),
    PlayerKey(
        Qt.Key.Key_Right,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Forward 5 seconds")),
        lambda p: p.skip(SMALL_SKIP_MS),
    ),
    PlayerKey(
        Qt.Key.Key_Up,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Volume up")),
        lambda p: p.change_volume(VOLUME_STEP),
    ),
    PlayerKey(
        Qt.Key.Key_Down,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Volume down")),
        lambda p: p.change_volume(-VOLUME_STEP),
    ),
    PlayerKey(
        Qt.Key.Key_F,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Full screen on / off")),
        lambda p: p.full_screen.toggle(),
    ),
    PlayerKey(
        Qt.Key.Key_M,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Mute on / off")),
        lambda p: p.toggle_mute(),
    ),
    PlayerKey(
        Qt.Key.Key_C,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Add a chapter at the current time")),
        lambda p: p.request_chapter_here(),
    ),
    PlayerKey(
        Qt.Key.Key_Escape,
        str(QT_TRANSLATE_NOOP("PlayerWidget", "Leave full screen")),
        lambda p: p.full_screen.leave(),
    ),
)
"""The player's keys, installed on the player and its full-screen window, and listed in Help."""
