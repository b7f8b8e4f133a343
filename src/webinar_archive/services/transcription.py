"""Transcribing recordings on this machine into machine-made transcripts, saved whole or not."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import time
from contextlib import closing
from pathlib import Path

from ..domain import model as m
from ..domain.progress import ReportProgress, step
from ..media.subtitles import format_cues
from ..media.transcribe import DEFAULT_ENGINE, TranscriptionUnavailable, engine_named
from ..media.transcribe.audio import pcm_chunks
from ..storage.catalogue import Catalogue
from .attachments import adding_files, release_unused

DEFAULT_LANGUAGE = "en"


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


class TranscriptionService:
    """Speech to text for a recording; ``archive.transcription``."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def without_transcript(self) -> list[int]:
        """Ids of the recordings nobody transcribed yet (no subtitle track of any kind)."""
        with self._cat.uow() as uow:
            return uow.parts.recordings_without_transcript()

    def transcribe(
        self,
        recording_id: int,
        engine: str = DEFAULT_ENGINE,
        language: str = DEFAULT_LANGUAGE,
        progress: ReportProgress | None = None,
    ) -> TranscriptResult:
        """Transcribe the recording's sound and store it as a machine-made subtitle track.

        Nothing is written until the whole recording is heard: a cancelled run (``Cancelled``
        from ``progress``, or Ctrl+C) leaves the library as it was. A person's transcript is
        never touched; this engine's earlier transcript in the same language is replaced.
        """
        language = language.strip().lower()  # "EN" and "en" are one transcript, not two
        with self._cat.uow() as uow:
            recording = uow.parts.get_recording(recording_id)
        recognizer = engine_named(engine)
        model = recognizer.model_name(language)  # an unknown language fails before any work
        source = self._cat.files.resolve(recording.stored_path)
        if not source.is_file():
            raise TranscriptionUnavailable(
                f"{recording.original_name}: the recording's file is missing ({source}). "
                "Reconnect it (webinar-archive relink FOLDER) and try again."
            )
        name = recording.original_name
        total = recording.duration_ms or 0
        heard = [0]

        def report(done_ms: int) -> None:
            heard[0] = done_ms
            step(progress, f"Transcribing {name}", done_ms, max(total, done_ms))

        started = time.perf_counter()
        step(progress, f"Transcribing {name}", 0, total)
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
        self, recording: m.Recording, cues: list[m.TranscriptCue], machine: m.MachineMade
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
                    old = uow.parts.remove_machine_subtitles(
                        recording.id, machine.engine, machine.language
                    )
                    track_id = uow.parts.add_subtitle(recording.id, draft, cues)
                    uow.commit()
        release_unused(self._cat, [p for p in old if p != stored.stored_path])
        return track_id, len(old)
