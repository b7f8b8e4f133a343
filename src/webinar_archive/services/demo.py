"""The demo session's media: its recording, subtitles, chapters per speaker and slides."""

from __future__ import annotations

import logging

from ..domain import model as m
from ..resources import resource_path
from ..storage.catalogue import Catalogue
from .attachments import AttachmentService
from .playback_state import PlaybackService

log = logging.getLogger(__name__)

# Made by tools/make_demo_media.py; resources/demo/README.md says how.
DEMO_RECORDING = "eu-s3-webinar-2020-09-11.mp4"
DEMO_SUBTITLES = "eu-s3-webinar-2020-09-11.en.vtt"
DEMO_SLIDES = "s3-cooperation-slides.pdf"
DEMO_CHAPTERS = "chapters.txt"


def add_demo_media(catalogue: Catalogue, session: m.Session) -> list[str]:
    """Attach the demo files to ``session`` the way a user would, then chapter them by speaker.

    Returns warnings (a file missing from a broken install, say); the session stays usable
    without its media, so nothing here raises for them.
    """
    try:
        names = (DEMO_RECORDING, DEMO_SUBTITLES, DEMO_SLIDES)
        paths = [resource_path("demo", name) for name in names]
        chapters = resource_path("demo", DEMO_CHAPTERS).read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("Demo media not attached: %s", exc)
        return [f"The demo media were not found: {exc}"]
    results = AttachmentService(catalogue).attach(session.id, paths)
    warnings = [r.error or r.warning or "" for r in results if r.error or r.warning]
    recording_id = next((r.recording_id for r in results if r.recording_id is not None), None)
    slides_id = next((r.material_id for r in results if r.material_id is not None), None)
    if recording_id is not None:
        playback = PlaybackService(catalogue)
        _chapter_by_speaker(playback, recording_id, session, chapters)
        if slides_id is not None:
            # The deck is on screen from the start: the player lists it in its Materials tab.
            playback.tie_material(slides_id, recording_id, 0)
    for warning in warnings:
        log.warning("Demo media: %s", warning)
    return warnings


def _chapter_by_speaker(
    playback: PlaybackService, recording_id: int, session: m.Session, text: str
) -> None:
    # The chapter list is the one source of the turns' times (the probe may not read the
    # container's chapters); each chapter is named after its speaker and tied to them.
    playback.import_chapters(recording_id, text)
    by_name = {a.person_name: a.id for a in session.appearances}
    for chapter in playback.recording(recording_id).chapters:
        appearance_id = by_name.get(chapter.title)
        if appearance_id is not None:
            playback.update_chapter(
                chapter.id, chapter.start_ms, chapter.title, chapter.end_ms, appearance_id
            )
