"""Shared paths and helpers for the playback, media and player tests."""

from __future__ import annotations

from pathlib import Path

MEDIA = Path(__file__).resolve().parent / "data" / "media"
SAMPLE_MP4 = MEDIA / "sample.mp4"
SAMPLE_OGG = MEDIA / "sample.ogg"
SAMPLE_SRT = MEDIA / "sample.srt"
SAMPLE_VTT = MEDIA / "sample.vtt"

SAMPLE_CHAPTERS = [("Welcome", 0, 3000), ("Main talk", 3000, 6000)]
