"""A deterministic in-memory MediaBackend with a manual clock, for tests and previews."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from webinar_archive.playback.backend import (
    ChapterMark,
    EventKind,
    MediaBackend,
    PlayerState,
    TrackInfo,
)


@dataclass(slots=True)
class FakeMedia:
    """What the fake pretends a file contains."""

    length_ms: int = 60_000
    has_video: bool = True
    chapters: list[ChapterMark] = field(default_factory=list)
    audio_tracks: list[TrackInfo] = field(default_factory=lambda: [TrackInfo(1, "Track 1")])


class FakeBackend(MediaBackend):
    """Time moves only through :meth:`advance`; events fire synchronously on the caller's thread.

    ``media`` maps a file name to what it contains; unknown files get a default ``FakeMedia``.
    A path whose name contains ``"broken"`` fails to load with an error event.
    """

    def __init__(self, media: dict[str, FakeMedia] | None = None) -> None:
        super().__init__()
        self.media_by_name: dict[str, FakeMedia] = dict(media or {})
        self.path: Path | None = None
        self.window_handle: int | None = None
        self.snapshots: list[Path] = []
        self._media: FakeMedia | None = None
        self._state = PlayerState.IDLE
        self._time = 0
        self._rate = 1.0
        self._volume = 100
        self._muted = False
        self._audio_track = -1
        self._subtitles: list[TrackInfo] = []
        self._subtitle_track = -1

    # -- test hooks -------------------------------------------------------------------------

    def advance(self, ms: int) -> None:
        """Move the clock by ``ms`` of wall time; media time moves only while playing."""
        if self._state is not PlayerState.PLAYING or self._media is None:
            return
        self._time = min(self._media.length_ms, self._time + round(ms * self._rate))
        self._emit(EventKind.TIME_CHANGED, self._time)
        if self._time >= self._media.length_ms:
            self._state = PlayerState.ENDED
            self._emit(EventKind.END_REACHED)

    def fail(self, message: str) -> None:
        """Simulate a decoder or I/O error."""
        self._state = PlayerState.ERROR
        self._emit(EventKind.ERROR, message)

    # -- MediaBackend -----------------------------------------------------------------------

    def load(self, path: Path) -> None:
        self.path = Path(path)
        self._time = 0
        self._subtitles = []
        self._subtitle_track = -1
        if "broken" in self.path.name:
            self._media = None
            self.fail(f"Cannot open {self.path.name}")
            return
        self._media = self.media_by_name.get(self.path.name, FakeMedia())
        self._audio_track = self._media.audio_tracks[0].id if self._media.audio_tracks else -1
        self._state = PlayerState.STOPPED
        self._emit(EventKind.LENGTH_CHANGED, self._media.length_ms)

    def play(self) -> None:
        if self._media is None:
            return
        if self._state is PlayerState.ENDED:
            self._time = 0
        self._state = PlayerState.PLAYING
        self._emit(EventKind.PLAYING)

    def pause(self) -> None:
        if self._state is PlayerState.PLAYING:
            self._state = PlayerState.PAUSED
            self._emit(EventKind.PAUSED)

    def stop(self) -> None:
        if self._media is None:
            return
        self._state = PlayerState.STOPPED
        self._time = 0
        self._emit(EventKind.STOPPED)

    def set_time(self, ms: int) -> None:
        if self._media is None:
            return
        self._time = max(0, min(self._media.length_ms, int(ms)))
        self._emit(EventKind.TIME_CHANGED, self._time)

    def time_ms(self) -> int:
        return self._time

    def length_ms(self) -> int:
        return self._media.length_ms if self._media else 0

    @property
    def state(self) -> PlayerState:
        return self._state

    def set_rate(self, rate: float) -> None:
        self._rate = float(rate)

    def rate(self) -> float:
        return self._rate

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, int(volume)))

    def volume(self) -> int:
        return self._volume

    def set_mute(self, muted: bool) -> None:
        self._muted = bool(muted)

    def is_muted(self) -> bool:
        return self._muted

    def audio_tracks(self) -> list[TrackInfo]:
        return list(self._media.audio_tracks) if self._media else []

    def set_audio_track(self, track_id: int) -> bool:
        if any(t.id == track_id for t in self.audio_tracks()):
            self._audio_track = track_id
            return True
        return False

    def audio_track(self) -> int:
        return self._audio_track

    def subtitle_tracks(self) -> list[TrackInfo]:
        return [TrackInfo(-1, "Disable"), *self._subtitles] if self._subtitles else []

    def set_subtitle_track(self, track_id: int) -> bool:
        if track_id == -1 or any(t.id == track_id for t in self._subtitles):
            self._subtitle_track = track_id
            return True
        return False

    def subtitle_track(self) -> int:
        return self._subtitle_track

    def add_subtitle_file(self, path: Path) -> bool:
        path = Path(path)
        if self._media is None or not path.is_file():
            return False
        track = TrackInfo(len(self._subtitles) + 1, path.name)
        self._subtitles.append(track)
        self._subtitle_track = track.id
        return True

    def chapters(self) -> list[ChapterMark]:
        return list(self._media.chapters) if self._media else []

    def snapshot(self, path: Path, width: int = 0) -> bool:
        if self._media is None or not self._media.has_video:
            return False
        path = Path(path)
        # A 1x1 PNG is enough for callers that only check the file exists and is non-empty.
        path.write_bytes(_ONE_PIXEL_PNG)
        self.snapshots.append(path)
        return True

    def set_window(self, handle: int) -> None:
        self.window_handle = int(handle)

    def has_video(self) -> bool:
        return bool(self._media and self._media.has_video)


_ONE_PIXEL_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63606060f80f00010401005fe5c34b0000000049454e44ae426082"
)
