"""Keeping the search index in step with the catalogue: rewrite the rows a transaction
touched (``apply_changes``, called by ``events.py`` before the commit), or all of them
(``rebuild``: ``webinar-archive reindex`` and migrations).

Sessions in the trash are taken out of the index (and put back whole on restore), so that a
plain text search never has to look at the session table; queries with filters join it and
check ``deleted_at`` as well.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.sql.elements import ColumnElement

from ...domain.progress import ReportProgress, step
from .. import orm as o
from .base import BATCH, SEQ_LIMIT, IndexWriter, Location, chunks, short_bodies
from .fields import SESSION_KINDS, SHORT_KINDS
from .locations import material_locations, recording_locations, session_locations
from .schema import backend_for, create_search_schema

# A pseudo-kind for ``Changes.partial_kinds``: the values the filter markers are made of (date,
# language, status) changed.
FILTERS = "filters"


@dataclass(slots=True)
class Changes:
    """What a transaction touched, as far as the index is concerned."""

    sessions: set[int] = field(default_factory=set)  # session-level fields
    purged: set[int] = field(default_factory=set)
    materials: set[tuple[int, int]] = field(default_factory=set)  # (session, material)
    recordings: set[tuple[int, int]] = field(default_factory=set)  # (session, recording)
    persons: set[int] = field(default_factory=set)
    organisations: set[int] = field(default_factory=set)
    series: set[int] = field(default_factory=set)
    tags: set[int] = field(default_factory=set)
    lost_materials: set[int] = field(default_factory=set)
    lost_recordings: set[int] = field(default_factory=set)
    # Sessions of which only these session-level kinds (and the filters) changed: bulk edits.
    partial: set[int] = field(default_factory=set)
    partial_kinds: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return any(
            (
                self.sessions,
                self.purged,
                self.materials,
                self.recordings,
                self.persons,
                self.organisations,
                self.series,
                self.tags,
                self.lost_materials,
                self.lost_recordings,
                self.partial,
            )
        )


def ids_where(conn: Connection, column: Any, clause: ColumnElement[bool]) -> set[int]:
    return {int(x) for x in conn.scalars(select(column).where(clause).distinct())}


def live_sessions(conn: Connection, session_ids: Iterable[int]) -> set[int]:
    """Which of the sessions exist and are not in the trash.

    Looked up by id, the trash checked here: with "deleted_at IS NULL" in the query SQLite
    prefers an index on deleted_at and reads every live session of the library for each
    batch (1.6 s of a 10,000-session bulk edit at 100,000 sessions)."""
    s = o.SessionRow
    live: set[int] = set()
    for ids in chunks(session_ids):
        rows = conn.execute(select(s.id, s.deleted_at).where(s.id.in_(ids)))
        live |= {int(sid) for sid, deleted in rows if deleted is None}
    return live


def apply_changes(conn: Connection, changes: Changes) -> set[int]:
    """Rewrite the index rows that ``changes`` affect; return the sessions whose document moved."""
    writer = backend_for(conn.dialect.name).writer(conn)
    sessions = set(changes.sessions)
    a = o.AppearanceRow
    for ids in chunks(changes.persons):
        sessions |= ids_where(conn, a.session_id, a.person_id.in_(ids))
    for ids in chunks(changes.organisations):
        sessions |= ids_where(conn, a.session_id, a.organisation_id.in_(ids))
    # A renamed series or tag changes one short value of its sessions: only that is rewritten
    # (renaming a tag of 10,000 sessions touches no place and no large document).
    renamed: set[int] = set()
    kinds = set(changes.partial_kinds)
    for ids in chunks(changes.series):
        found = ids_where(conn, o.SessionRow.id, o.SessionRow.series_id.in_(ids))
        renamed |= found
        kinds |= {"series"} if found else set()
    for ids in chunks(changes.tags):
        found = ids_where(conn, o.SessionTagRow.session_id, o.SessionTagRow.tag_id.in_(ids))
        renamed |= found
        kinds |= {"tag"} if found else set()
    for mid in changes.lost_materials:
        writer.delete_everywhere("material_id", mid)
    for rid in changes.lost_recordings:
        writer.delete_everywhere("recording_id", rid)
    purged = set(changes.purged)
    for sid in purged:
        writer.delete_session(sid)
    sessions -= purged
    materials = {(s, m) for s, m in changes.materials if s not in purged}
    recordings = {(s, r) for s, r in changes.recordings if s not in purged}
    partial = (changes.partial | renamed) - sessions - purged
    partial -= {s for s, _ in materials} | {s for s, _ in recordings}
    done = set()
    if partial:
        whole = _rewrite_kinds(conn, writer, partial, kinds)
        sessions |= whole
        done = partial - whole
    touched = sessions | {s for s, _ in materials} | {s for s, _ in recordings}
    if not touched:
        return done
    # Only sessions with a document get their parts rewritten; the others are indexed whole
    # below, so reading their parts here would be wasted work.
    indexed = writer.documented(touched)
    sessions &= indexed
    materials = {(s, m) for s, m in materials if s in indexed}
    recordings = {(s, r) for s, r in recordings if s in indexed}
    fresh: dict[int, list[Location]] = defaultdict(list)
    if sessions:
        for sid, locs in session_locations(conn, sessions).items():
            fresh[sid].extend(locs)
        for sid in sessions:
            writer.delete_part(sid, kinds=SESSION_KINDS)
    for sid, mid in materials:
        writer.delete_part(sid, material_id=mid)
    for sid, rid in recordings:
        writer.delete_part(sid, recording_id=rid)
    for loc in material_locations(conn, {m for _, m in materials}):
        fresh[loc.session_id].append(loc)
    for loc in recording_locations(conn, {r for _, r in recordings}):
        fresh[loc.session_id].append(loc)
    live = live_sessions(conn, touched)  # still there and not in the trash
    filters: dict[int, str] = {}
    short: dict[int, list[tuple[str, str]]] = {}
    for ids in chunks(touched & live & indexed):
        filters |= writer.filter_words(ids)
        # The short values have no place rows to rebuild the document from: read them here.
        for sid, locs in session_locations(conn, ids, SHORT_KINDS).items():
            short[sid] = short_bodies(locs)
    in_batches: list[int] = []
    writer.delete_sessions(sorted(touched - live))
    for sid in sorted(touched & live):
        if sid not in indexed:  # new, or back from the trash
            in_batches.append(sid)
            continue
        locs = fresh.get(sid, [])
        seq = writer.next_seq(sid)
        if seq + len(locs) >= SEQ_LIMIT:  # its id range used up by many rewrites
            in_batches.append(sid)
            continue
        writer.insert(sid, locs, seq)
        writer.write_document(sid, filters=filters.get(sid, ""), short=short.get(sid, []))
    # Sessions indexed whole go in batches: an import of thousands of new sessions costs a
    # few statements per batch, not a dozen per session.
    for ids in chunks(in_batches):
        _index_sessions(writer, ids, replace=True)
    return (touched & live) | done


def _rewrite_kinds(
    conn: Connection, writer: IndexWriter, session_ids: set[int], kinds: set[str]
) -> set[int]:
    """Rewrite only ``kinds`` of these sessions in batches (``FILTERS``: their filter markers);
    return those to index whole (in the trash, not indexed yet, or out of row ids)."""
    places = kinds - {FILTERS}
    live = live_sessions(conn, session_ids)
    fast = live & writer.documented(live)
    whole = session_ids - fast
    if not places and FILTERS not in kinds:
        return whole  # e.g. only the rights changed: nothing of it is indexed
    for ids in chunks(fast):
        found = session_locations(conn, ids, places) if places else {}
        filters = writer.filter_words(ids) if FILTERS in kinds else None
        whole |= writer.replace_kinds({sid: found.get(sid, []) for sid in ids}, places, filters)
    return whole


def _index_sessions(writer: IndexWriter, session_ids: Sequence[int], *, replace: bool) -> None:
    conn = writer.conn
    per_session = session_locations(conn, session_ids)
    m, r = o.MaterialRow, o.RecordingRow
    material_ids: set[int] = set()
    recording_ids: set[int] = set()
    for ids in chunks(session_ids):
        material_ids |= ids_where(conn, m.id, m.session_id.in_(ids))
        recording_ids |= ids_where(conn, r.id, r.session_id.in_(ids))
    for loc in material_locations(conn, material_ids):
        per_session[loc.session_id].append(loc)
    for loc in recording_locations(conn, recording_ids):
        per_session[loc.session_id].append(loc)
    filters = writer.filter_words(session_ids)
    if replace:
        writer.delete_sessions(session_ids)
    bodies = writer.insert_many([(sid, per_session.get(sid, []), 1) for sid in session_ids])
    writer.write_new_documents(
        [(sid, b, filters.get(sid)) for sid, b in zip(session_ids, bodies, strict=True)]
    )


def rebuild(conn: Connection, progress: ReportProgress | None = None) -> int:
    """Drop every index row and index the catalogue again (the trash is left out, so that a
    search needs no look at the session table); return the number of sessions indexed.

    ``progress`` counts sessions; when it says stop, ``Cancelled`` leaves the caller's
    transaction to roll back to the index as it was.
    """
    create_search_schema(conn)
    writer = backend_for(conn.dialect.name).writer(conn)
    writer.clear()
    ids = list(
        conn.scalars(
            select(o.SessionRow.id)
            .where(o.SessionRow.deleted_at.is_(None))
            .order_by(o.SessionRow.id)
        )
    )
    total = len(ids)
    for start in range(0, total, BATCH):
        _index_sessions(writer, ids[start : start + BATCH], replace=False)
        done = min(start + BATCH, total)
        step(progress, f"Indexing session {done:,} of {total:,}", done, total)
    writer.optimize()
    return total
