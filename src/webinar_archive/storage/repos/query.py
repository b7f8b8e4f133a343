"""The session list side: filtered and sorted ids, counts, table rows, browser counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, extract, func, or_, select
from sqlalchemy.orm import Session as OrmSession

from ...domain import model as m
from ...domain.errors import ValidationError
from ...domain.messages import _t
from ...domain.text import fold
from .. import convert
from .. import orm as o
from .base import like, plain_scalars

# Below SQLite's default limit of bound parameters (32,766), with room for the other filters.
MAX_SQL_IDS = 5000
PDF_KINDS = (m.MaterialKind.PDF.value, m.MaterialKind.SLIDES.value)


def _period(year: int, month: int | None) -> tuple[dt.date, dt.date]:
    """The first and last day of a year, or of one of its months."""
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if not 1 <= month <= 12:
        raise ValidationError(
            _t("There is no month {month}: months are 1 to 12.").format(month=month)
        )
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1), following - dt.timedelta(days=1)


class SessionQueryRepository:
    """Reads that list many sessions at once (the table, the browser); ``uow.query``."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    def _filtered(self, query: Select[Any], flt: m.SessionFilter) -> Select[Any]:
        s = o.SessionRow
        query = query.where(s.deleted_at.is_not(None) if flt.trash else s.deleted_at.is_(None))
        if flt.ids is not None:
            query = query.where(s.id.in_(flt.ids))
        if flt.series_id is not None:
            query = query.where(s.series_id == flt.series_id)
        if flt.year is not None:
            first, last = _period(flt.year, flt.month)
            query = query.where(s.date >= first, s.date <= last)
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
        raise ValidationError(_t("Unknown 'incomplete' filter: {which}").format(which=which))

    def _text_clause(self, word: str) -> ColumnElement[bool]:
        """Title contains ``word``, or a speaker or their organisation at the session does.

        People and organisations are few next to sessions, so their matching ids are looked up
        first; the session query then only checks appearances by id.
        """
        s = o.SessionRow
        pattern = like(word)
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
        self,
        flt: m.SessionFilter,
        sort: m.SortKey = m.SortKey.DATE,
        descending: bool = True,
        limit: int | None = None,
    ) -> list[int]:
        """Ids of matching sessions in display order (cheap: one integer per row), the first
        ``limit`` of them when given.

        A long ``flt.ids`` (a search matching most of the library) would pass the database's
        limit on bound parameters, so it is intersected here instead of in SQL. Otherwise the
        limit goes into the SQL: the sort columns are indexed, so the first rows of a large
        library are read without reading (and sorting) all of its ids.
        """
        if flt.ids is not None and (len(flt.ids) > MAX_SQL_IDS or sort is m.SortKey.RELEVANCE):
            base = replace(flt, ids=None)
            if sort is m.SortKey.RELEVANCE:
                allowed = set(self.session_ids(base))
                return [i for i in dict.fromkeys(flt.ids) if i in allowed][:limit]
            wanted = set(flt.ids)
            return [i for i in self.session_ids(base, sort, descending) if i in wanted][:limit]
        if sort is m.SortKey.RELEVANCE:
            sort = m.SortKey.DATE
        column = self._sort_column(sort)
        order = column.desc() if descending else column.asc()
        tie = o.SessionRow.id.desc() if descending else o.SessionRow.id.asc()
        query = self._filtered(select(o.SessionRow.id), flt).order_by(order.nulls_last(), tie)
        if limit is not None:
            query = query.limit(limit)
        return plain_scalars(self.db, query)

    def count_sessions(self, flt: m.SessionFilter) -> int:
        if flt.ids is not None and len(flt.ids) > MAX_SQL_IDS:
            return len(self.session_ids(flt))
        return int(self.db.scalar(self._filtered(select(func.count(o.SessionRow.id)), flt)) or 0)

    def session_rows(self, ids: Sequence[int]) -> list[m.SessionSummary]:
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
            r[0]: m.SessionSummary(
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
