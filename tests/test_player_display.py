"""The real player on a real X display: video frames reach the screen and snapshots work."""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from display_helpers import xvfb_display
from webinar_archive.playback.vlc_backend import probe_vlc

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "player_display_script.py"
BLANK_SCRIPT = HERE / "player_blank_script.py"
SUBTITLE_SCRIPT = HERE / "player_subtitle_script.py"
SRC = HERE.parent / "src"

pytestmark = pytest.mark.display


def _vlc_video_output_missing() -> str | None:
    folders = [
        *glob.glob("/usr/lib/*/vlc/plugins/video_output"),
        *glob.glob("/usr/lib/vlc/plugins/video_output"),
        *glob.glob("/usr/lib64/vlc/plugins/video_output"),
    ]
    if not folders:
        return None  # an unusual layout: let the run itself tell
    if any(glob.glob(os.path.join(folder, "libxcb_*")) for folder in folders):
        return None
    return "VLC's X11 video output is missing (install vlc-plugin-video-output)"


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    status = probe_vlc()
    if not status.available:
        pytest.skip(f"libvlc is not available: {status.reason}")
    missing = _vlc_video_output_missing()
    if missing:
        pytest.skip(missing)
    with xvfb_display() as display:
        yield display


def _run(script: Path, display: str, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p),
    )
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, f"display script failed:\n{done.stderr[-3000:]}"
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def test_video_reaches_the_screen(display: str, tmp_path: Path) -> None:
    result = _run(SCRIPT, display, tmp_path)
    assert result["vlc"], "the widget found no libvlc although the probe did"
    assert result["advanced"], f"playback did not advance (time {result.get('time_ms')})"
    stats = result["surface"]
    # A black or single-colour frame has next to no variance; the test pattern has plenty.
    assert stats["variance"] > 200, f"the video surface looks blank: {stats}"
    assert stats["colours"] > 20, f"the video surface looks blank: {stats}"
    assert (tmp_path / "player.png").stat().st_size > 0
    snapshot = result["snapshot"]
    assert snapshot and result["snapshot_size"] > 0
    assert Path(snapshot).read_bytes().startswith(b"\x89PNG")
    assert result["snapshot_signal"] == [snapshot]
    assert result["full_screen"]
    assert result["handle_kept"]


def _black(stats: dict[str, float]) -> bool:
    return stats["mean"] < 8 and stats["variance"] < 10


def test_video_surface_is_black_before_playback_and_after_a_jump_past_the_end(
    display: str, tmp_path: Path
) -> None:
    """No stale picture: black before the first frame, and a chapter chosen after the end does
    not leave the last frame on screen as if it were the chapter's."""
    result = _run(BLANK_SCRIPT, display, tmp_path)
    assert result["vlc"], "the widget found no libvlc although the probe did"
    assert not _black(result["playing"]), f"no frame was seen while playing: {result}"
    assert result["resume_offered"] and result["window"]["resume_offered"]
    window = result["window"]["before"]
    assert _black(window), f"the surface shows a stale picture before playback: {result}"
    assert _black(result["before"]), f"the surface shows something before playback: {result}"
    assert result["ended"], f"the recording did not end: {result}"
    assert _black(result["after_jump"]), f"the old last frame stayed after the jump: {result}"


def test_subtitles_are_drawn_when_playback_starts_inside_a_cue(
    display: str, tmp_path: Path
) -> None:
    """A WebVTT cue already running where playback starts (a resume, a search hit, a seek) is on
    the picture at once, not only from the next cue on."""
    result = _run(SUBTITLE_SCRIPT, display, tmp_path)
    assert result["vlc"], "the widget found no libvlc although the probe did"
    assert result["cue_starts_before"], f"the start is not inside a cue begun earlier: {result}"
    assert result["advanced_with"] and result["advanced_without"], f"no playback: {result}"
    assert result["track_with"] >= 0, f"no subtitle track was chosen: {result}"
    # A line of subtitle text over a plain card: hundreds of pixels differ; none without it.
    assert result["differing"] > 150, f"no subtitle was drawn (see {tmp_path}): {result}"
