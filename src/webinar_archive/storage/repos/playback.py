"""Per-user playback state of recordings (resume position, watched): not part of a session."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session as OrmSession

from ...domain.errors import NotFoundError
from .. import orm as o


class PlaybackStateRepository:
    """Where playback stopped; changes here leave the session's version alone. ``uow.playback``."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    def set_resume(self, recording_id: int, position_ms: int, watched: bool | None) -> None:
        values: dict[str, Any] = {"resume_ms": max(0, int(position_ms))}
        if watched is not None:
            values["watched"] = watched
        result = self.db.execute(
            update(o.RecordingRow).where(o.RecordingRow.id == recording_id).values(**values)
        )
        if not result.rowcount:  # type: ignore[attr-defined]
            raise NotFoundError("recording", recording_id)
