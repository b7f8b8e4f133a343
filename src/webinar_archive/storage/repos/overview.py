"""The overview's aggregate reads: sessions by year, month, series, organisation and speaker."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, distinct, extract, func, select
from sqlalchemy.orm import Session as OrmSession

from ...domain import model as m
from ...domain.overview import Overview, Tally, month_window
from .. import orm as o
from .query import SessionQueryRepository


class OverviewRepository:
    """``uow.overview``: one aggregate pass per figure, each a GROUP BY on indexed columns."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    def _live(self, series_id: int | None) -> list[ColumnElement[bool]]:
        s = o.SessionRow
        where: list[ColumnElement[bool]] = [s.deleted_at.is_(None)]
        if series_id is not None:
            where.append(s.series_id == series_id)
        return where

    def _scalar(self, query: Select[Any]) -> int:
        return int(self.db.execute(query).scalar() or 0)

    def overview(self, series_id: int | None = None, top: int = 10) -> Overview:
        s = o.SessionRow
        live = self._live(series_id)
        sessions = self._scalar(select(func.count()).select_from(s).where(*live))
        year = extract("year", s.date)
        per_year = [
            (int(y), int(n))
            for y, n in self.db.execute(
                select(year, func.count())
                .where(*live, s.date.is_not(None))
                .group_by(year)
                .order_by(year)
            )
        ]
        counts = SessionQueryRepository(self.db.connection)
        missing = {
            which: counts.count_sessions(m.SessionFilter(series_id=series_id, incomplete=which))
            for which in ("no-recording", "no-slides", "speaker-no-org")
        }
        recordings, recorded_ms = self.db.execute(
            select(
                func.count(o.RecordingRow.id),
                func.coalesce(func.sum(o.RecordingRow.duration_ms), 0),
            )
            .join(s, s.id == o.RecordingRow.session_id)
            .where(*live)
        ).one()
        per_series, other = self._per_series(live, top)
        return Overview(
            sessions=sessions,
            series_id=series_id,
            first_year=per_year[0][0] if per_year else None,
            last_year=per_year[-1][0] if per_year else None,
            per_year=tuple(per_year),
            per_month=tuple(self._per_month(live)),
            per_series=tuple(per_series),
            other_series=other,
            organisations=tuple(self._organisations(live, top)),
            speakers=tuple(self._speakers(live, top)),
            recordings=int(recordings),
            recorded_ms=int(recorded_ms or 0),
            hours_per_year=tuple(self._hours_per_year(live)),
            without_recording=missing["no-recording"],
            without_slides=missing["no-slides"],
            speaker_without_organisation=missing["speaker-no-org"],
            undated=self._scalar(
                select(func.count()).select_from(s).where(*live, s.date.is_(None))
            ),
        )

    def _per_month(self, live: list[ColumnElement[bool]]) -> list[tuple[int, int, int]]:
        s = o.SessionRow
        newest = self.db.execute(select(func.max(s.date)).where(*live)).scalar()
        if newest is None:
            return []
        window = month_window((newest.year, newest.month))
        first_year, first_month = window[0]
        year, month = extract("year", s.date), extract("month", s.date)
        found = {
            (int(y), int(mo)): int(n)
            for y, mo, n in self.db.execute(
                select(year, month, func.count())
                .where(*live, s.date >= dt.date(first_year, first_month, 1))
                .group_by(year, month)
            )
        }
        return [(y, mo, found.get((y, mo), 0)) for y, mo in window]

    def _per_series(self, live: list[ColumnElement[bool]], top: int) -> tuple[list[Tally], int]:
        s = o.SessionRow
        rows = self.db.execute(
            select(o.SeriesRow.id, o.SeriesRow.name, func.count(s.id).label("n"))
            .join(s, s.series_id == o.SeriesRow.id)
            .where(*live)
            .group_by(o.SeriesRow.id, o.SeriesRow.name)
            .order_by(func.count(s.id).desc(), o.SeriesRow.name_folded)
        ).all()
        listed = [Tally(name, int(n), int(sid)) for sid, name, n in rows[:top]]
        return listed, sum(int(n) for _sid, _name, n in rows[top:])

    def _organisations(self, live: list[ColumnElement[bool]], top: int) -> list[Tally]:
        s, a = o.SessionRow, o.AppearanceRow
        n = func.count(distinct(a.session_id))
        rows = self.db.execute(
            select(o.OrganisationRow.id, o.OrganisationRow.name, o.OrganisationRow.acronym, n)
            .join(a, a.organisation_id == o.OrganisationRow.id)
            .join(s, and_(s.id == a.session_id, *live))
            .group_by(o.OrganisationRow.id, o.OrganisationRow.name, o.OrganisationRow.acronym)
            .order_by(n.desc(), o.OrganisationRow.name_folded)
            .limit(top)
        ).all()
        return [Tally(acronym or name, int(count), int(oid)) for oid, name, acronym, count in rows]

    def _speakers(self, live: list[ColumnElement[bool]], top: int) -> list[Tally]:
        s, a = o.SessionRow, o.AppearanceRow
        n = func.count(distinct(a.session_id))
        rows = self.db.execute(
            select(o.PersonRow.id, o.PersonRow.display_name, n)
            .join(a, a.person_id == o.PersonRow.id)
            .join(s, and_(s.id == a.session_id, *live))
            .group_by(o.PersonRow.id, o.PersonRow.display_name)
            .order_by(n.desc(), o.PersonRow.sort_name)
            .limit(top)
        ).all()
        return [Tally(name, int(count), int(pid)) for pid, name, count in rows]

    def _hours_per_year(self, live: list[ColumnElement[bool]]) -> list[tuple[int, float]]:
        s = o.SessionRow
        year = extract("year", s.date)
        rows = self.db.execute(
            select(year, func.coalesce(func.sum(o.RecordingRow.duration_ms), 0))
            .join(s, s.id == o.RecordingRow.session_id)
            .where(*live, s.date.is_not(None))
            .group_by(year)
            .order_by(year)
        ).all()
        return [(int(y), int(ms or 0) / 3_600_000) for y, ms in rows]
