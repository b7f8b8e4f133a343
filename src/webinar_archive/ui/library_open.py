"""Opening the library as the app starts: on the worker thread, with a progress dialog when it
takes a while (an upgrade that rebuilds the search index), whose Stop quits the app."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from ..domain.progress import Progress
from ..services.archive import Archive
from .tasks import TaskContext, TaskFailure, TaskRunner

log = logging.getLogger(__name__)

# An open that ends sooner (every open but an upgrade's) shows no dialog at all.
SHOW_AFTER_MS = 500


@dataclass
class Opened:
    """How opening ended: the archive, or why not (a failure to show, or the user's Stop)."""

    archive: Archive | None = None
    failure: TaskFailure | None = None
    stopped: bool = False


def open_library(
    library: Path | None, database_url: str | None, *, show_after_ms: int = SHOW_AFTER_MS
) -> Opened:
    """Open the library before the main window exists, the GUI staying responsive meanwhile.

    A search index rebuild the upgrade needs is shown step by step. Stop (or closing the
    dialog) ends it after the step under way: what was indexed is kept, and the next start
    goes on from there (``storage.search.finish_rebuild``).
    """
    runner = TaskRunner()
    outcome = Opened()
    loop = QEventLoop()
    # Made only once the open has taken a while: every other start pays nothing for it.
    shown: list[QProgressDialog] = []
    last: list[Progress] = [
        Progress(QCoreApplication.translate("LibraryOpen", "Opening the library…"))
    ]
    asked_to_stop: list[bool] = []

    def opened(archive: Archive) -> None:
        outcome.archive = archive
        loop.quit()

    def failed(failure: TaskFailure) -> None:
        outcome.failure = failure
        loop.quit()

    def stopped() -> None:
        outcome.stopped = True
        loop.quit()

    def show_step(dialog: QProgressDialog, step: Progress) -> None:
        dialog.setLabelText(step.text)
        dialog.setMaximum(max(step.total, 0))
        dialog.setValue(min(step.done, step.total) if step.total else 0)

    def progressed(_job: int, step: Progress) -> None:
        last[:] = [step]
        if shown and not asked_to_stop:
            show_step(shown[0], step)

    def work(ctx: TaskContext) -> Archive:
        return Archive.open(library, database_url, progress=ctx.report)

    job = runner.submit(
        QCoreApplication.translate("LibraryOpen", "Open the library"), work, opened, failed, stopped
    )
    runner.job_progressed.connect(progressed)

    def stop() -> None:
        asked_to_stop.append(True)
        runner.cancel(job)
        shown[0].setLabelText(
            QCoreApplication.translate(
                "LibraryOpen", "Stopping after the current step; what is done is kept…"
            )
        )

    def show() -> None:
        if loop.isRunning() and not shown:
            dialog = QProgressDialog(
                last[0].text, QCoreApplication.translate("LibraryOpen", "Stop and Quit"), 0, 0
            )
            dialog.setWindowTitle(QCoreApplication.translate("LibraryOpen", "Opening the Library"))
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(0)
            show_step(dialog, last[0])
            dialog.canceled.connect(stop)
            shown.append(dialog)
            dialog.show()

    QTimer.singleShot(show_after_ms, show)
    try:
        loop.exec()
    finally:
        for dialog in shown:
            dialog.canceled.disconnect(stop)
            dialog.close()
            dialog.deleteLater()
        runner.shutdown()
    if outcome.archive is not None and asked_to_stop:
        # Stop came as the last step ended: the user still asked to quit.
        outcome.archive.close()
        outcome.archive, outcome.stopped = None, True
    if outcome.stopped:
        log.info("Stopped while opening the library; an index rebuild goes on at the next start")
    return outcome
