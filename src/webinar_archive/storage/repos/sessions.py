"""The session aggregate: a session with its speakers, links and tags; trash; page snapshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select, true, update
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ...domain import model as m
from ...domain.errors import ConflictError, NotFoundError, ValidationError
from ...domain.imports import SessionExtras
from ...domain.messages import _t
from ...domain.text import fold
from ...domain.time import session_time
from .. import convert
from .. import orm as o
from . import authority
from .base import get_or_raise
from .files import FileReferences

EXPORT_BATCH = 500


def whole_session_loads() -> list[Any]:
    """Loader options that fetch everything ``convert.session`` reads, a query per relation."""
    return [
        selectinload(o.SessionRow.series),
        selectinload(o.SessionRow.appearances).selectinload(o.AppearanceRow.person),
        selectinload(o.SessionRow.appearances).selectinload(o.AppearanceRow.organisation),
        selectinload(o.SessionRow.materials),
        selectinload(o.SessionRow.recordings).selectinload(o.RecordingRow.chapters),
        selectinload(o.SessionRow.recordings).selectinload(o.RecordingRow.notes),
        selectinload(o.SessionRow.recordings).selectinload(o.RecordingRow.subtitles),
        selectinload(o.SessionRow.links),
        selectinload(o.SessionRow.tags),
    ]


class SessionRepository:
    """Sessions as wholes; their materials and recordings are in ``uow.parts``. ``uow.sessions``."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    # ------------------------------------------------------------------ writes

    def add_session(self, draft: m.SessionDraft) -> int:
        row = o.SessionRow(version=1)
        self._apply_draft(row, draft)
        self.db.add(row)
        self.db.flush()
        return row.id

    def update_session(self, session_id: int, draft: m.SessionDraft, expected_version: int) -> None:
        row = get_or_raise(self.db, o.SessionRow, session_id, "session")
        if row.version != expected_version:
            raise ConflictError("session", session_id, expected_version, row.version)
        row.version = expected_version + 1
        self._apply_draft(row, draft)
        row.updated_at = o.utcnow()
        self.db.flush()

    def _apply_draft(self, row: o.SessionRow, draft: m.SessionDraft) -> None:
        title = " ".join(draft.title.split())
        if not title:
            raise ValidationError(_t("A session needs a title."))
        row.title = title
        row.title_folded = fold(title)
        series = authority.series_for(self.db, draft.series)
        row.series = series
        row.series_id = series.id if series is not None else None
        row.theme = draft.theme or None
        row.date = draft.date
        # Every way in (editor, command line, imports) passes here: an unknown zone is refused
        # and an offset inside the time becomes the zone rather than being dropped.
        row.start_time, row.timezone = session_time(draft.start_time, draft.timezone)
        row.duration_minutes = draft.duration_minutes
        row.language = draft.language or None
        row.summary = draft.summary or ""
        row.source_url = draft.source_url or None
        row.retrieved_at = draft.retrieved_at
        row.notes = draft.notes or ""
        row.status = m.SessionStatus(draft.status).value
        row.rights = draft.rights or None
        self._apply_speakers(row, draft.speakers)
        row.links = [
            o.LinkRow(kind=m.LinkKind(x.kind).value, url=x.url or None, label=x.label or "", ord=i)
            for i, x in enumerate(draft.links)
        ]
        row.tags = authority.tag_rows(self.db, draft.tags)

    def _apply_speakers(self, row: o.SessionRow, speakers: Sequence[m.SpeakerDraft]) -> None:
        """Reuse existing appearance rows in order so chapter and material ties survive edits."""
        existing = list(row.appearances)
        by_person = {a.person_id: a for a in existing}
        kept: list[o.AppearanceRow] = []
        for i, sp in enumerate(speakers):
            person = authority.person_for(self.db, sp.name, sp.person_id)
            org = authority.organisation_for(self.db, sp.organisation, sp.organisation_id)
            app = by_person.pop(person.id, None)
            if app is None:
                app = o.AppearanceRow(person=person)
            app.person = person
            app.organisation = org
            app.role = m.AppearanceRole(sp.role).value
            app.position = sp.position or None
            app.ord = i
            app.contribution = sp.contribution or ""
            kept.append(app)
        row.appearances = kept

    def trash(self, ids: Iterable[int]) -> int:
        result = self.db.execute(
            update(o.SessionRow)
            .where(o.SessionRow.id.in_(list(ids)), o.SessionRow.deleted_at.is_(None))
            .values(deleted_at=o.utcnow(), version=o.SessionRow.version + 1)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def restore(self, ids: Iterable[int]) -> int:
        result = self.db.execute(
            update(o.SessionRow)
            .where(o.SessionRow.id.in_(list(ids)), o.SessionRow.deleted_at.is_not(None))
            .values(deleted_at=None, version=o.SessionRow.version + 1)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def purge(self, ids: Iterable[int]) -> list[str]:
        """Delete sessions for good; return stored paths that no longer have any reference."""
        ids = list(ids)
        files = FileReferences(self.db)
        candidates = files.paths_of_sessions(ids)
        for row in self.db.scalars(select(o.SessionRow).where(o.SessionRow.id.in_(ids))):
            self.db.delete(row)
        self.db.flush()
        return [p for p in candidates if not files.path_in_use(p)]

    def trashed_ids(self) -> list[int]:
        return list(
            self.db.scalars(select(o.SessionRow.id).where(o.SessionRow.deleted_at.is_not(None)))
        )

    # ------------------------------------------------------------------ reads

    def get_session(self, session_id: int) -> m.Session:
        row = self.db.scalars(
            select(o.SessionRow)
            .where(o.SessionRow.id == session_id)
            .options(*whole_session_loads())
        ).first()
        if row is None:
            raise NotFoundError("session", session_id)
        track_ids = [s.id for r in row.recordings for s in r.subtitles]
        counts: dict[int, int] = {}
        if track_ids:
            counts = {
                tid: n
                for tid, n in self.db.execute(
                    select(o.TranscriptCueRow.track_id, func.count())
                    .where(o.TranscriptCueRow.track_id.in_(track_ids))
                    .group_by(o.TranscriptCueRow.track_id)
                )
            }
        return convert.session(row, counts)

    def session_version(self, session_id: int) -> int:
        version = self.db.scalar(select(o.SessionRow.version).where(o.SessionRow.id == session_id))
        if version is None:
            raise NotFoundError("session", session_id)
        return int(version)

    def find_sessions_by_title_date(self, title: str, date: dt.date | None) -> list[int]:
        query = select(o.SessionRow.id).where(
            o.SessionRow.title_folded == fold(title), o.SessionRow.deleted_at.is_(None)
        )
        query = query.where(o.SessionRow.date == date if date else o.SessionRow.date.is_(None))
        return list(self.db.scalars(query))

    def find_sessions_by_titles_dates(
        self, keys: Sequence[tuple[str, dt.date | None]], *, trash: bool = False
    ) -> dict[tuple[str, dt.date | None], int]:
        """``find_sessions_by_title_date`` for many (title, date): the first live match (with
        ``trash``, live or in the trash) of each key that has one, read in batches of titles."""
        wanted: dict[tuple[str, dt.date | None], list[tuple[str, dt.date | None]]] = {}
        for title, date in keys:
            wanted.setdefault((fold(title), date), []).append((title, date))
        folded = sorted({title for title, _ in wanted})
        found: dict[tuple[str, dt.date | None], int] = {}
        for start in range(0, len(folded), EXPORT_BATCH):
            rows = self.db.execute(
                select(o.SessionRow.id, o.SessionRow.title_folded, o.SessionRow.date)
                .where(
                    o.SessionRow.title_folded.in_(folded[start : start + EXPORT_BATCH]),
                    true() if trash else o.SessionRow.deleted_at.is_(None),
                )
                .order_by(o.SessionRow.id)
            )
            for sid, title_folded, date in rows:
                for key in wanted.get((title_folded, date), []):
                    found.setdefault(key, int(sid))
        return found

    def session_is_live(self, session_id: int) -> bool:
        return (
            self.db.scalar(
                select(o.SessionRow.id).where(
                    o.SessionRow.id == session_id, o.SessionRow.deleted_at.is_(None)
                )
            )
            is not None
        )

    def sessions_with_source(self, source_url: str) -> list[int]:
        """Live sessions whose ``source_url`` is exactly this (folder imports mark theirs so)."""
        return list(
            self.db.scalars(
                select(o.SessionRow.id)
                .where(o.SessionRow.source_url == source_url, o.SessionRow.deleted_at.is_(None))
                .order_by(o.SessionRow.id)
            )
        )

    def folder_claims(self) -> dict[str, int]:
        """Folder markers -> the session (from a page or CSV) each folder's files went to."""
        rows = self.db.execute(select(o.FolderClaimRow.marker, o.FolderClaimRow.session_id))
        return {marker: int(session_id) for marker, session_id in rows}

    def claim_for_folder(self, marker: str, session_id: int) -> None:
        row = self.db.get(o.FolderClaimRow, marker)
        if row is None:
            self.db.add(o.FolderClaimRow(marker=marker, session_id=session_id))
        else:
            row.session_id = session_id
        self.db.flush()

    def appearance_ids(self, session_id: int) -> list[int]:
        return list(
            self.db.scalars(
                select(o.AppearanceRow.id)
                .where(o.AppearanceRow.session_id == session_id)
                .order_by(o.AppearanceRow.ord, o.AppearanceRow.id)
            )
        )

    def sessions_for_export(
        self, ids: Sequence[int], *, extras: bool = True
    ) -> list[tuple[m.Session, SessionExtras]]:
        """Whole sessions (and what an exchange file needs besides) in batches, in ``ids`` order.

        One query per table and batch instead of one round of queries per session: exporting a
        library of thousands of sessions stays a matter of seconds.
        """
        result: list[tuple[m.Session, SessionExtras]] = []
        for start in range(0, len(ids), EXPORT_BATCH):
            chunk = list(ids[start : start + EXPORT_BATCH])
            options = whole_session_loads()
            if extras:
                options += [
                    selectinload(o.SessionRow.materials).selectinload(o.MaterialRow.pages),
                    selectinload(o.SessionRow.recordings)
                    .selectinload(o.RecordingRow.subtitles)
                    .selectinload(o.SubtitleTrackRow.cues),
                ]
            rows = {
                row.id: row
                for row in self.db.scalars(
                    select(o.SessionRow).where(o.SessionRow.id.in_(chunk)).options(*options)
                )
            }
            missing = [i for i in chunk if i not in rows]
            if missing:
                raise NotFoundError("session", missing[0])
            counts = self._cue_counts(
                [t.id for r in rows.values() for rec in r.recordings for t in rec.subtitles]
            )
            for session_id in chunk:
                row = rows[session_id]
                result.append(
                    (convert.session(row, counts), _extras(row) if extras else SessionExtras())
                )
            self.db.expunge_all()  # what was converted is no longer needed as ORM rows
        return result

    def _cue_counts(self, track_ids: list[int]) -> dict[int, int]:
        if not track_ids:
            return {}
        return {
            int(tid): int(n)
            for tid, n in self.db.execute(
                select(o.TranscriptCueRow.track_id, func.count())
                .where(o.TranscriptCueRow.track_id.in_(track_ids))
                .group_by(o.TranscriptCueRow.track_id)
            )
        }

    def set_session_times(
        self,
        session_id: int,
        created_at: dt.datetime | None,
        updated_at: dt.datetime | None,
        deleted_at: dt.datetime | None = None,
    ) -> None:
        """Restore the dates an imported session had; last step, as attaching bumps them."""
        values: dict[str, dt.datetime | None] = {"deleted_at": deleted_at}
        if created_at is not None:
            values["created_at"] = created_at
        if updated_at is not None:
            values["updated_at"] = updated_at
        self.db.execute(
            update(o.SessionRow)
            .where(o.SessionRow.id == session_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )

    # ------------------------------------------------------------------ page snapshots

    def add_snapshot(
        self,
        session_id: int | None,
        url: str | None,
        stored_path: str,
        sha256: str,
        retrieved_at: dt.datetime | None = None,
    ) -> int:
        """A page kept for provenance, dated when it was fetched (default: now)."""
        row = o.PageSnapshotRow(
            session_id=session_id,
            url=url,
            stored_path=stored_path,
            sha256=sha256,
            retrieved_at=retrieved_at or o.utcnow(),
        )
        self.db.add(row)
        self.db.flush()
        return row.id

    def snapshot_dates(self, session_id: int) -> list[dt.datetime]:
        return list(
            self.db.scalars(
                select(o.PageSnapshotRow.retrieved_at)
                .where(o.PageSnapshotRow.session_id == session_id)
                .order_by(o.PageSnapshotRow.id)
            )
        )

    def has_snapshot(self, session_id: int, sha256: str) -> bool:
        return (
            self.db.scalar(
                select(o.PageSnapshotRow.id).where(
                    o.PageSnapshotRow.session_id == session_id, o.PageSnapshotRow.sha256 == sha256
                )
            )
            is not None
        )


def _extras(row: o.SessionRow) -> SessionExtras:
    extras = SessionExtras()
    for mat in row.materials:
        extras.material_pages[mat.id] = [p.text for p in mat.pages]
        extras.material_warnings[mat.id] = mat.extraction_warning
    for rec in row.recordings:
        extras.recording_added[rec.id] = rec.added_at
        for track in rec.subtitles:
            extras.track_sha256[track.id] = track.sha256
            extras.track_cues[track.id] = [
                m.TranscriptCue(c.start_ms, c.end_ms, c.text)
                for c in sorted(track.cues, key=lambda c: (c.start_ms, c.end_ms, c.id))
            ]
    return extras
