"""The libvlc MediaBackend, plus probing whether libvlc is usable and parsing media with it.

``vlc`` (python-vlc) is imported only inside functions: importing it can raise, print and even
``sys.exit(1)`` when PYTHON_VLC_LIB_PATH is wrong, and the application must start regardless.
"""

from __future__ import annotations

import ctypes
import logging
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from webinar_archive.domain.messages import _mark, _t
from webinar_archive.playback.backend import (
    ChapterMark,
    EventKind,
    MediaBackend,
    PlayerState,
    TrackInfo,
)

log = logging.getLogger(__name__)

HEADLESS_ARGS = ("--vout=dummy", "--aout=dummy")
# Title overlay and snapshot preview would paint over the webinar; stats cost CPU for nothing;
# subtitles are attached explicitly by the caller, not picked up from beside the file.
BASE_ARGS = (
    "--quiet",
    "--no-video-title-show",
    "--no-snapshot-preview",
    "--no-stats",
    "--no-sub-autodetect-file",
)

INSTALL_HINT = (
    "Install VLC (on Debian/Ubuntu: sudo apt install vlc, or the smaller set "
    "libvlc5 vlc-plugin-base vlc-plugin-video-output)."
)


class VlcUnavailableError(RuntimeError):
    """libvlc cannot be loaded or initialised. The message says why in English (logs, ``about``,
    probe notices keep it as a value); :meth:`shown` says it in the reader's language."""

    def __init__(self, template: str, **values: str) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values))

    def shown(self) -> str:
        return _t(self.template).format(**self.values)


@dataclass(frozen=True, slots=True)
class VlcStatus:
    available: bool
    version: str | None = None
    reason: str | None = None
    problem: VlcUnavailableError | None = None

    def shown_reason(self) -> str | None:
        """Why libvlc cannot be used, in the reader's language (None when it can)."""
        return self.problem.shown() if self.problem is not None else self.reason


# -- probing ----------------------------------------------------------------------------------

_probe_lock = threading.Lock()
_probe_cache: dict[tuple[str | None, str | None], VlcStatus] = {}

_SUBPROCESS_PROBE = (
    "import vlc, sys\n"
    "v = vlc.libvlc_get_version()\n"
    "i = vlc.Instance(['--quiet', '--vout=dummy', '--aout=dummy'])\n"
    "sys.stdout.write((v or b'').decode('utf-8', 'replace') if i is not None else '')\n"
)


def _env_key() -> tuple[str | None, str | None]:
    return os.environ.get("PYTHON_VLC_LIB_PATH"), os.environ.get("PYTHON_VLC_MODULE_PATH")


def _probe_in_subprocess() -> VlcUnavailableError | None:
    """Import python-vlc in a child first; returns why when the child fails."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _SUBPROCESS_PROBE],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return VlcUnavailableError(
            _mark("could not run the libvlc check: {detail}"), detail=str(exc)
        )
    if done.returncode != 0 or not done.stdout.strip():
        if lines := done.stderr.strip().splitlines():
            return VlcUnavailableError(_mark("libvlc failed to load ({detail})"), detail=lines[-1])
        return VlcUnavailableError(_mark("libvlc failed to load (it did not initialise)"))
    return None


def _check_env_paths() -> VlcUnavailableError | None:
    lib_path, module_path = _env_key()
    if lib_path is not None and not Path(lib_path).is_file():
        return VlcUnavailableError(
            _mark("PYTHON_VLC_LIB_PATH points to a missing file: {path}"), path=lib_path
        )
    if module_path is not None and not Path(module_path).is_dir():
        return VlcUnavailableError(
            _mark("PYTHON_VLC_MODULE_PATH points to a missing folder: {path}"), path=module_path
        )
    if getattr(sys, "frozen", False):
        # A bundle set these paths to its own libvlc (packaging/rthook_vlc.py); its executable
        # is the app, which cannot run the child check below.
        return None
    if lib_path is not None or module_path is not None:
        # python-vlc calls sys.exit(1) on a library it cannot load: find out in a child.
        return _probe_in_subprocess()
    return None


def _import_vlc() -> ModuleType:
    """Import python-vlc or raise VlcUnavailableError with a reason fit for a user."""
    problem = _check_env_paths()
    if problem is not None:
        raise problem
    try:
        import vlc  # lazy on purpose, see the module docstring
    except ImportError as exc:
        raise VlcUnavailableError(
            _mark("python-vlc or libvlc is not installed ({detail})"), detail=str(exc)
        ) from exc
    except OSError as exc:
        raise VlcUnavailableError(
            _mark("libvlc could not be loaded ({detail})"), detail=str(exc)
        ) from exc
    except SystemExit as exc:
        raise VlcUnavailableError(_mark("libvlc could not be loaded (python-vlc gave up)")) from exc
    except Exception as exc:
        # python-vlc raises NotImplementedError("Cannot find libvlc lib") when libvlc is absent.
        raise VlcUnavailableError(
            _mark("libvlc is not installed or cannot be found ({detail})"), detail=str(exc)
        ) from exc
    module: ModuleType = vlc
    return module


def _new_instance(vlc: ModuleType, args: list[str]) -> Any:
    try:
        instance = vlc.Instance(args)
    except Exception as exc:  # python-vlc's VLCException, ctypes errors, missing symbols
        raise VlcUnavailableError(
            _mark("libvlc could not start ({detail})"), detail=str(exc)
        ) from exc
    if instance is None:
        raise VlcUnavailableError(
            _mark("libvlc could not start (its plugins are probably missing)")
        )
    return instance


def probe_vlc(*, refresh: bool = False) -> VlcStatus:
    """Tell whether libvlc can be used here, never raising; cached per environment."""
    key = _env_key()
    with _probe_lock:
        if not refresh and key in _probe_cache:
            return _probe_cache[key]
        status = _probe_uncached()
        _probe_cache[key] = status
    if not status.available:
        log.info("libvlc unavailable: %s", status.reason)
    return status


def _probe_uncached() -> VlcStatus:
    try:
        vlc = _import_vlc()
        try:
            raw = vlc.libvlc_get_version()
        except Exception as exc:  # a libvlc without the symbol, or a broken library
            raise VlcUnavailableError(
                _mark("libvlc does not answer ({detail})"), detail=str(exc)
            ) from exc
        version = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
        if not version:
            raise VlcUnavailableError(_mark("libvlc did not report a version"))
        instance = _new_instance(vlc, [*BASE_ARGS, *HEADLESS_ARGS])
        instance.release()
    except VlcUnavailableError as exc:
        return VlcStatus(False, None, str(exc), exc)
    return VlcStatus(True, version, None)


# -- the backend ------------------------------------------------------------------------------

_FOURCC_NAMES = {
    "h264": "h264",
    "avc1": "h264",
    "hevc": "hevc",
    "h265": "hevc",
    "mp4v": "mpeg4",
    "xvid": "mpeg4",
    "vp80": "vp8",
    "vp90": "vp9",
    "av01": "av1",
    "mp4a": "aac",
    "mpga": "mp3",
    "mp3 ": "mp3",
    "vorb": "vorbis",
    "opus": "opus",
    "flac": "flac",
    "s16l": "pcm_s16le",
    "a52 ": "ac3",
    "theo": "theora",
}


def fourcc_name(code: int) -> str:
    """libvlc's codec fourcc as a readable, ffprobe-like codec name."""
    raw = code.to_bytes(4, "little").decode("latin-1")
    return _FOURCC_NAMES.get(raw.lower(), raw.strip().lower())


@dataclass(slots=True)
class VlcMediaInfo:
    """What libvlc learned about a file by parsing (and briefly opening) it."""

    parsed: bool
    duration_ms: int | None = None
    video_codec: str | None = None
    audio_codec: str | None = None
    width: int | None = None
    height: int | None = None
    chapters: list[ChapterMark] = field(default_factory=list)
    error: str | None = None


class VlcBackend(MediaBackend):
    """MediaBackend on libvlc. libvlc event callbacks only forward plain values; they never call
    back into libvlc (doing so from a libvlc thread can deadlock)."""

    def __init__(self, *, headless: bool = False, extra_args: tuple[str, ...] = ()) -> None:
        super().__init__()
        self._vlc = _import_vlc()
        self._instance = _new_instance(
            self._vlc, [*BASE_ARGS, *(HEADLESS_ARGS if headless else ()), *extra_args]
        )
        self._player = self._instance.media_player_new()
        self._media: Any = None
        self._volume = 100
        self._rate = 1.0
        self._last_error: str | None = None
        self._ended = False
        self._path: Path | None = None
        self._subtitle_uris: list[str] = []
        self._pending_start_ms: int | None = None
        self._attach_events()

    # -- events -----------------------------------------------------------------------------

    def _attach_events(self) -> None:
        et = self._vlc.EventType
        manager = self._player.event_manager()
        handlers = {
            et.MediaPlayerTimeChanged: self._on_time,
            et.MediaPlayerLengthChanged: self._on_length,
            et.MediaPlayerPlaying: self._on_playing,
            et.MediaPlayerPaused: self._on_paused,
            et.MediaPlayerStopped: self._on_stopped,
            et.MediaPlayerEndReached: self._on_end,
            et.MediaPlayerEncounteredError: self._on_error,
        }
        for kind, handler in handlers.items():
            manager.event_attach(kind, handler)

    def _on_time(self, event: Any) -> None:
        self._emit(EventKind.TIME_CHANGED, int(event.u.new_time))

    def _on_length(self, event: Any) -> None:
        self._emit(EventKind.LENGTH_CHANGED, int(event.u.new_length))

    def _on_playing(self, _event: Any) -> None:
        self._ended = False
        self._emit(EventKind.PLAYING)

    def _on_paused(self, _event: Any) -> None:
        self._emit(EventKind.PAUSED)

    def _on_stopped(self, _event: Any) -> None:
        self._emit(EventKind.STOPPED)

    def _on_end(self, _event: Any) -> None:
        self._ended = True
        self._emit(EventKind.END_REACHED)

    def _on_error(self, _event: Any) -> None:
        # libvlc 3 gives no message with the event; its log has it but reading it needs a call.
        # Worded here, in the language of the run: the event is shown, never stored.
        self._last_error = _t("The recording could not be played (libvlc reported an error).")
        self._emit(EventKind.ERROR, self._last_error)

    # -- media and transport ----------------------------------------------------------------

    def load(self, path: Path) -> None:
        path = Path(path)
        self._path = None
        self._subtitle_uris = []
        self._pending_start_ms = None
        if not path.exists():
            self._last_error = _t("The recording file is missing: {path}").format(path=path)
            self._emit(EventKind.ERROR, self._last_error)
            return
        self._path = path
        self._set_media(self._instance.media_new_path(str(path)))
        self._ended = False
        self._last_error = None

    def _set_media(self, media: Any) -> None:
        self._player.set_media(media)
        if self._media is not None:
            self._media.release()
        self._media = media

    def play(self) -> None:
        if self._media is None or self._path is None:
            return
        if self._ended:
            # An ended player must be stopped before it plays again from the start.
            self._player.stop()
            self._ended = False
        if self.state in (PlayerState.IDLE, PlayerState.STOPPED, PlayerState.ENDED) and (
            self._pending_start_ms is not None or self._subtitle_uris
        ):
            # libvlc ignores seeks and slaves before its input exists, so a fresh media carries
            # them as options; options stick to a media, hence fresh each time.
            media = self._instance.media_new_path(str(self._path))
            if self._pending_start_ms is not None:
                media.add_option(f":start-time={self._pending_start_ms / 1000:.3f}")
            for uri in self._subtitle_uris:
                media.slaves_add(self._vlc.MediaSlaveType.subtitle, 4, uri)
            self._set_media(media)
        self._pending_start_ms = None
        self._player.play()
        self._player.set_rate(self._rate)

    def pause(self) -> None:
        if self._player.is_playing():
            self._player.set_pause(1)

    def stop(self) -> None:
        self._player.stop()

    def set_time(self, ms: int) -> None:
        if self._media is None:
            return
        if self.state in (PlayerState.STOPPED, PlayerState.IDLE, PlayerState.ENDED):
            self._pending_start_ms = max(0, int(ms))
            return
        self._player.set_time(max(0, int(ms)))

    def time_ms(self) -> int:
        return max(0, int(self._player.get_time()))

    def length_ms(self) -> int:
        return max(0, int(self._player.get_length()))

    @property
    def state(self) -> PlayerState:
        if self._media is None:
            return PlayerState.IDLE
        s = self._vlc.State
        raw = self._player.get_state()
        mapping = {
            s.NothingSpecial: PlayerState.IDLE,
            s.Opening: PlayerState.OPENING,
            s.Buffering: PlayerState.OPENING,
            s.Playing: PlayerState.PLAYING,
            s.Paused: PlayerState.PAUSED,
            s.Stopped: PlayerState.STOPPED,
            s.Ended: PlayerState.ENDED,
            s.Error: PlayerState.ERROR,
        }
        return mapping.get(raw, PlayerState.IDLE)

    # -- rate and sound ---------------------------------------------------------------------

    def set_rate(self, rate: float) -> None:
        self._rate = float(rate)
        self._player.set_rate(self._rate)

    def rate(self) -> float:
        value = float(self._player.get_rate())
        return value if value > 0 else self._rate

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, int(volume)))
        self._player.audio_set_volume(self._volume)

    def volume(self) -> int:
        value = int(self._player.audio_get_volume())
        return value if value >= 0 else self._volume

    def set_mute(self, muted: bool) -> None:
        self._player.audio_set_mute(bool(muted))

    def is_muted(self) -> bool:
        return bool(self._player.audio_get_mute() == 1)

    # -- tracks and chapters ----------------------------------------------------------------

    @staticmethod
    def _tracks(raw: list[tuple[int, bytes | None]] | None) -> list[TrackInfo]:
        return [
            TrackInfo(int(tid), (name or b"").decode("utf-8", "replace")) for tid, name in raw or []
        ]

    def audio_tracks(self) -> list[TrackInfo]:
        return self._tracks(self._player.audio_get_track_description())

    def set_audio_track(self, track_id: int) -> bool:
        return bool(self._player.audio_set_track(int(track_id)) == 0)

    def subtitle_tracks(self) -> list[TrackInfo]:
        return self._tracks(self._player.video_get_spu_description())

    def set_subtitle_track(self, track_id: int) -> bool:
        return bool(self._player.video_set_spu(int(track_id)) == 0)

    def subtitle_track(self) -> int:
        return int(self._player.video_get_spu())

    def add_subtitle_file(self, path: Path) -> bool:
        path = Path(path)
        if not path.is_file():
            return False
        uri = path.resolve().as_uri()
        if uri not in self._subtitle_uris:
            self._subtitle_uris.append(uri)
        if self.state in (PlayerState.PLAYING, PlayerState.PAUSED, PlayerState.OPENING):
            return bool(self._player.add_slave(self._vlc.MediaSlaveType.subtitle, uri, True) == 0)
        return True  # attached on the next play()

    def chapters(self) -> list[ChapterMark]:
        try:
            found = self._player.get_full_chapter_descriptions(-1)
        except (ValueError, TypeError):
            return []  # libvlc answers -1 before the input is open
        marks: list[ChapterMark] = []
        for chapter in found or []:
            name = chapter.name.decode("utf-8", "replace") if chapter.name else ""
            # No name: stored untitled, shown as "Chapter N" in the reader's language.
            marks.append(ChapterMark(name, int(chapter.time_offset), int(chapter.duration)))
        return marks

    # -- video ------------------------------------------------------------------------------

    def snapshot(self, path: Path, width: int = 0) -> bool:
        path = Path(path)
        if self._player.video_get_track_count() <= 0 and not self._player.has_vout():
            return False
        result = self._player.video_take_snapshot(0, str(path), int(width), 0)
        return bool(result == 0 and path.is_file() and path.stat().st_size > 0)

    def set_window(self, handle: int) -> None:
        if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
            self._player.set_xwindow(int(handle))
        elif sys.platform == "win32":
            self._player.set_hwnd(int(handle))
        elif sys.platform == "darwin":
            self._player.set_nsobject(int(handle))

    def has_video(self) -> bool:
        return bool(self._player.video_get_track_count() > 0)

    def last_error(self) -> str | None:
        return self._last_error

    def release(self) -> None:
        super().release()
        et = self._vlc.EventType
        manager = self._player.event_manager()
        for kind in (
            et.MediaPlayerTimeChanged,
            et.MediaPlayerLengthChanged,
            et.MediaPlayerPlaying,
            et.MediaPlayerPaused,
            et.MediaPlayerStopped,
            et.MediaPlayerEndReached,
            et.MediaPlayerEncounteredError,
        ):
            manager.event_detach(kind)
        self._player.stop()
        self._player.release()
        if self._media is not None:
            self._media.release()
            self._media = None
        self._instance.release()

    # -- parsing ----------------------------------------------------------------------------

    def parse_media(self, path: Path, timeout_ms: int = 8000) -> VlcMediaInfo:
        """Read duration, codecs, size and chapters of ``path`` without showing or sounding it.

        Chapters are only known once the file is open, so after parsing the file is played
        muted to the dummy outputs for a moment; use a headless backend for this.
        """
        vlc = self._vlc
        media = self._instance.media_new_path(str(path))
        try:
            media.parse_with_options(vlc.MediaParseFlag.local, int(timeout_ms))
            deadline = time.monotonic() + timeout_ms / 1000
            while time.monotonic() < deadline:
                status = media.get_parsed_status()
                if status != 0:
                    break
                time.sleep(0.02)
            status = media.get_parsed_status()
            done = vlc.MediaParsedStatus.done
            if status != done:
                names = {
                    vlc.MediaParsedStatus.failed: "failed",
                    vlc.MediaParsedStatus.timeout: "timed out",
                    vlc.MediaParsedStatus.skipped: "was skipped",
                }
                why = names.get(status, "did not finish")
                return VlcMediaInfo(parsed=False, error=f"libvlc parsing {why}")
            info = VlcMediaInfo(parsed=True)
            duration = int(media.get_duration())
            info.duration_ms = duration if duration > 0 else None
            for track in media.tracks_get() or []:
                if track.type == vlc.TrackType.video and info.video_codec is None:
                    info.video_codec = fourcc_name(track.codec)
                    # In C the audio/video/subtitle pointers share one union slot, which
                    # python-vlc lays out as three fields: the real pointer is in "audio".
                    if track.audio:
                        video = ctypes.cast(track.audio, ctypes.POINTER(vlc.VideoTrack)).contents
                        info.width = int(video.width) or None
                        info.height = int(video.height) or None
                elif track.type == vlc.TrackType.audio and info.audio_codec is None:
                    info.audio_codec = fourcc_name(track.codec)
            info.chapters = self._chapters_by_opening(media, deadline)
            return info
        finally:
            media.release()

    def _chapters_by_opening(self, media: Any, deadline: float) -> list[ChapterMark]:
        # Polled rather than evented: this runs on the caller's thread and may call libvlc.
        self._player.set_media(media)
        self._player.audio_set_mute(True)
        try:
            self._player.play()
            opening = {self._vlc.State.NothingSpecial, self._vlc.State.Opening}
            while time.monotonic() < deadline and self._player.get_state() in opening:
                time.sleep(0.02)
            marks: list[ChapterMark] = []
            while time.monotonic() < deadline:
                marks = self.chapters()
                if marks or self._player.get_chapter_count() <= 0:
                    break
                time.sleep(0.05)
            return marks
        finally:
            self._player.stop()
            self._player.audio_set_mute(False)
            if self._media is not None:
                self._player.set_media(self._media)


def parse_with_vlc(path: Path, timeout_ms: int = 8000) -> VlcMediaInfo:
    """Parse ``path`` with a throw-away headless libvlc; raises VlcUnavailableError."""
    backend = VlcBackend(headless=True)
    try:
        return backend.parse_media(path, timeout_ms)
    finally:
        backend.release()
