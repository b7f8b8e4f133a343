"""References to stored files: whether a path is still used, what a session already holds."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import exists, select
from sqlalchemy.orm import Session as OrmSession

from .. import orm as o


class FileReferences:
    """Which catalogue records point at which stored files; ``uow.files``."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    def path_in_use(self, stored_path: str) -> bool:
        for table in (o.MaterialRow, o.RecordingRow, o.SubtitleTrackRow, o.PageSnapshotRow):
            if self.db.scalar(select(exists().where(table.stored_path == stored_path))):
                return True
        return False

    def attached_with_hash(self, session_id: int, sha256: str) -> tuple[str, int] | None:
        mat = self.db.scalar(
            select(o.MaterialRow.id).where(
                o.MaterialRow.session_id == session_id, o.MaterialRow.sha256 == sha256
            )
        )
        if mat is not None:
            return ("material", int(mat))
        rec = self.db.scalar(
            select(o.RecordingRow.id).where(
                o.RecordingRow.session_id == session_id, o.RecordingRow.sha256 == sha256
            )
        )
        if rec is not None:
            return ("recording", int(rec))
        sub = self.db.scalar(
            select(o.SubtitleTrackRow.id)
            .join(o.RecordingRow)
            .where(o.RecordingRow.session_id == session_id, o.SubtitleTrackRow.sha256 == sha256)
        )
        if sub is not None:
            return ("subtitle", int(sub))
        return None

    def paths_of_sessions(self, ids: Sequence[int]) -> set[str]:
        """Stored paths of the sessions' materials, recordings and subtitles."""
        paths = set(
            self.db.scalars(
                select(o.MaterialRow.stored_path).where(o.MaterialRow.session_id.in_(ids))
            )
        )
        paths |= set(
            self.db.scalars(
                select(o.RecordingRow.stored_path).where(o.RecordingRow.session_id.in_(ids))
            )
        )
        paths |= set(
            self.db.scalars(
                select(o.SubtitleTrackRow.stored_path)
                .join(o.RecordingRow)
                .where(o.RecordingRow.session_id.in_(ids))
            )
        )
        return paths
