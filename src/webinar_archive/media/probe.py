"""Probing recordings for duration, codecs, size and chapters (ffprobe, else libvlc)."""

from __future__ import annotations

import json
import logging
import shutil
import struct
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .problems import (
    MediaProblem,
    ProbeNotice,
    classify,
    describe,
    shown_warning,
    stored_warning,
)

log = logging.getLogger(__name__)

FFPROBE_TIMEOUT_S = 60


@dataclass(slots=True)
class ProbeResult:
    """What a recording contains; ``warning`` explains anything missing or suspicious."""

    duration_ms: int | None = None
    container: str | None = None
    video_codec: str | None = None
    audio_codec: str | None = None
    width: int | None = None
    height: int | None = None
    chapters: list[tuple[str, int, int]] = field(default_factory=list)  # (title, start, end)
    warning: str | None = None
    tool: str | None = None  # "ffprobe" or "libvlc", whichever answered
    # The class of what is wrong with the file itself; ``warning`` says it in plain words.
    problem: MediaProblem | None = None
    # What the catalogue keeps: the problem's code and values (worded when shown), or the
    # warning's text when it is not about the file itself.
    stored_warning: str | None = None
    # Why nothing could be said of the file (no prober, not found, a fault), with its values.
    notice: ProbeNotice | None = None
    notice_values: dict[str, str] = field(default_factory=dict)

    @property
    def has_video(self) -> bool:
        return self.video_codec is not None


# -- container sanity -------------------------------------------------------------------------

_ISO_TYPES = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"uuid", b"pdin", b"moof"}


def _is_iso(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(8)[4:8] == b"ftyp"
    except OSError:
        return False


def iso_truncation(path: Path) -> MediaProblem | None:
    """For MP4/MOV/M4A/3GP files, how the file is cut when a top-level box runs past its end.

    Probers read the header and happily report the full duration of a file cut short by an
    interrupted download; the box sizes tell the truth without reading the media data.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
            if len(head) < 8 or head[4:8] != b"ftyp":
                return None
            offset = 0
            seen_moov = False
            while offset < size:
                handle.seek(offset)
                header = handle.read(16)
                if len(header) < 8:
                    return MediaProblem.CUT_SHORT if seen_moov else MediaProblem.CUT_BEFORE_INDEX
                box_size, box_type = struct.unpack(">I4s", header[:8])
                if box_size == 1 and len(header) >= 16:
                    box_size = struct.unpack(">Q", header[8:16])[0]
                elif box_size == 0:
                    box_size = size - offset  # "to the end of the file"
                if box_size < 8:
                    return MediaProblem.DAMAGED
                if offset + box_size > size:
                    if box_type == b"moov":
                        return MediaProblem.CUT_IN_INDEX
                    if box_type != b"mdat":
                        return MediaProblem.CUT_SHORT
                    # Without faststart the index comes after the data, and is lost with it.
                    return MediaProblem.CUT_IN_DATA if seen_moov else MediaProblem.CUT_BEFORE_INDEX
                seen_moov = seen_moov or box_type == b"moov"
                offset += box_size
            if not seen_moov:
                return MediaProblem.NO_INDEX
    except OSError:
        return None  # the prober says why it cannot read the file
    return None


# -- ffprobe ----------------------------------------------------------------------------------


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _seconds_to_ms(value: Any) -> int | None:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    return round(seconds * 1000) if seconds >= 0 else None


def _from_ffprobe(data: dict[str, Any]) -> ProbeResult:
    result = ProbeResult(tool="ffprobe")
    fmt = data.get("format") or {}
    result.container = fmt.get("format_name") or None
    result.duration_ms = _seconds_to_ms(fmt.get("duration"))
    for stream in data.get("streams") or []:
        kind = stream.get("codec_type")
        disposition = stream.get("disposition") or {}
        if kind == "video" and result.video_codec is None and not disposition.get("attached_pic"):
            # Cover art in audio files is a "video" stream of one picture: not a video.
            result.video_codec = stream.get("codec_name")
            result.width = _int(stream.get("width"))
            result.height = _int(stream.get("height"))
        elif kind == "audio" and result.audio_codec is None:
            result.audio_codec = stream.get("codec_name")
        if result.duration_ms is None and kind in ("video", "audio"):
            result.duration_ms = _seconds_to_ms(stream.get("duration"))
    for chapter in data.get("chapters") or []:
        start = _seconds_to_ms(chapter.get("start_time")) or 0
        end = _seconds_to_ms(chapter.get("end_time"))
        title = ((chapter.get("tags") or {}).get("title") or "").strip()
        # No title: stored untitled, shown as "Chapter N" in the reader's language.
        result.chapters.append((title, start, end or start))
    return result


def probe_with_ffprobe(path: Path, ffprobe: str | None = None) -> ProbeResult:
    """Run ffprobe on ``path``; errors come back as a problem or notice on an empty result."""
    exe = ffprobe or shutil.which("ffprobe")
    if exe is None:
        return ProbeResult(notice=ProbeNotice.NO_FFPROBE)
    command = [
        exe, "-v", "error", "-print_format", "json",
        "-show_format", "-show_streams", "-show_chapters", str(path),
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, timeout=FFPROBE_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return ProbeResult(tool="ffprobe", problem=MediaProblem.TOO_SLOW)
    except OSError as exc:
        return ProbeResult(
            tool="ffprobe", notice=ProbeNotice.PROBER_FAILED, notice_values={"reason": str(exc)}
        )
    errors = done.stderr.decode("utf-8", "replace").strip()
    try:
        data = json.loads(done.stdout.decode("utf-8", "replace") or "{}")
    except json.JSONDecodeError:
        data = {}
    if errors:
        # The prober's own words go to the log for whoever debugs; the user reads the class.
        log.info("ffprobe on %s: %s", path, errors[:2000])
    if done.returncode != 0 or not data.get("format"):
        return ProbeResult(tool="ffprobe", problem=classify(errors, read_at_all=False))
    result = _from_ffprobe(data)
    if errors:
        result.problem = classify(errors, read_at_all=True)
    return result


# -- libvlc -----------------------------------------------------------------------------------


def probe_with_vlc(path: Path) -> ProbeResult:
    """Parse ``path`` with libvlc (imported lazily); unavailability becomes a warning."""
    try:
        from webinar_archive.playback.vlc_backend import (
            VlcUnavailableError,
            parse_with_vlc,
            probe_vlc,
        )
    except ImportError as exc:  # pragma: no cover - the package itself is broken
        return ProbeResult(notice=ProbeNotice.NO_PROBER, notice_values={"reason": str(exc)})
    status = probe_vlc()
    if not status.available:
        return ProbeResult(
            notice=ProbeNotice.NO_PROBER, notice_values={"reason": str(status.reason)}
        )
    try:
        info = parse_with_vlc(path)
    except VlcUnavailableError as exc:
        return ProbeResult(notice=ProbeNotice.NO_PROBER, notice_values={"reason": str(exc)})
    if not info.parsed:
        log.info("libvlc on %s: %s", path, info.error)
        return ProbeResult(tool="libvlc", problem=classify(info.error or "", read_at_all=False))
    result = ProbeResult(
        tool="libvlc",
        duration_ms=info.duration_ms,
        container=_container_from_suffix(path),
        video_codec=info.video_codec,
        audio_codec=info.audio_codec,
        width=info.width,
        height=info.height,
        chapters=[
            (mark.title, mark.start_ms, mark.start_ms + mark.duration_ms) for mark in info.chapters
        ],
    )
    if result.video_codec is None and result.audio_codec is None:
        result.container = None
        result.problem = MediaProblem.NOT_MEDIA
    return result


_SUFFIX_CONTAINERS = {
    ".mp4": "mov,mp4,m4a,3gp,3g2,mj2",
    ".m4a": "mov,mp4,m4a,3gp,3g2,mj2",
    ".m4v": "mov,mp4,m4a,3gp,3g2,mj2",
    ".mov": "mov,mp4,m4a,3gp,3g2,mj2",
    ".mkv": "matroska,webm",
    ".webm": "matroska,webm",
    ".ogg": "ogg",
    ".oga": "ogg",
    ".opus": "ogg",
    ".mp3": "mp3",
    ".wav": "wav",
    ".flac": "flac",
    ".avi": "avi",
}


def _container_from_suffix(path: Path) -> str | None:
    # libvlc does not name the demuxer it used; ffprobe-style names keep results comparable.
    return _SUFFIX_CONTAINERS.get(path.suffix.lower())


# -- entry point ------------------------------------------------------------------------------


def probe_recording(
    path: Path, *, prefer: str | None = None, name: str | None = None
) -> ProbeResult:
    """Probe a recording with ffprobe when on PATH, else libvlc; never raises.

    ``prefer="libvlc"`` or ``"ffprobe"`` forces one prober (for tests and diagnostics).
    ``name`` is the file's name as the user knows it: a warning starts with it, and says it
    where a prober named the stored copy (the library keeps files under their hash).
    """
    path = Path(path)
    result = _probe(path, prefer)
    if result.notice is not None:
        # Kept as the notice's code and values; worded in the reader's language when shown.
        result.stored_warning = stored_warning(
            result.notice,
            name=name,
            playable=False,
            reason=result.notice_values.get("reason"),
            path=result.notice_values.get("path"),
        )
        result.warning = shown_warning(result.stored_warning, playable=False)
        return result
    if result.problem is not None:
        result.stored_warning = stored_warning(
            result.problem,
            name=name or path.name,
            playable=bool(result.video_codec or result.audio_codec),
            note=result.warning,
        )
        plain = describe(result.problem, playable=bool(result.video_codec or result.audio_codec))
        result.warning = f"{result.warning} {plain}" if result.warning else plain
    if result.warning:
        # Sentences start small after "name: " and capitalised on their own.
        text = result.warning
        if name:
            text = text.replace(path.name, name)
            result.warning = f"{name}: {text[:1].lower()}{text[1:]}"
        else:
            result.warning = text[:1].upper() + text[1:]
        if result.stored_warning is None:
            result.stored_warning = result.warning
    return result


def _probe(path: Path, prefer: str | None) -> ProbeResult:
    try:
        if not path.is_file():
            return ProbeResult(notice=ProbeNotice.NOT_FOUND, notice_values={"path": str(path)})
        if path.stat().st_size == 0:
            return ProbeResult(problem=MediaProblem.EMPTY)
        use_ffprobe = prefer == "ffprobe" or (prefer is None and shutil.which("ffprobe"))
        result = probe_with_ffprobe(path) if use_ffprobe else probe_with_vlc(path)
        cut = iso_truncation(path)
        if cut is not None:
            # The box sizes say precisely what the probers' complaints are symptoms of.
            result.problem = cut
        elif result.problem is MediaProblem.NO_INDEX and not _is_iso(path):
            result.problem = MediaProblem.NOT_MEDIA  # ffprobe chose MP4 by the name alone
        no_streams = result.video_codec is None and result.audio_codec is None
        if result.warning is None and result.problem is None and no_streams:
            result.problem = MediaProblem.NOT_MEDIA
        return result
    except Exception:  # a prober bug must not take the caller down with it
        log.exception("Probing %s failed", path)
        return ProbeResult(notice=ProbeNotice.INTERNAL_ERROR)
