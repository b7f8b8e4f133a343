"""The session list side: filtered and sorted ids, counts, table rows, browser counts."""

from __future__ import annotations

import collections
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Select,
    bindparam,
    exists,
    func,
    or_,
    select,
)

from ...domain import model as m
from ...domain.errors import ValidationError
from ...domain.messages import _t
from ...domain.text import fold
from .. import convert
from .. import tables as t
from .base import driver_rows, like, plain_scalars

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
    """Reads that list many sessions at once (the table, the browser); ``uow.query``.

    On Core tables, through the unit of work's current connection (``UnitOfWork.connection``):
    listing sessions needs no ORM.
    """

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    @property
    def db(self) -> Connection:
        return self._connection()

    def _filtered(self, query: Select[Any], flt: m.SessionFilter) -> Select[Any]:
        s = t.session.c
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
                    t.appearance.c.session_id == s.id, t.appearance.c.person_id == flt.person_id
                )
            )
        if flt.organisation_id is not None:
            query = query.where(
                exists().where(
                    t.appearance.c.session_id == s.id,
                    t.appearance.c.organisation_id == flt.organisation_id,
                )
            )
        if flt.tag is not None:
            query = query.where(
                exists().where(
                    t.session_tag.c.session_id == s.id,
                    t.session_tag.c.tag_id == t.tag.c.id,
                    t.tag.c.name_folded == fold(flt.tag),
                )
            )
        if flt.recent_days is not None:
            since = t.utcnow() - dt.timedelta(days=flt.recent_days)
            query = query.where(s.created_at >= since)
        if flt.incomplete is not None:
            query = query.where(self._incomplete_clause(flt.incomplete))
        for word in fold(flt.text).split():
            query = query.where(self._text_clause(word))
        return query

    @staticmethod
    def _incomplete_clause(which: str) -> ColumnElement[bool]:
        s = t.session.c
        if which == "no-recording":
            return ~exists().where(t.recording.c.session_id == s.id)
        if which == "no-slides":
            # One pass over the materials, not a look-up of each session's (half the time
            # at 100,000 sessions); ``material.session_id`` is never null.
            return s.id.not_in(
                select(t.material.c.session_id).where(t.material.c.kind.in_(PDF_KINDS))
            )
        if which == "speaker-no-org":
            # The appearances without an organisation from their index (few), not every
            # session's appearances read for theirs (0.3-0.8 s at 100,000 sessions).
            return s.id.in_(
                select(t.appearance.c.session_id).where(t.appearance.c.organisation_id.is_(None))
            )
        raise ValidationError(_t("Unknown 'incomplete' filter: {which}").format(which=which))

    def _text_clause(self, word: str) -> ColumnElement[bool]:
        """Title contains ``word``, or a speaker or their organisation at the session does.

        People and organisations are few next to sessions, so their matching ids are looked up
        first; the session query then only checks appearances by id.
        """
        s = t.session.c
        pattern = like(word)
        people = select(t.person.c.id).where(t.person.c.name_folded.like(pattern, escape="\\"))
        aliases = select(t.person_alias.c.person_id).where(
            t.person_alias.c.alias_folded.like(pattern, escape="\\")
        )
        orgs = select(t.organisation.c.id).where(
            or_(
                t.organisation.c.name_folded.like(pattern, escape="\\"),
                func.lower(func.coalesce(t.organisation.c.acronym, "")).like(pattern, escape="\\"),
            )
        )
        org_aliases = select(t.organisation_alias.c.organisation_id).where(
            t.organisation_alias.c.alias_folded.like(pattern, escape="\\")
        )
        person_ids = set(self.db.scalars(people)) | set(self.db.scalars(aliases))
        org_ids = set(self.db.scalars(orgs)) | set(self.db.scalars(org_aliases))
        clauses: list[ColumnElement[bool]] = [s.title_folded.like(pattern, escape="\\")]
        if person_ids or org_ids:
            clauses.append(
                s.id.in_(
                    select(t.appearance.c.session_id).where(
                        or_(
                            t.appearance.c.person_id.in_(person_ids),
                            t.appearance.c.organisation_id.in_(org_ids),
                        )
                    )
                )
            )
        return or_(*clauses)

    def _sort_column(self, key: m.SortKey) -> ColumnElement[Any]:
        s = t.session.c
        if key is m.SortKey.TITLE:
            return s.title_folded
        if key is m.SortKey.SERIES:
            return (
                select(t.series.c.name_folded).where(t.series.c.id == s.series_id).scalar_subquery()
            )
        if key is m.SortKey.DATE:
            return s.date
        if key is m.SortKey.SPEAKERS:
            return (
                select(t.person.c.sort_name)
                .join(t.appearance, t.appearance.c.person_id == t.person.c.id)
                .where(t.appearance.c.session_id == s.id)
                .order_by(t.appearance.c.ord)
                .limit(1)
                .scalar_subquery()
            )
        if key is m.SortKey.THEME:
            return s.theme
        if key is m.SortKey.MATERIALS:
            return (
                select(func.count(t.material.c.id))
                .where(t.material.c.session_id == s.id)
                .scalar_subquery()
            )
        if key is m.SortKey.DURATION:
            return (
                select(func.sum(t.recording.c.duration_ms))
                .where(t.recording.c.session_id == s.id)
                .scalar_subquery()
            )
        if key is m.SortKey.STATUS:
            return s.status
        return s.updated_at

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
        return plain_scalars(self.db, self.ids_statement(flt, sort, descending, limit))

    def ids_statement(
        self, flt: m.SessionFilter, sort: m.SortKey, descending: bool, limit: int | None
    ) -> Select[Any]:
        """The select of ``session_ids`` (also compiled for ``storage/plain_reads.py``)."""
        column = self._sort_column(sort)
        order = column.desc() if descending else column.asc()
        tie = t.session.c.id.desc() if descending else t.session.c.id.asc()
        query = self._filtered(select(t.session.c.id), flt).order_by(order.nulls_last(), tie)
        return query.limit(limit) if limit is not None else query

    def count_sessions(self, flt: m.SessionFilter) -> int:
        if flt.ids is not None and len(flt.ids) > MAX_SQL_IDS:
            return len(self.session_ids(flt))
        return int(self.db.scalar(self._filtered(select(func.count(t.session.c.id)), flt)) or 0)

    def session_rows(self, ids: Sequence[int]) -> list[m.SessionSummary]:
        """Table rows for ``ids``, in the order given (missing ids are left out)."""
        if not ids:
            return []
        rows, speakers = self._page(ids)
        return convert.summaries(ids, [_dated(r) for r in rows], speakers)

    def table_page(self, ids: Sequence[int]) -> m.TablePage:
        """The table's rows for ``ids`` as the driver gives them (``m.TablePage``): the page
        the session table reads as it scrolls, ahead on a thread of its own, formatted there
        with no object per row (the Python run holds the interpreter's lock the window's
        painting needs)."""
        if not ids:
            return m.TablePage([], {})
        rows, speakers = self._page(ids)
        return convert.table_page(rows, speakers)

    def _page(self, ids: Sequence[int]) -> tuple[list[Any], list[Any]]:
        # The statements are built once and the driver's rows taken as they are: a third of
        # the Python that SQLAlchemy's typed rows cost. On SQLite the ids go as one JSON
        # text read by json_each, not one parameter each (which SQLAlchemy writes out again
        # for every page: 0.8 ms a page of 200).
        db = self.db
        sqlite = (
            db.dialect if isinstance(db, Connection) else db.get_bind().dialect
        ).name == "sqlite"
        statements = _page_statements(sqlite)
        arguments = {"ids": json.dumps(list(ids)) if sqlite else list(ids)}
        return driver_rows(db, statements[0], arguments), driver_rows(db, statements[1], arguments)

    # ------------------------------------------------------------------ browser counts
    # Counted from indexes alone: every session by series (or tag, or date) from its own
    # index, less the sessions in the trash, found from the index on ``deleted_at`` (the
    # trash is small next to the catalogue). Asking for the live sessions directly reads
    # each session's row for its ``deleted_at``: 0.3-0.5 s each at 100,000 sessions, run
    # while the window is being scrolled.

    def _trashed(self) -> Select[Any]:
        """The ids of the sessions in the trash, as a subquery SQLite answers from the index
        on ``deleted_at`` (asked with another column, it reads every session instead)."""
        return select(t.session.c.id).where(t.session.c.deleted_at.is_not(None))

    def series_counts(self) -> list[m.Series]:
        s = t.session.c
        counts: collections.Counter[int] = collections.Counter(
            dict(self.db.execute(select(s.series_id, func.count()).group_by(s.series_id)).all())
        )
        counts.subtract(self.db.scalars(select(s.series_id).where(s.id.in_(self._trashed()))).all())
        rows = self.db.execute(select(*t.series.c).order_by(t.series.c.name_folded)).all()
        return [convert.series(r, counts[r.id]) for r in rows]

    def year_counts(self) -> list[tuple[int, int]]:
        """Live sessions by year of their date, the latest year first: one count of a range
        of the index on ``(deleted_at, date)`` a year (no date read and cut a session)."""
        s = t.session.c
        live = s.deleted_at.is_(None)
        found: list[tuple[int, int]] = []
        latest = self.db.scalar(select(func.max(s.date)).where(live))
        while latest is not None:
            year = _as_date(latest).year
            first, last = _period(year, None)
            n = self.db.scalar(select(func.count()).where(live, s.date >= first, s.date <= last))
            found.append((year, int(n or 0)))
            latest = self.db.scalar(select(func.max(s.date)).where(live, s.date < first))
        return found

    def tag_counts(self) -> list[tuple[str, int]]:
        """Tags of live sessions with how many each, by name (a tag no live session has is
        left out)."""
        st = t.session_tag.c
        counts: collections.Counter[int] = collections.Counter(
            dict(self.db.execute(select(st.tag_id, func.count()).group_by(st.tag_id)).all())
        )
        counts.subtract(
            self.db.scalars(select(st.tag_id).where(st.session_id.in_(self._trashed()))).all()
        )
        rows = self.db.execute(select(t.tag.c.id, t.tag.c.name).order_by(t.tag.c.name_folded))
        return [(name, counts[tag_id]) for tag_id, name in rows if counts[tag_id] > 0]


def _as_date(value: dt.date | str) -> dt.date:
    """A date as SQLAlchemy gives an aggregate of a date column: SQLite's stored text."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


# The table's rows and their speakers, as two selects (also compiled for storage/plain_reads.py).

# ``rows_statement`` and ``speakers_statement`` with the ids as one parameter: on SQLite a JSON
# array read by json_each, elsewhere an expanding list; built when first used.
_PAGE: dict[bool, tuple[Select[Any], Select[Any]]] = {}


def _page_statements(sqlite: bool) -> tuple[Select[Any], Select[Any]]:
    statements = _PAGE.get(sqlite)
    if statements is None:
        ids: BindParameter[Any] | Select[Any]
        if sqlite:
            ids = select(func.json_each(bindparam("ids")).table_valued("value").c.value)
        else:
            ids = bindparam("ids", expanding=True)
        statements = _PAGE[sqlite] = (rows_statement(ids), speakers_statement(ids))
    return statements


def _dated(row: Sequence[Any]) -> Sequence[Any]:
    """A row of ``rows_statement`` from the driver with its date and moment as SQLAlchemy's
    types give them (SQLite's driver gives the stored text; a server's driver the values)."""
    date, moment = row[3], row[8]
    if not isinstance(date, str) and not isinstance(moment, str):
        return row
    values = list(row)
    if isinstance(date, str):
        values[3] = dt.date.fromisoformat(date)
    if isinstance(moment, str):
        values[8] = dt.datetime.fromisoformat(moment)
    return values


def rows_statement(ids: Sequence[int] | BindParameter[Any] | Select[Any]) -> Select[Any]:
    s = t.session.c
    materials = (
        select(func.count(t.material.c.id)).where(t.material.c.session_id == s.id).scalar_subquery()
    )
    duration = (
        select(func.sum(t.recording.c.duration_ms))
        .where(t.recording.c.session_id == s.id)
        .scalar_subquery()
    )
    return (
        select(
            s.id,
            s.title,
            t.series.c.name,
            s.date,
            s.theme,
            materials,
            duration,
            s.status,
            s.updated_at,
        )
        .outerjoin(t.series, t.series.c.id == s.series_id)
        .where(s.id.in_(ids if isinstance(ids, BindParameter | Select) else list(ids)))
    )


def speakers_statement(ids: Sequence[int] | BindParameter[Any] | Select[Any]) -> Select[Any]:
    return (
        select(t.appearance.c.session_id, t.person.c.display_name)
        .join(t.person, t.person.c.id == t.appearance.c.person_id)
        .where(
            t.appearance.c.session_id.in_(
                ids if isinstance(ids, BindParameter | Select) else list(ids)
            )
        )
        .order_by(t.appearance.c.session_id, t.appearance.c.ord)
    )
