"""A session whose recording has a chapter per speaker and a transcript they speak in."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from helpers import draft
from playback_helpers import SAMPLE_MP4
from webinar_archive.domain import model as m

# Le Corvec opens (0-2.5 s), Tokarski talks from 2.5 s on; both say "clusters".
SPOKEN_SRT = (
    "1\n00:00:00,500 --> 00:00:02,000\nWelcome everyone. Clusters are our topic today.\n\n"
    "2\n00:00:02,500 --> 00:00:04,000\nThank you. Our clusters grew in Lapland last year! "
    "Ten firms joined.\n\n"
    "3\n00:00:04,200 --> 00:00:05,800\nQuestions are welcome.\n"
)
SUMMARY = "Anaïs Le Corvec opened the webinar on regional clusters and took the questions."


@dataclass(frozen=True)
class SpokenSession:
    session_id: int
    recording_id: int
    tokarski: int  # appearance ids
    le_corvec: int


def spoken_session(archive: object, tmp_path: Path, *, chapters: bool = True) -> SpokenSession:
    """Create the session, attach the 6 s sample video with its transcript and (when
    ``chapters``) give each speaker their chapter instead of the video's own two."""
    a = archive  # an Archive (typed loosely, like the fixture)
    base = draft(
        "Regional clusters after the pandemic",
        summary=SUMMARY,
        speakers=[
            m.SpeakerDraft("Anaïs Le Corvec", "CEBR", m.AppearanceRole.MODERATOR),
            m.SpeakerDraft("Marek Tokarski", "Jagiellonian University"),
        ],
    )
    session = a.sessions.create(base)  # type: ignore[attr-defined]
    folder = tmp_path / "spoken"
    folder.mkdir(exist_ok=True)
    video = shutil.copyfile(SAMPLE_MP4, folder / "talk.mp4")
    srt = folder / "talk.srt"
    srt.write_text(SPOKEN_SRT, encoding="utf-8")
    results = a.files.attach(session.id, [video, srt])  # type: ignore[attr-defined]
    assert all(r.ok for r in results), results
    session = a.sessions.get(session.id)  # type: ignore[attr-defined]
    [recording] = session.recordings
    ids = {app.person_name: app.id for app in session.appearances}
    spoken = SpokenSession(session.id, recording.id, ids["Marek Tokarski"], ids["Anaïs Le Corvec"])
    for chapter in recording.chapters:
        a.playback.delete_chapter(chapter.id)  # type: ignore[attr-defined]
    if chapters:
        a.playback.add_chapter(  # type: ignore[attr-defined]
            recording.id, 0, "Opening", 2500, spoken.le_corvec
        )
        a.playback.add_chapter(  # type: ignore[attr-defined]
            recording.id, 2500, "Clusters in Lapland", None, spoken.tokarski
        )
    return spoken
