"""Transcribing recordings on this machine into machine-made transcripts, saved whole or not."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from pathlib import Path

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.messages import _t
from ..domain.progress import Progress, ReportProgress, step
from ..media.subtitles import format_cues
from ..media.transcribe import (
    DEFAULT_ENGINE,
    TranscriptionUnavailable,
    WhisperSettings,
    engine_named,
)
from ..media.transcribe.audio import pcm_chunks
from ..storage.catalogue import Catalogue
from .attachments import adding_files, release_unused
from .paths import WHISPER_MODEL_ENV, whisper_models_dir

DEFAULT_LANGUAGE = "en"


def whisper_settings(model: str | None = None, download: bool = False) -> WhisperSettings:
    """faster-whisper's model: ``model`` (a folder or a size name), else the one named by
    WEBINAR_ARCHIVE_WHISPER_MODEL; downloads (only with ``download``) go to the data folder."""
    chosen = model or os.environ.get(WHISPER_MODEL_ENV) or None
    return WhisperSettings(chosen, download, whisper_models_dir())


@dataclasses.dataclass(frozen=True, slots=True)
class TranscriptResult:
    """What one transcription made: the new track, its cues and how long the work took."""

    recording_id: int
    track_id: int
    cue_count: int
    engine: str
    model: str
    language: str
    audio_ms: int
    seconds: float
    replaced: int  # earlier transcripts of the same engine and language, now gone

    @property
    def real_time_factor(self) -> float:
        """Seconds of work per second of sound (below 1: faster than the recording plays)."""
        return self.seconds / (self.audio_ms / 1000) if self.audio_ms else 0.0


@dataclasses.dataclass(frozen=True, slots=True)
class QueueStep:
    """How far a run of the queue got: the recording being heard, minutes of sound done of
    the minutes queued, and an estimate of the seconds left once there is a pace to go by."""

    index: int  # 1-based, of ``count`` in this run so far (the queue may grow meanwhile)
    count: int
    recording_id: int
    name: str
    done_ms: int
    total_ms: int
    seconds_left: float | None


# Told each step; returns False once the user asked the run to stop.
ReportQueueStep = Callable[[QueueStep], bool]


@dataclasses.dataclass(frozen=True, slots=True)
class QueueOutcome:
    """What became of one queued recording: its transcript, or why there is none."""

    recording_id: int
    session_id: int
    name: str
    result: TranscriptResult | None = None
    error: str | None = None


class _Pace:
    """Minutes done of minutes queued in one run, and the time left at the pace so far."""

    def __init__(self) -> None:
        self.done_ms = 0  # sound of the recordings finished in this run
        self.spent = 0.0  # seconds their work took
        self.started = 0.0

    def start(
        self,
        item: m.QueuedTranscription,
        index: int,
        count: int,
        waiting: list[m.QueuedTranscription],
        progress: ReportQueueStep | None,
    ) -> ReportProgress | None:
        """The recording ``item`` begins: its own progress, reported as the run's."""
        self.started = time.perf_counter()
        rest_ms = sum(q.duration_ms or 0 for q in waiting)
        done_ms, spent = self.done_ms, self.spent

        if progress is None:
            return None

        def report(heard: Progress) -> bool:
            total = done_ms + max(rest_ms, heard.total)
            so_far = done_ms + heard.done
            left: float | None = None
            # The pace of the finished recordings; before one is finished, this one's so far.
            if done_ms > 0 and spent > 0:
                left = spent / done_ms * max(total - so_far, 0)
            elif heard.done > 0:
                left = (time.perf_counter() - self.started) / heard.done * max(total - so_far, 0)
            return progress(
                QueueStep(index, count, item.recording_id, item.original_name, so_far, total, left)
            )

        return report

    def finished(self, result: TranscriptResult) -> None:
        self.done_ms += result.audio_ms
        self.spent += result.seconds


class TranscriptionService:
    """Speech to text for a recording; ``archive.transcription``."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def without_transcript(self, session_ids: Sequence[int] | None = None) -> list[int]:
        """Ids of the recordings nobody transcribed yet (no subtitle track of any kind), of
        the whole library or of the sessions ``session_ids``."""
        with self._cat.uow() as uow:
            return uow.parts.recordings_without_transcript(session_ids)

    # ------------------------------------------------------------------ the queue

    def enqueue(
        self,
        recording_ids: Iterable[int],
        engine: str | None = None,
        language: str | None = None,
        whisper: WhisperSettings | None = None,
    ) -> list[int]:
        """Put recordings on the queue kept in the catalogue; the ids that were not on it.

        An engine that does not exist or a language it cannot hear is refused here, before
        anything waits on it. None stands for the default engine and language.
        """
        engine = engine or DEFAULT_ENGINE
        language = (language or DEFAULT_LANGUAGE).strip().lower()
        engine_named(engine, whisper).model_name(language)
        with self._cat.uow() as uow:
            added = uow.queue.add(recording_ids, engine, language)
            uow.commit()
        return added

    def queued(self) -> list[m.QueuedTranscription]:
        """The recordings waiting, in their order (those of sessions in the trash aside)."""
        with self._cat.uow() as uow:
            return uow.queue.waiting()

    def unqueue(self, recording_ids: Iterable[int] | None = None) -> int:
        """Take recordings off the queue (every one for None); how many were on it."""
        with self._cat.uow() as uow:
            removed = uow.queue.remove(None if recording_ids is None else list(recording_ids))
            uow.commit()
        return removed

    def work_queue(
        self,
        progress: ReportQueueStep | None = None,
        only: Iterable[int] | None = None,
        done: Callable[[QueueOutcome], None] | None = None,
        whisper: WhisperSettings | None = None,
    ) -> list[QueueOutcome]:
        """Transcribe the queued recordings one by one, each with its engine and language.

        The queue is read again before each recording, so what is queued meanwhile is done in
        the same run. A recording leaves the queue in the transaction that saves its
        transcript, so a crash at any point leaves it either queued or transcribed, never both
        nor half. One that cannot be transcribed leaves the queue with its reason in the
        outcome; the others go on. ``Cancelled`` (from ``progress``) stops the run with the
        recording being heard still queued: whether it stays is the caller's choice.
        ``only`` limits the run to some recordings of the queue; ``done`` hears each outcome.
        """
        wanted = None if only is None else set(only)
        outcomes: list[QueueOutcome] = []
        tried: set[int] = set()
        pace = _Pace()
        while True:
            waiting = [
                q
                for q in self.queued()
                if q.recording_id not in tried and (wanted is None or q.recording_id in wanted)
            ]
            if not waiting:
                return outcomes
            item = waiting[0]
            tried.add(item.recording_id)
            index, count = len(outcomes) + 1, len(outcomes) + len(waiting)
            report = pace.start(item, index, count, waiting, progress)
            try:
                result = self.transcribe(
                    item.recording_id, item.engine, item.language, report, whisper
                )
            except ArchiveError as exc:
                self.unqueue([item.recording_id])
                outcome = QueueOutcome(
                    item.recording_id, item.session_id, item.original_name, error=str(exc)
                )
            else:
                pace.finished(result)
                outcome = QueueOutcome(
                    item.recording_id, item.session_id, item.original_name, result=result
                )
            outcomes.append(outcome)
            if done is not None:
                done(outcome)

    # ------------------------------------------------------------------ one recording

    def transcribe(
        self,
        recording_id: int,
        engine: str = DEFAULT_ENGINE,
        language: str = DEFAULT_LANGUAGE,
        progress: ReportProgress | None = None,
        whisper: WhisperSettings | None = None,
    ) -> TranscriptResult:
        """Transcribe the recording's sound and store it as a machine-made subtitle track.

        Nothing is written until the whole recording is heard: a cancelled run (``Cancelled``
        from ``progress``, or Ctrl+C) leaves the library as it was. A person's transcript is
        never touched; this engine's earlier transcript in the same language is replaced.
        A queued recording leaves the queue in the transaction that saves its transcript.
        """
        language = language.strip().lower()  # "EN" and "en" are one transcript, not two
        with self._cat.uow() as uow:
            recording = uow.parts.get_recording(recording_id)
        recognizer = engine_named(engine, whisper)
        model = recognizer.model_name(language)  # an unknown language fails before any work
        source = self._cat.files.resolve(recording.stored_path)
        if not source.is_file():
            raise TranscriptionUnavailable(
                _t(
                    "{original_name}: the recording's file is missing ({source}). Reconnect "
                    "it (webinar-archive relink FOLDER) and try again."
                ).format(original_name=recording.original_name, source=source)
            )
        name = recording.original_name
        total = recording.duration_ms or 0
        heard = [0]

        def report(done_ms: int) -> None:
            heard[0] = done_ms
            step(
                progress, _t("Transcribing {name}").format(name=name), done_ms, max(total, done_ms)
            )

        started = time.perf_counter()
        step(progress, _t("Transcribing {name}").format(name=name), 0, total)
        with closing(pcm_chunks(source, name)) as chunks:
            cues = recognizer.transcribe(chunks, language, report)
        seconds = time.perf_counter() - started
        # Whole seconds, as show --json and exchange files write it: a round trip keeps it equal.
        made_at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        machine = m.MachineMade(recognizer.name, model, language, made_at)
        track_id, replaced = self._store(recording, cues, machine)
        return TranscriptResult(
            recording_id,
            track_id,
            len(cues),
            recognizer.name,
            model,
            language,
            heard[0],
            seconds,
            replaced,
        )

    def _store(
        self,
        recording: m.Recording,
        cues: list[m.TranscriptCue],
        machine: m.MachineMade,
    ) -> tuple[int, int]:
        """Save the cues as a WebVTT file and a track in one step; the old track goes with it."""
        stem = Path(recording.original_name).stem or "recording"
        # The engine in the name tells it from a person's talk.en.vtt beside it in every list;
        # the language stays last before the suffix, where subtitle names carry it.
        file_name = f"{stem}.{machine.engine}.{machine.language}.vtt"
        with tempfile.TemporaryDirectory(prefix="webinar-archive-") as work:
            vtt = Path(work) / file_name
            vtt.write_text(format_cues(cues), encoding="utf-8")
            with adding_files(self._cat) as added:
                stored = self._cat.files.add(vtt)
                added.append(stored)
                draft = m.SubtitleDraft(
                    original_name=file_name,
                    stored_path=stored.stored_path,
                    sha256=stored.sha256,
                    language=machine.language,
                    label=f"{machine.language} (machine, {machine.engine})",
                    machine=machine,
                )
                with self._cat.uow() as uow:
                    chosen = uow.parts.chosen_transcript(recording.id)
                    old = uow.parts.remove_machine_subtitles(
                        recording.id, machine.engine, machine.language
                    )
                    track_id = uow.parts.add_subtitle(recording.id, draft, cues)
                    if chosen is not None and uow.parts.chosen_transcript(recording.id) is None:
                        # The user chose the transcript this one replaces: the choice holds.
                        uow.parts.choose_transcript(recording.id, track_id)
                    uow.queue.remove([recording.id])
                    uow.commit()
        release_unused(self._cat, [p for p in old if p != stored.stored_path])
        return track_id, len(old)
