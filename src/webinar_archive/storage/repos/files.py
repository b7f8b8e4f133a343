"""References to stored files: whether a path is still used, what a session already holds,
every reference at once (for ``check``) and pointing them at a file found elsewhere (``relink``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session as OrmSession

from ...domain.integrity import FileRecord
from .. import orm as o

_FILE_TABLES = (o.MaterialRow, o.RecordingRow, o.SubtitleTrackRow, o.PageSnapshotRow)


class FileReferences:
    """Which catalogue records point at which stored files; ``uow.files``."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    def path_in_use(self, stored_path: str) -> bool:
        for table in _FILE_TABLES:
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

    def every_reference(self) -> list[FileRecord]:
        """Every row that names a stored file, trash included, in table and id order."""
        mat, rec, sub, snap = _FILE_TABLES
        found: list[FileRecord] = []
        for table, row in (("material", mat), ("recording", rec)):
            for rid, sid, path, sha, size, linked, name in self.db.execute(
                select(
                    row.id,
                    row.session_id,
                    row.stored_path,
                    row.sha256,
                    row.size,
                    row.linked,
                    row.original_name,
                ).order_by(row.id)
            ):
                found.append(FileRecord(table, rid, sid, path, sha, int(size), bool(linked), name))
        for rid, sid, path, sha, name in self.db.execute(
            select(sub.id, rec.session_id, sub.stored_path, sub.sha256, sub.original_name)
            .join(rec, rec.id == sub.recording_id)
            .order_by(sub.id)
        ):
            # A subtitle row keeps no "linked" flag: a linked file is recorded by absolute path.
            found.append(
                FileRecord(
                    "subtitle_track", rid, sid, path, sha, None, Path(path).is_absolute(), name
                )
            )
        for snap_id, snap_session, snap_path, snap_sha, url in self.db.execute(
            select(snap.id, snap.session_id, snap.stored_path, snap.sha256, snap.url).order_by(
                snap.id
            )
        ):
            found.append(
                FileRecord(
                    "page_snapshot",
                    snap_id,
                    snap_session,
                    snap_path,
                    snap_sha,
                    None,
                    False,
                    url or "",
                )
            )
        return found

    def repoint(self, old_path: str, new_path: str) -> int:
        """Make every row that names ``old_path`` name ``new_path``; return how many changed."""
        changed = 0
        for table in _FILE_TABLES:
            result = self.db.execute(
                update(table).where(table.stored_path == old_path).values(stored_path=new_path)
            )
            changed += int(result.rowcount or 0)  # type: ignore[attr-defined]
        return changed
