"""One whole session read on Core tables, without the ORM: ``show``, the editor's first read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, Table, func, select

from ...domain import model as m
from ...domain.errors import NotFoundError
from .. import convert
from .. import tables as t

if TYPE_CHECKING:
    from ..convert import CoreRow


class SessionReads:
    """Reads of single sessions that need no ORM rows; ``uow.reads``.

    They give what ``SessionRepository.get_session`` gives (``tests/test_core_reads.py`` checks
    it on every kind of part), with one query per kind of part and no mapping built, so that a
    command or a window that only shows a session never imports ``sqlalchemy.orm``. The selects
    are the functions below, which ``storage/plain_reads.py`` also runs (compiled) on SQLite.
    """

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def latest_id(self) -> int | None:
        """The live session added last (``show`` without an id)."""
        found = self._connection().scalar(latest_id_statement())
        return int(found) if found is not None else None

    def session(self, session_id: int) -> m.Session:
        conn = self._connection()
        row = conn.execute(session_statement(session_id)).first()
        if row is None:
            raise NotFoundError("session", session_id)
        recordings = list(conn.execute(parts_statement(t.recording, session_id, "id")))
        ids = [r.id for r in recordings]
        chapters: dict[int, list[CoreRow]] = {}
        notes: dict[int, list[CoreRow]] = {}
        tracks: dict[int, list[CoreRow]] = {}
        counts: dict[int, int] = {}
        if ids:
            chapters = _by_recording(conn, by_recording_statement(t.chapter, ids, "start_ms"))
            notes = _by_recording(conn, by_recording_statement(t.note, ids, "at_ms"))
            tracks = _by_recording(conn, by_recording_statement(t.subtitle_track, ids, "id"))
            track_ids = [x.id for rows in tracks.values() for x in rows]
            if track_ids:
                counts = {
                    int(tid): int(n) for tid, n in conn.execute(cue_counts_statement(track_ids))
                }
        return convert.whole_session(
            row,
            appearances=list(conn.execute(appearances_statement(session_id))),
            materials=list(conn.execute(parts_statement(t.material, session_id, "id"))),
            recordings=recordings,
            chapters=chapters,
            notes=notes,
            tracks=tracks,
            cue_counts=counts,
            links=list(conn.execute(parts_statement(t.link, session_id, "ord"))),
            tags=list(conn.scalars(tags_statement(session_id))),
        )


def _by_recording(conn: Connection, query: Select[Any]) -> dict[int, list[CoreRow]]:
    found: dict[int, list[CoreRow]] = defaultdict(list)
    for row in conn.execute(query):
        found[row.recording_id].append(row)
    return found


# The selects of one session (also compiled for storage/plain_reads.py).


def latest_id_statement() -> Select[Any]:
    s = t.session.c
    return (
        select(s.id)
        .where(s.deleted_at.is_(None))
        .order_by(s.created_at.desc(), s.id.desc())
        .limit(1)
    )


def session_statement(session_id: int) -> Select[Any]:
    s = t.session.c
    return (
        select(*t.session.c, t.series.c.name.label("series_name"))
        .outerjoin(t.series, t.series.c.id == s.series_id)
        .where(s.id == session_id)
    )


def appearances_statement(session_id: int) -> Select[Any]:
    a = t.appearance.c
    return (
        select(
            *t.appearance.c,
            t.person.c.display_name.label("person_name"),
            t.organisation.c.name.label("organisation_name"),
        )
        .join(t.person, t.person.c.id == a.person_id)
        .outerjoin(t.organisation, t.organisation.c.id == a.organisation_id)
        .where(a.session_id == session_id)
        .order_by(a.ord, a.id)
    )


def parts_statement(table: Table, session_id: int, order: str) -> Select[Any]:
    # A material's extracted text (megabytes for a long document) is not part of its record.
    columns = [c for c in table.c if c.key != "text"]
    return (
        select(*columns)
        .where(table.c.session_id == session_id)
        .order_by(table.c[order], table.c.id)
    )


def by_recording_statement(table: Table, recording_ids: Sequence[int], order: str) -> Select[Any]:
    return (
        select(table)
        .where(table.c.recording_id.in_(list(recording_ids)))
        .order_by(table.c.recording_id, table.c[order], table.c.id)
    )


def cue_counts_statement(track_ids: Sequence[int]) -> Select[Any]:
    cue = t.transcript_cue.c
    return (
        select(cue.track_id, func.count())
        .where(cue.track_id.in_(list(track_ids)))
        .group_by(cue.track_id)
    )


def tags_statement(session_id: int) -> Select[Any]:
    return (
        select(t.tag.c.name)
        .join(t.session_tag, t.session_tag.c.tag_id == t.tag.c.id)
        .where(t.session_tag.c.session_id == session_id)
        .order_by(t.tag.c.name)
    )
