"""What kind of file something is, judged from its name without opening it."""

from __future__ import annotations

import mimetypes
from pathlib import Path

RECORDING_SUFFIXES = {
    ".mp4",
    ".m4v",
    ".mkv",
    ".webm",
    ".mov",
    ".3gp",
    ".3g2",
    ".avi",
    ".mpg",
    ".mpeg",
    ".ts",
    ".wmv",
    ".flv",
    ".mp3",
    ".m4a",
    ".m4b",
    ".aac",
    ".ogg",
    ".oga",
    ".opus",
    ".wav",
    ".flac",
    ".wma",
}
SUBTITLE_SUFFIXES = {".srt", ".vtt", ".sbv"}
SLIDE_SUFFIXES = {".pptx", ".ppt", ".odp", ".key"}
DOCUMENT_SUFFIXES = {".docx", ".doc", ".odt", ".txt", ".md", ".html", ".htm", ".rtf"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".tif", ".tiff"}

_EXTRA_TYPES = {
    ".mkv": "video/x-matroska",
    ".webm": "video/webm",
    ".m4a": "audio/mp4",
    ".m4b": "audio/mp4",
    ".3gp": "video/3gpp",
    ".3g2": "video/3gpp2",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".ogg": "audio/ogg",
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".sbv": "text/plain",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".md": "text/markdown",
}


def media_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _EXTRA_TYPES:
        return _EXTRA_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def recording_media_type(path: Path, *, has_video: bool) -> str:
    """The media type of a recording once probed: a 3GP, MP4 or WebM with sound only is audio."""
    kind = media_type(path)
    if not has_video and kind in _AUDIO_TWINS:
        return _AUDIO_TWINS[kind]
    return kind


# Containers registered for sound alone as well (RFC 3839, RFC 4393, RFC 4337, WebM, Matroska).
_AUDIO_TWINS = {
    "video/3gpp": "audio/3gpp",
    "video/3gpp2": "audio/3gpp2",
    "video/mp4": "audio/mp4",
    "video/webm": "audio/webm",
    "video/x-matroska": "audio/x-matroska",
    "video/ogg": "audio/ogg",
}


def is_recording(path: Path) -> bool:
    return path.suffix.lower() in RECORDING_SUFFIXES


def is_subtitle(path: Path) -> bool:
    return path.suffix.lower() in SUBTITLE_SUFFIXES


def material_kind(path: Path) -> str:
    """One of domain.model.MaterialKind's values."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix in SLIDE_SUFFIXES:
        return "slides"
    if suffix in DOCUMENT_SUFFIXES:
        return "document"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in SUBTITLE_SUFFIXES:
        return "subtitles"
    return "other"
