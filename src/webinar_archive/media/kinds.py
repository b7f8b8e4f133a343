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
