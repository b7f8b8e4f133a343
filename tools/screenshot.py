"""Screenshots for the README and docs, taken on a fresh demo library (recording, slides, subtitles).

Usage: python tools/screenshot.py --display :99 [--out docs] [--language pl]
Needs an X display (Xvfb is enough: ``Xvfb :99 -screen 0 1920x1080x24 &``) so that the player's
video, drawn by libvlc into its own window, is in the picture; and poppler's ``pdftoppm`` for the
brief. Writes main-window-1280.png, main-window-1920.png, main-window-search.png,
main-window-player.png, player.png, brief-dialog.png and brief-demo.png. With ``--language pl``:
the window's shots in that language, named with a ``-pl`` suffix (main-window-1280-pl.png …).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEARCH = "value chain"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", required=True, help="X display to draw on, e.g. :99")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument(
        "--language", default="en", help="the window's language: en (default) or pl"
    )
    args = parser.parse_args(argv)
    os.environ["DISPLAY"] = args.display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="webinar-archive-shots-") as tmp:
        library = Path(tmp) / "library"
        # The demo as a new user makes it: recording, subtitles, chapters and slides attached.
        subprocess.run(
            [sys.executable, "-m", "webinar_archive", "--library", str(library), "demo"],
            check=True,
            capture_output=True,
        )
        if args.language != "en":
            _window_shots(library, Path(tmp), args.out, args.language)
            return 0
        brief = Path(tmp) / "brief.pdf"
        subprocess.run(
            [sys.executable, "-m", "webinar_archive", "--library", str(library), "brief", "1"]
            + ["-o", str(brief)],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(brief)]
            + [str(args.out / "brief-demo")],
            check=True,
        )
        _window_shots(library, Path(tmp), args.out, "en")
    for name in sorted(args.out.glob("*.png")):
        print(name)
    return 0


def _window_shots(library: Path, tmp: Path, out: Path, language: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtGui import QGuiApplication

    from webinar_archive.services.archive import Archive
    from webinar_archive.ui.app import application, create_main_window
    from webinar_archive.ui.i18n import install_translators

    app = application(sys.argv[:1])
    install_translators(app, language)
    suffix = "" if language == "en" else f"-{language}"

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.02)

    def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        # From the screen, not the widget: libvlc draws the video into a native window.
        pump(0.8)
        g = widget.frameGeometry()
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
        shot.save(str(out / f"{name}{suffix}.png"))

    archive = Archive.open(library)
    try:
        session_id = archive.sessions.ids()[0]
        recording = archive.sessions.get(session_id).recordings[0].id
        for width, height in ((1280, 800), (1920, 1080)):
            settings = QSettings(str(tmp / f"ui-{width}.ini"), QSettings.Format.IniFormat)
            window, main_app = create_main_window(archive, settings, (width, height))
            window.move(0, 0)
            window.show()
            pump(1.0)
            main_app.catalogue.select_session(session_id)
            window.browser.expandAll()
            grab(window, f"main-window-{width}")
            if width == 1280:
                main_app.search.run(SEARCH)
                pump(1.5)
                panel = window.search_panel
                slide = next(
                    (
                        (s.session_id, hit)
                        for s in panel.model.sessions
                        for hit in s.hits
                        if hit.kind in ("slide", "page")
                    ),
                    None,
                )
                if slide is not None:
                    main_app.search.activate_hit(*slide)
                grab(window, "main-window-search")
                main_app.search.run("")
                pump(0.5)
                main_app.catalogue.select_session(session_id)
                main_app.shell.play_requested.emit(recording, 14_000)
                pump(3.0)
                grab(window, "main-window-player")
                if main_app.player.player is not None:
                    grab(main_app.player.player, "player")
                main_app.player.shutdown()
                dialog = main_app.briefs.export_selected()
                if dialog is not None:
                    grab(dialog, "brief-dialog")
                    dialog.reject()
            window.close()
            main_app.shutdown()
            window.deleteLater()
            pump(0.5)
    finally:
        archive.close()
    app.quit()


if __name__ == "__main__":
    sys.exit(main())
