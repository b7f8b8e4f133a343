"""Regenerate the small sample recordings used by the playback and media tests (needs ffmpeg).

Run from anywhere: ``python tests/data/media/make_media.py``. The outputs are committed, so the
tests themselves never need ffmpeg.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DURATION_S = 6

# Two chapters: "Welcome" 0-3 s and "Main talk" 3-6 s (ffmetadata uses a 1/1000 time base).
FFMETADATA = """;FFMETADATA1
title=Sample webinar
artist=Webinar Archive tests

[CHAPTER]
TIMEBASE=1/1000
START=0
END=3000
title=Welcome

[CHAPTER]
TIMEBASE=1/1000
START=3000
END=6000
title=Main talk
"""

SRT = """1
00:00:00,500 --> 00:00:02,000
Hello and welcome.

2
00:00:02,500 --> 00:00:04,000
Today we talk about archives.

3
00:00:04,200 --> 00:00:05,800
Thank you for watching!
"""

VTT = """WEBVTT

00:00:00.500 --> 00:00:02.000
Hello and welcome.

00:00:02.500 --> 00:00:04.000
Today we talk about archives.

00:00:04.200 --> 00:00:05.800
Thank you for watching!
"""


def _encoders(ffmpeg: str) -> str:
    return subprocess.run(
        [ffmpeg, "-hide_banner", "-encoders"], capture_output=True, text=True, check=True
    ).stdout


def main() -> int:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        print("ffmpeg is not on PATH", file=sys.stderr)
        return 1
    encoders = _encoders(ffmpeg)
    if "libx264" in encoders:
        video = ["-c:v", "libx264", "-preset", "veryslow", "-crf", "32", "-pix_fmt", "yuv420p"]
    else:
        video = ["-c:v", "mpeg4", "-q:v", "12"]
    # The moving element: a bright box sliding across the test pattern, so frames differ.
    source = (
        f"testsrc2=size=320x240:rate=15:duration={DURATION_S},"
        "drawbox=x='mod(t*80,280)':y=100:w=40:h=40:color=yellow@1:t=fill"
    )
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "chapters.txt"
        meta.write_text(FFMETADATA, encoding="utf-8")
        common = [ffmpeg, "-hide_banner", "-loglevel", "error", "-y"]
        subprocess.run(
            [
                *common,
                "-f", "lavfi", "-i", source,
                "-f", "lavfi", "-i", f"sine=frequency=440:duration={DURATION_S}",
                "-i", str(meta),
                "-map", "0:v", "-map", "1:a", "-map_metadata", "2", "-map_chapters", "2",
                *video,
                "-c:a", "aac", "-b:a", "48k", "-ac", "1",
                "-movflags", "+faststart",
                str(HERE / "sample.mp4"),
            ],
            check=True,
        )  # fmt: skip
        subprocess.run(
            [
                *common,
                "-f", "lavfi", "-i", f"sine=frequency=330:duration={DURATION_S}",
                "-i", str(meta),
                "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1",
                "-c:a", "libvorbis", "-q:a", "0", "-ac", "1",
                str(HERE / "sample.ogg"),
            ],
            check=True,
        )  # fmt: skip
    (HERE / "sample.srt").write_text(SRT, encoding="utf-8")
    (HERE / "sample.vtt").write_text(VTT, encoding="utf-8")
    for name in ("sample.mp4", "sample.ogg", "sample.srt", "sample.vtt"):
        print(f"{name}: {(HERE / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
