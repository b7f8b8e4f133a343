"""The transcription queue: recordings waiting for speech to text, in the order they came."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from ...domain import model as m
from .. import orm as o
from .base import get_or_raise


class TranscriptionQueueRepository:
    """Recordings waiting to be transcribed; ``uow.queue``."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    def add(self, recording_ids: Iterable[int], engine: str, language: str) -> list[int]:
        """Queue the recordings (a queued one takes the new engine and language, keeping its
        place); the ids that were not queued before."""
        added: list[int] = []
        for rec_id in dict.fromkeys(recording_ids):
            get_or_raise(self.db, o.RecordingRow, rec_id, "recording")
            row = self.db.scalar(
                select(o.TranscriptionQueueRow).where(
                    o.TranscriptionQueueRow.recording_id == rec_id
                )
            )
            if row is None:
                self.db.add(
                    o.TranscriptionQueueRow(recording_id=rec_id, engine=engine, language=language)
                )
                added.append(rec_id)
            else:
                row.engine, row.language = engine, language
        self.db.flush()
        return added

    def remove(self, recording_ids: Iterable[int] | None = None) -> int:
        """Take the recordings off the queue (all of them for None); how many were on it."""
        statement = delete(o.TranscriptionQueueRow)
        if recording_ids is not None:
            statement = statement.where(
                o.TranscriptionQueueRow.recording_id.in_(list(recording_ids))
            )
        return int(self.db.execute(statement).rowcount or 0)  # type: ignore[attr-defined]

    def waiting(self) -> list[m.QueuedTranscription]:
        """The queue in its order; recordings of sessions in the trash wait out of sight."""
        q, r = o.TranscriptionQueueRow, o.RecordingRow
        rows = self.db.execute(
            select(
                q.recording_id,
                r.session_id,
                r.original_name,
                r.duration_ms,
                q.engine,
                q.language,
                q.queued_at,
            )
            .join(r, r.id == q.recording_id)
            .join(o.SessionRow, o.SessionRow.id == r.session_id)
            .where(o.SessionRow.deleted_at.is_(None))
            .order_by(q.id)
        ).all()
        return [m.QueuedTranscription(*row) for row in rows]
