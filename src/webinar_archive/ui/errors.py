"""Error dialogs with details, and the hook that shows uncaught exceptions instead of dying."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.errors import ArchiveError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, message: str, details: str = "") -> None:
    """A modal error box; technical details go behind 'Show Details…'."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Webinar Archive"))
    box.setText(message)
    if details:
        box.setDetailedText(details)
    box.exec()


def report_exception(parent: QWidget | None, exc: BaseException) -> None:
    """Log and show ``exc``: archive errors as their message, anything else with its traceback."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if isinstance(exc, ArchiveError):
        log.warning("%s", exc)
        show_error(parent, str(exc))
    else:
        log.error("Unexpected error\n%s", details)
        show_error(
            parent,
            QCoreApplication.translate("Errors", "Something went wrong: %1").replace(
                "%1", str(exc) or type(exc).__name__
            ),
            details,
        )


def install_excepthook() -> None:
    """Exceptions escaping slots reach sys.excepthook; show them rather than losing them."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        exc.__traceback__ = tb
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        try:
            report_exception(parent, exc)
        except Exception:  # the dialog itself failed; the log still has the error
            log.exception("Could not show the error dialog")

    sys.excepthook = hook
