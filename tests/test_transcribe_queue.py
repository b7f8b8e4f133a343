"""The transcription queue kept in the catalogue: it survives a kill, and --resume finishes it."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import draft
from speech_helpers import make_speech, speech_tools
from webinar_archive.domain.progress import Cancelled
from webinar_archive.services.archive import Archive
from webinar_archive.services.transcription import QueueStep

pytestmark = pytest.mark.sqlite_only
SRC = Path(__file__).parents[1] / "src"


@pytest.fixture(scope="module")
def talks(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two recordings of speech: the espeak-ng talk as MP4 and again as M4A."""
    work = tmp_path_factory.mktemp("speech")
    mp4, _ = make_speech(work)
    _, ffmpeg = speech_tools()
    m4a = work / "budget talk again.m4a"
    subprocess.run(
        [ffmpeg, "-hide_banner", "-loglevel", "error", "-i", str(mp4), "-b:a", "48k", str(m4a)],
        check=True,
    )
    return [mp4, m4a]


def _attach(archive: Archive, files: list[Path]) -> list[int]:
    session = archive.sessions.create(draft())
    ids = [r.recording_id for r in archive.files.attach(session.id, files)]
    assert None not in ids
    return [i for i in ids if i is not None]


def _machine_tracks(archive: Archive, recording_id: int) -> list[int]:
    session_id = archive.playback.recording(recording_id).session_id
    [recording] = [r for r in archive.sessions.get(session_id).recordings if r.id == recording_id]
    return [t.id for t in recording.subtitles if t.machine is not None]


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=300,
    )


def test_a_cli_run_killed_mid_way_is_resumed_to_one_finished_transcript_each(
    tmp_path: Path, talks: list[Path]
) -> None:
    """SIGKILL while the first of two recordings is heard: no transcript, both still queued;
    `transcribe --resume` then ends with exactly one machine transcript per recording, an
    empty queue, and progress in minutes of the whole queue with an estimate of the rest."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        ids = _attach(archive, talks)
        total_ms = sum(archive.playback.recording(i).duration_ms or 0 for i in ids)
    process = subprocess.Popen(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), "transcribe",
         *map(str, ids)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )  # fmt: skip
    assert process.stderr is not None
    first = process.stderr.readline()
    # Minutes of the whole queue, not of the one recording.
    assert first.startswith(f"[1/2] Transcribing budget talk.mp4: 0.0 of {total_ms / 60_000:.1f}")
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    with Archive.open(library) as archive:
        assert [_machine_tracks(archive, i) for i in ids] == [[], []]
    listed = _cli(library, "transcribe", "--queue", "--json")
    assert listed.returncode == 0, listed.stderr
    queue = json.loads(listed.stdout)
    assert [(q["recording_id"], q["engine"], q["language"]) for q in queue] == [
        (i, "pocketsphinx", "en") for i in ids
    ]
    resumed = _cli(library, "transcribe", "--resume", "--json")
    assert resumed.returncode == 0, resumed.stderr
    assert [r["recording_id"] for r in json.loads(resumed.stdout)] == ids
    assert re.search(
        r"\[2/2\] Transcribing budget talk again\.m4a: \d+\.\d of \d+\.\d minutes, "
        r"(about \d+ min|under a minute) left",
        resumed.stderr,
    ), resumed.stderr
    with Archive.open(library) as archive:
        assert [len(_machine_tracks(archive, i)) for i in ids] == [1, 1]
        assert archive.transcription.queued() == []
    again = _cli(library, "transcribe", "--resume")
    assert again.returncode == 0 and "No recording waits" in again.stdout


def test_cancel_keeps_the_recording_queued_and_a_finished_one_leaves_the_queue(
    sqlite_archive: Archive, talks: list[Path]
) -> None:
    """Cancelled mid-way: the run stops with no transcript and the recording still queued
    (unqueue is then the caller's choice); the next run saves it and empties the queue."""
    [recording_id] = _attach(sqlite_archive, talks[:1])
    service = sqlite_archive.transcription
    assert service.enqueue([recording_id]) == [recording_id]
    assert service.enqueue([recording_id]) == []  # queued once, whatever is asked twice
    steps: list[QueueStep] = []

    def stop_after_two_seconds(step: QueueStep) -> bool:
        steps.append(step)
        return step.done_ms < 2_000

    with pytest.raises(Cancelled):
        service.work_queue(stop_after_two_seconds)
    assert _machine_tracks(sqlite_archive, recording_id) == []
    assert [q.recording_id for q in service.queued()] == [recording_id]
    assert steps[-1].total_ms > steps[-1].done_ms >= 2_000
    [outcome] = service.work_queue()
    assert outcome.result is not None and outcome.error is None
    assert _machine_tracks(sqlite_archive, recording_id) == [outcome.result.track_id]
    assert service.queued() == []


def test_a_recording_that_cannot_be_heard_leaves_the_queue_with_its_reason(
    sqlite_archive: Archive, talks: list[Path], tmp_path: Path
) -> None:
    """A file with no sound fails, is reported and leaves the queue; the next one is done."""
    _, ffmpeg = speech_tools()
    silent = tmp_path / "picture only.mp4"
    subprocess.run(
        [ffmpeg, "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
         "testsrc2=size=160x120:rate=5:duration=1", "-pix_fmt", "yuv420p", str(silent)],
        check=True,
    )  # fmt: skip
    no_sound, talk = _attach(sqlite_archive, [silent, talks[0]])
    service = sqlite_archive.transcription
    service.enqueue([no_sound, talk])
    failed, made = service.work_queue()
    assert failed.recording_id == no_sound and "no sound track" in (failed.error or "")
    assert made.recording_id == talk and made.result is not None
    assert service.queued() == []


def test_the_cli_refuses_a_bad_engine_before_queueing_and_unqueue_forgets(
    tmp_path: Path, talks: list[Path]
) -> None:
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        [recording_id] = _attach(archive, talks[:1])
        archive.transcription.enqueue([recording_id])
    refused = _cli(library, "transcribe", str(recording_id), "--language", "pl")
    assert refused.returncode == 1 and "English only" in refused.stderr
    with Archive.open(library) as archive:
        [queued] = archive.transcription.queued()
        assert queued.language == "en"  # the refused request changed nothing
    listed = _cli(library, "transcribe", "--queue")
    assert listed.returncode == 0 and "budget talk.mp4" in listed.stdout
    mixed = _cli(library, "transcribe", "--resume", "--engine", "pocketsphinx")
    assert mixed.returncode == 1 and "keeps its own" in mixed.stderr
    forgot = _cli(library, "transcribe", "--unqueue")
    assert forgot.returncode == 0 and "Took 1 recording off" in forgot.stdout
    with Archive.open(library) as archive:
        assert archive.transcription.queued() == []


def test_a_named_recording_of_a_trashed_session_is_reported_not_skipped_silently(
    tmp_path: Path, talks: list[Path]
) -> None:
    """It stays queued out of sight (restoring the session brings it back) and the command
    says why it did nothing, with status 1."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        [recording_id] = _attach(archive, talks[:1])
        archive.sessions.trash([archive.playback.recording(recording_id).session_id])
    done = _cli(library, "transcribe", str(recording_id))
    assert done.returncode == 1
    assert f"recording {recording_id}: its session is in the trash" in done.stderr
    with Archive.open(library) as archive:
        assert _machine_tracks(archive, recording_id) == []


def test_the_queue_is_read_from_its_own_rows_not_from_every_session(archive: Archive) -> None:
    """The window reads the queue at each start: what waits is found from the queue's few
    rows (each recording's session asked whether it is in the trash), not by walking every
    live session, which took about 90 ms at 100,000 sessions for an empty queue. Recordings
    of a session in the trash wait out of sight and come back with it, in their order."""
    from sqlalchemy import event

    from ui_helpers import add_recording_row

    sessions = [archive.sessions.create(draft()).id for _ in range(3)]
    recordings = [add_recording_row(archive, sid, 60_000) for sid in sessions]
    with archive.catalogue.uow() as uow:
        uow.queue.add(recordings, "pocketsphinx", "en")
        uow.commit()
    archive.sessions.trash([sessions[1]])
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if "transcription_queue" in statement:
            statements.append((statement, parameters))

    engine = archive.catalogue.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        waiting = archive.transcription.queued()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert [q.recording_id for q in waiting] == [recordings[0], recordings[2]]
    archive.sessions.restore([sessions[1]])
    assert [q.recording_id for q in archive.transcription.queued()] == recordings
    [(statement, parameters)] = statements
    with engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    details = [str(row[-1]) for row in plan]
    assert "transcription_queue" in details[0], details  # the queue's rows first
    assert not any(d.startswith("SCAN session") for d in details), details
    assert not any("ix_session_deleted_at" in d for d in details), details
