"""Shared paths and helpers for the playback, media and player tests."""

from __future__ import annotations

from pathlib import Path

from webinar_archive.domain.model import Recording

MEDIA = Path(__file__).resolve().parent / "data" / "media"
SAMPLE_MP4 = MEDIA / "sample.mp4"
SAMPLE_OGG = MEDIA / "sample.ogg"
SAMPLE_SRT = MEDIA / "sample.srt"
SAMPLE_VTT = MEDIA / "sample.vtt"

SAMPLE_CHAPTERS = [("Welcome", 0, 3000), ("Main talk", 3000, 6000)]


def make_recording(**overrides: object) -> Recording:
    """A Recording record for the committed sample video; fields overridable."""
    values: dict[str, object] = {
        "id": 7,
        "session_id": 3,
        "original_name": "sample.mp4",
        "media_type": "video/mp4",
        "size": SAMPLE_MP4.stat().st_size,
        "sha256": "0" * 64,
        "stored_path": str(SAMPLE_MP4),
        "linked": True,
        "duration_ms": 6000,
        "container": "mov,mp4,m4a,3gp,3g2,mj2",
        "video_codec": "h264",
        "audio_codec": "aac",
        "width": 320,
        "height": 240,
        "resume_ms": 0,
        "watched": False,
    }
    values.update(overrides)
    return Recording(**values)  # type: ignore[arg-type]
