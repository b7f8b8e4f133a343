"""Audio and video containers become recordings (attach and folder import), never materials."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import draft, make_media
from webinar_archive.services.archive import Archive

AUDIO = [".3gp", ".3g2", ".m4a", ".m4b", ".ogg", ".oga", ".opus", ".flac", ".wav", ".mp3"]
VIDEO = [".3gp", ".3g2", ".mp4", ".mov", ".mkv", ".webm", ".avi", ".wmv"]


@pytest.mark.parametrize("suffix", AUDIO)
def test_an_audio_file_attached_is_a_recording(
    sqlite_archive: Archive, tmp_path: Path, suffix: str
) -> None:
    """An audio-only file of each container is attached as a recording that was probed."""
    path = make_media(tmp_path / f"talk{suffix}")
    session_id = sqlite_archive.sessions.create(draft()).id
    [result] = sqlite_archive.files.attach(session_id, [path])
    assert result.recording_id is not None, result
    session = sqlite_archive.sessions.get(session_id)
    assert session.materials == ()
    [recording] = session.recordings
    assert recording.audio_codec and not recording.has_video
    assert recording.media_type.startswith("audio/"), recording.media_type
    assert recording.duration_ms and recording.duration_ms > 500


@pytest.mark.parametrize("suffix", VIDEO)
def test_a_video_file_attached_is_a_recording(
    sqlite_archive: Archive, tmp_path: Path, suffix: str
) -> None:
    path = make_media(tmp_path / f"talk{suffix}", video=True)
    session_id = sqlite_archive.sessions.create(draft()).id
    [result] = sqlite_archive.files.attach(session_id, [path])
    assert result.recording_id is not None, result
    [recording] = sqlite_archive.sessions.get(session_id).recordings
    assert recording.has_video and (recording.width, recording.height) == (320, 240)
    assert recording.media_type.startswith("video/"), recording.media_type


def test_folder_import_files_an_audio_only_3g2_as_the_recording(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    """The issue's case: a folder with slides and an audio-only .3g2 recording."""
    folder = tmp_path / "2021-03-04 Phone recording"
    folder.mkdir()
    make_media(folder / "call.3g2")
    make_media(folder / "audiobook.m4b")
    report = sqlite_archive.folder_import.run(folder)
    assert report.refused == [], report.summary()
    session = sqlite_archive.sessions.get(report.created[0])
    assert sorted(r.original_name for r in session.recordings) == ["audiobook.m4b", "call.3g2"]
    assert session.materials == ()
