"""Opening files, folders and web pages with the desktop's own applications, or saying why not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from . import errors


def open_externally(parent: QWidget | None, target: Path | str, name: str = "") -> bool:
    """Open ``target`` (a file or folder, or a web address) in the desktop's application for it.

    ``name`` is what the user calls the file, when it is stored under another name.

    True when the desktop took it. Otherwise the error dialog says what could not be opened,
    why (missing, or no application for it: Qt only tells us it failed) and what to do.
    """
    if isinstance(target, Path):
        name = name or target.name
        if not target.exists():
            errors.show_failure(
                parent,
                QCoreApplication.translate("Desktop", "%1 cannot be opened.").replace("%1", name),
                QCoreApplication.translate(
                    "Desktop", "It is missing: %1. Use Locate… or attach it again."
                ).replace("%1", str(target)),
            )
            return False
        url = QUrl.fromLocalFile(str(target))
    else:
        url = QUrl(target)
    if QDesktopServices.openUrl(url):
        return True
    if isinstance(target, Path):
        kind = target.suffix.lstrip(".").upper()
        what = QCoreApplication.translate("Desktop", "%1 could not be opened.").replace("%1", name)
        problem = (
            QCoreApplication.translate(
                "Desktop",
                "No application on this computer opens %1 files. Install one (for a PDF, a PDF "
                "viewer) or open the file from your file manager; it is at %2",
            )
            .replace("%1", kind or QCoreApplication.translate("Desktop", "such"))
            .replace("%2", str(target))
        )
        if target.is_dir():
            problem = QCoreApplication.translate(
                "Desktop", "No file manager could show it. The folder is at %1"
            ).replace("%1", str(target))
    else:
        what = QCoreApplication.translate("Desktop", "The page could not be opened.")
        problem = QCoreApplication.translate(
            "Desktop",
            "No web browser on this computer opened it. Copy the address into a browser: %1",
        ).replace("%1", target)
    errors.show_failure(parent, what, problem)
    return False
