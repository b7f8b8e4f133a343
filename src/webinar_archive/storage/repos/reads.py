"""One whole session read on Core tables, without the ORM: ``show``, the editor's first read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

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
    command or a window that only shows a session never imports ``sqlalchemy.orm``.
    """

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def latest_id(self) -> int | None:
        """The live session added last (``show`` without an id)."""
        s = t.session.c
        found = self._connection().scalar(
            select(s.id)
            .where(s.deleted_at.is_(None))
            .order_by(s.created_at.desc(), s.id.desc())
            .limit(1)
        )
        return int(found) if found is not None else None

    def session(self, session_id: int) -> m.Session:
        conn = self._connection()
        s = t.session.c
        row = conn.execute(
            select(*t.session.c, t.series.c.name.label("series_name"))
            .outerjoin(t.series, t.series.c.id == s.series_id)
            .where(s.id == session_id)
        ).first()
        if row is None:
            raise NotFoundError("session", session_id)
        return convert.session_of(
            row,
            row.series_name,
            appearances=self._appearances(conn, session_id),
            materials=[convert.material(r) for r in _rows(conn, t.material, session_id, "id")],
            recordings=self._recordings(conn, session_id),
            links=[convert.link(r) for r in _rows(conn, t.link, session_id, "ord")],
            tags=list(
                conn.scalars(
                    select(t.tag.c.name)
                    .join(t.session_tag, t.session_tag.c.tag_id == t.tag.c.id)
                    .where(t.session_tag.c.session_id == session_id)
                    .order_by(t.tag.c.name)
                )
            ),
        )

    @staticmethod
    def _appearances(conn: Connection, session_id: int) -> list[m.Appearance]:
        a = t.appearance.c
        rows = conn.execute(
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
        return [convert.appearance_of(r, r.person_name, r.organisation_name) for r in rows]

    @staticmethod
    def _recordings(conn: Connection, session_id: int) -> list[m.Recording]:
        recordings = _rows(conn, t.recording, session_id, "id")
        if not recordings:
            return []
        ids = [r.id for r in recordings]
        chapters = _by_recording(conn, t.chapter, ids, "start_ms")
        notes = _by_recording(conn, t.note, ids, "at_ms")
        tracks = _by_recording(conn, t.subtitle_track, ids, "id")
        track_ids = [x.id for rows in tracks.values() for x in rows]
        counts: dict[int, int] = {}
        if track_ids:
            cue = t.transcript_cue.c
            counts = {
                int(tid): int(n)
                for tid, n in conn.execute(
                    select(cue.track_id, func.count())
                    .where(cue.track_id.in_(track_ids))
                    .group_by(cue.track_id)
                )
            }
        return [
            convert.recording_of(
                r,
                [convert.chapter(c) for c in chapters[r.id]],
                [convert.note(n) for n in notes[r.id]],
                [convert.subtitle(x, counts.get(x.id, 0)) for x in tracks[r.id]],
            )
            for r in recordings
        ]


def _rows(conn: Connection, table: Any, session_id: int, order: str) -> list[CoreRow]:
    # A material's extracted text (megabytes for a long document) is not part of its record.
    columns = [c for c in table.c if c.key != "text"]
    return list(
        conn.execute(
            select(*columns)
            .where(table.c.session_id == session_id)
            .order_by(table.c[order], table.c.id)
        )
    )


def _by_recording(
    conn: Connection, table: Any, recording_ids: list[int], order: str
) -> dict[int, list[CoreRow]]:
    found: dict[int, list[CoreRow]] = defaultdict(list)
    for row in conn.execute(
        select(table)
        .where(table.c.recording_id.in_(recording_ids))
        .order_by(table.c.recording_id, table.c[order], table.c.id)
    ):
        found[row.recording_id].append(row)
    return found
