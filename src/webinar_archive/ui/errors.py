"""Error dialogs with details, and the hook that shows uncaught exceptions instead of dying."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.errors import ArchiveError

log = logging.getLogger(__name__)


def failure_box(
    parent: QWidget | None, what: str, problem: str | BaseException, details: str = ""
) -> QMessageBox:
    """The one error dialog of the app (not shown yet): ``what`` failed, why, what to do.

    ``problem`` is the error or its message. Our own errors (ArchiveError) say what to do in
    their message; anything else is a fault of ours: the dialog says the details are in the
    log, and they are written there, with the traceback behind "Show Details…".
    """
    if isinstance(problem, BaseException):
        message = str(problem) or type(problem).__name__
        if not details and problem.__traceback__ is not None:
            details = "".join(traceback.format_exception(problem))
        expected = isinstance(problem, ArchiveError)
    else:
        message, expected = problem, "Traceback" not in details
    if expected:
        log.warning("%s: %s", what, message)
    else:
        log.error("%s: %s\n%s", what, message, details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Webinar Archive"))
    box.setText(what)
    hint = (
        ""
        if expected
        else QCoreApplication.translate(
            "Errors", "This looks like a fault in Webinar Archive; the details are in its log."
        )
    )
    box.setInformativeText("\n\n".join(part for part in (message, hint) if part))
    if details:
        box.setDetailedText(details)
    return box


def show_failure(
    parent: QWidget | None, what: str, problem: str | BaseException, details: str = ""
) -> QMessageBox:
    """Show the error dialog (window-modal, without blocking the caller) and return it."""
    box = failure_box(parent, what, problem, details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def report_exception(parent: QWidget | None, exc: BaseException, what: str = "") -> None:
    """Show ``exc`` in the error dialog; ``what`` names what failed ("Something went wrong."
    for an exception nobody caught)."""
    show_failure(parent, what or QCoreApplication.translate("Errors", "Something went wrong."), exc)


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
