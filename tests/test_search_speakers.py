"""``speaker:tokarski clusters`` finds the cue where Tokarski said "clusters", with its second,
on SQLite and PostgreSQL, in the service and from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from speaker_helpers import spoken_session

SRC = Path(__file__).parents[1] / "src"


def _transcript_hits(archive, query: str) -> list:  # type: ignore[no-untyped-def]
    results = archive.search.search(query, hits_per_session=10)
    assert len(results.sessions) == 1
    return [h for h in results.sessions[0].hits if h.kind == "transcript"]


def test_speaker_filter_finds_only_what_that_speaker_said(archive, tmp_path: Path) -> None:
    """Both speakers say "clusters"; the speaker filter keeps Tokarski's cue, at 0:02, and
    names him; the plain query finds both cues, each with its speaker."""
    spoken_session(archive, tmp_path)
    [hit] = _transcript_hits(archive, "speaker:tokarski clusters")
    assert (hit.time_ms, hit.speaker) == (2500, "Marek Tokarski")
    assert hit.label == "0:02 in the recording, Marek Tokarski"
    assert hit.marked().startswith("Thank you. Our [clusters] grew")
    both = _transcript_hits(archive, "clusters")
    assert [(h.time_ms, h.speaker) for h in both] == [
        (500, "Anaïs Le Corvec"),
        (2500, "Marek Tokarski"),
    ]
    [hers] = _transcript_hits(archive, "speaker:corvec clusters")
    assert hers.time_ms == 500


def test_speaker_filter_follows_the_chapters(archive, tmp_path: Path) -> None:
    """Tokarski's chapter moved to start at 4.1 s: his "clusters" cue is no longer his, and
    nothing he said matches; the summary still does."""
    spoken = spoken_session(archive, tmp_path)
    recording = archive.playback.recording(spoken.recording_id)
    his = next(c for c in recording.chapters if c.appearance_id == spoken.tokarski)
    archive.playback.update_chapter(his.id, 4100, his.title, None, spoken.tokarski)
    results = archive.search.search("speaker:tokarski clusters", hits_per_session=10)
    [session] = results.sessions
    assert [h.kind for h in session.hits if h.kind == "transcript"] == []
    assert "summary" in [h.kind for h in session.hits]


def test_without_speaker_chapters_the_filter_narrows_nothing(archive, tmp_path: Path) -> None:
    """No chapter names a speaker: who said a cue is unknown, so every matching cue shows."""
    spoken_session(archive, tmp_path, chapters=False)
    hits = _transcript_hits(archive, "speaker:tokarski clusters")
    assert [(h.time_ms, h.speaker) for h in hits] == [(500, None), (2500, None)]


@pytest.mark.sqlite_only
def test_search_command_gives_the_second_and_the_speaker(sqlite_archive, tmp_path: Path) -> None:
    spoken_session(sqlite_archive, tmp_path)
    library = sqlite_archive.root
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "webinar_archive",
            "--library",
            str(library),
            "search",
            "--json",
            "speaker:tokarski",
            "clusters",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    [session] = json.loads(run.stdout)["sessions"]
    spoken = [h for h in session["hits"] if h["kind"] == "transcript"]
    assert [(h["time_ms"], h["time"], h["speaker"]) for h in spoken] == [
        (2500, "0:02", "Marek Tokarski")
    ]
