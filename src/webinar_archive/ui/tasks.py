"""All background work of the app: one typed API, results handed back on the GUI thread.

``submit`` runs work that may write, one job at a time in submission order on one worker
thread (so database writes are serialised); ``query`` runs read-only lookups (search as you
type) on a second thread so they never wait behind a long job, and drops answers nobody wants
any more; ``query(..., quick=True)`` runs short reads the window needs next (the session
table's pages read ahead) on a third, so they never wait behind a long lookup either. All
take a function and typed callbacks; progress is reported as one ``Progress`` and stopping as
one ``Cancelled`` (domain/progress.py). Whoever owns the runner shows its
signals: the task bar follows ``job_started``/``job_progressed``/``job_ended``, failures
without a handler of their own come as ``job_failed``, a cancelled job as ``job_cancelled``.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, SignalInstance, Slot

from ..domain.errors import ArchiveError
from ..domain.progress import Cancelled, Progress

log = logging.getLogger(__name__)

T = TypeVar("T")

__all__ = ["Cancelled", "Progress", "TaskContext", "TaskFailure", "TaskRunner"]


@dataclass(frozen=True, slots=True)
class TaskFailure:
    """Why a job failed: its title, the error's message, and the traceback for the details."""

    title: str
    message: str
    details: str
    expected: bool = False  # one of our own errors (ArchiveError): its message says what to do


class TaskContext:
    """What a job function receives: a way to report progress and to learn of cancellation."""

    def __init__(self, job_id: int, emit: Callable[[int, Progress], None]) -> None:
        self._job_id = job_id
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, progress: Progress) -> bool:
        """Report progress; False once the job was cancelled (services stop on False)."""
        self._emit(self._job_id, progress)
        return not self._cancel.is_set()

    def progress(self, text: str = "", done: int = 0, total: int = 0) -> bool:
        return self.report(Progress(text, done, total))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the job here (raise ``Cancelled``) when it was cancelled."""
        if self._cancel.is_set():
            raise Cancelled


class _Worker(QObject):
    """Lives in a worker thread; runs one job at a time in submission order."""

    finished = Signal(int, object)
    failed = Signal(int, str, str, bool)
    cancelled = Signal(int)
    progressed = Signal(int, object)

    @Slot(int, object, object)
    def run(self, job_id: int, fn: Callable[[TaskContext], Any], ctx: TaskContext) -> None:
        try:
            ctx.check()  # cancelled while it waited its turn: not started at all
            result = fn(ctx)
        except Cancelled:
            self.cancelled.emit(job_id)
        except ArchiveError as exc:
            log.warning("Background job %s failed: %s", job_id, exc)
            self.failed.emit(job_id, str(exc), traceback.format_exc(), True)
        except Exception as exc:
            log.exception("Background job %s failed", job_id)
            self.failed.emit(job_id, str(exc) or type(exc).__name__, traceback.format_exc(), False)
        else:
            self.finished.emit(job_id, result)


@dataclass
class _Job(Generic[T]):
    title: str
    ctx: TaskContext
    on_success: Callable[[T], None] | None
    on_failure: Callable[[TaskFailure], None] | None
    on_cancelled: Callable[[], None] | None
    shown: bool  # in the task bar (jobs), or quiet (queries)


class _Lane:
    """A worker thread and its worker."""

    def __init__(self, name: str, runner: TaskRunner) -> None:
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.worker = _Worker()
        self.worker.moveToThread(self.thread)
        self.worker.finished.connect(runner._on_worker_finished)
        self.worker.failed.connect(runner._on_worker_failed)
        self.worker.cancelled.connect(runner._on_worker_cancelled)
        self.worker.progressed.connect(runner._on_worker_progressed)
        self.thread.start()


class TaskRunner(QObject):
    """Submit work from the GUI thread; its callbacks are called back on the GUI thread."""

    job_started = Signal(int, str)
    job_progressed = Signal(int, object)  # job id, Progress
    job_ended = Signal(int)
    job_failed = Signal(object)  # TaskFailure of a job without its own failure handler
    job_cancelled = Signal(str)  # the title of a job stopped by its user
    _to_jobs = Signal(int, object, object)
    _to_queries = Signal(int, object, object)
    _to_quick = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job[Any]] = {}
        self._lanes = [
            _Lane("webinar-archive-worker", self),
            _Lane("webinar-archive-query", self),
            _Lane("webinar-archive-quick", self),
        ]
        self._to_jobs.connect(self._lanes[0].worker.run)
        self._to_queries.connect(self._lanes[1].worker.run)
        self._to_quick.connect(self._lanes[2].worker.run)
        # Work handed in while held (the window's start-up reads, before its first paint):
        # started in submission order on release.
        self._held: list[tuple[SignalInstance, int, Callable[[TaskContext], Any], TaskContext]]
        self._held = []
        self._holding = False

    def submit(
        self,
        title: str,
        fn: Callable[[TaskContext], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[TaskFailure], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> int:
        """Run ``fn`` after the jobs before it, with progress and cancel; the job's id."""
        job_id, ctx = self._add(title, on_success, on_failure, on_cancelled, shown=True)
        self.job_started.emit(job_id, title)
        self._start(self._to_jobs, job_id, fn, ctx)
        return job_id

    def query(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[TaskFailure], None],
        *,
        quick: bool = False,
    ) -> int:
        """Run the read-only lookup ``fn`` on the query thread; ``discard`` drops its answer.

        ``quick``: a read of a few milliseconds that the window needs next, on a thread of its
        own (the browser's counts take most of a second on a large library at start-up: the
        table's pages read ahead waited behind them and were read on the GUI thread)."""
        job_id, ctx = self._add("", on_success, on_failure, None, shown=False)
        lane = self._to_quick if quick else self._to_queries
        self._start(lane, job_id, lambda _ctx: fn(), ctx)
        return job_id

    def hold(self) -> None:
        """Keep what is submitted from now on waiting, until ``release``: the threads would
        hold Python's lock while the window is being built and first painted."""
        self._holding = True

    def release(self) -> None:
        """Start what waited since ``hold``, in the order it was submitted."""
        self._holding = False
        held, self._held = self._held, []
        for lane, job_id, fn, ctx in held:
            lane.emit(job_id, fn, ctx)

    @property
    def holding(self) -> bool:
        return self._holding

    def _start(
        self,
        lane: SignalInstance,
        job_id: int,
        fn: Callable[[TaskContext], Any],
        ctx: TaskContext,
    ) -> None:
        if self._holding:
            self._held.append((lane, job_id, fn, ctx))
        else:
            lane.emit(job_id, fn, ctx)

    def _add(
        self,
        title: str,
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[TaskFailure], None] | None,
        on_cancelled: Callable[[], None] | None,
        *,
        shown: bool,
    ) -> tuple[int, TaskContext]:
        job_id = next(self._ids)
        ctx = TaskContext(job_id, self._lanes[0].worker.progressed.emit)
        self._jobs[job_id] = _Job(title, ctx, on_success, on_failure, on_cancelled, shown)
        return job_id, ctx

    def cancel(self, job_id: int | None = None) -> None:
        """Cancel one job, or every job shown in the task bar when no id is given."""
        for jid, job in self._jobs.items():
            if (job_id is None and job.shown) or jid == job_id:
                job.ctx.cancel()

    def discard(self, job_id: int) -> None:
        """Forget a query: it is not started if still waiting, and its answer is dropped."""
        job = self._jobs.pop(job_id, None)
        if job is not None:
            job.ctx.cancel()

    @property
    def busy(self) -> bool:
        """Some job shown in the task bar is still running or waiting."""
        return any(job.shown for job in self._jobs.values())

    def shutdown(self) -> None:
        self._held.clear()
        for job in self._jobs.values():
            job.ctx.cancel()
        for lane in self._lanes:
            lane.thread.quit()
            lane.thread.wait()

    def _end(self, job_id: int) -> _Job[Any] | None:
        job = self._jobs.pop(job_id, None)
        if job is not None and job.shown:
            self.job_ended.emit(job_id)
        return job

    @Slot(int, object)
    def _on_worker_finished(self, job_id: int, result: object) -> None:
        job = self._end(job_id)
        if job is None:
            return  # a discarded query
        if job.on_success is not None:
            job.on_success(result)
        if job.shown and job.ctx.cancelled:
            # Stopped part way: what was done before the stop is kept and shown above.
            self.job_cancelled.emit(job.title)

    @Slot(int, str, str, bool)
    def _on_worker_failed(self, job_id: int, message: str, details: str, expected: bool) -> None:
        job = self._end(job_id)
        if job is None:
            return
        failure = TaskFailure(job.title, message, details, expected)
        if job.on_failure is not None:
            job.on_failure(failure)
        else:
            self.job_failed.emit(failure)

    @Slot(int)
    def _on_worker_cancelled(self, job_id: int) -> None:
        job = self._end(job_id)
        if job is None:
            return
        if job.on_cancelled is not None:
            job.on_cancelled()
        if job.shown:
            self.job_cancelled.emit(job.title)

    @Slot(int, object)
    def _on_worker_progressed(self, job_id: int, progress: Progress) -> None:
        job = self._jobs.get(job_id)
        if job is not None and job.shown:
            self.job_progressed.emit(job_id, progress)
