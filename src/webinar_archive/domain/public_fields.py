"""The public fields of a session's files (recordings, materials, subtitles), named once."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from . import model as m

# What every output of a recording, a material or a subtitle track says about it, as plain
# JSON values under the domain's own names. `show --json` (services/serialize.py) and the
# exchange file (export/exchange.py) both start from these and rename keys with their own
# table; a field added here reaches both.
_FILE = ("original_name", "media_type", "size", "sha256", "stored_path", "linked")
RECORDING_FIELDS: tuple[str, ...] = (
    *_FILE,
    "duration_ms",
    "container",
    "video_codec",
    "audio_codec",
    "width",
    "height",
    "resume_ms",
    "watched",
    "probe_warning",
)
MATERIAL_FIELDS: tuple[str, ...] = ("title", *_FILE, "kind", "page_count", "shown_at_ms")
SUBTITLE_FIELDS: tuple[str, ...] = ("original_name", "language")
CHAPTER_FIELDS: tuple[str, ...] = ("start_ms", "end_ms", "title")
NOTE_FIELDS: tuple[str, ...] = ("at_ms", "text")

SAME_NAMES: Mapping[str, str] = MappingProxyType({})


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, m.MaterialKind) else value


def _fields(record: object, names: tuple[str, ...], rename: Mapping[str, str]) -> dict[str, Any]:
    return {rename.get(name, name): _plain(getattr(record, name)) for name in names}


def recording_fields(r: m.Recording, rename: Mapping[str, str] = SAME_NAMES) -> dict[str, Any]:
    return _fields(r, RECORDING_FIELDS, rename)


def material_fields(x: m.Material, rename: Mapping[str, str] = SAME_NAMES) -> dict[str, Any]:
    return _fields(x, MATERIAL_FIELDS, rename)


def subtitle_fields(t: m.SubtitleTrack, rename: Mapping[str, str] = SAME_NAMES) -> dict[str, Any]:
    return _fields(t, SUBTITLE_FIELDS, rename)


def machine_fields(t: m.SubtitleTrack) -> dict[str, Any] | None:
    """Which engine made the track, or None for a person's transcript."""
    made = t.machine
    if made is None:
        return None
    return {
        "engine": made.engine,
        "model": made.model,
        "language": made.language,
        "made_at": made.made_at.isoformat(timespec="seconds") + "Z",
    }


def chapter_fields(c: m.Chapter) -> dict[str, Any]:
    return _fields(c, CHAPTER_FIELDS, SAME_NAMES)


def note_fields(n: m.Note) -> dict[str, Any]:
    return _fields(n, NOTE_FIELDS, SAME_NAMES)
