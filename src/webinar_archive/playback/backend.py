"""The media backend contract the player talks to: transport, tracks, chapters and events."""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple


class PlayerState(enum.StrEnum):
    """Where the backend's transport is; values are stable strings fit for signals and logs."""

    IDLE = "idle"
    OPENING = "opening"
    PLAYING = "playing"
    PAUSED = "paused"
    STOPPED = "stopped"
    ENDED = "ended"
    ERROR = "error"


class EventKind(enum.StrEnum):
    TIME_CHANGED = "time-changed"
    LENGTH_CHANGED = "length-changed"
    PLAYING = "playing"
    PAUSED = "paused"
    STOPPED = "stopped"
    END_REACHED = "end-reached"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class BackendEvent:
    """One plain event value; ``value`` holds milliseconds for time/length, a message for errors."""

    kind: EventKind
    value: int | str | None = None


class TrackInfo(NamedTuple):
    """An audio or subtitle track as the backend numbers it; id -1 means "off"."""

    id: int
    name: str


class ChapterMark(NamedTuple):
    """A chapter read from the media itself: ``(title, start_ms, duration_ms)``."""

    title: str
    start_ms: int
    duration_ms: int


EventCallback = Callable[[BackendEvent], None]


class MediaBackend(ABC):
    """A single-media player. Callbacks may run on any thread and must not call back in."""

    def __init__(self) -> None:
        self._callbacks: list[EventCallback] = []

    # -- events -----------------------------------------------------------------------------

    def on_event(self, callback: EventCallback) -> None:
        """Register ``callback`` for every later event; it may be called from a foreign thread."""
        self._callbacks.append(callback)

    def remove_event_callback(self, callback: EventCallback) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def _emit(self, kind: EventKind, value: int | str | None = None) -> None:
        event = BackendEvent(kind, value)
        for callback in list(self._callbacks):
            callback(event)

    # -- media and transport ----------------------------------------------------------------

    @abstractmethod
    def load(self, path: Path) -> None:
        """Open ``path`` (not yet playing); replaces any current media."""

    @abstractmethod
    def play(self) -> None: ...

    @abstractmethod
    def pause(self) -> None:
        """Pause if playing; a no-op otherwise (never toggles)."""

    @abstractmethod
    def stop(self) -> None: ...

    @abstractmethod
    def set_time(self, ms: int) -> None: ...

    @abstractmethod
    def time_ms(self) -> int:
        """Current position; 0 when nothing is loaded."""

    @abstractmethod
    def length_ms(self) -> int:
        """Length of the media, 0 while unknown."""

    @property
    @abstractmethod
    def state(self) -> PlayerState: ...

    def is_playing(self) -> bool:
        return self.state is PlayerState.PLAYING

    # -- rate and sound ---------------------------------------------------------------------

    @abstractmethod
    def set_rate(self, rate: float) -> None: ...

    @abstractmethod
    def rate(self) -> float: ...

    @abstractmethod
    def set_volume(self, volume: int) -> None:
        """Volume in percent, 0-100 (clamped)."""

    @abstractmethod
    def volume(self) -> int: ...

    @abstractmethod
    def set_mute(self, muted: bool) -> None: ...

    @abstractmethod
    def is_muted(self) -> bool: ...

    # -- tracks and chapters ----------------------------------------------------------------

    @abstractmethod
    def audio_tracks(self) -> list[TrackInfo]: ...

    @abstractmethod
    def set_audio_track(self, track_id: int) -> bool: ...

    @abstractmethod
    def subtitle_tracks(self) -> list[TrackInfo]: ...

    @abstractmethod
    def set_subtitle_track(self, track_id: int) -> bool:
        """Select a subtitle track; -1 turns subtitles off."""

    @abstractmethod
    def subtitle_track(self) -> int:
        """The subtitle track shown now; -1 when subtitles are off."""

    @abstractmethod
    def add_subtitle_file(self, path: Path) -> bool: ...

    @abstractmethod
    def chapters(self) -> list[ChapterMark]: ...

    # -- video ------------------------------------------------------------------------------

    @abstractmethod
    def snapshot(self, path: Path, width: int = 0) -> bool:
        """Write the current frame as PNG to ``path``; False when there is no frame to take."""

    @abstractmethod
    def set_window(self, handle: int) -> None:
        """Render video into the native window ``handle`` (X11 id, HWND or NSView pointer)."""

    @abstractmethod
    def has_video(self) -> bool:
        """Whether the current media shows a picture (False while unknown)."""

    def release(self) -> None:
        """Free native resources; the backend is unusable afterwards."""
        self._callbacks.clear()
