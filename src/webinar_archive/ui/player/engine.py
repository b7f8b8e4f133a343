"""PlayerEngine: backend events as GUI-thread Qt signals, plus resume and watched logic; opening
VLC, and what to install when it cannot be opened."""

from __future__ import annotations

import sys
import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from webinar_archive.domain.model import Chapter
from webinar_archive.playback.backend import (
    BackendEvent,
    ChapterMark,
    EventKind,
    MediaBackend,
    PlayerState,
    TrackInfo,
)

RESUME_SAVE_INTERVAL_MS = 5000
WATCHED_FRACTION = 0.9


class PlayerEngine(QObject):
    """Owns no widgets. Every signal is emitted on the thread the engine lives in.

    Backend callbacks from a foreign (libvlc) thread are re-emitted through a queued internal
    signal; callbacks on the engine's own thread are handled at once.
    """

    time_changed = Signal(int)
    length_changed = Signal(int)
    state_changed = Signal(str)
    ended = Signal()
    error_occurred = Signal(str)
    resume_save_requested = Signal(int)
    watched = Signal(bool)

    # Carries no payload: events wait in a thread-safe deque, so no Python object has to
    # cross threads inside Qt's queued-signal machinery.
    _events_pending = Signal()

    def __init__(self, backend: MediaBackend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._time = 0
        self._length = 0
        self._state = PlayerState.IDLE
        self._last_saved = 0
        self._watched = False
        self._pending_seek: int | None = None
        self._path: Path | None = None
        self._owner_thread = threading.get_ident()
        self._queue: deque[BackendEvent] = deque()
        self._events_pending.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        backend.on_event(self._from_backend)

    @property
    def backend(self) -> MediaBackend:
        return self._backend

    # -- backend events ---------------------------------------------------------------------

    def _from_backend(self, event: BackendEvent) -> None:
        # Runs on whatever thread the backend calls from: never touch the backend here.
        # threading.get_ident(), not QThread.currentThread(): asking Qt from a foreign thread
        # makes it adopt that thread with a wrapper that outlives the thread.
        if threading.get_ident() == self._owner_thread:
            self._dispatch(event)
        else:
            self._queue.append(event)
            self._events_pending.emit()

    @Slot()
    def _drain(self) -> None:
        while self._queue:
            self._dispatch(self._queue.popleft())

    def _dispatch(self, event: BackendEvent) -> None:
        kind = event.kind
        if kind is EventKind.TIME_CHANGED and isinstance(event.value, int):
            self._on_time(event.value)
        elif kind is EventKind.LENGTH_CHANGED and isinstance(event.value, int):
            self._length = max(0, event.value)
            self.length_changed.emit(self._length)
        elif kind is EventKind.PLAYING:
            self._set_state(PlayerState.PLAYING)
            if self._pending_seek is not None:
                # A seek asked for before the media was open lands now that it is.
                target, self._pending_seek = self._pending_seek, None
                self.seek(target)
        elif kind is EventKind.PAUSED:
            self._set_state(PlayerState.PAUSED)
            self._save_position()
        elif kind is EventKind.STOPPED:
            self._set_state(PlayerState.STOPPED)
        elif kind is EventKind.END_REACHED:
            self._set_state(PlayerState.ENDED)
            self._mark_watched()
            self._last_saved = 0
            self.resume_save_requested.emit(0)
            self.ended.emit()
        elif kind is EventKind.ERROR:
            self._set_state(PlayerState.ERROR)
            # The backend words its errors in the run's language (domain.messages).
            message = str(event.value or "") or QCoreApplication.translate(
                "PlayerEngine", "The recording could not be played."
            )
            self.error_occurred.emit(message)

    def _on_time(self, ms: int) -> None:
        self._time = max(0, ms)
        self.time_changed.emit(self._time)
        # Only while playing: dragging the slider to the end is not watching the recording.
        playing = self._state is PlayerState.PLAYING
        if playing and self._length and self._time >= self._length * WATCHED_FRACTION:
            self._mark_watched()
        if self._state is PlayerState.PLAYING and (
            abs(self._time - self._last_saved) >= RESUME_SAVE_INTERVAL_MS
        ):
            self._save_position()

    def _set_state(self, state: PlayerState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(str(state))

    def _mark_watched(self) -> None:
        if not self._watched:
            self._watched = True
            self.watched.emit(True)

    def _save_position(self) -> None:
        if self._path is None:
            return
        self._last_saved = self._time
        self.resume_save_requested.emit(self._time)

    # -- commands ---------------------------------------------------------------------------

    def load(self, path: Path, *, already_watched: bool = False) -> None:
        """Open ``path``; ``already_watched`` stops a second watched(True) for the recording."""
        if self._path is not None and self._state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._save_position()
        self._path = Path(path)
        self._time = 0
        self._length = 0
        self._last_saved = 0
        self._pending_seek = None
        self._watched = already_watched
        self._state = PlayerState.IDLE
        self._backend.load(self._path)
        self.time_changed.emit(0)

    def play(self) -> None:
        self._backend.play()

    def pause(self) -> None:
        self._backend.pause()

    def toggle_play(self) -> None:
        if self._state is PlayerState.PLAYING:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        if self._state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._save_position()
        self._pending_seek = None
        self._backend.stop()

    def seek(self, ms: int) -> None:
        """Go to ``ms`` (clamped to the media); remembered until the media is open."""
        target = max(0, int(ms))
        if self._length:
            target = min(target, self._length)
        if self._state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._pending_seek = target
        self._backend.set_time(target)
        self._time = target
        self.time_changed.emit(target)

    def skip(self, delta_ms: int) -> None:
        self.seek(self._time + delta_ms)

    def close(self) -> None:
        """Ask for the position to be saved and stop; the backend stays usable."""
        if self._path is not None and self._state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._save_position()
        self._backend.stop()

    def shutdown(self) -> None:
        """close() and free the backend for good."""
        self.close()
        self._backend.remove_event_callback(self._from_backend)
        self._backend.release()

    # -- pass-through -----------------------------------------------------------------------

    def time_ms(self) -> int:
        return self._time

    def length_ms(self) -> int:
        return self._length or self._backend.length_ms()

    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def is_watched(self) -> bool:
        return self._watched

    def set_rate(self, rate: float) -> None:
        self._backend.set_rate(rate)

    def rate(self) -> float:
        return self._backend.rate()

    def set_volume(self, volume: int) -> None:
        self._backend.set_volume(volume)

    def volume(self) -> int:
        return self._backend.volume()

    def set_mute(self, muted: bool) -> None:
        self._backend.set_mute(muted)

    def is_muted(self) -> bool:
        return self._backend.is_muted()

    def toggle_mute(self) -> bool:
        muted = not self._backend.is_muted()
        self._backend.set_mute(muted)
        return muted

    def audio_tracks(self) -> list[TrackInfo]:
        return self._backend.audio_tracks()

    def set_audio_track(self, track_id: int) -> bool:
        return self._backend.set_audio_track(track_id)

    def subtitle_tracks(self) -> list[TrackInfo]:
        return self._backend.subtitle_tracks()

    def set_subtitle_track(self, track_id: int) -> bool:
        return self._backend.set_subtitle_track(track_id)

    def subtitle_track(self) -> int:
        return self._backend.subtitle_track()

    def add_subtitle_file(self, path: Path) -> bool:
        return self._backend.add_subtitle_file(path)

    def chapters(self) -> list[ChapterMark]:
        return self._backend.chapters()

    def snapshot(self, path: Path, width: int = 0) -> bool:
        return self._backend.snapshot(path, width)

    def set_window(self, handle: int) -> None:
        self._backend.set_window(handle)

    def has_video(self) -> bool:
        return self._backend.has_video()

    def media_chapters(self, recording_id: int) -> list[Chapter]:
        """The chapters the media file itself marks, as unsaved chapters of the recording."""
        return [
            Chapter(
                id=0,
                recording_id=recording_id,
                start_ms=mark.start_ms,
                end_ms=mark.start_ms + mark.duration_ms,
                title=mark.title,
            )
            for mark in self.chapters()
        ]


def open_vlc() -> tuple[MediaBackend | None, str | None]:
    """A VLC backend, or None with the reason VLC cannot play here (imported only when asked)."""
    from webinar_archive.playback.vlc_backend import VlcBackend, VlcUnavailableError, probe_vlc

    status = probe_vlc()
    if not status.available:
        return None, status.shown_reason()
    try:
        return VlcBackend(), None
    except VlcUnavailableError as exc:
        return None, exc.shown()


def install_hint() -> str:
    if sys.platform.startswith("linux"):
        return QCoreApplication.translate(
            "PlayerWidget",
            "Install VLC to play recordings. On Debian or Ubuntu:\n"
            "sudo apt install vlc\n"
            "or just the parts needed here:\n"
            "sudo apt install libvlc5 vlc-plugin-base vlc-plugin-video-output",
        )
    return QCoreApplication.translate(
        "PlayerWidget", "Install VLC (version 3) from videolan.org to play recordings."
    )
