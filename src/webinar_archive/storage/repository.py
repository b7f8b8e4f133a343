"""Queries and writes of the catalogue inside one unit of work; returns domain records only."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    delete,
    exists,
    extract,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ..domain import model as m
from ..domain.errors import ConflictError, NotFoundError, ValidationError
from ..domain.text import fold, sort_name
from . import convert
from . import orm as o

# Below SQLite's default limit of bound parameters (32,766), with room for the other filters.
MAX_SQL_IDS = 5000
PDF_KINDS = (m.MaterialKind.PDF.value, m.MaterialKind.SLIDES.value)


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


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class CatalogueRepository:
    """All catalogue reads and writes; one instance per unit of work."""

    def __init__(self, session: OrmSession) -> None:
        self.db = session

    # ------------------------------------------------------------------ authority records

    def find_person(self, name: str) -> o.PersonRow | None:
        key = fold(name)
        if not key:
            return None
        row = self.db.scalars(
            select(o.PersonRow).where(o.PersonRow.name_folded == key).order_by(o.PersonRow.id)
        ).first()
        if row is not None:
            return row
        return self.db.scalars(
            select(o.PersonRow)
            .join(o.PersonAliasRow)
            .where(o.PersonAliasRow.alias_folded == key)
            .order_by(o.PersonRow.id)
        ).first()

    def person_for(self, name: str, person_id: int | None = None) -> o.PersonRow:
        if person_id is not None:
            pinned = self.db.get(o.PersonRow, person_id)
            if pinned is None:
                raise NotFoundError("person", person_id)
            return pinned
        name = " ".join(name.split())
        if not name:
            raise ValidationError("A speaker needs a name.")
        row = self.find_person(name)
        if row is None:
            row = o.PersonRow(display_name=name, sort_name=sort_name(name), name_folded=fold(name))
            self.db.add(row)
            self.db.flush()
        # A name matched through folding or an alias keeps the authority record's spelling.
        return row

    def find_organisation(self, name: str) -> o.OrganisationRow | None:
        key = fold(name)
        if not key:
            return None
        row = self.db.scalars(
            select(o.OrganisationRow)
            .where(
                or_(
                    o.OrganisationRow.name_folded == key,
                    func.lower(o.OrganisationRow.acronym) == key,
                )
            )
            .order_by(o.OrganisationRow.id)
        ).first()
        if row is not None:
            return row
        return self.db.scalars(
            select(o.OrganisationRow)
            .join(o.OrganisationAliasRow)
            .where(o.OrganisationAliasRow.alias_folded == key)
            .order_by(o.OrganisationRow.id)
        ).first()

    def organisation_for(
        self, name: str | None, org_id: int | None = None
    ) -> o.OrganisationRow | None:
        if org_id is not None:
            pinned = self.db.get(o.OrganisationRow, org_id)
            if pinned is None:
                raise NotFoundError("organisation", org_id)
            return pinned
        if name is None or not name.strip():
            return None
        name = " ".join(name.split())
        row = self.find_organisation(name)
        if row is None:
            row = o.OrganisationRow(name=name, name_folded=fold(name))
            self.db.add(row)
            self.db.flush()
        return row

    def series_for(self, name: str | None) -> o.SeriesRow | None:
        if name is None or not name.strip():
            return None
        name = " ".join(name.split())
        row = self.db.scalars(
            select(o.SeriesRow).where(o.SeriesRow.name_folded == fold(name))
        ).first()
        if row is None:
            row = o.SeriesRow(name=name, name_folded=fold(name))
            self.db.add(row)
            self.db.flush()
        return row

    def tag_rows(self, names: Iterable[str]) -> list[o.TagRow]:
        rows: list[o.TagRow] = []
        seen: set[str] = set()
        for raw in names:
            name = " ".join(raw.split())
            key = fold(name)
            if not key or key in seen:
                continue
            seen.add(key)
            row = self.db.scalars(select(o.TagRow).where(o.TagRow.name_folded == key)).first()
            if row is None:
                row = o.TagRow(name=name, name_folded=key)
                self.db.add(row)
                self.db.flush()
            rows.append(row)
        return rows

    # ------------------------------------------------------------------ sessions: writes

    def add_session(self, draft: m.SessionDraft) -> int:
        row = o.SessionRow(version=1)
        self._apply_draft(row, draft)
        self.db.add(row)
        self.db.flush()
        return row.id

    def update_session(self, session_id: int, draft: m.SessionDraft, expected_version: int) -> None:
        row = self._session_row(session_id)
        if row.version != expected_version:
            raise ConflictError("session", session_id, expected_version, row.version)
        row.version = expected_version + 1
        self._apply_draft(row, draft)
        row.updated_at = o.utcnow()
        self.db.flush()

    def _apply_draft(self, row: o.SessionRow, draft: m.SessionDraft) -> None:
        title = " ".join(draft.title.split())
        if not title:
            raise ValidationError("A session needs a title.")
        row.title = title
        row.title_folded = fold(title)
        series = self.series_for(draft.series)
        row.series = series
        row.series_id = series.id if series is not None else None
        row.theme = draft.theme or None
        row.date = draft.date
        row.start_time = draft.start_time
        row.timezone = draft.timezone or None
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
        row.tags = self.tag_rows(draft.tags)

    def _apply_speakers(self, row: o.SessionRow, speakers: Sequence[m.SpeakerDraft]) -> None:
        """Reuse existing appearance rows in order so chapter and material ties survive edits."""
        existing = list(row.appearances)
        by_person = {a.person_id: a for a in existing}
        kept: list[o.AppearanceRow] = []
        for i, sp in enumerate(speakers):
            person = self.person_for(sp.name, sp.person_id)
            org = self.organisation_for(sp.organisation, sp.organisation_id)
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
        candidates = set(
            self.db.scalars(
                select(o.MaterialRow.stored_path).where(o.MaterialRow.session_id.in_(ids))
            )
        )
        candidates |= set(
            self.db.scalars(
                select(o.RecordingRow.stored_path).where(o.RecordingRow.session_id.in_(ids))
            )
        )
        candidates |= set(
            self.db.scalars(
                select(o.SubtitleTrackRow.stored_path)
                .join(o.RecordingRow)
                .where(o.RecordingRow.session_id.in_(ids))
            )
        )
        for row in self.db.scalars(select(o.SessionRow).where(o.SessionRow.id.in_(ids))):
            self.db.delete(row)
        self.db.flush()
        return [p for p in candidates if not self.path_in_use(p)]

    def trashed_ids(self) -> list[int]:
        return list(
            self.db.scalars(select(o.SessionRow.id).where(o.SessionRow.deleted_at.is_not(None)))
        )

    def path_in_use(self, stored_path: str) -> bool:
        for table in (o.MaterialRow, o.RecordingRow, o.SubtitleTrackRow, o.PageSnapshotRow):
            if self.db.scalar(select(exists().where(table.stored_path == stored_path))):
                return True
        return False

    # ------------------------------------------------------------------ sessions: reads

    def _session_row(self, session_id: int) -> o.SessionRow:
        row = self.db.get(o.SessionRow, session_id)
        if row is None:
            raise NotFoundError("session", session_id)
        return row

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

    def latest_session_id(self) -> int | None:
        return self.db.scalar(
            select(o.SessionRow.id)
            .where(o.SessionRow.deleted_at.is_(None))
            .order_by(o.SessionRow.created_at.desc(), o.SessionRow.id.desc())
            .limit(1)
        )

    def _filtered(self, query: Select[Any], flt: m.SessionFilter) -> Select[Any]:
        s = o.SessionRow
        query = query.where(s.deleted_at.is_not(None) if flt.trash else s.deleted_at.is_(None))
        if flt.ids is not None:
            query = query.where(s.id.in_(flt.ids))
        if flt.series_id is not None:
            query = query.where(s.series_id == flt.series_id)
        if flt.year is not None:
            query = query.where(
                s.date >= dt.date(flt.year, 1, 1), s.date <= dt.date(flt.year, 12, 31)
            )
        if flt.person_id is not None:
            query = query.where(
                exists().where(
                    o.AppearanceRow.session_id == s.id, o.AppearanceRow.person_id == flt.person_id
                )
            )
        if flt.organisation_id is not None:
            query = query.where(
                exists().where(
                    o.AppearanceRow.session_id == s.id,
                    o.AppearanceRow.organisation_id == flt.organisation_id,
                )
            )
        if flt.tag is not None:
            query = query.where(
                exists().where(
                    o.SessionTagRow.session_id == s.id,
                    o.SessionTagRow.tag_id == o.TagRow.id,
                    o.TagRow.name_folded == fold(flt.tag),
                )
            )
        if flt.recent_days is not None:
            since = o.utcnow() - dt.timedelta(days=flt.recent_days)
            query = query.where(s.created_at >= since)
        if flt.incomplete is not None:
            query = query.where(self._incomplete_clause(flt.incomplete))
        for word in fold(flt.text).split():
            query = query.where(self._text_clause(word))
        return query

    @staticmethod
    def _incomplete_clause(which: str) -> ColumnElement[bool]:
        s = o.SessionRow
        if which == "no-recording":
            return ~exists().where(o.RecordingRow.session_id == s.id)
        if which == "no-slides":
            return ~exists().where(
                o.MaterialRow.session_id == s.id, o.MaterialRow.kind.in_(PDF_KINDS)
            )
        if which == "speaker-no-org":
            return exists().where(
                o.AppearanceRow.session_id == s.id, o.AppearanceRow.organisation_id.is_(None)
            )
        raise ValidationError(f"Unknown 'incomplete' filter: {which}")

    def _text_clause(self, word: str) -> ColumnElement[bool]:
        """Title contains ``word``, or a speaker or their organisation at the session does.

        People and organisations are few next to sessions, so their matching ids are looked up
        first; the session query then only checks appearances by id.
        """
        s = o.SessionRow
        pattern = _like(word)
        people = select(o.PersonRow.id).where(o.PersonRow.name_folded.like(pattern, escape="\\"))
        aliases = select(o.PersonAliasRow.person_id).where(
            o.PersonAliasRow.alias_folded.like(pattern, escape="\\")
        )
        orgs = select(o.OrganisationRow.id).where(
            or_(
                o.OrganisationRow.name_folded.like(pattern, escape="\\"),
                func.lower(func.coalesce(o.OrganisationRow.acronym, "")).like(pattern, escape="\\"),
            )
        )
        org_aliases = select(o.OrganisationAliasRow.organisation_id).where(
            o.OrganisationAliasRow.alias_folded.like(pattern, escape="\\")
        )
        person_ids = set(self.db.scalars(people)) | set(self.db.scalars(aliases))
        org_ids = set(self.db.scalars(orgs)) | set(self.db.scalars(org_aliases))
        clauses: list[ColumnElement[bool]] = [s.title_folded.like(pattern, escape="\\")]
        if person_ids or org_ids:
            clauses.append(
                s.id.in_(
                    select(o.AppearanceRow.session_id).where(
                        or_(
                            o.AppearanceRow.person_id.in_(person_ids),
                            o.AppearanceRow.organisation_id.in_(org_ids),
                        )
                    )
                )
            )
        return or_(*clauses)

    def _sort_column(self, key: m.SortKey) -> ColumnElement[Any]:
        s = o.SessionRow
        if key is m.SortKey.TITLE:
            return s.title_folded  # type: ignore[return-value]
        if key is m.SortKey.SERIES:
            return (
                select(o.SeriesRow.name_folded)
                .where(o.SeriesRow.id == s.series_id)
                .scalar_subquery()
            )
        if key is m.SortKey.DATE:
            return s.date  # type: ignore[return-value]
        if key is m.SortKey.SPEAKERS:
            return (
                select(o.PersonRow.sort_name)
                .join(o.AppearanceRow, o.AppearanceRow.person_id == o.PersonRow.id)
                .where(o.AppearanceRow.session_id == s.id)
                .order_by(o.AppearanceRow.ord)
                .limit(1)
                .scalar_subquery()
            )
        if key is m.SortKey.THEME:
            return s.theme  # type: ignore[return-value]
        if key is m.SortKey.MATERIALS:
            return (
                select(func.count(o.MaterialRow.id))
                .where(o.MaterialRow.session_id == s.id)
                .scalar_subquery()
            )
        if key is m.SortKey.DURATION:
            return (
                select(func.sum(o.RecordingRow.duration_ms))
                .where(o.RecordingRow.session_id == s.id)
                .scalar_subquery()
            )
        if key is m.SortKey.STATUS:
            return s.status  # type: ignore[return-value]
        return s.updated_at  # type: ignore[return-value]

    def session_ids(
        self, flt: m.SessionFilter, sort: m.SortKey = m.SortKey.DATE, descending: bool = True
    ) -> list[int]:
        """Ids of every matching session in display order (cheap: one integer per row).

        A long ``flt.ids`` (a search matching most of the library) would pass the database's
        limit on bound parameters, so it is intersected here instead of in SQL.
        """
        if flt.ids is not None and (len(flt.ids) > MAX_SQL_IDS or sort is m.SortKey.RELEVANCE):
            base = replace(flt, ids=None)
            if sort is m.SortKey.RELEVANCE:
                allowed = set(self.session_ids(base))
                return [i for i in dict.fromkeys(flt.ids) if i in allowed]
            wanted = set(flt.ids)
            return [i for i in self.session_ids(base, sort, descending) if i in wanted]
        if sort is m.SortKey.RELEVANCE:
            sort = m.SortKey.DATE
        column = self._sort_column(sort)
        order = column.desc() if descending else column.asc()
        tie = o.SessionRow.id.desc() if descending else o.SessionRow.id.asc()
        query = self._filtered(select(o.SessionRow.id), flt).order_by(order.nulls_last(), tie)
        return list(self.db.scalars(query))

    def count_sessions(self, flt: m.SessionFilter) -> int:
        if flt.ids is not None and len(flt.ids) > MAX_SQL_IDS:
            return len(self.session_ids(flt))
        return int(self.db.scalar(self._filtered(select(func.count(o.SessionRow.id)), flt)) or 0)

    def session_rows(self, ids: Sequence[int]) -> list[m.SessionRow]:
        """Table rows for ``ids``, in the order given (missing ids are left out)."""
        if not ids:
            return []
        s = o.SessionRow
        materials = (
            select(func.count(o.MaterialRow.id))
            .where(o.MaterialRow.session_id == s.id)
            .scalar_subquery()
        )
        duration = (
            select(func.sum(o.RecordingRow.duration_ms))
            .where(o.RecordingRow.session_id == s.id)
            .scalar_subquery()
        )
        rows = self.db.execute(
            select(
                s.id,
                s.title,
                o.SeriesRow.name,
                s.date,
                s.theme,
                materials,
                duration,
                s.status,
                s.updated_at,
            )
            .outerjoin(o.SeriesRow, o.SeriesRow.id == s.series_id)
            .where(s.id.in_(list(ids)))
        ).all()
        speakers: dict[int, list[str]] = {}
        for sid, name in self.db.execute(
            select(o.AppearanceRow.session_id, o.PersonRow.display_name)
            .join(o.PersonRow, o.PersonRow.id == o.AppearanceRow.person_id)
            .where(o.AppearanceRow.session_id.in_(list(ids)))
            .order_by(o.AppearanceRow.session_id, o.AppearanceRow.ord)
        ):
            speakers.setdefault(sid, []).append(name)
        by_id = {
            r[0]: m.SessionRow(
                id=r[0],
                title=r[1],
                series=r[2],
                date=r[3],
                speakers=", ".join(speakers.get(r[0], [])),
                theme=r[4],
                material_count=int(r[5] or 0),
                recording_duration_ms=int(r[6]) if r[6] is not None else None,
                status=convert.session_status(r[7]),
                updated_at=r[8],
            )
            for r in rows
        }
        return [by_id[i] for i in ids if i in by_id]

    # ------------------------------------------------------------------ browser counts

    def series_counts(self) -> list[m.Series]:
        rows = self.db.execute(
            select(o.SeriesRow, func.count(o.SessionRow.id))
            .outerjoin(
                o.SessionRow,
                and_(o.SessionRow.series_id == o.SeriesRow.id, o.SessionRow.deleted_at.is_(None)),
            )
            .group_by(o.SeriesRow.id)
            .order_by(o.SeriesRow.name_folded)
        ).all()
        return [convert.series(r, int(n)) for r, n in rows]

    def year_counts(self) -> list[tuple[int, int]]:
        year = extract("year", o.SessionRow.date)
        rows = self.db.execute(
            select(year, func.count())
            .where(o.SessionRow.date.is_not(None), o.SessionRow.deleted_at.is_(None))
            .group_by(year)
            .order_by(year.desc())
        ).all()
        return [(int(y), int(n)) for y, n in rows]

    def tag_counts(self) -> list[tuple[str, int]]:
        rows = self.db.execute(
            select(o.TagRow.name, func.count(o.SessionRow.id))
            .join(o.SessionTagRow, o.SessionTagRow.tag_id == o.TagRow.id)
            .join(o.SessionRow, o.SessionRow.id == o.SessionTagRow.session_id)
            .where(o.SessionRow.deleted_at.is_(None))
            .group_by(o.TagRow.id)
            .order_by(o.TagRow.name_folded)
        ).all()
        return [(name, int(n)) for name, n in rows]

    # ------------------------------------------------------------------ people & organisations

    def list_people(self, text: str = "", limit: int | None = None) -> list[m.Person]:
        count = (
            select(func.count(o.AppearanceRow.id))
            .where(o.AppearanceRow.person_id == o.PersonRow.id)
            .scalar_subquery()
        )
        query = select(o.PersonRow, count).options(selectinload(o.PersonRow.aliases))
        for word in fold(text).split():
            pattern = _like(word)
            query = query.where(
                or_(
                    o.PersonRow.name_folded.like(pattern, escape="\\"),
                    exists().where(
                        o.PersonAliasRow.person_id == o.PersonRow.id,
                        o.PersonAliasRow.alias_folded.like(pattern, escape="\\"),
                    ),
                )
            )
        query = query.order_by(o.PersonRow.sort_name, o.PersonRow.id)
        if limit is not None:
            query = query.limit(limit)
        return [convert.person(r, int(n)) for r, n in self.db.execute(query).all()]

    def get_person(self, person_id: int) -> m.Person:
        row = self.db.get(o.PersonRow, person_id)
        if row is None:
            raise NotFoundError("person", person_id)
        count = self.db.scalar(
            select(func.count(o.AppearanceRow.id)).where(o.AppearanceRow.person_id == person_id)
        )
        return convert.person(row, int(count or 0))

    def update_person(
        self,
        person_id: int,
        display_name: str,
        aliases: Sequence[str],
        notes: str,
        sort: str | None,
    ) -> None:
        row = self.db.get(o.PersonRow, person_id)
        if row is None:
            raise NotFoundError("person", person_id)
        name = " ".join(display_name.split())
        if not name:
            raise ValidationError("A person needs a name.")
        row.display_name = name
        row.name_folded = fold(name)
        row.sort_name = sort or sort_name(name)
        row.notes = notes
        wanted = _unique_names(aliases, exclude=fold(name))
        row.aliases = [o.PersonAliasRow(alias=a, alias_folded=fold(a)) for a in wanted]
        self.db.flush()

    def merge_people(self, keep_id: int, other_id: int) -> None:
        if keep_id == other_id:
            raise ValidationError("Cannot merge a person into itself.")
        keep = self.db.get(o.PersonRow, keep_id)
        other = self.db.get(o.PersonRow, other_id)
        if keep is None:
            raise NotFoundError("person", keep_id)
        if other is None:
            raise NotFoundError("person", other_id)
        # A session where both appear keeps the kept person's appearance; the other one's
        # chapter and material ties move over to it.
        for app in list(
            self.db.scalars(select(o.AppearanceRow).where(o.AppearanceRow.person_id == other_id))
        ):
            twin = self.db.scalars(
                select(o.AppearanceRow).where(
                    o.AppearanceRow.session_id == app.session_id,
                    o.AppearanceRow.person_id == keep_id,
                )
            ).first()
            if twin is None:
                app.person_id = keep_id
                continue
            for table in (o.ChapterRow, o.MaterialRow):
                self.db.execute(
                    update(table).where(table.appearance_id == app.id).values(appearance_id=twin.id)
                )
            if not twin.organisation_id and app.organisation_id:
                twin.organisation_id = app.organisation_id
            if not twin.contribution and app.contribution:
                twin.contribution = app.contribution
            self.db.delete(app)
        self.db.flush()
        aliases = (
            [a.alias for a in keep.aliases]
            + [other.display_name]
            + [a.alias for a in other.aliases]
        )
        notes = "\n".join(x for x in (keep.notes, other.notes) if x)
        self.db.delete(other)
        self.db.flush()
        self.update_person(keep_id, keep.display_name, aliases, notes, keep.sort_name)
        self._touch_sessions_of(o.AppearanceRow.person_id == keep_id)

    def delete_person(self, person_id: int) -> None:
        row = self.db.get(o.PersonRow, person_id)
        if row is None:
            raise NotFoundError("person", person_id)
        used = self.db.scalar(select(func.count()).where(o.AppearanceRow.person_id == person_id))
        if used:
            raise ValidationError(
                f"{row.display_name} appears in {used} session(s); remove those appearances or "
                "merge the person into another one first."
            )
        self.db.delete(row)

    def list_organisations(self, text: str = "", limit: int | None = None) -> list[m.Organisation]:
        count = (
            select(func.count(o.AppearanceRow.id))
            .where(o.AppearanceRow.organisation_id == o.OrganisationRow.id)
            .scalar_subquery()
        )
        query = select(o.OrganisationRow, count).options(selectinload(o.OrganisationRow.aliases))
        for word in fold(text).split():
            pattern = _like(word)
            query = query.where(
                or_(
                    o.OrganisationRow.name_folded.like(pattern, escape="\\"),
                    func.lower(func.coalesce(o.OrganisationRow.acronym, "")).like(
                        pattern, escape="\\"
                    ),
                    exists().where(
                        o.OrganisationAliasRow.organisation_id == o.OrganisationRow.id,
                        o.OrganisationAliasRow.alias_folded.like(pattern, escape="\\"),
                    ),
                )
            )
        query = query.order_by(o.OrganisationRow.name_folded, o.OrganisationRow.id)
        if limit is not None:
            query = query.limit(limit)
        return [convert.organisation(r, int(n)) for r, n in self.db.execute(query).all()]

    def get_organisation(self, org_id: int) -> m.Organisation:
        row = self.db.get(o.OrganisationRow, org_id)
        if row is None:
            raise NotFoundError("organisation", org_id)
        count = self.db.scalar(
            select(func.count(o.AppearanceRow.id)).where(o.AppearanceRow.organisation_id == org_id)
        )
        return convert.organisation(row, int(count or 0))

    def update_organisation(
        self,
        org_id: int,
        name: str,
        acronym: str | None,
        aliases: Sequence[str],
        identifier: str | None,
        parent_id: int | None,
    ) -> None:
        row = self.db.get(o.OrganisationRow, org_id)
        if row is None:
            raise NotFoundError("organisation", org_id)
        name = " ".join(name.split())
        if not name:
            raise ValidationError("An organisation needs a name.")
        if parent_id == org_id:
            raise ValidationError("An organisation cannot be its own parent.")
        row.name = name
        row.name_folded = fold(name)
        row.acronym = (acronym or "").strip() or None
        row.identifier = (identifier or "").strip() or None
        row.parent_id = parent_id
        wanted = _unique_names(aliases, exclude=fold(name))
        row.aliases = [o.OrganisationAliasRow(alias=a, alias_folded=fold(a)) for a in wanted]
        self.db.flush()

    def merge_organisations(self, keep_id: int, other_id: int) -> None:
        if keep_id == other_id:
            raise ValidationError("Cannot merge an organisation into itself.")
        keep = self.db.get(o.OrganisationRow, keep_id)
        other = self.db.get(o.OrganisationRow, other_id)
        if keep is None:
            raise NotFoundError("organisation", keep_id)
        if other is None:
            raise NotFoundError("organisation", other_id)
        self.db.execute(
            update(o.AppearanceRow)
            .where(o.AppearanceRow.organisation_id == other_id)
            .values(organisation_id=keep_id)
        )
        self.db.execute(
            update(o.OrganisationRow)
            .where(o.OrganisationRow.parent_id == other_id)
            .values(parent_id=keep_id)
        )
        aliases = [a.alias for a in keep.aliases] + [other.name] + [a.alias for a in other.aliases]
        if other.acronym and other.acronym != keep.acronym:
            aliases.append(other.acronym)
        self.db.delete(other)
        self.db.flush()
        self.db.expire_all()
        self.update_organisation(
            keep_id,
            keep.name,
            keep.acronym or other.acronym,
            aliases,
            keep.identifier,
            keep.parent_id,
        )
        self._touch_sessions_of(o.AppearanceRow.organisation_id == keep_id)

    def _touch_sessions_of(self, clause: ColumnElement[bool]) -> None:
        """Bump the version of sessions whose speakers changed under an editor's feet."""
        ids = select(o.AppearanceRow.session_id).where(clause)
        self.db.execute(
            update(o.SessionRow)
            .where(o.SessionRow.id.in_(ids))
            .values(version=o.SessionRow.version + 1, updated_at=o.utcnow())
            .execution_options(synchronize_session=False)
        )

    # ------------------------------------------------------------------ files

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

    def add_material(self, session_id: int, fields: dict[str, Any], pages: Sequence[str]) -> int:
        self._session_row(session_id)
        row = o.MaterialRow(session_id=session_id, **fields)
        row.pages = [o.MaterialPageRow(page_no=i + 1, text=t) for i, t in enumerate(pages)]
        self.db.add(row)
        self.db.flush()
        self._bump(session_id)
        return row.id

    def add_recording(
        self,
        session_id: int,
        fields: dict[str, Any],
        chapters: Sequence[tuple[str, int, int | None]],
    ) -> int:
        self._session_row(session_id)
        row = o.RecordingRow(session_id=session_id, **fields)
        row.chapters = [o.ChapterRow(title=t, start_ms=s, end_ms=e) for t, s, e in chapters]
        self.db.add(row)
        self.db.flush()
        self._bump(session_id)
        return row.id

    def recordings_of(self, session_id: int) -> list[m.Recording]:
        rows = self.db.scalars(
            select(o.RecordingRow)
            .where(o.RecordingRow.session_id == session_id)
            .order_by(o.RecordingRow.id)
        )
        return [convert.recording(r) for r in rows]

    def add_subtitle(
        self, recording_id: int, fields: dict[str, Any], cues: Sequence[m.TranscriptCue]
    ) -> int:
        rec = self.db.get(o.RecordingRow, recording_id)
        if rec is None:
            raise NotFoundError("recording", recording_id)
        row = o.SubtitleTrackRow(recording_id=recording_id, **fields)
        row.cues = [
            o.TranscriptCueRow(start_ms=c.start_ms, end_ms=c.end_ms, text=c.text) for c in cues
        ]
        self.db.add(row)
        self.db.flush()
        self._bump(rec.session_id)
        return row.id

    def remove_material(self, material_id: int) -> str:
        row = self.db.get(o.MaterialRow, material_id)
        if row is None:
            raise NotFoundError("material", material_id)
        path, sid = row.stored_path, row.session_id
        self.db.delete(row)
        self.db.flush()
        self._bump(sid)
        return path

    def remove_recording(self, recording_id: int) -> list[str]:
        row = self.db.get(o.RecordingRow, recording_id)
        if row is None:
            raise NotFoundError("recording", recording_id)
        paths = [row.stored_path] + [s.stored_path for s in row.subtitles]
        sid = row.session_id
        self.db.delete(row)
        self.db.flush()
        self._bump(sid)
        return paths

    def get_material(self, material_id: int) -> m.Material:
        row = self.db.get(o.MaterialRow, material_id)
        if row is None:
            raise NotFoundError("material", material_id)
        return convert.material(row)

    def material_pages(self, material_id: int) -> list[str]:
        return list(
            self.db.scalars(
                select(o.MaterialPageRow.text)
                .where(o.MaterialPageRow.material_id == material_id)
                .order_by(o.MaterialPageRow.page_no)
            )
        )

    def get_recording(self, recording_id: int) -> m.Recording:
        row = self.db.get(o.RecordingRow, recording_id)
        if row is None:
            raise NotFoundError("recording", recording_id)
        return convert.recording(row)

    def cues(self, recording_id: int) -> list[m.TranscriptCue]:
        rows = self.db.execute(
            select(o.TranscriptCueRow.start_ms, o.TranscriptCueRow.end_ms, o.TranscriptCueRow.text)
            .join(o.SubtitleTrackRow)
            .where(o.SubtitleTrackRow.recording_id == recording_id)
            .order_by(o.SubtitleTrackRow.id, o.TranscriptCueRow.start_ms)
        ).all()
        return [m.TranscriptCue(a, b, t) for a, b, t in rows]

    def _bump(self, session_id: int) -> None:
        self.db.execute(
            update(o.SessionRow)
            .where(o.SessionRow.id == session_id)
            .values(version=o.SessionRow.version + 1, updated_at=o.utcnow())
            .execution_options(synchronize_session=False)
        )

    def _bump_recording_session(self, recording_id: int) -> None:
        session_id = self.db.scalar(
            select(o.RecordingRow.session_id).where(o.RecordingRow.id == recording_id)
        )
        if session_id is not None:
            self._bump(session_id)

    # ------------------------------------------------------------------ playback state

    def set_resume(self, recording_id: int, position_ms: int, watched: bool | None) -> None:
        values: dict[str, Any] = {"resume_ms": max(0, int(position_ms))}
        if watched is not None:
            values["watched"] = watched
        result = self.db.execute(
            update(o.RecordingRow).where(o.RecordingRow.id == recording_id).values(**values)
        )
        if not result.rowcount:  # type: ignore[attr-defined]
            raise NotFoundError("recording", recording_id)

    def add_chapter(
        self,
        recording_id: int,
        start_ms: int,
        end_ms: int | None,
        title: str,
        appearance_id: int | None,
    ) -> int:
        rec = self.db.get(o.RecordingRow, recording_id)
        if rec is None:
            raise NotFoundError("recording", recording_id)
        row = o.ChapterRow(
            recording_id=recording_id,
            start_ms=start_ms,
            end_ms=end_ms,
            title=title,
            appearance_id=appearance_id,
        )
        self.db.add(row)
        self.db.flush()
        self._bump(rec.session_id)
        return row.id

    def update_chapter(
        self,
        chapter_id: int,
        start_ms: int,
        end_ms: int | None,
        title: str,
        appearance_id: int | None,
    ) -> None:
        row = self.db.get(o.ChapterRow, chapter_id)
        if row is None:
            raise NotFoundError("chapter", chapter_id)
        row.start_ms, row.end_ms, row.title, row.appearance_id = (
            start_ms,
            end_ms,
            title,
            appearance_id,
        )
        self.db.flush()
        self._bump_recording_session(row.recording_id)

    def delete_chapter(self, chapter_id: int) -> None:
        row = self.db.get(o.ChapterRow, chapter_id)
        if row is None:
            raise NotFoundError("chapter", chapter_id)
        self.db.delete(row)
        self.db.flush()
        self._bump_recording_session(row.recording_id)

    def replace_chapters(
        self, recording_id: int, chapters: Sequence[tuple[str, int, int | None]]
    ) -> None:
        self.db.execute(delete(o.ChapterRow).where(o.ChapterRow.recording_id == recording_id))
        for title, start, end in chapters:
            self.db.add(
                o.ChapterRow(recording_id=recording_id, title=title, start_ms=start, end_ms=end)
            )
        self.db.flush()
        self._bump_recording_session(recording_id)

    def add_note(self, recording_id: int, at_ms: int, text: str) -> int:
        if self.db.get(o.RecordingRow, recording_id) is None:
            raise NotFoundError("recording", recording_id)
        row = o.NoteRow(recording_id=recording_id, at_ms=max(0, at_ms), text=text)
        self.db.add(row)
        self.db.flush()
        self._bump_recording_session(recording_id)
        return row.id

    def update_note(self, note_id: int, at_ms: int, text: str) -> None:
        row = self.db.get(o.NoteRow, note_id)
        if row is None:
            raise NotFoundError("note", note_id)
        row.at_ms, row.text = at_ms, text
        self.db.flush()
        self._bump_recording_session(row.recording_id)

    def delete_note(self, note_id: int) -> None:
        row = self.db.get(o.NoteRow, note_id)
        if row is None:
            raise NotFoundError("note", note_id)
        self.db.delete(row)
        self.db.flush()
        self._bump_recording_session(row.recording_id)

    def tie_material(
        self,
        material_id: int,
        recording_id: int | None,
        shown_at_ms: int | None,
        appearance_id: int | None,
    ) -> None:
        row = self.db.get(o.MaterialRow, material_id)
        if row is None:
            raise NotFoundError("material", material_id)
        row.recording_id, row.shown_at_ms, row.appearance_id = (
            recording_id,
            shown_at_ms,
            appearance_id,
        )
        self.db.flush()
        self._bump(row.session_id)

    # ------------------------------------------------------------------ snapshots, settings

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

    def get_setting(self, key: str) -> Any:
        row = self.db.get(o.SettingRow, key)
        return json.loads(row.value) if row is not None else None

    def set_setting(self, key: str, value: Any) -> None:
        row = self.db.get(o.SettingRow, key)
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if row is None:
            self.db.add(o.SettingRow(key=key, value=text))
        else:
            row.value = text

    def saved_searches(self) -> list[tuple[int, str, str]]:
        rows = self.db.execute(
            select(o.SavedSearchRow.id, o.SavedSearchRow.name, o.SavedSearchRow.query).order_by(
                o.SavedSearchRow.name
            )
        ).all()
        return [(int(i), n, q) for i, n, q in rows]

    def save_search(self, name: str, query: str) -> int:
        row = self.db.scalars(select(o.SavedSearchRow).where(o.SavedSearchRow.name == name)).first()
        if row is None:
            row = o.SavedSearchRow(name=name, query=query)
            self.db.add(row)
        else:
            row.query = query
        self.db.flush()
        return row.id

    def delete_saved_search(self, search_id: int) -> None:
        self.db.execute(delete(o.SavedSearchRow).where(o.SavedSearchRow.id == search_id))


def _unique_names(names: Iterable[str], exclude: str) -> list[str]:
    seen = {exclude}
    result = []
    for raw in names:
        name = " ".join(raw.split())
        key = fold(name)
        if key and key not in seen:
            seen.add(key)
            result.append(name)
    return result
