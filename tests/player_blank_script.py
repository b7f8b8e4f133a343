"""Run under an X display: is the video surface black before playback and after a jump made
once the recording ended? Prints one JSON line of screen statistics; exit code 0 when it ran.

Usage: python player_blank_script.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from playback_helpers import SAMPLE_MP4, make_recording
from player_display_script import image_stats, pump, wait_until
from webinar_archive.domain.model import Chapter
from webinar_archive.playback.backend import PlayerState
from webinar_archive.services.archive import Archive
from webinar_archive.ui.app import create_main_window
from webinar_archive.ui.player.widget import PlayerWidget


def in_main_window(out: Path) -> dict[str, object]:
    """The player opened in the main window on a recording with a position to resume."""
    archive = Archive.open(out / "library")
    try:
        session, _new = archive.sessions.create_demo()
        recording_id = archive.files.attach(session.id, [SAMPLE_MP4])[0].recording_id
        assert recording_id is not None
        archive.playback.save_position(recording_id, 5200, 6000)
        settings = QSettings(str(out / "ui.ini"), QSettings.Format.IniFormat)
        window, main_app = create_main_window(archive, settings, (1280, 800))
        window.show()
        pump(0.8)
        main_app.catalogue.select_session(session.id)
        window.play_requested.emit(recording_id)
        pump(1.5)
        player = main_app.player.player
        assert player is not None
        shown: dict[str, object] = {"resume_offered": player.resume_bar.isVisible()}
        pixmap = QGuiApplication.primaryScreen().grabWindow(player.surface.native_handle())
        pixmap.save(str(out / "before-in-window.png"))
        shown["before"] = image_stats(pixmap.toImage())
        window.close()
        main_app.shutdown()
        pump(0.3)
        return shown
    finally:
        archive.close()


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    widget = PlayerWidget(snapshot_dir=out)
    result: dict[str, object] = {"vlc": widget.engine is not None}
    if widget.engine is None:
        print(json.dumps(result))
        return 0
    result["window"] = in_main_window(out)
    widget.resize(1100, 620)
    # A position to resume from: the resume bar shows above the surface and moves it down.
    recording = make_recording(resume_ms=5200)
    chapters = [
        Chapter(1, recording.id, 0, 3000, "Welcome"),
        Chapter(2, recording.id, 3000, 6000, "Main talk"),
    ]
    widget.show()
    pump(0.5)
    widget.load(recording, SAMPLE_MP4, [], chapters, [], "Title", ["Speaker"])
    pump(0.8)
    screen = QGuiApplication.primaryScreen()

    def grab(name: str) -> dict[str, float]:
        pixmap = screen.grabWindow(widget.surface.native_handle())
        pixmap.save(str(out / f"{name}.png"))
        return image_stats(pixmap.toImage())

    result["resume_offered"] = widget.resume_bar.isVisible()
    result["before"] = grab("before")
    widget.engine.set_mute(True)
    widget.play()
    wait_until(lambda: widget.current_time() > 1500)
    pump(0.3)
    result["playing"] = grab("playing")  # the grab sees frames: the checks below can fail
    result["ended"] = wait_until(lambda: widget.engine.state != PlayerState.PLAYING, 20)
    pump(0.8)
    widget.chapter_list.seek_requested.emit(500)  # a click on the first chapter
    pump(1.0)
    result["after_jump"] = grab("after_jump")
    result["state"] = str(widget.engine.state)
    widget.close()
    pump(0.2)
    print(json.dumps(result))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
