"""Speech to text on this machine: real espeak-ng speech, real ffmpeg, real pocketsphinx."""

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
from webinar_archive.domain import model as m
from webinar_archive.domain.progress import Cancelled, Progress
from webinar_archive.media.subtitles import parse_subtitles
from webinar_archive.media.transcribe import TranscriptionUnavailable
from webinar_archive.services.archive import Archive

pytestmark = pytest.mark.sqlite_only

# The voice detector decides over a 0.3 s window: a cue may start or end that much off the sound.
SLACK_MS = 400
SRC = Path(__file__).parents[1] / "src"


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    return make_speech(tmp_path_factory.mktemp("speech"))


def _attached(archive: Archive, recording: Path) -> int:
    session = archive.sessions.create(draft())
    [result] = archive.files.attach(session.id, [recording])
    assert result.recording_id is not None, result
    return result.recording_id


def _tracks(archive: Archive, recording_id: int) -> tuple[m.SubtitleTrack, ...]:
    """The recording's tracks as the session shows them (with their cue counts)."""
    session_id = archive.playback.recording(recording_id).session_id
    [recording] = [r for r in archive.sessions.get(session_id).recordings if r.id == recording_id]
    return recording.subtitles


def _stored_files(archive: Archive) -> set[Path]:
    # Only the copies: the catalogue's own files (its journal) come and go beside them.
    return {p for p in (archive.catalogue.files.root / "files").rglob("*") if p.is_file()}


def test_a_recording_becomes_a_machine_transcript_found_by_search_at_its_second(
    sqlite_archive: Archive, speech: tuple[Path, list[tuple[int, int]]]
) -> None:
    """Cues exist, each lies in one spoken sentence (none in the silences), the track is stored
    marked machine-made, and a word it heard is found by search at its cue's second."""
    mp4, spans = speech
    recording_id = _attached(sqlite_archive, mp4)
    result = sqlite_archive.transcription.transcribe(recording_id)
    assert result.cue_count > 0 and result.replaced == 0
    [track] = _tracks(sqlite_archive, recording_id)
    assert track.id == result.track_id and track.cue_count == result.cue_count
    assert track.machine is not None and track.original_name == "budget talk.pocketsphinx.en.vtt"
    assert (track.machine.engine, track.machine.model, track.machine.language) == (
        "pocketsphinx",
        "en-us",
        "en",
    )
    with sqlite_archive.catalogue.uow() as uow:
        cues = uow.parts.cues(recording_id)
    assert len(cues) == result.cue_count
    for cue in cues:
        assert cue.start_ms < cue.end_ms
        assert any(
            start - SLACK_MS <= cue.start_ms and cue.end_ms <= end + SLACK_MS
            for start, end in spans
        ), (cue, spans)
    # The stored file is the same transcript, as WebVTT.
    stored = sqlite_archive.catalogue.files.resolve(track.stored_path)
    assert parse_subtitles(stored.read_text(encoding="utf-8"))[0] == cues
    words = sorted(
        {(w, cue.start_ms) for cue in cues for w in re.findall(r"[a-z]{4,}", cue.text)},
        key=lambda x: -len(x[0]),
    )
    assert words, cues
    found = []
    for word, start_ms in words:
        for session in sqlite_archive.search.search(word).sessions:
            found += [
                (word, h.time_ms // 1000)
                for h in session.hits
                if h.kind == "transcript" and h.recording_id == recording_id and h.time_ms
            ]
        if found:
            assert (word, start_ms // 1000) in found, (found, cues)
            break
    assert found, f"none of {words} found by search"


def test_cancelling_mid_way_leaves_no_transcript_and_no_file(
    sqlite_archive: Archive, speech: tuple[Path, list[tuple[int, int]]]
) -> None:
    """Stopped once a few seconds were heard: no track, no cue, nothing new in the file store."""
    mp4, _ = speech
    recording_id = _attached(sqlite_archive, mp4)
    before = _stored_files(sqlite_archive)
    seen: list[Progress] = []

    def stop_after_four_seconds(step: Progress) -> bool:
        seen.append(step)
        return step.done < 4_000

    with pytest.raises(Cancelled):
        sqlite_archive.transcription.transcribe(recording_id, progress=stop_after_four_seconds)
    assert seen[-1].done >= 4_000 and seen[-1].total > seen[-1].done
    assert _tracks(sqlite_archive, recording_id) == ()
    assert _stored_files(sqlite_archive) == before
    assert sqlite_archive.search.search("transcript:yes").total == 0


def test_a_persons_transcript_is_kept_and_a_second_run_replaces_only_its_own(
    sqlite_archive: Archive, speech: tuple[Path, list[tuple[int, int]]], tmp_path: Path
) -> None:
    """An imported subtitle file stays whole; transcribing again replaces the machine track
    (one machine track, its old file released), never the person's."""
    mp4, _ = speech
    recording_id = _attached(sqlite_archive, mp4)
    human = tmp_path / "budget talk.en.srt"
    human.write_text("1\n00:00:02,500 --> 00:00:05,000\nQuarterly budget, said by a person\n")
    sqlite_archive.files.add_subtitle_to(recording_id, human)
    first = sqlite_archive.transcription.transcribe(recording_id)
    first_file = sqlite_archive.catalogue.files.resolve(
        next(t for t in _tracks(sqlite_archive, recording_id) if t.machine).stored_path
    )
    first_file.write_bytes(first_file.read_bytes())  # still there before the second run
    second = sqlite_archive.transcription.transcribe(recording_id, language=" EN ")
    assert (first.replaced, second.replaced) == (0, 1)
    tracks = _tracks(sqlite_archive, recording_id)
    assert sorted(t.machine is None for t in tracks) == [False, True]
    [person] = [t for t in tracks if t.machine is None]
    assert person.original_name == human.name and person.cue_count == 1
    # The player follows the person's transcript, not the two interleaved.
    assert [c.text for c in sqlite_archive.playback.cues(recording_id)] == [
        "Quarterly budget, said by a person"
    ]
    hits = sqlite_archive.search.search("person").sessions
    assert [h.time_ms for s in hits for h in s.hits if h.kind == "transcript"] == [2_500]
    stored = sqlite_archive.catalogue.files.resolve(
        next(t for t in tracks if t.machine).stored_path
    )
    assert stored.is_file()
    if stored != first_file:
        assert not first_file.exists()


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_cli_transcribes_with_progress_in_minutes_and_show_json_marks_it(
    tmp_path: Path, speech: tuple[Path, list[tuple[int, int]]]
) -> None:
    """`transcribe ID --json` reports the track; stderr says minutes done of the total;
    `show --json` lists the track with its engine, model, language and date."""
    mp4, _ = speech
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        recording_id = _attached(archive, mp4)
        session_id = archive.playback.recording(recording_id).session_id
    done = _cli(library, "transcribe", str(recording_id), "--json")
    assert done.returncode == 0, done.stderr
    [report] = json.loads(done.stdout)
    assert report["recording_id"] == recording_id and report["cues"] > 0
    assert re.search(r"Transcribing budget talk\.mp4: 0\.0 of 0\.\d minutes", done.stderr)
    shown = json.loads(_cli(library, "show", str(session_id), "--json").stdout)
    [track] = shown["recordings"][0]["subtitles"]
    assert track["id"] == report["subtitle_id"] and track["cues"] == report["cues"]
    assert track["machine"]["engine"] == "pocketsphinx"
    assert track["machine"]["model"] == "en-us" and track["machine"]["language"] == "en"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", track["machine"]["made_at"])
    # `subtitles` lists the track the same way and exports it as SubRip, readable back.
    listed = json.loads(_cli(library, "subtitles", str(recording_id), "--json").stdout)
    assert [(t["id"], t["machine"]) for t in listed] == [(track["id"], track["machine"])]
    srt = tmp_path / "out.srt"
    exported = _cli(library, "subtitles", str(recording_id), "--export", str(srt))
    assert exported.returncode == 0, exported.stderr
    cues, warnings = parse_subtitles(srt.read_text(encoding="utf-8"))
    assert warnings == [] and len(cues) == report["cues"]
    assert not srt.read_text(encoding="utf-8").startswith("WEBVTT")
    wrong = _cli(library, "subtitles", str(recording_id), "--track", "999", "--export", "-")
    assert wrong.returncode == 1 and "is not one of recording" in wrong.stderr


def test_cli_refuses_a_language_the_engine_lacks_clearly_and_saves_nothing(
    tmp_path: Path, speech: tuple[Path, list[tuple[int, int]]]
) -> None:
    mp4, _ = speech
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        recording_id = _attached(archive, mp4)
    refused = _cli(library, "transcribe", str(recording_id), "--language", "pl")
    assert refused.returncode == 1
    assert "English only" in refused.stderr and "'pl'" in refused.stderr
    assert "Traceback" not in refused.stderr
    unknown = _cli(library, "transcribe", str(recording_id), "--engine", "whisperish")
    assert unknown.returncode == 1 and "pocketsphinx" in unknown.stderr
    with Archive.open(library) as archive:
        assert _tracks(archive, recording_id) == ()


def test_a_file_without_sound_fails_naming_the_file(sqlite_archive: Archive) -> None:
    """ffmpeg's complaint reaches the user with the file's name, and nothing is saved."""
    _, ffmpeg = speech_tools()
    silent = sqlite_archive.catalogue.files.root.parent / "picture only.mp4"
    subprocess.run(
        [ffmpeg, "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
         "testsrc2=size=160x120:rate=5:duration=1", "-pix_fmt", "yuv420p", str(silent)],
        check=True,
    )  # fmt: skip
    recording_id = _attached(sqlite_archive, silent)
    with pytest.raises(
        TranscriptionUnavailable, match=r"picture only\.mp4: the recording has no sound track"
    ):
        sqlite_archive.transcription.transcribe(recording_id)
    assert _tracks(sqlite_archive, recording_id) == ()


def test_ctrl_c_during_a_cli_transcription_leaves_no_transcript(
    tmp_path: Path, speech: tuple[Path, list[tuple[int, int]]]
) -> None:
    """SIGINT once the command says it is transcribing: status 130, no track, no stray file."""
    mp4, _ = speech
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        recording_id = _attached(archive, mp4)
        before = _stored_files(archive)
    process = subprocess.Popen(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), "transcribe",
         str(recording_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )  # fmt: skip
    assert process.stderr is not None
    first = process.stderr.readline()
    assert "Transcribing budget talk.mp4" in first, first
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, (out, err)
    assert "interrupted" in err and "Traceback" not in err
    with Archive.open(library) as archive:
        assert _tracks(archive, recording_id) == ()
        assert _stored_files(archive) == before


def test_an_exchange_file_carries_the_machine_marking_to_another_library(
    sqlite_archive: Archive, speech: tuple[Path, list[tuple[int, int]]], tmp_path: Path
) -> None:
    """Exported with its files and imported elsewhere, the transcript is still machine-made by
    the same engine and model, for the same language, with the same date."""
    mp4, _ = speech
    recording_id = _attached(sqlite_archive, mp4)
    sqlite_archive.transcription.transcribe(recording_id)
    [made] = _tracks(sqlite_archive, recording_id)
    target = tmp_path / "out" / "sessions.json"
    target.parent.mkdir()
    sqlite_archive.exchange.export_json(target, with_files=True)
    with Archive.open(tmp_path / "other") as other:
        report = other.exchange.import_json(target)
        assert not report.refused, report
        [session_id] = report.created
        [track] = other.sessions.get(session_id).recordings[0].subtitles
    assert track.machine == made.machine and track.cue_count == made.cue_count


def test_cli_missing_transcribes_only_untranscribed_recordings_and_goes_on_after_a_failure(
    tmp_path: Path, speech: tuple[Path, list[tuple[int, int]]]
) -> None:
    """`transcribe --missing` leaves a recording with a person's subtitles alone, reports the
    one without sound by its id and name, still transcribes the next, and exits 1."""
    mp4, _ = speech
    _, ffmpeg = speech_tools()
    silent, other = tmp_path / "picture only.mp4", tmp_path / "budget talk again.m4a"
    subprocess.run(
        [ffmpeg, "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
         "testsrc2=size=160x120:rate=5:duration=1", "-pix_fmt", "yuv420p", str(silent)],
        check=True,
    )  # fmt: skip
    subprocess.run(
        [ffmpeg, "-hide_banner", "-loglevel", "error", "-i", str(mp4), "-b:a", "48k", str(other)],
        check=True,
    )
    human = tmp_path / "budget talk.en.srt"
    human.write_text("1\n00:00:02,500 --> 00:00:05,000\nSaid by a person\n", encoding="utf-8")
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        with_subtitles = _attached(archive, mp4)
        archive.files.add_subtitle_to(with_subtitles, human)
        no_sound = _attached(archive, silent)
        plain = _attached(archive, other)
    done = _cli(library, "transcribe", "--missing", "--json")
    assert done.returncode == 1, done.stderr
    assert f"recording {no_sound}: picture only.mp4: the recording has no sound track" in (
        done.stderr
    )
    reports = json.loads(done.stdout)
    assert [r["recording_id"] for r in reports] == [no_sound, plain]
    assert "error" in reports[0] and reports[1]["cues"] > 0
    with Archive.open(library) as archive:
        assert [t.machine for t in _tracks(archive, with_subtitles)] == [None]
        assert _tracks(archive, no_sound) == ()
        assert [t.machine is not None for t in _tracks(archive, plain)] == [True]
        assert archive.transcription.without_transcript() == [no_sound]
    both = _cli(library, "transcribe", "1", "--missing")
    assert both.returncode == 1 and "or give --missing" in both.stderr


def test_cli_missing_of_chosen_sessions_transcribes_only_their_recordings(
    tmp_path: Path, speech: tuple[Path, list[tuple[int, int]]]
) -> None:
    """`transcribe --missing --session ID` queues the untranscribed recordings of that session
    only; --session without --missing is refused before anything is queued."""
    mp4, _ = speech
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        chosen = _attached(archive, mp4)
        other = _attached(archive, mp4)
        chosen_session = archive.playback.recording(chosen).session_id
    refused = _cli(library, "transcribe", "--session", str(chosen_session))
    assert refused.returncode == 1, refused.stderr
    assert "give --missing too" in refused.stderr
    done = _cli(library, "transcribe", "--missing", "--session", str(chosen_session), "--json")
    assert done.returncode == 0, done.stderr
    assert [r["recording_id"] for r in json.loads(done.stdout)] == [chosen]
    with Archive.open(library) as archive:
        assert [t.machine is not None for t in _tracks(archive, chosen)] == [True]
        assert _tracks(archive, other) == ()
        assert archive.transcription.queued() == []
