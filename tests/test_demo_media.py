"""The demo session brings its own media: a recording that plays, subtitles, chapters, slides."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from webinar_archive.playback.backend import PlayerState
from webinar_archive.playback.vlc_backend import VlcBackend, probe_vlc
from webinar_archive.services.archive import Archive

SPEAKERS = [
    "Kevin Morgan",
    "Anaïs Le Corvec",
    "Valentina Pinna",
    "Ilari Havukainen",
    "Slawomir Tokarski",
]


def _demo_library(tmp_path: Path) -> Path:
    library = tmp_path / "lib"
    result = subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), "demo"],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return library


def test_demo_session_has_recording_subtitles_chapters_and_slides(tmp_path: Path) -> None:
    """`demo` attaches a spoken recording with English subtitles, one chapter per speaker tied
    to that speaker, and a slide deck whose text and speech the search finds."""
    library = _demo_library(tmp_path)
    with Archive.open(library) as archive:
        session = archive.sessions.get(archive.sessions.latest_id() or 0)
        assert len(session.recordings) == 1
        recording = session.recordings[0]
        assert recording.duration_ms is not None and 30_000 <= recording.duration_ms <= 50_000
        assert recording.has_video and recording.audio_codec
        assert archive.files.path_of(recording.stored_path).is_file()

        [track] = recording.subtitles
        assert track.language == "en" and track.cue_count >= 8
        cues = archive.playback.cues(recording.id)
        assert any("value chain" in cue.text for cue in cues)

        assert [c.title for c in recording.chapters] == SPEAKERS
        speaker_of = {a.id: a.person_name for a in session.appearances}
        assert [speaker_of[c.appearance_id or 0] for c in recording.chapters] == SPEAKERS

        [slides] = session.materials
        assert slides.page_count == 4
        assert (slides.recording_id, slides.shown_at_ms) == (recording.id, 0)

        slide_hits = [
            hit
            for result in archive.search.search("Rovaniemi").sessions
            for hit in result.hits
            if hit.material_id == slides.id
        ]
        assert [hit.page_no for hit in slide_hits] == [4]
        moments = [
            hit
            for result in archive.search.search("neighbours").sessions
            for hit in result.hits
            if hit.recording_id == recording.id
        ]
        assert moments and moments[0].time_ms is not None and moments[0].time_ms > 20_000


@pytest.mark.vlc
@pytest.mark.skipif(not probe_vlc().available, reason="libvlc is not available")
def test_demo_recording_plays_with_libvlc(tmp_path: Path) -> None:
    """The demo's recording plays in real libvlc (headless) with its subtitle file loaded."""
    library = _demo_library(tmp_path)
    with Archive.open(library) as archive:
        session = archive.sessions.get(archive.sessions.latest_id() or 0)
        recording = session.recordings[0]
        media = archive.files.path_of(recording.stored_path)
        subtitles = archive.files.path_of(recording.subtitles[0].stored_path)
    player = VlcBackend(headless=True)
    try:
        player.load(media)
        player.play()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and player.time_ms() < 500:
            time.sleep(0.05)
        assert player.state is PlayerState.PLAYING
        assert player.time_ms() >= 500, "playback did not advance"
        assert abs(player.length_ms() - (recording.duration_ms or 0)) < 1000
        assert player.add_subtitle_file(subtitles)
    finally:
        player.release()


@pytest.mark.demo_media
def test_an_earlier_demo_session_without_files_gets_the_media(archive: Archive) -> None:
    """A demo session made by a version without demo media receives them on the next `demo`;
    one that has files is left as it is."""
    from webinar_archive.domain.demo import demo_session

    bare = archive.sessions.create(demo_session())
    session, created = archive.sessions.create_demo()
    assert not created and session.id == bare.id
    assert len(session.recordings) == 1 and len(session.materials) == 1
    again, _ = archive.sessions.create_demo()
    assert len(again.recordings) == 1 and len(again.materials) == 1
