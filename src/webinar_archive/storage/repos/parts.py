"""A session's parts: documents, recordings with their subtitles, chapters and notes.

Every change here bumps the session's version, so an editor holding the session sees it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from ...domain import model as m
from ...domain.errors import ValidationError
from ...domain.messages import _t
from ...domain.speakers import SpeakerSpan, speaker_spans, with_speakers
from .. import convert
from .. import orm as o
from .base import bump_recording_session, bump_session, get_or_raise

# Ids per IN (...) list: well under SQLite's and PostgreSQL's limits on bound values.
_ID_CHUNK = 500


class SessionPartsRepository:
    """Materials, recordings, subtitles, chapters and notes of sessions; ``uow.parts``."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    def _insert(self, row: o.Base, session_id: int) -> None:
        """Add ``row`` (the flush gives it its id) as a change of the session."""
        self.db.add(row)
        self.db.flush()
        bump_session(self.db, session_id)

    def _delete(self, row: o.Base, session_id: int) -> None:
        self.db.delete(row)
        self.db.flush()
        bump_session(self.db, session_id)

    # ------------------------------------------------------------------ materials

    def add_material(self, session_id: int, draft: m.MaterialDraft, pages: Sequence[str]) -> int:
        get_or_raise(self.db, o.SessionRow, session_id, "session")
        row = o.MaterialRow(
            session_id=session_id,
            **_file_columns(draft.file),
            title=draft.title,
            kind=m.MaterialKind(draft.kind).value,
            page_count=draft.page_count,
            text=draft.text,
            extraction_warning=draft.extraction_warning,
            appearance_id=draft.appearance_id,
            recording_id=draft.recording_id,
            shown_at_ms=draft.shown_at_ms,
        )
        if draft.added_at is not None:
            row.added_at = draft.added_at
        row.pages = [o.MaterialPageRow(page_no=i + 1, text=t) for i, t in enumerate(pages)]
        self._insert(row, session_id)
        return row.id

    def remove_material(self, material_id: int) -> str:
        row = get_or_raise(self.db, o.MaterialRow, material_id, "material")
        path = row.stored_path
        self._delete(row, row.session_id)
        return path

    def get_material(self, material_id: int) -> m.Material:
        return convert.material(get_or_raise(self.db, o.MaterialRow, material_id, "material"))

    def material_pages(self, material_id: int) -> list[str]:
        return list(
            self.db.scalars(
                select(o.MaterialPageRow.text)
                .where(o.MaterialPageRow.material_id == material_id)
                .order_by(o.MaterialPageRow.page_no)
            )
        )

    def tie_material(
        self,
        material_id: int,
        recording_id: int | None,
        shown_at_ms: int | None,
        appearance_id: int | None,
    ) -> None:
        row = get_or_raise(self.db, o.MaterialRow, material_id, "material")
        row.recording_id, row.shown_at_ms, row.appearance_id = (
            recording_id,
            shown_at_ms,
            appearance_id,
        )
        self.db.flush()
        bump_session(self.db, row.session_id)

    # ------------------------------------------------------------------ recordings, subtitles

    def add_recording(
        self,
        session_id: int,
        draft: m.RecordingDraft,
        chapters: Sequence[tuple[str, int, int | None]],
    ) -> int:
        get_or_raise(self.db, o.SessionRow, session_id, "session")
        row = o.RecordingRow(
            session_id=session_id,
            **_file_columns(draft.file),
            duration_ms=draft.duration_ms,
            container=draft.container,
            video_codec=draft.video_codec,
            audio_codec=draft.audio_codec,
            width=draft.width,
            height=draft.height,
            probe_warning=draft.probe_warning,
            resume_ms=draft.resume_ms,
            watched=draft.watched,
        )
        if draft.added_at is not None:
            row.added_at = draft.added_at
        row.chapters = [o.ChapterRow(title=t, start_ms=s, end_ms=e) for t, s, e in chapters]
        self._insert(row, session_id)
        return row.id

    def remove_recording(self, recording_id: int) -> list[str]:
        row = get_or_raise(self.db, o.RecordingRow, recording_id, "recording")
        paths = [row.stored_path] + [s.stored_path for s in row.subtitles]
        self._delete(row, row.session_id)
        return paths

    def get_recording(self, recording_id: int) -> m.Recording:
        return convert.recording(get_or_raise(self.db, o.RecordingRow, recording_id, "recording"))

    def recordings_of(self, session_id: int) -> list[m.Recording]:
        rows = self.db.scalars(
            select(o.RecordingRow)
            .where(o.RecordingRow.session_id == session_id)
            .order_by(o.RecordingRow.id)
        )
        return [convert.recording(r) for r in rows]

    def add_subtitle(
        self, recording_id: int, draft: m.SubtitleDraft, cues: Sequence[m.TranscriptCue]
    ) -> int:
        rec = get_or_raise(self.db, o.RecordingRow, recording_id, "recording")
        row = o.SubtitleTrackRow(
            recording_id=recording_id,
            original_name=draft.original_name,
            stored_path=draft.stored_path,
            sha256=draft.sha256,
            language=draft.language,
            label=draft.label,
        )
        if draft.machine is not None:
            row.engine = draft.machine.engine
            row.engine_model = draft.machine.model
            row.made_at = draft.machine.made_at
        row.cues = [
            o.TranscriptCueRow(start_ms=c.start_ms, end_ms=c.end_ms, text=c.text) for c in cues
        ]
        self._insert(row, rec.session_id)
        return row.id

    def remove_subtitle(self, track_id: int) -> str:
        """Delete a subtitle track with its cues; returns its stored path."""
        row = get_or_raise(self.db, o.SubtitleTrackRow, track_id, "subtitle track")
        rec = get_or_raise(self.db, o.RecordingRow, row.recording_id, "recording")
        path = row.stored_path
        self._delete(row, rec.session_id)
        return path

    def remove_machine_subtitles(self, recording_id: int, engine: str, language: str) -> list[str]:
        """Delete what ``engine`` made earlier for ``language``; a person's tracks stay.

        Returns the stored paths of the removed tracks, for the file store to release.
        """
        rec = get_or_raise(self.db, o.RecordingRow, recording_id, "recording")
        rows = list(
            self.db.scalars(
                select(o.SubtitleTrackRow).where(
                    o.SubtitleTrackRow.recording_id == recording_id,
                    o.SubtitleTrackRow.engine == engine,
                    o.SubtitleTrackRow.language == language,
                )
            )
        )
        for row in rows:
            self.db.delete(row)
        if rows:
            self.db.flush()
            bump_session(self.db, rec.session_id)
        return [row.stored_path for row in rows]

    def recordings_without_transcript(self, session_ids: Sequence[int] | None = None) -> list[int]:
        """Recordings of sessions not in the trash that have no subtitle track at all; of the
        sessions ``session_ids`` only, when given (read in chunks: a selection can be large)."""
        track = o.SubtitleTrackRow
        query = (
            select(o.RecordingRow.id)
            .join(o.SessionRow, o.SessionRow.id == o.RecordingRow.session_id)
            .where(o.SessionRow.deleted_at.is_(None))
            .where(~select(track.id).where(track.recording_id == o.RecordingRow.id).exists())
        )
        if session_ids is None:
            return list(self.db.scalars(query.order_by(o.RecordingRow.id)))
        wanted = sorted(set(session_ids))
        found: list[int] = []
        for start in range(0, len(wanted), _ID_CHUNK):
            chunk = wanted[start : start + _ID_CHUNK]
            found.extend(self.db.scalars(query.where(o.RecordingRow.session_id.in_(chunk))))
        return sorted(found)

    def track_cues(self, track_id: int) -> list[m.TranscriptCue]:
        """The cues of one subtitle track, by start."""
        get_or_raise(self.db, o.SubtitleTrackRow, track_id, "subtitle track")
        rows = self.db.execute(
            select(o.TranscriptCueRow.start_ms, o.TranscriptCueRow.end_ms, o.TranscriptCueRow.text)
            .where(o.TranscriptCueRow.track_id == track_id)
            .order_by(o.TranscriptCueRow.start_ms, o.TranscriptCueRow.id)
        ).all()
        return [m.TranscriptCue(a, b, t) for a, b, t in rows]

    def cues(self, recording_id: int) -> list[m.TranscriptCue]:
        """The transcript the player follows (``m.shown_transcript``: the track the user
        chose, else the person's tracks, else the machine-made ones)."""
        tracks = self.db.scalars(
            select(o.SubtitleTrackRow).where(o.SubtitleTrackRow.recording_id == recording_id)
        )
        shown = [t.id for t in m.shown_transcript([convert.subtitle(t, 0) for t in tracks])]
        if not shown:
            return []
        cue = o.TranscriptCueRow
        rows = self.db.execute(
            select(cue.start_ms, cue.end_ms, cue.text)
            .where(cue.track_id.in_(shown))
            .order_by(cue.track_id, cue.start_ms)
        ).all()
        return [m.TranscriptCue(a, b, t) for a, b, t in rows]

    def chosen_transcript(self, recording_id: int) -> int | None:
        """The track the user chose for the player, if any."""
        return self.db.scalar(
            select(o.SubtitleTrackRow.id).where(
                o.SubtitleTrackRow.recording_id == recording_id, o.SubtitleTrackRow.chosen
            )
        )

    def choose_transcript(self, recording_id: int, track_id: int | None) -> None:
        """Make ``track_id`` the transcript the player shows for the recording; None goes
        back to the default (the person's). Remembered in the catalogue, per recording."""
        get_or_raise(self.db, o.RecordingRow, recording_id, "recording")
        if track_id is not None:
            track = get_or_raise(self.db, o.SubtitleTrackRow, track_id, "subtitle track")
            if track.recording_id != recording_id:
                raise ValidationError(
                    _t(
                        "Subtitle track {track_id} is not one of recording {recording_id}'s."
                    ).format(track_id=track_id, recording_id=recording_id)
                )
        for row in self.db.scalars(
            select(o.SubtitleTrackRow).where(o.SubtitleTrackRow.recording_id == recording_id)
        ):
            row.chosen = row.id == track_id
        # A way of viewing, like the resume position: not a change of the session, so an
        # editor holding it with unsaved changes is not made stale.
        self.db.flush()

    # ------------------------------------------------------------------ chapters

    def add_chapter(
        self,
        recording_id: int,
        start_ms: int,
        end_ms: int | None,
        title: str,
        appearance_id: int | None,
    ) -> int:
        rec = get_or_raise(self.db, o.RecordingRow, recording_id, "recording")
        row = o.ChapterRow(
            recording_id=recording_id,
            start_ms=start_ms,
            end_ms=end_ms,
            title=title,
            appearance_id=appearance_id,
        )
        self._insert(row, rec.session_id)
        return row.id

    def update_chapter(
        self,
        chapter_id: int,
        start_ms: int,
        end_ms: int | None,
        title: str,
        appearance_id: int | None,
    ) -> None:
        row = get_or_raise(self.db, o.ChapterRow, chapter_id, "chapter")
        row.start_ms, row.end_ms, row.title, row.appearance_id = (
            start_ms,
            end_ms,
            title,
            appearance_id,
        )
        self.db.flush()
        bump_recording_session(self.db, row.recording_id)

    def delete_chapter(self, chapter_id: int) -> None:
        row = get_or_raise(self.db, o.ChapterRow, chapter_id, "chapter")
        self.db.delete(row)
        self.db.flush()
        bump_recording_session(self.db, row.recording_id)

    def replace_chapters(
        self, recording_id: int, chapters: Sequence[tuple[str, int, int | None]]
    ) -> None:
        self.db.execute(delete(o.ChapterRow).where(o.ChapterRow.recording_id == recording_id))
        for title, start, end in chapters:
            self.db.add(
                o.ChapterRow(recording_id=recording_id, title=title, start_ms=start, end_ms=end)
            )
        self.db.flush()
        bump_recording_session(self.db, recording_id)

    # ------------------------------------------------------------------ notes

    def add_note(
        self, recording_id: int, at_ms: int, text: str, created_at: dt.datetime | None = None
    ) -> int:
        """A timestamped note; ``created_at`` keeps an imported note's date (default: now)."""
        rec = get_or_raise(self.db, o.RecordingRow, recording_id, "recording")
        row = o.NoteRow(recording_id=recording_id, at_ms=max(0, at_ms), text=text)
        if created_at is not None:
            row.created_at = created_at
        self._insert(row, rec.session_id)
        return row.id

    def update_note(self, note_id: int, at_ms: int, text: str) -> None:
        row = get_or_raise(self.db, o.NoteRow, note_id, "note")
        row.at_ms, row.text = at_ms, text
        self.db.flush()
        bump_recording_session(self.db, row.recording_id)

    def delete_note(self, note_id: int) -> None:
        row = get_or_raise(self.db, o.NoteRow, note_id, "note")
        self.db.delete(row)
        self.db.flush()
        bump_recording_session(self.db, row.recording_id)

    # ------------------------------------------------------------------ speakers

    def speaker_spans(self, recording_ids: Sequence[int]) -> dict[int, list[SpeakerSpan]]:
        """Who speaks when in each recording, from its chapters tied to a speaker (read now,
        so the cues' speakers follow every edit of the chapters)."""
        chapters: dict[int, list[m.Chapter]] = {rid: [] for rid in recording_ids}
        names: dict[int, str] = {}
        c = o.ChapterRow
        for ids in _chunks(list(recording_ids)):
            for row, app_id, name in self.db.execute(
                select(c, o.AppearanceRow.id, o.PersonRow.display_name)
                .outerjoin(o.AppearanceRow, o.AppearanceRow.id == c.appearance_id)
                .outerjoin(o.PersonRow, o.PersonRow.id == o.AppearanceRow.person_id)
                .where(c.recording_id.in_(ids))
            ):
                chapters[row.recording_id].append(convert.chapter(row))
                if app_id is not None and name:
                    names[app_id] = name
        return {rid: speaker_spans(found, names) for rid, found in chapters.items()}

    def with_speakers(
        self, recording_id: int, cues: list[m.TranscriptCue]
    ) -> list[m.TranscriptCue]:
        """``cues`` of the recording, each with the speaker of its chapter."""
        return with_speakers(cues, self.speaker_spans([recording_id])[recording_id])

    def track_recording(self, track_id: int) -> int:
        """The recording a subtitle track belongs to."""
        return get_or_raise(self.db, o.SubtitleTrackRow, track_id, "subtitle track").recording_id


def _chunks(ids: list[int], size: int = 400) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _file_columns(ref: m.FileRef) -> dict[str, Any]:
    return {
        "original_name": ref.original_name,
        "media_type": ref.media_type,
        "size": ref.size,
        "sha256": ref.sha256,
        "stored_path": ref.stored_path,
        "linked": ref.linked,
    }
