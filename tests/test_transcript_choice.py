"""Which transcript the player follows when a recording has a person's and a machine's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import draft
from speech_helpers import make_speech
from webinar_archive.domain.errors import ValidationError
from webinar_archive.services.archive import Archive

pytestmark = pytest.mark.sqlite_only
SRC = Path(__file__).parents[1] / "src"
PERSON = "1\n00:00:02,500 --> 00:00:05,000\nQuarterly budget, said by a person\n"


def _both(archive: Archive, work: Path) -> tuple[int, int, int]:
    """A recording with a person's subtitles and a machine transcript: its id and the two
    tracks' ids (person, machine)."""
    mp4, _ = make_speech(work)
    session = archive.sessions.create(draft())
    [attached] = archive.files.attach(session.id, [mp4])
    recording_id = attached.recording_id
    assert recording_id is not None
    human = work / "budget talk.en.srt"
    human.write_text(PERSON, encoding="utf-8")
    archive.files.add_subtitle_to(recording_id, human)
    machine = archive.transcription.transcribe(recording_id)
    [person] = [
        t.id for t in archive.playback.recording(recording_id).subtitles if t.machine is None
    ]
    return recording_id, person, machine.track_id


def test_the_choice_is_remembered_and_a_transcription_never_overwrites_the_person(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    """The person's transcript is the default; choosing the machine's is remembered and
    survives a new transcription (which replaces only the machine's track); the person's
    track keeps its id, file and cues throughout."""
    archive = sqlite_archive
    recording_id, person, machine = _both(archive, tmp_path)
    person_cues = archive.playback.cues(recording_id)
    assert [c.text for c in person_cues] == ["Quarterly budget, said by a person"]
    archive.playback.choose_transcript(recording_id, machine)
    with archive.catalogue.uow() as uow:
        machine_cues = uow.parts.track_cues(machine)
    assert archive.playback.cues(recording_id) == machine_cues != person_cues
    again = archive.transcription.transcribe(recording_id)
    assert again.replaced == 1  # a new row (SQLite may give it the old id)
    tracks = archive.playback.recording(recording_id).subtitles
    assert [(t.id, t.machine is None, t.chosen) for t in tracks] == [
        (person, True, False),
        (again.track_id, False, True),
    ]
    with archive.catalogue.uow() as uow:
        assert uow.parts.track_cues(person) == person_cues
    stored = archive.catalogue.files.resolve(tracks[0].stored_path)
    assert stored.read_text(encoding="utf-8") == PERSON
    archive.playback.choose_transcript(recording_id, None)
    assert archive.playback.cues(recording_id) == person_cues
    other = archive.sessions.create(draft())
    [elsewhere] = archive.files.attach(other.id, [tmp_path / "budget talk.mp4"])
    assert elsewhere.recording_id is not None
    with pytest.raises(ValidationError, match="is not one of recording"):
        archive.playback.choose_transcript(elsewhere.recording_id, person)


def test_show_json_lists_both_tracks_with_their_origin_and_which_is_shown(
    tmp_path: Path,
) -> None:
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        recording_id, person, machine = _both(archive, tmp_path)
        session_id = archive.playback.recording(recording_id).session_id
        archive.playback.choose_transcript(recording_id, machine)

    shown = subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), "show",
         str(session_id), "--json"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(SRC)}, check=True,
    )  # fmt: skip
    tracks = json.loads(shown.stdout)["recordings"][0]["subtitles"]
    assert [(t["id"], t["origin"], t["shown"], t["chosen"]) for t in tracks] == [
        (person, "person", False, False),
        (machine, "machine", True, True),
    ]
    assert tracks[0]["machine"] is None and tracks[1]["machine"]["engine"] == "pocketsphinx"
