"""Catalogue reads and writes that exchange (JSON/CSV) and folder imports need beyond the core."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ..domain import model as m
from ..domain.errors import NotFoundError, ValidationError
from ..domain.imports import SessionExtras
from ..domain.text import fold
from ..domain.text import sort_name as derive_sort_name
from . import convert
from . import orm as o
from .repository import CatalogueRepository, whole_session_loads

EXPORT_BATCH = 500

# Setting keys recording which session a folder's files went to when it was not made by it.
FOLDER_CLAIM_PREFIX = "import.folder:"


class ExchangeRepository:
    """Works inside a unit of work beside its repository: ``ExchangeRepository(uow.repo)``."""

    def __init__(self, repo: CatalogueRepository) -> None:
        self.repo = repo
        self.db: OrmSession = repo.db

    # ------------------------------------------------------------------ reads

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
        rows = self.db.execute(
            select(o.SettingRow.key, o.SettingRow.value).where(
                o.SettingRow.key.startswith(FOLDER_CLAIM_PREFIX, autoescape=True)
            )
        ).all()
        claims: dict[str, int] = {}
        for key, value in rows:
            try:
                claims[key[len(FOLDER_CLAIM_PREFIX) :]] = int(json.loads(value))
            except (ValueError, TypeError):
                continue
        return claims

    def claim_for_folder(self, marker: str, session_id: int) -> None:
        self.repo.set_setting(FOLDER_CLAIM_PREFIX + marker, session_id)

    def session_is_live(self, session_id: int) -> bool:
        return (
            self.db.scalar(
                select(o.SessionRow.id).where(
                    o.SessionRow.id == session_id, o.SessionRow.deleted_at.is_(None)
                )
            )
            is not None
        )

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

    def all_series(self) -> list[m.Series]:
        return self.repo.series_counts()

    # ------------------------------------------------------------------ authority records

    def ensure_series(
        self, name: str, organiser: str | None, url: str | None, description: str
    ) -> int:
        """The series of that name (accents and case aside), created or completed."""
        row = self.repo.series_for(name)
        if row is None:
            raise ValidationError("A series needs a name.")
        row.organiser = row.organiser or organiser or None
        row.url = row.url or url or None
        row.description = row.description or description or ""
        self.db.flush()
        return row.id

    def ensure_person(
        self, display_name: str, sort_name: str | None, aliases: Sequence[str], notes: str
    ) -> int:
        """Match by folded name or alias (never duplicating a person); else create with aliases."""
        name = " ".join(display_name.split())
        if not name:
            raise ValidationError("A person needs a name.")
        row = self.repo.find_person(name)
        for alias in aliases:
            if row is not None:
                break
            row = self.repo.find_person(alias)
        if row is None:
            row = o.PersonRow(
                display_name=name,
                sort_name=sort_name or derive_sort_name(name),
                name_folded=fold(name),
                notes=notes or "",
            )
            self.db.add(row)
            self.db.flush()
        elif notes and not row.notes:
            row.notes = notes
        known = {fold(row.display_name)} | {a.alias_folded for a in row.aliases}
        for alias in [name, *aliases]:
            alias = " ".join(alias.split())
            key = fold(alias)
            if key and key not in known:
                known.add(key)
                row.aliases.append(o.PersonAliasRow(alias=alias, alias_folded=key))
        self.db.flush()
        return row.id

    def ensure_organisation(
        self,
        name: str,
        acronym: str | None,
        aliases: Sequence[str],
        identifier: str | None,
        parent_id: int | None,
    ) -> int:
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError("An organisation needs a name.")
        row = self.repo.find_organisation(clean)
        for other in [*aliases, *([acronym] if acronym else [])]:
            if row is not None:
                break
            row = self.repo.find_organisation(other)
        if row is None:
            row = o.OrganisationRow(name=clean, name_folded=fold(clean))
            self.db.add(row)
            self.db.flush()
        row.acronym = row.acronym or (acronym or "").strip() or None
        row.identifier = row.identifier or (identifier or "").strip() or None
        if row.parent_id is None and parent_id is not None and parent_id != row.id:
            row.parent_id = parent_id
        known = {row.name_folded} | {a.alias_folded for a in row.aliases}
        for alias in [clean, *aliases]:
            alias = " ".join(alias.split())
            key = fold(alias)
            if key and key not in known:
                known.add(key)
                row.aliases.append(o.OrganisationAliasRow(alias=alias, alias_folded=key))
        self.db.flush()
        return row.id

    # ------------------------------------------------------------------ session parts

    def appearance_ids(self, session_id: int) -> list[int]:
        return list(
            self.db.scalars(
                select(o.AppearanceRow.id)
                .where(o.AppearanceRow.session_id == session_id)
                .order_by(o.AppearanceRow.ord, o.AppearanceRow.id)
            )
        )

    def add_note(
        self, recording_id: int, at_ms: int, text: str, created_at: dt.datetime | None
    ) -> int:
        note_id = self.repo.add_note(recording_id, at_ms, text)
        if created_at is not None:
            row = self.db.get(o.NoteRow, note_id)
            assert row is not None
            row.created_at = created_at
            self.db.flush()
        return note_id

    def set_recording_added(self, recording_id: int, added_at: dt.datetime) -> None:
        self.db.execute(
            update(o.RecordingRow)
            .where(o.RecordingRow.id == recording_id)
            .values(added_at=added_at)
        )

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
