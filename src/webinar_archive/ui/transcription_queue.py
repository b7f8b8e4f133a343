"""The app's side of the transcription queue: one background job works it, start-up offers it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from ..domain.errors import ArchiveError
from . import errors
from . import settings as keys
from .i18n import TrContext
from .shell import Shell
from .tasks import Progress, TaskContext, TaskFailure

if TYPE_CHECKING:
    from ..domain import model as m

    # The engines and the service are imported when first used, after the window's start.
    from ..media.transcribe import WhisperSettings
    from ..services.transcription import QueueOutcome, QueueStep, TranscriptionService
    from .transcription_settings import TranscriptionSettingsDialog

log = logging.getLogger(__name__)

TranscriptionQueue = TrContext("TranscriptionQueue")


def _minutes(ms: int) -> str:
    return str(-(-ms // 60_000))


def step_text(step: QueueStep) -> str:
    """What the task bar says: the recording, minutes done of minutes queued, time left."""
    if step.count > 1:
        text = (
            QCoreApplication.translate(
                "TranscriptionQueue", "Transcribing %1 (%2 of %3): %4 of %5 min"
            )
            .replace("%2", str(step.index))
            .replace("%3", str(step.count))
            .replace("%4", str(step.done_ms // 60_000))
            .replace("%5", _minutes(step.total_ms))
        )
    else:
        text = (
            QCoreApplication.translate("TranscriptionQueue", "Transcribing %1: %2 of %3 min")
            .replace("%2", str(step.done_ms // 60_000))
            .replace("%3", _minutes(step.total_ms))
        )
    text = text.replace("%1", step.name)
    if step.seconds_left is None:
        return text
    if step.seconds_left < 60:
        return text + QCoreApplication.translate("TranscriptionQueue", ", under a minute left")
    return text + QCoreApplication.translate("TranscriptionQueue", ", about %1 min left").replace(
        "%1", _minutes(int(step.seconds_left * 1000))
    )


class TranscriptionQueueController(QObject):
    """Queues recordings for speech to text and runs the one job that works the queue.

    The queue is kept in the catalogue, so a crash or a quit loses nothing: the next start
    offers to go on. Cancel asks whether the recordings not done stay queued.
    """

    # Emitted from the worker thread, delivered on the GUI thread: a session gained a transcript.
    _session_transcribed = Signal(int)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.window = shell.window
        self.tasks = shell.tasks
        self.settings = shell.settings
        self.settings_action = self.window.library_menu.addAction(
            QCoreApplication.translate("TranscriptionQueue", "Transcription Settings…")
        )
        self.settings_action.triggered.connect(self.edit_settings)
        self.settings_dialog: TranscriptionSettingsDialog | None = None
        self._job: int | None = None
        self._again = False  # queued while the job was finishing: run once more
        self._session_transcribed.connect(self._on_session_transcribed)
        self.tasks.job_ended.connect(self._on_tasks_job_ended)
        # After the window is up: a queue left by a crash or a quit is offered, not forced.
        shell.after_first_paint(self.offer_left_queue)

    @property
    def service(self) -> TranscriptionService:
        """The archive's transcription service (built, and its modules imported, when the
        queue is first looked at: after the window's first paint)."""
        return self.shell.archive.transcription

    @property
    def running(self) -> bool:
        return self._job is not None

    def edit_settings(self) -> TranscriptionSettingsDialog:
        """Engine, language and model for the recordings queued from now on."""
        from .transcription_settings import TranscriptionSettingsDialog

        dialog = TranscriptionSettingsDialog(self.settings, self.window)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def whisper(self, ask: bool = False) -> WhisperSettings | None:
        """faster-whisper's model as set in Settings; a size not downloaded yet is fetched
        only once the user agreed (asked now when ``ask``); None: the user said no."""
        from ..media.transcribe import WhisperSettings
        from ..media.transcribe.whisper import SIZE_NAMES, downloaded
        from ..services.transcription import whisper_settings
        from .transcription_settings import ask_download_consent

        chosen = whisper_settings(self.settings.get(keys.WHISPER_MODEL) or None)
        size = chosen.model
        if size not in SIZE_NAMES or downloaded(size, chosen.models_dir):
            return chosen
        allowed = self.settings.get(keys.WHISPER_DOWNLOADS)
        if size not in allowed:
            if not ask:
                return chosen  # the job's message says how to agree
            assert chosen.models_dir is not None
            if not ask_download_consent(self.window, size, chosen.models_dir):
                return None
            self.settings.set(keys.WHISPER_DOWNLOADS, [*allowed, size])
        return WhisperSettings(size, True, chosen.models_dir)

    def transcribe(self, recording_ids: Iterable[int]) -> int | None:
        """Queue the recordings with the engine and language of Settings and make sure the
        job works the queue; its id (None: nothing was queued)."""
        ids = list(recording_ids)
        if ids:
            engine = self.settings.get(keys.TRANSCRIPTION_ENGINE)
            whisper = self.whisper(ask=engine == "faster-whisper")
            if whisper is None:
                return None
            try:
                self.service.enqueue(
                    ids, engine, self.settings.get(keys.TRANSCRIPTION_LANGUAGE), whisper
                )
            except ArchiveError as exc:
                errors.show_failure(
                    self.window,
                    QCoreApplication.translate(
                        "TranscriptionQueue",
                        "The recordings could not be queued for transcription.",
                    ),
                    exc,
                )
                return None
        return self.start()

    def start(self) -> int | None:
        """Work the queue in the background (the running job takes what is queued meanwhile)."""
        if self._job is not None:
            self._again = True
            return self._job
        failures: list[str] = []
        made = [0]
        service = self.service
        emit = self._session_transcribed.emit
        whisper = self.whisper()

        def job(ctx: TaskContext) -> tuple[int, list[str]]:
            def report(step: QueueStep) -> bool:
                return ctx.report(Progress(step_text(step), step.done_ms, step.total_ms))

            def done(outcome: QueueOutcome) -> None:
                if outcome.result is None:
                    failures.append(f"{outcome.name}: {outcome.error}")
                else:
                    made[0] += 1
                    emit(outcome.session_id)

            service.work_queue(report, done=done, whisper=whisper)
            return made[0], failures

        self._job = self.tasks.submit(
            QCoreApplication.translate("TranscriptionQueue", "Transcribing"),
            job,
            self._on_job_done,
            on_cancelled=self._on_job_cancelled,
        )
        return self._job

    def offer_left_queue(self) -> None:
        """Recordings left queued by an earlier run: transcribe them now, later, or never.

        The queue is looked up on the query thread: building the service (its modules
        imported) and reading the queue held the GUI thread for tens of milliseconds just
        as the window's first rows are there to be scrolled."""
        if self._job is not None:
            return
        service = self.shell.archive
        self.tasks.query(lambda: service.transcription.queued(), self._offer, self._unread)

    def _unread(self, failure: TaskFailure) -> None:
        log.warning("Could not read the transcription queue: %s", failure.message)

    def _offer(self, queued: list[m.QueuedTranscription]) -> None:
        if not queued or self._job is not None:
            return
        minutes = _minutes(sum(q.duration_ms or 0 for q in queued))
        question = TranscriptionQueue.tr(
            "%Ln recording(s), %1 min of sound, still wait to be transcribed from last "
            "time.\n\nYes transcribes them now, in the background. No leaves them queued "
            "for later (this question comes back at the next start). Discard empties the "
            "queue.",
            "",
            len(queued),
        ).replace("%1", minutes)
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("TranscriptionQueue", "Transcription Queue"),
            question,
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start()
        elif answer == QMessageBox.StandardButton.Discard:
            self.service.unqueue()

    def _on_session_transcribed(self, session_id: int) -> None:
        # At once, not at the end of the queue: search and the open editor show it now.
        self.shell.sessions_changed.emit([session_id])

    def _on_tasks_job_ended(self, job_id: int) -> None:
        if job_id == self._job:
            self._job = None

    def _on_job_done(self, result: tuple[int, list[str]]) -> None:
        made, failures = result
        if made:
            self.window.statusBar().showMessage(
                TranscriptionQueue.tr(
                    "Transcribed %Ln recording(s), now found by search.", "", made
                ),
                8000,
            )
        if failures:
            errors.show_failure(
                self.window,
                TranscriptionQueue.tr(
                    "%Ln recording(s) could not be transcribed.", "", len(failures)
                ),
                "\n".join(failures),
            )
        if self._again:
            self._again = False
            self.start()

    def _on_job_cancelled(self) -> None:
        self._again = False
        queued = self.service.queued()
        if not queued or QCoreApplication.closingDown() or not self.window.isVisible():
            return  # quitting: the queue stays for the next start, which offers it
        question = TranscriptionQueue.tr(
            "Nothing half transcribed was kept. Keep the %Ln recording(s) not done in the "
            "queue, to transcribe later?",
            "",
            len(queued),
        )
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("TranscriptionQueue", "Transcription Stopped"),
            question,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.service.unqueue()
