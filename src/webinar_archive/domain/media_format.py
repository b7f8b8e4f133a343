"""A recording's format in plain words ("MP4 video, H.264, 1280×720, 55 s"), for briefs and UI.

The words are the caller's (:class:`FormatWords`): the window gives its translations, a brief
the words of its own language, and the domain stays free of both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from .model import Recording

# The name a user knows a container by, from the file's suffix: a prober names the demuxer
# family instead ("mov,mp4,m4a,3gp,3g2,mj2" for all of MP4, M4A, MOV and 3GP).
_SUFFIX_LABELS = {
    ".mp4": "MP4",
    ".m4v": "M4V",
    ".m4a": "M4A",
    ".m4b": "M4B",
    ".mov": "MOV",
    ".3gp": "3GP",
    ".3g2": "3G2",
    ".mkv": "MKV",
    ".webm": "WebM",
    ".ogg": "Ogg",
    ".oga": "Ogg",
    ".opus": "Opus",
    ".flac": "FLAC",
    ".wav": "WAV",
    ".avi": "AVI",
    ".wmv": "WMV",
    ".wma": "WMA",
    ".mp3": "MP3",
    ".aac": "AAC",
    ".ts": "MPEG-TS",
    ".mpg": "MPEG",
    ".mpeg": "MPEG",
    ".flv": "FLV",
}
# When the suffix says nothing: the first name of the prober's demuxer list.
_CONTAINER_LABELS = {
    "mov": "MP4",
    "mp4": "MP4",
    "matroska": "Matroska",
    "webm": "WebM",
    "ogg": "Ogg",
    "asf": "ASF",
    "avi": "AVI",
    "wav": "WAV",
    "flac": "FLAC",
    "mp3": "MP3",
    "aac": "AAC",
    "mpegts": "MPEG-TS",
    "mpeg": "MPEG",
    "flv": "FLV",
}
_CODEC_LABELS = {
    "h264": "H.264",
    "hevc": "H.265",
    "h265": "H.265",
    "av1": "AV1",
    "vp8": "VP8",
    "vp9": "VP9",
    "mpeg4": "MPEG-4",
    "msmpeg4v3": "MPEG-4 (Microsoft)",
    "h263": "H.263",
    "mpeg1video": "MPEG-1",
    "mpeg2video": "MPEG-2",
    "wmv1": "WMV",
    "wmv2": "WMV",
    "wmv3": "WMV",
    "theora": "Theora",
    "mjpeg": "Motion JPEG",
    "prores": "ProRes",
    "aac": "AAC",
    "mp3": "MP3",
    "mp2": "MP2",
    "opus": "Opus",
    "vorbis": "Vorbis",
    "flac": "FLAC",
    "alac": "ALAC",
    "wmav1": "WMA",
    "wmav2": "WMA",
    "wmapro": "WMA Pro",
    "amr_nb": "AMR",
    "amr_wb": "AMR-WB",
    "ac3": "AC-3",
    "eac3": "E-AC-3",
    "dts": "DTS",
    # libvlc's four-character codes
    "mp4a": "AAC",
    "avc1": "H.264",
    "mpga": "MP3",
    "vorb": "Vorbis",
    "fl32": "PCM",
}


def container_label(name: str | None, container: str | None) -> str | None:
    """``("talk.m4a", "mov,mp4,m4a,3gp,3g2,mj2")`` -> ``"M4A"``; None when nothing says."""
    if name:
        label = _SUFFIX_LABELS.get(PurePath(name).suffix.lower())
        if label:
            return label
    first = (container or "").split(",")[0].strip().lower()
    if not first:
        return None
    return _CONTAINER_LABELS.get(first, first.upper())


def codec_label(codec: str | None) -> str | None:
    """``"h264"`` -> ``"H.264"``, ``"pcm_s16le"`` -> ``"PCM"``; unknown names upper-cased."""
    if not codec:
        return None
    key = codec.strip().lower()
    if key.startswith("pcm_") or key in {"araw", "s16l", "s24l"}:
        return "PCM"
    return _CODEC_LABELS.get(key, codec.strip().upper())


def human_duration(ms: int | None) -> str | None:
    """``55_000`` -> ``"55 s"``, ``192_000`` -> ``"3 min 12 s"``, ``3_720_000`` -> ``"1 h 2 min"``.

    Above an hour the seconds are left out: nobody reads a talk's length to the second.
    """
    if ms is None or ms < 0:
        return None
    seconds = round(ms / 1000)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


@dataclass(frozen=True, slots=True)
class FormatWords:
    """The words a format is said with, in the reader's language (English by default).

    ``{format}`` in a template stands for the container's name ("MP4"); ``length`` says a
    duration in milliseconds.
    """

    named_video: str = "{format} video"
    named_audio: str = "{format} audio"
    video: str = "video"
    audio: str = "audio"
    no_sound: str = "no sound"
    length: Callable[[int], str | None] = human_duration


ENGLISH_WORDS = FormatWords()


def describe_format(
    *,
    name: str | None,
    container: str | None,
    video_codec: str | None,
    audio_codec: str | None,
    width: int | None = None,
    height: int | None = None,
    duration_ms: int | None = None,
    with_duration: bool = True,
    words: FormatWords = ENGLISH_WORDS,
) -> str:
    """The format of a recording as a reader says it; "" when nothing is known of it.

    ``"MP4 video, H.264, 1280×720, 55 s"``, ``"M4A audio, AAC, 3 min 12 s"``. A video with no
    sound track says so, as that is worth knowing before one plays it.
    """
    has_video = bool(video_codec) or bool(width and height)
    label = container_label(name, container)
    parts: list[str] = []
    if has_video or audio_codec:
        named, bare = (
            (words.named_video, words.video) if has_video else (words.named_audio, words.audio)
        )
        # replace, not format: a translated template is text, not code to run.
        parts.append(named.replace("{format}", label) if label else bare)
    elif label:
        parts.append(label)
    codec = codec_label(video_codec if has_video else audio_codec)
    if codec:
        parts.append(codec)
    if width and height:
        parts.append(f"{width}×{height}")
    if has_video and not audio_codec:
        parts.append(words.no_sound)
    if with_duration and duration_ms is not None and duration_ms >= 0:
        duration = words.length(duration_ms)
        if duration:
            parts.append(duration)
    return ", ".join(parts)


def recording_format(
    recording: Recording, *, with_duration: bool = True, words: FormatWords = ENGLISH_WORDS
) -> str:
    """:func:`describe_format` of a catalogued recording; its media type when nothing is known."""
    text = describe_format(
        name=recording.original_name,
        container=recording.container,
        video_codec=recording.video_codec,
        audio_codec=recording.audio_codec,
        width=recording.width,
        height=recording.height,
        duration_ms=recording.duration_ms,
        with_duration=with_duration,
        words=words,
    )
    return text or recording.media_type
