"""Writing many new sessions at once (imports): the rows ``add_session`` writes one by one, as
multi-row inserts, with their search index entries written in batches at commit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session as OrmSession

from ...domain import model as m
from ...domain.errors import ValidationError
from ...domain.messages import _t
from ...domain.text import fold
from ...domain.time import session_time
from .. import orm as o
from ..search.events import note_sessions_written
from . import authority

# Times an imported session keeps: (created_at, updated_at, deleted_at); None means now / live.
SessionTimes = tuple[dt.datetime | None, dt.datetime | None, dt.datetime | None]


def _insert_sessions(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert session rows; return their ids in the order of ``rows``."""
    if conn.dialect.name != "sqlite":
        return [
            int(x)
            for x in conn.scalars(
                insert(o.SessionRow).returning(o.SessionRow.id, sort_by_parameter_order=True),
                rows,
            )
        ]
    # SQLite cannot return ids in order from a multi-row insert, so SQLAlchemy would send one
    # statement per row. Instead the first row goes alone, which takes the write lock, and the
    # others get the ids after it: SQLite gives a new row the largest id plus one (the table
    # has no AUTOINCREMENT), and no other connection can write before this one commits.
    first = int(conn.execute(insert(o.SessionRow).returning(o.SessionRow.id), rows[0]).scalar_one())
    ids = list(range(first, first + len(rows)))
    if len(rows) > 1:
        conn.execute(
            insert(o.SessionRow),
            [{**row, "id": sid} for row, sid in zip(rows[1:], ids[1:], strict=True)],
        )
    return ids


def _insert_plain(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert rows of numbers and text (no dates, which need SQLAlchemy's conversion).

    On SQLite the driver binds ``:name`` from dicts itself: SQLAlchemy's processing of each
    row's parameters cost more than the insert.
    """
    if not rows:
        return
    columns = list(rows[0])
    if conn.dialect.name == "sqlite":
        names = ", ".join(columns)
        marks = ", ".join(f":{c}" for c in columns)
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
    else:
        conn.execute(insert(o.Base.metadata.tables[table]), rows)


class NewSessionWriter:
    """Adds sessions with a handful of statements per batch rather than dozens per session.

    Authority rows (series, people, organisations, tags) are matched and created exactly as
    ``SessionRepository.add_session`` does, remembered for the rest of the writer's life, so a
    person named in a thousand sessions is looked up once.
    """

    def __init__(self, db: OrmSession) -> None:
        self.db = db
        self._series: dict[str, int | None] = {}
        self._people: dict[tuple[str, int | None], int] = {}
        self._orgs: dict[tuple[str, int | None], int | None] = {}
        self._tags: dict[str, int | None] = {}

    def add(
        self, drafts: Sequence[m.SessionDraft], times: Sequence[SessionTimes] | None = None
    ) -> list[int]:
        """Insert the drafts as new sessions; return their ids, in the order of ``drafts``."""
        if not drafts:
            return []
        now = o.utcnow()
        session_rows: list[dict[str, Any]] = []
        for index, draft in enumerate(drafts):
            created, updated, deleted = times[index] if times is not None else (None, None, None)
            session_rows.append(self._session_row(draft, created or now, updated or now, deleted))
        conn = self.db.connection()
        self._known_pinned(conn, drafts)
        session_ids = _insert_sessions(conn, session_rows)
        apps: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        tags: list[dict[str, Any]] = []
        for sid, draft in zip(session_ids, drafts, strict=True):
            for order, speaker in enumerate(draft.speakers):
                apps.append(
                    {
                        "session_id": sid,
                        "person_id": self._person(speaker),
                        "organisation_id": self._organisation(speaker),
                        "role": m.AppearanceRole(speaker.role).value,
                        "position": speaker.position or None,
                        "ord": order,
                        "contribution": speaker.contribution or "",
                    }
                )
            for order, link in enumerate(draft.links):
                links.append(
                    {
                        "session_id": sid,
                        "kind": m.LinkKind(link.kind).value,
                        "url": link.url or None,
                        "label": link.label or "",
                        "ord": order,
                    }
                )
            seen: set[int] = set()
            for name in draft.tags:
                tag_id = self._tag(name)
                if tag_id is not None and tag_id not in seen:
                    seen.add(tag_id)
                    tags.append({"session_id": sid, "tag_id": tag_id})
        # Plain executemany: reading appearance ids back costs more than the insert, and only
        # sessions with chapters or materials need them (``appearance_ids``).
        _insert_plain(conn, "appearance", apps)
        _insert_plain(conn, "link", links)
        _insert_plain(conn, "session_tag", tags)
        # Core inserts pass the ORM's flush events by: tell the search index what is new.
        note_sessions_written(self.db, session_ids)
        return session_ids

    def _known_pinned(self, conn: Connection, drafts: Sequence[m.SessionDraft]) -> None:
        """Take the people and organisations the drafts pin by id as they are, when they exist,
        in one statement per table: one by one, each is a statement (the rows an import just
        matched are no longer in the ORM's identity map)."""
        people = {s.person_id for d in drafts for s in d.speakers if s.person_id is not None}
        orgs = {
            s.organisation_id for d in drafts for s in d.speakers if s.organisation_id is not None
        }
        people -= {pid for _name, pid in self._people}
        orgs -= {oid for _name, oid in self._orgs if oid is not None}
        for table, ids, known in (
            (o.PersonRow, people, self._people),
            (o.OrganisationRow, orgs, self._orgs),
        ):
            listed = sorted(int(x) for x in ids if x is not None)
            for start in range(0, len(listed), 500):
                part = listed[start : start + 500]
                for found in conn.scalars(select(table.id).where(table.id.in_(part))):
                    known[("", int(found))] = int(found)

    def _session_row(
        self,
        draft: m.SessionDraft,
        created: dt.datetime,
        updated: dt.datetime,
        deleted: dt.datetime | None,
    ) -> dict[str, Any]:
        title = " ".join(draft.title.split())
        if not title:
            raise ValidationError(_t("A session needs a title."))
        start, zone = session_time(draft.start_time, draft.timezone)
        return {
            "title": title,
            "title_folded": fold(title),
            "series_id": self._series_id(draft.series),
            "theme": draft.theme or None,
            "date": draft.date,
            "start_time": start,
            "timezone": zone,
            "duration_minutes": draft.duration_minutes,
            "language": draft.language or None,
            "summary": draft.summary or "",
            "source_url": draft.source_url or None,
            "retrieved_at": draft.retrieved_at,
            "notes": draft.notes or "",
            "status": m.SessionStatus(draft.status).value,
            "rights": draft.rights or None,
            "created_at": created,
            "updated_at": updated,
            "deleted_at": deleted,
            "version": 1,
        }

    def _series_id(self, name: str | None) -> int | None:
        key = name or ""  # as written: ``series_for`` does the matching, once per spelling
        if key not in self._series:
            row = authority.series_for(self.db, name)
            self._series[key] = row.id if row is not None else None
        return self._series[key]

    def _person(self, speaker: m.SpeakerDraft) -> int:
        key = (speaker.name if speaker.person_id is None else "", speaker.person_id)
        if key not in self._people:
            self._people[key] = authority.person_for(self.db, speaker.name, speaker.person_id).id
        return self._people[key]

    def _organisation(self, speaker: m.SpeakerDraft) -> int | None:
        name = speaker.organisation
        key = (name or "" if speaker.organisation_id is None else "", speaker.organisation_id)
        if key not in self._orgs:
            row = authority.organisation_for(self.db, name, speaker.organisation_id)
            self._orgs[key] = row.id if row is not None else None
        return self._orgs[key]

    def _tag(self, name: str) -> int | None:
        if name not in self._tags:
            rows = authority.tag_rows(self.db, [name])
            self._tags[name] = rows[0].id if rows else None
        return self._tags[name]
