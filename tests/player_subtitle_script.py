"""Run under an X display: are WebVTT subtitles drawn on the video when playback starts in the
middle of a cue? Prints one JSON line; exit code 0 when it ran.

Usage: python player_subtitle_script.py OUT_DIR

The demo recording shows one still title card per speaker, so two grabs of the same moment,
one with the demo's WebVTT file and one without, differ only where a subtitle is drawn. Playback
starts at 14.5 s: the cue running there began at 13.0 s, before the key frame at 14 s that
libvlc seeks to (the case its WebVTT reader skips).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from playback_helpers import make_recording
from player_display_script import pump, wait_until
from webinar_archive.media.subtitles import cue_at, load_subtitles
from webinar_archive.resources import resource_path
from webinar_archive.ui.player.widget import PlayerWidget

VIDEO = resource_path("demo", "eu-s3-webinar-2020-09-11.mp4")
VTT = resource_path("demo", "eu-s3-webinar-2020-09-11.en.vtt")
START_MS = 14_500
PAUSE_AFTER_MS = 15_300


def differing_pixels(a: QImage, b: QImage) -> int:
    """Pixels of the lower half that differ clearly between two grabs of the same size."""
    if a.size() != b.size():
        return -1
    count = 0
    for y in range(a.height() // 2, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if sum(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16)) > 90:
                count += 1
    return count


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    widget = PlayerWidget()
    result: dict[str, object] = {"vlc": widget.engine is not None}
    if widget.engine is None:
        print(json.dumps(result))
        return 0
    cues = load_subtitles(VTT).cues
    running = cue_at(cues, START_MS)
    result["cue_starts_before"] = running is not None and cues[running].start_ms < START_MS - 1000
    recording = make_recording(
        stored_path=str(VIDEO), duration_ms=45_000, width=480, height=270, resume_ms=0
    )
    widget.resize(900, 600)
    widget.show()
    pump(0.5)
    screen = QGuiApplication.primaryScreen()
    grabs: dict[str, QImage] = {}
    for name, files in (("with", [VTT]), ("without", [])):
        widget.load(recording, VIDEO, cues, [], [], "Title", [], subtitle_files=files)
        assert widget.engine is not None
        widget.engine.set_mute(True)
        widget.seek(START_MS)
        widget.play()
        result[f"advanced_{name}"] = wait_until(lambda: widget.current_time() > PAUSE_AFTER_MS)
        widget.pause()
        pump(0.8)
        result[f"time_{name}"] = widget.current_time()
        result[f"track_{name}"] = widget.engine.subtitle_track()
        shot = screen.grabWindow(widget.surface.native_handle())
        shot.save(str(out / f"subtitles-{name}.png"))
        grabs[name] = shot.toImage()
        widget.close_media()
        pump(0.3)
    result["differing"] = differing_pixels(grabs["with"], grabs["without"])
    widget.close()
    pump(0.2)
    print(json.dumps(result))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
