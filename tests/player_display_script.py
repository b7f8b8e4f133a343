"""Run under an X display: play the sample in a real PlayerWidget, grab the screen, report JSON.

Usage: python player_display_script.py OUT_DIR. Prints one JSON line; exit code 0 when it ran.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from playback_helpers import SAMPLE_MP4, SAMPLE_SRT, make_recording
from webinar_archive.domain.model import Chapter, Note
from webinar_archive.media.subtitles import load_subtitles
from webinar_archive.ui.player.widget import PlayerWidget


def pump(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def wait_until(condition, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        pump(0.05)
    return bool(condition())


def image_stats(image: QImage) -> dict[str, float]:
    """Mean and variance of luminance over a grid of samples, plus distinct colours seen."""
    values: list[float] = []
    colours: set[int] = set()
    step_x = max(1, image.width() // 64)
    step_y = max(1, image.height() // 48)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
            values.append(0.299 * r + 0.587 * g + 0.114 * b)
    mean = sum(values) / len(values) if values else 0.0
    variance = sum((v - mean) ** 2 for v in values) / len(values) if values else 0.0
    return {"mean": mean, "variance": variance, "colours": float(len(colours))}


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    widget = PlayerWidget(snapshot_dir=out)
    result: dict[str, object] = {"vlc": widget.engine is not None}
    if widget.engine is None:
        print(json.dumps(result))
        return 0
    shots: list[str] = []
    widget.snapshot_taken.connect(lambda path: shots.append(str(path)))
    widget.setWindowTitle("Webinar Archive – player")
    widget.resize(1100, 620)
    recording = make_recording(resume_ms=0)
    chapters = [
        Chapter(1, recording.id, 0, 3000, "Welcome"),
        Chapter(2, recording.id, 3000, 6000, "Main talk"),
    ]
    notes = [Note(1, recording.id, 2100, "Agenda slide is worth a look")]
    widget.show()
    pump(0.5)
    widget.load(
        recording,
        SAMPLE_MP4,
        load_subtitles(SAMPLE_SRT).cues,
        chapters,
        notes,
        "Smart specialisation and territorial cooperation",
        ["Anna Novak", "Ben Ortiz"],
        subtitle_files=[SAMPLE_SRT],
    )
    widget.set_material_marks([(11, "Slides: keynote.pdf", 1000), (12, "Chart handout", 4500)])
    widget.tabs.setCurrentWidget(widget.transcript_tab)
    widget.engine.set_mute(True)
    widget.play()
    result["advanced"] = wait_until(lambda: widget.current_time() > 1500)
    widget.pause()
    pump(0.8)
    result["time_ms"] = widget.current_time()
    screen = QGuiApplication.primaryScreen()
    whole = screen.grabWindow(0)
    whole.save(str(out / "screen.png"))
    surface = screen.grabWindow(widget.surface.native_handle())
    surface.save(str(out / "surface.png"))
    result["surface"] = image_stats(surface.toImage())
    result["surface_size"] = [surface.width(), surface.height()]
    window = widget.grab()
    # widget.grab() renders Qt's own painting; the video comes from the screen grab above.
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    framed = whole.copy(top_left.x(), top_left.y(), widget.width(), widget.height())
    framed.save(str(out / "player.png"))
    window.save(str(out / "player-qt.png"))
    snap = widget.snapshot()
    result["snapshot"] = str(snap) if snap else None
    result["snapshot_size"] = snap.stat().st_size if snap and snap.exists() else 0
    result["snapshot_signal"] = shots
    handle_before = widget.surface.native_handle()
    widget.full_screen.toggle()
    pump(0.5)
    result["full_screen"] = widget.full_screen.active()
    widget.full_screen.toggle()
    pump(0.3)
    result["handle_kept"] = widget.surface.native_handle() == handle_before
    widget.close()
    pump(0.2)
    print(json.dumps(result))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
