"""Bulk edits of sessions: plan, apply and take back one change to many sessions. ``uow.bulk``.

Written with Core statements in batches (an UPDATE per column and batch, an INSERT of many
rows) rather than ORM objects: tagging 10,000 sessions is a few statements, not 10,000 flushes.
Every changed session's version goes up by one (a colleague's editor then sees a conflict) and
its search document is rewritten before the commit (``mark_sessions_changed``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from ...domain.bulk import (
    SCALAR_FIELDS,
    BulkPreview,
    BulkUndo,
    CheckedEdit,
    FieldChange,
    SharedValues,
)
from ...domain.errors import ConflictError, NotFoundError
from ...domain.messages import _t, number
from ...domain.progress import ReportProgress, step
from ...domain.text import abbreviate, fold
from .. import orm as o
from .. import tables as t
from ..search.events import mark_sessions_changed
from ..search.indexer import FILTERS
from . import authority

BATCH = 400

_SESSION = t.session
_SESSION_TAG = t.session_tag
_APPEARANCE = t.appearance
# What a bulk edit can change, as session columns (series is kept as series_id).
_COLUMNS = {
    "series": "series_id",
    "theme": "theme",
    "language": "language",
    "status": "status",
    "rights": "rights",
    "timezone": "timezone",
    "date": "date",
    "title": "title",
    "summary": "summary",
}


def _batches(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield list(ids[start : start + BATCH])


@dataclass(slots=True)
class _Plan:
    """What an edit does to each session, computed before anything is written."""

    values: dict[str, dict[int, Any]] = field(default_factory=lambda: defaultdict(dict))
    before: dict[str, dict[int, Any]] = field(default_factory=lambda: defaultdict(dict))
    tags_added: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    tags_removed: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    speakers: list[dict[str, Any]] = field(default_factory=list)  # appearance rows to insert
    changes: list[FieldChange] = field(default_factory=list)  # the first ones, for a preview
    affected: set[int] = field(default_factory=set)


class BulkRepository:
    def __init__(self, db: OrmSession) -> None:
        self.db = db

    # ------------------------------------------------------------------ reads

    def check_ids(self, ids: Sequence[int]) -> list[int]:
        """The ids in order without repeats; NotFoundError naming the first that is no session."""
        wanted = list(dict.fromkeys(ids))
        conn = self.db.connection()
        for batch in _batches(wanted):
            found = set(conn.scalars(select(_SESSION.c.id).where(_SESSION.c.id.in_(batch))))
            for sid in batch:
                if sid not in found:
                    raise NotFoundError("session", sid)
        return wanted

    def preview(self, ids: Sequence[int], edit: CheckedEdit, limit: int = 50) -> BulkPreview:
        """What ``apply`` would change, without writing (tags and people are not created)."""
        plan = self._plan(self.check_ids(ids), edit, create=False, keep=limit)
        return BulkPreview(len(set(ids)), len(plan.affected), tuple(plan.changes[:limit]))

    def shared_values(self, ids: Sequence[int]) -> SharedValues:
        """Per field, the value all of ``ids`` share or 'various'; their common tags."""
        wanted = list(dict.fromkeys(ids))
        conn = self.db.connection()
        series = select(o.SeriesRow.name).where(o.SeriesRow.id == _SESSION.c.series_id)
        columns = {
            name: (series.scalar_subquery() if name == "series" else _SESSION.c[_COLUMNS[name]])
            for name in SCALAR_FIELDS
        }
        seen: dict[str, set[Any]] = {name: set() for name in SCALAR_FIELDS}
        tag_counts: dict[str, int] = defaultdict(int)
        for batch in _batches(wanted):
            where = _SESSION.c.id.in_(batch)
            for name, column in columns.items():
                if len(seen[name]) < 2:
                    query = select(column).where(where).distinct().limit(2)
                    seen[name] |= set(conn.scalars(query))
            for tag, n in conn.execute(
                select(o.TagRow.name, func.count())
                .join(_SESSION_TAG, _SESSION_TAG.c.tag_id == o.TagRow.id)
                .where(_SESSION_TAG.c.session_id.in_(batch))
                .group_by(o.TagRow.name)
            ):
                tag_counts[str(tag)] += int(n)
        values = {n: (str(next(iter(v))) if v and None not in v else None) for n, v in seen.items()}
        various = frozenset(n for n, v in seen.items() if len(v) > 1)
        ordered = sorted(tag_counts, key=fold)
        return SharedValues(
            count=len(wanted),
            values={n: v for n, v in values.items() if n not in various},
            various=various,
            tags_all=tuple(t for t in ordered if tag_counts[t] == len(wanted)),
            tags_some=tuple(t for t in ordered if tag_counts[t] < len(wanted)),
        )

    # ------------------------------------------------------------------ writes

    def apply(
        self,
        ids: Sequence[int],
        edit: CheckedEdit,
        label: str,
        progress: ReportProgress | None = None,
    ) -> BulkUndo:
        """Change every session of ``ids``; what it takes to undo it. Raises before writing
        when one session cannot take the change (a title replaced to nothing...)."""
        wanted = self.check_ids(ids)
        created_before = self._authority_ids()
        plan = self._plan(wanted, edit, create=True, keep=0, progress=progress)
        conn = self.db.connection()
        total = len(plan.affected)
        done = 0
        for column, per_session in plan.values.items():
            self._set_column(column, per_session)
        for tag_id, sids in plan.tags_added.items():
            for batch in _batches(sids):
                conn.execute(
                    insert(_SESSION_TAG), [{"session_id": s, "tag_id": tag_id} for s in batch]
                )
        for tag_id, sids in plan.tags_removed.items():
            for batch in _batches(sids):
                conn.execute(
                    delete(_SESSION_TAG).where(
                        _SESSION_TAG.c.tag_id == tag_id, _SESSION_TAG.c.session_id.in_(batch)
                    )
                )
        appearance_ids: list[int] = []
        for values in plan.speakers:
            key = conn.execute(insert(_APPEARANCE).values(**values)).inserted_primary_key
            appearance_ids.append(int(key[0]) if key else 0)
        versions: dict[int, int] = {}
        affected = sorted(plan.affected)
        for batch in _batches(affected):
            versions |= self._bump(batch)
            done += len(batch)
            step(
                progress,
                _t("Saving session {done} of {total}").format(
                    done=number(done), total=number(total)
                ),
                done,
                total,
            )
        kinds = _kinds(plan.values, bool(plan.tags_added or plan.tags_removed), bool(plan.speakers))
        mark_sessions_changed(self.db, set(affected), kinds)
        return BulkUndo(
            label=label,
            before={k: dict(v) for k, v in plan.before.items()},
            tags_added={k: tuple(v) for k, v in plan.tags_added.items()},
            tags_removed={k: tuple(v) for k, v in plan.tags_removed.items()},
            appearances_added=tuple(appearance_ids),
            versions=versions,
            created={
                kind: tuple(conn.scalars(select(table.id).where(table.id > created_before[kind])))
                for kind, table in _AUTHORITY.items()
            },
        )

    def revert(self, undo: BulkUndo, progress: ReportProgress | None = None) -> dict[int, int]:
        """Take a bulk edit back; the sessions' new versions. A ConflictError, before anything
        changes, when one of them was changed after the edit (undo would overwrite that)."""
        conn = self.db.connection()
        ids = undo.session_ids
        versions: dict[int, int] = {}
        done = 0
        for batch in _batches(ids):
            # The versions go up first, which takes the write lock (SQLite) or the rows
            # (PostgreSQL): no edit slips in between this check and the writes below.
            now = self._bump(batch)
            for sid in batch:
                if sid not in now:
                    raise NotFoundError("session", sid)
                if now[sid] != undo.versions[sid] + 1:
                    raise ConflictError("session", sid, undo.versions[sid], now[sid] - 1)
            versions |= now
            done += len(batch)
            step(
                progress,
                _t("Undoing session {done} of {count}").format(
                    done=number(done), count=number(len(ids))
                ),
                done,
                len(ids),
            )
        for column, per_session in undo.before.items():
            self._set_column(column, per_session)
        live_tags = set(conn.scalars(select(o.TagRow.id)))
        for tag_id, sids in undo.tags_added.items():
            for batch in _batches(sids):
                conn.execute(
                    delete(_SESSION_TAG).where(
                        _SESSION_TAG.c.tag_id == tag_id, _SESSION_TAG.c.session_id.in_(batch)
                    )
                )
        for tag_id, sids in undo.tags_removed.items():
            if tag_id not in live_tags:
                continue  # deleted since: nothing to give back
            for batch in _batches(sids):
                conn.execute(
                    insert(_SESSION_TAG), [{"session_id": s, "tag_id": tag_id} for s in batch]
                )
        for batch in _batches(list(undo.appearances_added)):
            conn.execute(delete(_APPEARANCE).where(_APPEARANCE.c.id.in_(batch)))
        self._drop_unused(undo.created)
        kinds = _kinds(
            undo.before,
            bool(undo.tags_added or undo.tags_removed),
            bool(undo.appearances_added),
        )
        mark_sessions_changed(self.db, set(ids), kinds)
        return versions

    # ------------------------------------------------------------------ helpers

    def _set_column(self, name: str, per_session: dict[int, Any]) -> None:
        column = _COLUMNS[name]
        params: list[dict[str, Any]] = []
        for sid, value in per_session.items():
            row = {"_id": sid, "_v": value}
            if name == "title":
                row["_folded"] = fold(value)
            params.append(row)
        values: dict[str, Any] = {column: bindparam("_v")}
        if name == "title":
            values["title_folded"] = bindparam("_folded")
        statement = update(_SESSION).where(_SESSION.c.id == bindparam("_id")).values(**values)
        conn = self.db.connection()
        for start in range(0, len(params), BATCH * 10):
            conn.execute(statement, params[start : start + BATCH * 10])

    def _bump(self, batch: list[int]) -> dict[int, int]:
        conn = self.db.connection()
        bumped = conn.execute(
            update(_SESSION)
            .where(_SESSION.c.id.in_(batch))
            .values(version=_SESSION.c.version + 1, updated_at=o.utcnow())
            .returning(_SESSION.c.id, _SESSION.c.version)
        )
        return {int(i): int(v) for i, v in bumped}

    def _authority_ids(self) -> dict[str, int]:
        """The highest id of each kind of record a bulk edit may create: newer ones are its."""
        return {
            kind: int(self.db.scalar(select(func.max(table.id))) or 0)
            for kind, table in _AUTHORITY.items()
        }

    def _drop_unused(self, created: dict[str, tuple[int, ...]]) -> None:
        """Records a bulk edit created, gone again with it when nothing else uses them."""
        conn = self.db.connection()
        checks: dict[str, Any] = {
            "tag": lambda i: select(_SESSION_TAG.c.tag_id).where(_SESSION_TAG.c.tag_id == i),
            "series": lambda i: select(_SESSION.c.id).where(_SESSION.c.series_id == i),
            "person": lambda i: select(_APPEARANCE.c.id).where(_APPEARANCE.c.person_id == i),
            "organisation": lambda i: select(_APPEARANCE.c.id).where(
                _APPEARANCE.c.organisation_id == i
            ),
        }
        for kind, ids in created.items():
            table = _AUTHORITY[kind].__table__
            for ident in ids:
                if conn.execute(checks[kind](ident).limit(1)).first() is None:
                    conn.execute(delete(table).where(table.c.id == ident))

    def _plan(
        self,
        ids: list[int],
        edit: CheckedEdit,
        *,
        create: bool,
        keep: int,
        progress: ReportProgress | None = None,
    ) -> _Plan:
        plan = _Plan()
        values = dict(edit.values)
        series_name = values.pop("series", False)
        if series_name is not False:
            if series_name is None:
                values["series"] = None
            elif create:
                row = authority.series_for(self.db, series_name)
                values["series"] = row.id if row is not None else None
            else:
                found = self.db.scalars(
                    select(o.SeriesRow.id).where(o.SeriesRow.name_folded == fold(series_name))
                ).first()
                values["series"] = found if found is not None else -1  # a new series
        add_tags = self._tags(edit.add_tags, create)
        remove_tags = self._tags(edit.remove_tags, False)
        speakers = self._speakers(edit, create)
        names = self._series_names(values.get("series"), series_name)
        columns = [_SESSION.c.id, _SESSION.c.series_id] + [
            _SESSION.c[_COLUMNS[n]] for n in values if n != "series"
        ]
        if edit.shift:
            columns.append(_SESSION.c.date)
        if edit.title is not None:
            columns.append(_SESSION.c.title)
        if edit.summary is not None:
            columns.append(_SESSION.c.summary)
        conn = self.db.connection()
        done = 0
        for batch in _batches(ids):
            rows = {
                int(r.id): r._mapping
                for r in conn.execute(select(*columns).where(_SESSION.c.id.in_(batch)))
            }
            has_tag: dict[int, set[int]] = defaultdict(set)
            tag_ids = [t for t in (*add_tags.values(), *remove_tags.values()) if t > 0]
            if tag_ids:
                for sid, tid in conn.execute(
                    select(_SESSION_TAG.c.session_id, _SESSION_TAG.c.tag_id).where(
                        _SESSION_TAG.c.session_id.in_(batch), _SESSION_TAG.c.tag_id.in_(tag_ids)
                    )
                ):
                    has_tag[int(sid)].add(int(tid))
            people = self._people_of(batch) if speakers else {}
            for sid in batch:
                self._plan_session(plan, sid, rows[sid], values, edit, names, keep)
                for name, tid in add_tags.items():
                    if tid not in has_tag[sid]:
                        plan.tags_added[tid].append(sid)
                        plan.affected.add(sid)
                        self._note(plan, keep, sid, "tags", "", f"+ {name}")
                for name, tid in remove_tags.items():
                    if tid in has_tag[sid]:
                        plan.tags_removed[tid].append(sid)
                        plan.affected.add(sid)
                        self._note(plan, keep, sid, "tags", "", f"− {name}")
                present, next_ord = people.get(sid, (set(), 0))
                for i, (person_id, org_id, role, label) in enumerate(speakers):
                    if person_id > 0 and person_id in present:
                        continue
                    plan.speakers.append(
                        {
                            "session_id": sid,
                            "person_id": person_id,
                            "organisation_id": org_id,
                            "role": role,
                            "ord": next_ord + i,
                            "contribution": "",
                        }
                    )
                    plan.affected.add(sid)
                    self._note(plan, keep, sid, "speakers", "", f"+ {label}")
            done += len(batch)
            step(
                progress,
                _t("Checking session {done} of {count}").format(
                    done=number(done), count=number(len(ids))
                ),
                done,
                len(ids),
            )
        return plan

    def _plan_session(
        self,
        plan: _Plan,
        sid: int,
        row: Any,
        values: dict[str, Any],
        edit: CheckedEdit,
        names: dict[str, dict[int, str]],
        keep: int,
    ) -> None:
        new: dict[str, Any] = {}
        for name, value in values.items():
            current = row[_COLUMNS[name]]
            if current != value:
                new[name] = (current, value)
        if edit.shift and row["date"] is not None:
            new["date"] = (row["date"], edit.new_date(sid, row["date"]))
        if edit.title is not None:
            title = edit.new_title(sid, row["title"])
            if title != row["title"]:
                new["title"] = (row["title"], title)
        if edit.summary is not None:
            summary = edit.new_summary(row["summary"] or "")
            if summary != (row["summary"] or ""):
                new["summary"] = (row["summary"], summary)
        for name, (old, value) in new.items():
            plan.values[name][sid] = value
            plan.before[name][sid] = old
            plan.affected.add(sid)
            self._note(plan, keep, sid, name, _shown(name, old, names), _shown(name, value, names))

    @staticmethod
    def _note(plan: _Plan, keep: int, sid: int, name: str, old: str, new: str) -> None:
        if len(plan.changes) < keep:
            plan.changes.append(FieldChange(sid, name, old, new))

    def _tags(self, names: Sequence[str], create: bool) -> dict[str, int]:
        """Tag name -> id (a negative stand-in for a tag a preview would create)."""
        found: dict[str, int] = {}
        if create:
            return {row.name: row.id for row in authority.tag_rows(self.db, names)}
        for i, name in enumerate(names):
            tid = self.db.scalars(select(o.TagRow.id).where(o.TagRow.name_folded == fold(name)))
            first = tid.first()
            found[name] = first if first is not None else -(i + 1)
        return found

    def _speakers(self, edit: CheckedEdit, create: bool) -> list[tuple[int, int | None, str, str]]:
        """(person id, organisation id, role, label) of each speaker to add (negative ids:
        records a preview would create)."""
        result = []
        for i, sp in enumerate(edit.add_speakers):
            label = sp.name + (f" ({sp.organisation})" if sp.organisation else "")
            if create:
                person_id = authority.person_for(self.db, sp.name).id
                org = authority.organisation_for(self.db, sp.organisation)
                org_id = org.id if org is not None else None
            else:
                person = authority.find_person(self.db, sp.name)
                person_id = person.id if person is not None else -(i + 1)
                org_row = authority.find_organisation(self.db, sp.organisation or "")
                org_id = org_row.id if org_row is not None else None
            result.append((person_id, org_id, sp.role.value, label))
        return result

    def _people_of(self, batch: list[int]) -> dict[int, tuple[set[int], int]]:
        """Per session: the people appearing, and the order number after the last one."""
        out: dict[int, tuple[set[int], int]] = {}
        a = _APPEARANCE.c
        for sid, pid, ord_ in self.db.connection().execute(
            select(a.session_id, a.person_id, a.ord).where(a.session_id.in_(batch))
        ):
            people, last = out.get(int(sid), (set(), 0))
            people.add(int(pid))
            out[int(sid)] = (people, max(last, int(ord_) + 1))
        return out

    def _series_names(self, series_id: int | None, name: Any) -> dict[str, dict[int, str]]:
        """Names to show series ids by in the preview (with the one a preview would create)."""
        rows = self.db.execute(select(o.SeriesRow.id, o.SeriesRow.name)).all()
        series = {int(i): str(n) for i, n in rows}
        if series_id is not None and isinstance(name, str):
            series[series_id] = name
        return {"series": series}


# The search index's places (storage/search/fields.py) a changed column feeds; date, language
# and status feed the filter markers. Rights and time zone are not indexed.
_KINDS = {
    "series": ("series",),
    "theme": ("theme",),
    "title": ("title",),
    "summary": ("summary",),
    "date": (FILTERS,),
    "language": (FILTERS,),
    "status": (FILTERS,),
}


def _kinds(columns: Iterable[str], tags: bool, speakers: bool) -> set[str]:
    kinds = {kind for name in columns for kind in _KINDS.get(name, ())}
    if tags:
        kinds.add("tag")
    if speakers:
        kinds |= {"speaker", "organisation"}
    return kinds


_AUTHORITY: dict[str, Any] = {
    "tag": o.TagRow,
    "series": o.SeriesRow,
    "person": o.PersonRow,
    "organisation": o.OrganisationRow,
}


def _shown(name: str, value: Any, names: dict[str, dict[int, str]]) -> str:
    if value is None:
        return ""
    if name == "series":
        return names["series"].get(int(value), "")
    if isinstance(value, dt.date):
        return value.isoformat()
    return abbreviate(str(value), 80)
