"""Keeping the search index in step with the catalogue: rewrite the rows a transaction
touched (``apply_changes``, called by ``events.py`` before the commit), all of them in one
transaction (``rebuild``: a repair, a restore), or all of them in committed steps that an
interruption does not lose (``reindex``: ``webinar-archive reindex`` and the app's Rebuild Search
Index; ``start_rebuild`` in a migration; ``finish_rebuild`` when the catalogue opens).

A stepwise rebuild is marked by the one row of ``search_rebuild``: the highest session id
indexed so far. While it is there the index is not trusted (``rebuild_state``; the search store
says the index is being rebuilt instead of answering from part of it), and every writable open
of the catalogue goes on from that id until it is done, then drops the table.

Sessions in the trash are taken out of the index (and put back whole on restore), so that a
plain text search never has to look at the session table; queries with filters join it and
check ``deleted_at`` as well.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.elements import ColumnElement

from ...domain.messages import _t, number
from ...domain.progress import ReportProgress, step
from .. import tables as t
from .base import BATCH, SEQ_LIMIT, IndexWriter, Location, chunks, short_bodies
from .fields import REBUILD_TABLE, SESSION_KINDS, SHORT_KINDS
from .locations import IDS, material_locations, recording_locations, session_locations
from .schema import backend_for, create_search_schema, rebuild_pending

REBUILD_STEP_MAX = 2000

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


def ids_where(
    conn: Connection, column: Any, clause: ColumnElement[bool], ids: Sequence[int] | None = None
) -> set[int]:
    """``column`` of the rows where ``clause`` holds (``ids``: the values of its ``IDS``)."""
    params = {} if ids is None else {"ids": list(ids)}
    return {int(x) for x in conn.scalars(select(column).where(clause).distinct(), params)}


def live_sessions(conn: Connection, session_ids: Iterable[int]) -> set[int]:
    """Which of the sessions exist and are not in the trash.

    Looked up by id, the trash checked here: with "deleted_at IS NULL" in the query SQLite
    prefers an index on deleted_at and reads every live session of the library for each
    batch (1.6 s of a 10,000-session bulk edit at 100,000 sessions)."""
    s = t.session.c
    live: set[int] = set()
    for ids in chunks(session_ids):
        rows = conn.execute(select(s.id, s.deleted_at).where(s.id.in_(ids)))
        live |= {int(sid) for sid, deleted in rows if deleted is None}
    return live


def apply_changes(conn: Connection, changes: Changes) -> set[int]:
    """Rewrite the index rows that ``changes`` affect; return the sessions whose document moved."""
    writer = backend_for(conn.dialect.name).writer(conn)
    sessions = set(changes.sessions)
    a = t.appearance.c
    for ids in chunks(changes.persons):
        sessions |= ids_where(conn, a.session_id, a.person_id.in_(ids))
    for ids in chunks(changes.organisations):
        sessions |= ids_where(conn, a.session_id, a.organisation_id.in_(ids))
    # A renamed series or tag changes one short value of its sessions: only that is rewritten
    # (renaming a tag of 10,000 sessions touches no place and no large document).
    renamed: set[int] = set()
    kinds = set(changes.partial_kinds)
    for ids in chunks(changes.series):
        found = ids_where(conn, t.session.c.id, t.session.c.series_id.in_(ids))
        renamed |= found
        kinds |= {"series"} if found else set()
    for ids in chunks(changes.tags):
        found = ids_where(conn, t.session_tag.c.session_id, t.session_tag.c.tag_id.in_(ids))
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
    new: list[int] = []
    used_up: list[int] = []
    writer.delete_sessions(sorted(touched - live))
    for sid in sorted(touched & live):
        if sid not in indexed:  # new, or back from the trash
            new.append(sid)
            continue
        locs = fresh.get(sid, [])
        seq = writer.next_seq(sid)
        if seq + len(locs) >= SEQ_LIMIT:  # its id range used up by many rewrites
            used_up.append(sid)
            continue
        writer.insert(sid, locs, seq)
        writer.write_document(sid, filters=filters.get(sid, ""), short=short.get(sid, []))
    # Sessions indexed whole go in batches: an import of thousands of new sessions costs a
    # few statements per batch, not a dozen per session. A session without a document has no
    # index rows (its places and document are written and deleted together): nothing to
    # delete first (a tenth of the index writes of an import).
    for ids in chunks(new):
        _index_sessions(writer, ids, replace=False)
    for ids in chunks(used_up):
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
    m, r = t.material.c, t.recording.c
    material_ids: set[int] = set()
    recording_ids: set[int] = set()
    for ids in chunks(session_ids):
        material_ids |= ids_where(conn, m.id, m.session_id.in_(IDS), ids)
        recording_ids |= ids_where(conn, r.id, r.session_id.in_(IDS), ids)
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
    with writer.rebuilding():
        writer.clear()
        ids = list(
            conn.scalars(
                select(t.session.c.id)
                .where(t.session.c.deleted_at.is_(None))
                .order_by(t.session.c.id)
            )
        )
        total = len(ids)
        for start in range(0, total, BATCH):
            _index_sessions(writer, ids[start : start + BATCH], replace=False)
            done = min(start + BATCH, total)
            step(
                progress,
                _t("Indexing session {done} of {total}").format(
                    done=number(done), total=number(total)
                ),
                done,
                total,
            )
        writer.optimize()
    _clear_rebuild_mark(conn)  # a stepwise rebuild left unfinished is done now
    return total


def _clear_rebuild_mark(conn: Connection) -> None:
    conn.execute(text(f"DROP TABLE IF EXISTS {REBUILD_TABLE}"))


# ----------------------------------------------------------------------------------------------
# A rebuild in committed steps (schema upgrades)


@dataclass(frozen=True, slots=True)
class RebuildState:
    """How far a stepwise rebuild got: sessions up to ``last_session`` (by id) are indexed."""

    last_session: int
    done: int
    total: int


def start_rebuild(conn: Connection) -> None:
    """Empty the index (made in its current shape when missing) and mark it as being rebuilt.

    For migrations whose change needs the index made again: the indexing itself is left to
    ``finish_rebuild`` after the upgrade, in steps that each commit, so a long rebuild shows its
    progress and an interrupted one goes on where it stopped instead of starting again. It also
    reads the catalogue through the current models only once every migration has run.
    """
    create_search_schema(conn)
    writer = backend_for(conn.dialect.name).writer(conn)
    with writer.rebuilding():
        writer.clear()
    conn.execute(
        text(
            f"CREATE TABLE IF NOT EXISTS {REBUILD_TABLE} (id INTEGER PRIMARY KEY, "
            "last_session BIGINT NOT NULL, done INTEGER NOT NULL, total INTEGER NOT NULL)"
        )
    )
    conn.execute(text(f"DELETE FROM {REBUILD_TABLE}"))
    conn.execute(
        text(f"INSERT INTO {REBUILD_TABLE} (id, last_session, done, total) VALUES (1, 0, 0, :n)"),
        {"n": _live_count(conn)},
    )


def rebuild_state(conn: Connection) -> RebuildState | None:
    """How far the pending stepwise rebuild got; None when the index is whole."""
    if not rebuild_pending(conn):
        return None
    row = conn.execute(text(f"SELECT last_session, done, total FROM {REBUILD_TABLE}")).first()
    if row is None:
        return None
    return RebuildState(int(row[0]), int(row[1]), int(row[2]))


def finish_rebuild(engine: Engine, progress: ReportProgress | None = None) -> int | None:
    """Index the sessions a started rebuild has not reached, a committed batch at a time; the
    number of sessions indexed now, or None when no rebuild was pending.

    ``progress`` hears after each commit: when it says stop (``Cancelled``), or the process is
    interrupted or killed, what was committed stays and the next call goes on from there.
    Sessions written meanwhile by others are indexed by their own transactions; a batch
    replaces whatever its sessions already have, so none is indexed twice.
    """
    with engine.connect() as conn:
        state = rebuild_state(conn)
    if state is None:
        return None
    return _go_on(engine, state, progress)[0]


def reindex(engine: Engine, progress: ReportProgress | None = None) -> int:
    """Make the whole index again in committed batches (``webinar-archive reindex``, the
    app's Rebuild Search Index); the number of sessions in the index when it is done.

    The same steps as an upgrade's rebuild (``start_rebuild``, then ``finish_rebuild``'s
    batches): a stop, Ctrl+C or a killed process keeps what was committed, search says the
    index is being rebuilt until it is finished, and the next open (or reindex) goes on from
    the mark. A rebuild already pending is gone on with, not started again.
    """
    announce = True
    with engine.begin() as conn:
        state = rebuild_state(conn)
        if state is None:
            # Asked before the index is emptied: a stop here leaves the old index untouched.
            total = _live_count(conn)
            step(progress, _rebuild_text(0, total), 0, total)
            start_rebuild(conn)
            state, announce = rebuild_state(conn), False
    assert state is not None
    return _go_on(engine, state, progress, announce=announce)[1]


def _go_on(
    engine: Engine, state: RebuildState, progress: ReportProgress | None, *, announce: bool = True
) -> tuple[int, int]:
    """Index the rest of a started rebuild; (sessions indexed now, sessions in the index once
    it is whole)."""
    indexed = 0
    if announce:
        step(progress, _rebuild_text(state.done, state.total), state.done, state.total)
    while True:
        try:
            done, total, ids = _rebuild_step(engine)
        except OperationalError:
            # The mark is gone (another program finished the rebuild and dropped it), or
            # something is wrong that the next open must meet again.
            with engine.connect() as conn:
                if rebuild_state(conn) is None:
                    return indexed, _live_count(conn)
            raise
        if not ids:  # whole: finished by this step, or by another program meanwhile
            with engine.connect() as conn:
                return indexed, _live_count(conn)
        indexed += len(ids)
        step(progress, _rebuild_text(done, total), done, total)


def _rebuild_step(engine: Engine) -> tuple[int, int, list[int]]:
    """Index the next batch of a stepwise rebuild and commit it, moving the mark on; the
    sessions done, the total and the batch's ids (none: the rebuild is done, the mark gone)."""
    with engine.begin() as conn:
        # A write first: the batch holds the write lock from its start, so two programs
        # finishing the same rebuild take turns instead of failing on a stale read.
        conn.execute(text(f"UPDATE {REBUILD_TABLE} SET done = done"))
        state = rebuild_state(conn)
        if state is None:
            return 0, 0, []  # another program finished it meanwhile
        ids = list(
            conn.scalars(
                select(t.session.c.id)
                .where(t.session.c.deleted_at.is_(None), t.session.c.id > state.last_session)
                .order_by(t.session.c.id)
                .limit(_step_size(state.total))
            )
        )
        writer = backend_for(conn.dialect.name).writer(conn)
        if not ids:
            with writer.rebuilding():
                writer.optimize()
            _clear_rebuild_mark(conn)
            return 0, 0, []
        with writer.rebuilding():
            _index_sessions(writer, ids, replace=True)
        done = state.done + len(ids)
        total = max(state.total, done)
        conn.execute(
            text(f"UPDATE {REBUILD_TABLE} SET last_session = :t, done = :d, total = :n"),
            {"t": ids[-1], "d": done, "n": total},
        )
        return done, total, ids


def _step_size(total: int) -> int:
    """Sessions per committed step: about 50 steps for a large catalogue (each commit writes
    the index pages it touched: the commits of steps of 400 were a tenth of a reindex's wall
    time on a busy machine), at least ``BATCH`` and at most ``REBUILD_STEP_MAX`` (about 2 s of
    CPU, the longest a stop waits)."""
    return max(BATCH, min(REBUILD_STEP_MAX, total // 50))


def _rebuild_text(done: int, total: int) -> str:
    return _t("Rebuilding the search index: session {done} of {total}").format(
        done=number(done), total=number(total)
    )


def _live_count(conn: Connection) -> int:
    # Plain SQL: a migration calls this, when the session table may be older than the models.
    return int(conn.scalar(text("SELECT count(*) FROM session WHERE deleted_at IS NULL")) or 0)
