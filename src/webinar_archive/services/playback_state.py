"""Player use cases that touch the catalogue: resume, watched, chapters, notes, transcripts."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import model as m
from ..domain.errors import ValidationError
from ..domain.messages import _t
from ..playback.chapters import format_plain, format_webvtt, parse_plain, parse_webvtt
from ..storage.catalogue import Catalogue

WATCHED_FRACTION = 0.9


class PlaybackService:
    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def recording(self, recording_id: int) -> m.Recording:
        with self._cat.uow() as uow:
            return uow.parts.get_recording(recording_id)

    def cues(self, recording_id: int) -> list[m.TranscriptCue]:
        """The transcript the player follows, each cue with the speaker of its chapter."""
        with self._cat.uow() as uow:
            return uow.parts.with_speakers(recording_id, uow.parts.cues(recording_id))

    def choose_transcript(self, recording_id: int, track_id: int | None) -> None:
        """Which of the recording's tracks the player's transcript shows (None: the default,
        a person's transcript before a machine's); remembered per recording."""
        with self._cat.uow() as uow:
            uow.parts.choose_transcript(recording_id, track_id)
            uow.commit()

    def export_subtitles(self, track_id: int, webvtt: bool = True) -> str:
        """One subtitle track (a person's or a machine's) as a WebVTT or SubRip file."""
        from ..media.subtitles import format_cues

        with self._cat.uow() as uow:
            cues = uow.parts.track_cues(track_id)
            cues = uow.parts.with_speakers(uow.parts.track_recording(track_id), cues)
        return format_cues(cues, webvtt)

    def save_position(
        self, recording_id: int, position_ms: int, length_ms: int | None = None
    ) -> None:
        """Remember where playback is; past 90 % of the length the recording counts as watched."""
        watched = None
        if length_ms:
            watched = position_ms >= WATCHED_FRACTION * length_ms or None
        with self._cat.uow() as uow:
            uow.playback.set_resume(recording_id, position_ms, watched)
            uow.commit()

    def set_watched(self, recording_id: int, watched: bool) -> None:
        with self._cat.uow() as uow:
            rec = uow.parts.get_recording(recording_id)
            uow.playback.set_resume(recording_id, rec.resume_ms, watched)
            uow.commit()

    def add_chapter(
        self,
        recording_id: int,
        start_ms: int,
        title: str,
        end_ms: int | None = None,
        appearance_id: int | None = None,
    ) -> int:
        _check_span(start_ms, end_ms)
        with self._cat.uow() as uow:
            chapter_id = uow.parts.add_chapter(
                recording_id, start_ms, end_ms, title.strip(), appearance_id
            )
            uow.commit()
        return chapter_id

    def update_chapter(
        self,
        chapter_id: int,
        start_ms: int,
        title: str,
        end_ms: int | None = None,
        appearance_id: int | None = None,
    ) -> None:
        _check_span(start_ms, end_ms)
        with self._cat.uow() as uow:
            uow.parts.update_chapter(chapter_id, start_ms, end_ms, title.strip(), appearance_id)
            uow.commit()

    def delete_chapter(self, chapter_id: int) -> None:
        with self._cat.uow() as uow:
            uow.parts.delete_chapter(chapter_id)
            uow.commit()

    def replace_chapters(
        self, recording_id: int, chapters: Sequence[tuple[str, int, int | None]]
    ) -> None:
        for _title, start, end in chapters:
            _check_span(start, end)
        with self._cat.uow() as uow:
            uow.parts.replace_chapters(recording_id, chapters)
            uow.commit()

    def import_chapters(self, recording_id: int, text: str) -> list[str]:
        """Replace a recording's chapters from a "mm:ss Title" list or a WebVTT chapters file.

        Returns the warnings about lines that were skipped; nothing changes when none parse.
        """
        is_vtt = text.lstrip("\ufeff").lstrip().startswith("WEBVTT")
        parsed = parse_webvtt(text) if is_vtt else parse_plain(text)
        if not parsed.chapters:
            raise ValidationError(
                " ".join(
                    [
                        _t(
                            "No chapter found (expected lines such as '12:34 Title' or a "
                            "WebVTT file)."
                        ),
                        *parsed.warnings[:3],
                    ]
                )
            )
        self.replace_chapters(
            recording_id, [(c.title, c.start_ms, c.end_ms) for c in parsed.chapters]
        )
        return parsed.warnings

    def export_chapters(self, recording_id: int, webvtt: bool = False) -> str:
        recording = self.recording(recording_id)
        if webvtt:
            return format_webvtt(recording.chapters, recording.duration_ms)
        return format_plain(recording.chapters)

    def add_note(self, recording_id: int, at_ms: int, text: str) -> int:
        if not text.strip():
            raise ValidationError(_t("A note needs some text."))
        with self._cat.uow() as uow:
            note_id = uow.parts.add_note(recording_id, at_ms, text.strip())
            uow.commit()
        return note_id

    def update_note(self, note_id: int, at_ms: int, text: str) -> None:
        with self._cat.uow() as uow:
            uow.parts.update_note(note_id, at_ms, text.strip())
            uow.commit()

    def delete_note(self, note_id: int) -> None:
        with self._cat.uow() as uow:
            uow.parts.delete_note(note_id)
            uow.commit()

    def tie_material(
        self,
        material_id: int,
        recording_id: int | None,
        shown_at_ms: int | None,
        appearance_id: int | None = None,
    ) -> None:
        with self._cat.uow() as uow:
            uow.parts.tie_material(material_id, recording_id, shown_at_ms, appearance_id)
            uow.commit()


def _check_span(start_ms: int, end_ms: int | None) -> None:
    if start_ms < 0:
        raise ValidationError(_t("A chapter cannot start before 0:00."))
    if end_ms is not None and end_ms <= start_ms:
        raise ValidationError(_t("A chapter must end after it starts."))
