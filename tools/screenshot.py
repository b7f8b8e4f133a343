"""Screenshots of the main window for the README: a temporary library with the demo session.

Usage: python tools/screenshot.py [--display :99] [--out docs]
Without --display the window is drawn offscreen; with it, on that X display (e.g. Xvfb).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1280, 800), (1920, 1080))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", help="X display to draw on (default: offscreen)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs")
    parser.add_argument("--tab", default="Summary", help="editor tab to show (Details, Summary…)")
    args = parser.parse_args(argv)
    if args.display:
        os.environ["DISPLAY"] = args.display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from webinar_archive.services.archive import Archive
    from webinar_archive.ui.app import application, create_main_window

    app = application(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="webinar-archive-shots-") as tmp:
        archive = Archive.open(Path(tmp) / "library")
        try:
            archive.sessions.create_demo()
            for width, height in SIZES:
                settings = QSettings(str(Path(tmp) / f"ui-{width}.ini"), QSettings.Format.IniFormat)
                window, main_app = create_main_window(archive, settings, (width, height))
                window.show()
                main_app.catalogue.select_session(archive.sessions.ids()[0])
                editor = window.editor
                for i in range(editor.tabs.count()):
                    if editor.tabs.tabText(i).replace("&", "") == args.tab:
                        editor.tabs.setCurrentIndex(i)
                window.browser.expandAll()
                for _ in range(20):
                    app.processEvents()
                target = args.out / f"main-window-{width}.png"
                window.grab().save(str(target))
                print(target)
                window.close()
                main_app.shutdown()
                window.deleteLater()
                QApplication.processEvents()
        finally:
            archive.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
