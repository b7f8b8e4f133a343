"""The transcription queue: recordings waiting for speech to text, in the order they came."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Connection, delete, exists, insert, select, update

from ...domain import model as m
from ...domain.errors import NotFoundError
from .. import tables as t


class TranscriptionQueueRepository:
    """Recordings waiting to be transcribed; ``uow.queue``.

    On Core tables (the window reads the queue as it starts, and needs no ORM for it), through
    the unit of work's connection: in its transaction, after what its ORM session wrote.
    """

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def add(self, recording_ids: Iterable[int], engine: str, language: str) -> list[int]:
        """Queue the recordings (a queued one takes the new engine and language, keeping its
        place); the ids that were not queued before."""
        conn = self._connection()
        q = t.transcription_queue
        added: list[int] = []
        for rec_id in dict.fromkeys(recording_ids):
            if conn.scalar(select(t.recording.c.id).where(t.recording.c.id == rec_id)) is None:
                raise NotFoundError("recording", rec_id)
            moved = conn.execute(
                update(q).where(q.c.recording_id == rec_id).values(engine=engine, language=language)
            ).rowcount
            if not moved:
                conn.execute(
                    insert(q).values(recording_id=rec_id, engine=engine, language=language)
                )
                added.append(rec_id)
        return added

    def remove(self, recording_ids: Iterable[int] | None = None) -> int:
        """Take the recordings off the queue (all of them for None); how many were on it."""
        q = t.transcription_queue
        statement = delete(q)
        if recording_ids is not None:
            statement = statement.where(q.c.recording_id.in_(list(recording_ids)))
        return int(self._connection().execute(statement).rowcount or 0)

    def waiting(self) -> list[m.QueuedTranscription]:
        """The queue in its order; recordings of sessions in the trash wait out of sight."""
        q, r, s = t.transcription_queue.c, t.recording.c, t.session.c
        rows = (
            self._connection()
            .execute(
                select(
                    q.recording_id,
                    r.session_id,
                    r.original_name,
                    r.duration_ms,
                    q.engine,
                    q.language,
                    q.queued_at,
                )
                .join(t.recording, r.id == q.recording_id)
                # Asked per queued recording: with a join, SQLite chose to walk every live
                # session to find the few queued (about 90 ms at 100,000 sessions, at each
                # start of the window, for an empty queue).
                .where(~exists().where(s.id == r.session_id, s.deleted_at.is_not(None)))
                .order_by(q.id)
            )
            .all()
        )
        return [m.QueuedTranscription(*row) for row in rows]
