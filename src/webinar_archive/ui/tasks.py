"""Long work off the GUI thread: one worker thread that runs jobs in order and reports back."""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when its user pressed Cancel."""


@dataclass
class JobContext:
    """What a job function receives: a way to report progress and to learn of cancellation."""

    _job_id: int
    _emit: Callable[[int, str, int, int], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, text: str, done: int = 0, total: int = 0) -> bool:
        """Report progress; returns False once the job was cancelled (attach() stops then)."""
        self._emit(self._job_id, text, done, total)
        return not self._cancel.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Worker(QObject):
    """Lives in the worker thread; runs one job at a time in submission order."""

    finished = Signal(int, object)
    failed = Signal(int, str, str)
    progressed = Signal(int, str, int, int)

    @Slot(int, object, object)
    def run(self, job_id: int, fn: Callable[[JobContext], Any], ctx: JobContext) -> None:
        try:
            result = fn(ctx)
        except Cancelled:
            self.failed.emit(job_id, "", "cancelled")
        except Exception as exc:
            log.exception("Background job %s failed", job_id)
            self.failed.emit(job_id, str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            self.finished.emit(job_id, result)


@dataclass
class _Job:
    title: str
    ctx: JobContext
    on_done: Callable[[Any], None] | None
    on_error: Callable[[str, str], None] | None


class TaskRunner(QObject):
    """Submit jobs from the GUI thread; callbacks are called back on the GUI thread."""

    job_started = Signal(int, str)
    job_progressed = Signal(int, str, int, int)
    job_ended = Signal(int)
    _submitted = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._thread = QThread()
        self._thread.setObjectName("webinar-archive-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submitted.connect(self._worker.run)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._thread.start()

    def submit(
        self,
        title: str,
        fn: Callable[[JobContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
    ) -> int:
        job_id = next(self._ids)
        ctx = JobContext(job_id, self._worker.progressed.emit)
        self._jobs[job_id] = _Job(title, ctx, on_done, on_error)
        self.job_started.emit(job_id, title)
        self._submitted.emit(job_id, fn, ctx)
        return job_id

    def cancel(self, job_id: int | None = None) -> None:
        """Cancel one job, or every pending job when no id is given."""
        for jid, job in self._jobs.items():
            if job_id is None or jid == job_id:
                job.ctx._cancel.set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self) -> None:
        self.cancel()
        self._thread.quit()
        self._thread.wait()

    @Slot(int, object)
    def _on_worker_finished(self, job_id: int, result: object) -> None:
        job = self._jobs.pop(job_id, None)
        self.job_ended.emit(job_id)
        if job is not None and job.on_done is not None:
            job.on_done(result)

    @Slot(int, str, str)
    def _on_worker_failed(self, job_id: int, message: str, details: str) -> None:
        job = self._jobs.pop(job_id, None)
        self.job_ended.emit(job_id)
        if job is not None and job.on_error is not None and details != "cancelled":
            job.on_error(message, details)

    @Slot(int, str, int, int)
    def _on_worker_progressed(self, job_id: int, text: str, done: int, total: int) -> None:
        self.job_progressed.emit(job_id, text, done, total)
