"""ORM session events that keep the search index in step: collect what a transaction
touches, re-index it before the commit. Registered when the first ORM session is made
(``uow.session_factory``); they act for the catalogues ``attached.attach_search_index`` marked.

Why session events and not SQL triggers: triggers cannot fold text the way ``fold`` does
(SQLite has no such function without registering Python code on every connection, PostgreSQL
would need a second, diverging implementation in PL/pgSQL), and a session's document is an
aggregate of many tables. Instead, ``after_flush`` collects the ORM objects a transaction
touched, ``do_orm_execute`` the rows of bulk UPDATE/DELETE statements (their WHERE clause is
reused to find the affected rows before they change), and ``before_commit`` rewrites those
sessions' index rows with SQL on the same connection (``indexer.apply_changes``). The index
therefore commits or rolls back together with the change. Writes made outside the ORM session
(raw SQL) are not seen; ``rebuild`` (``webinar-archive reindex``) puts the index right from the
catalogue at any time.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event, inspect, select
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession

from .. import orm as o
from .attached import ATTACHED as _ATTACHED
from .fields import session_row_columns
from .schema import has_search_schema

# The index writer (and the query side it shares code with) is imported by the first write
# that has something to index: a command or a window that only reads never loads it.
if TYPE_CHECKING:
    from .indexer import Changes

_PENDING_KEY = "webinar_archive.search_changes"


def _enabled(db: OrmSession) -> bool:
    """True when the catalogue behind ``db`` is attached and has the index tables (checked
    once per engine)."""
    bind = db.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    known = _ATTACHED.get(engine)
    if known is None:
        return False
    if known:
        return True
    found = has_search_schema(db.connection())
    if found:  # a missing index may be created later (migration), so only success is cached
        _ATTACHED[engine] = True
    return found


def _changes(db: OrmSession) -> Changes:
    from .indexer import Changes

    found = db.info.get(_PENDING_KEY)
    if not isinstance(found, Changes):
        found = Changes()
        db.info[_PENDING_KEY] = found
    return found


def note_sessions_written(db: OrmSession, session_ids: Iterable[int]) -> None:
    """Sessions written with Core statements (bulk inserts), which the ORM events do not see:
    their index entries are rewritten before the commit like those of any other change."""
    if _enabled(db):
        _changes(db).sessions.update(int(x) for x in session_ids)


def _value(db: OrmSession, obj: object, attr: str, gone: bool) -> int | None:
    """An attribute of ``obj``, read from the database if expired (never for a deleted one)."""
    state = inspect(obj)
    value = state.dict.get(attr)
    if value is None and not gone and state.identity is not None:
        cls: Any = type(obj)
        value = db.connection().scalar(
            select(getattr(cls, attr)).where(cls.id == state.identity[0])
        )
    return int(value) if value is not None else None


def _identity(obj: object) -> int | None:
    # New rows have their id in the instance dict after the flush but no identity key yet.
    state = inspect(obj)
    value = state.dict.get("id")
    if value is None and state.identity:
        value = state.identity[0]
    return int(value) if value is not None else None


@dataclass(slots=True)
class _Lookups:
    materials: set[int] = field(default_factory=set)
    recordings: set[int] = field(default_factory=set)
    tracks: set[int] = field(default_factory=set)


def _collect_object(
    db: OrmSession, obj: object, gone: bool, changes: Changes, look: _Lookups
) -> None:
    if isinstance(obj, o.SessionRow):
        ident = _identity(obj)
        if ident is not None:
            (changes.purged if gone else changes.sessions).add(ident)
    elif isinstance(obj, o.AppearanceRow | o.SessionTagRow):
        sid = _value(db, obj, "session_id", gone)
        if sid is not None:
            changes.sessions.add(sid)
    elif isinstance(obj, o.PersonRow | o.OrganisationRow | o.SeriesRow | o.TagRow):
        ident = _identity(obj)
        target = {
            o.PersonRow: changes.persons,
            o.OrganisationRow: changes.organisations,
            o.SeriesRow: changes.series,
            o.TagRow: changes.tags,
        }[type(obj)]
        if ident is not None:
            target.add(ident)
    elif isinstance(obj, o.PersonAliasRow):
        pid = _value(db, obj, "person_id", gone)
        if pid is not None:
            changes.persons.add(pid)
    elif isinstance(obj, o.OrganisationAliasRow):
        oid = _value(db, obj, "organisation_id", gone)
        if oid is not None:
            changes.organisations.add(oid)
    elif isinstance(obj, o.MaterialRow | o.RecordingRow):
        ident = _identity(obj)
        sid = _value(db, obj, "session_id", gone)
        if ident is None:
            return
        is_material = isinstance(obj, o.MaterialRow)
        if sid is None:
            (changes.lost_materials if is_material else changes.lost_recordings).add(ident)
        else:
            (changes.materials if is_material else changes.recordings).add((sid, ident))
    elif isinstance(obj, o.MaterialPageRow):
        mid = _value(db, obj, "material_id", gone)
        if mid is not None:
            look.materials.add(mid)
    elif isinstance(obj, o.SubtitleTrackRow | o.NoteRow | o.ChapterRow):
        rid = _value(db, obj, "recording_id", gone)
        if rid is not None:
            look.recordings.add(rid)
    elif isinstance(obj, o.TranscriptCueRow):
        tid = _value(db, obj, "track_id", gone)
        if tid is not None:
            look.tracks.add(tid)


def _resolve(conn: Connection, look: _Lookups, changes: Changes) -> None:
    """Turn material, recording and track ids into (session, part) pairs while they exist."""
    from .base import chunks
    from .indexer import ids_where

    for ids in chunks(look.tracks):
        look.recordings |= ids_where(
            conn, o.SubtitleTrackRow.recording_id, o.SubtitleTrackRow.id.in_(ids)
        )
    for ids in chunks(look.materials):
        for sid, mid in conn.execute(
            select(o.MaterialRow.session_id, o.MaterialRow.id).where(o.MaterialRow.id.in_(ids))
        ):
            changes.materials.add((int(sid), int(mid)))
    for ids in chunks(look.recordings):
        for sid, rid in conn.execute(
            select(o.RecordingRow.session_id, o.RecordingRow.id).where(o.RecordingRow.id.in_(ids))
        ):
            changes.recordings.add((int(sid), int(rid)))


_AUTHORITY_ROWS = (o.PersonRow, o.OrganisationRow, o.SeriesRow, o.TagRow)


def _after_flush(db: OrmSession, _context: object) -> None:
    if not _enabled(db):
        return
    changes = _changes(db)
    look = _Lookups()
    for obj in list(db.new):
        # A new person, organisation, series or tag is in no session's document yet: the
        # sessions that take it up are collected through their own rows (or marked by whoever
        # links them), rather than every session that has it by the commit.
        if not isinstance(obj, _AUTHORITY_ROWS):
            _collect_object(db, obj, False, changes, look)
    for obj in list(db.dirty):
        _collect_object(db, obj, False, changes, look)
    for obj in list(db.deleted):
        _collect_object(db, obj, True, changes, look)
    _resolve(db.connection(), look, changes)


# Bulk UPDATE/DELETE: which columns matter for the index, and what an affected row points to.
_BULK_COLUMNS: dict[type, frozenset[str]] = {
    # The plain values indexed (fields.py), and what the trash and the filters read.
    o.SessionRow: session_row_columns()
    | frozenset({"series_id", "deleted_at", "date", "language", "status"}),
    o.AppearanceRow: frozenset({"person_id", "organisation_id", "session_id"}),
    o.MaterialRow: frozenset({"session_id", "original_name", "kind"}),
    o.MaterialPageRow: frozenset({"text", "page_no", "material_id"}),
    o.RecordingRow: frozenset({"session_id", "original_name"}),
    o.SubtitleTrackRow: frozenset({"recording_id"}),
    o.TranscriptCueRow: frozenset({"text", "start_ms", "track_id"}),
    o.NoteRow: frozenset({"text", "at_ms", "recording_id"}),
    o.ChapterRow: frozenset({"title", "start_ms", "recording_id"}),
    o.PersonRow: frozenset({"display_name"}),
    o.PersonAliasRow: frozenset({"alias", "person_id"}),
    o.OrganisationRow: frozenset({"name", "acronym"}),
    o.OrganisationAliasRow: frozenset({"alias", "organisation_id"}),
    o.SeriesRow: frozenset({"name"}),
    o.TagRow: frozenset({"name"}),
    o.SessionTagRow: frozenset({"session_id", "tag_id"}),
}


def _before_bulk(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is None or mapper.class_ not in _BULK_COLUMNS:
        return
    cls = mapper.class_
    statement: Any = state.statement
    if state.is_update:
        keys = set(statement.compile().params)
        if not keys & _BULK_COLUMNS[cls]:
            return
    db = state.session
    if not _enabled(db):
        return
    conn = db.connection()
    where = statement.whereclause
    changes = _changes(db)
    look = _Lookups()

    def ids(*columns: Any) -> list[Any]:
        query = select(*columns)
        if where is not None:
            query = query.where(where)
        return list(conn.execute(query.distinct()).all())

    if cls is o.SessionRow:
        changes.sessions |= {int(r[0]) for r in ids(cls.id)}
    elif cls in (o.AppearanceRow, o.SessionTagRow):
        changes.sessions |= {int(r[0]) for r in ids(cls.session_id)}
    elif cls is o.MaterialRow:
        changes.materials |= {(int(s), int(m)) for s, m in ids(cls.session_id, cls.id)}
    elif cls is o.RecordingRow:
        changes.recordings |= {(int(s), int(r)) for s, r in ids(cls.session_id, cls.id)}
    elif cls is o.MaterialPageRow:
        look.materials |= {int(r[0]) for r in ids(cls.material_id)}
    elif cls in (o.SubtitleTrackRow, o.NoteRow, o.ChapterRow):
        look.recordings |= {int(r[0]) for r in ids(cls.recording_id)}
    elif cls is o.TranscriptCueRow:
        look.tracks |= {int(r[0]) for r in ids(cls.track_id)}
    elif cls in (o.PersonRow, o.OrganisationRow, o.SeriesRow, o.TagRow):
        target = {
            o.PersonRow: changes.persons,
            o.OrganisationRow: changes.organisations,
            o.SeriesRow: changes.series,
            o.TagRow: changes.tags,
        }[cls]
        target |= {int(r[0]) for r in ids(cls.id)}
    elif cls is o.PersonAliasRow:
        changes.persons |= {int(r[0]) for r in ids(cls.person_id)}
    elif cls is o.OrganisationAliasRow:
        changes.organisations |= {int(r[0]) for r in ids(cls.organisation_id)}
    _resolve(conn, look, changes)


def _before_commit(db: OrmSession) -> None:
    db.flush()  # so that every change has passed through after_flush
    changes = db.info.pop(_PENDING_KEY, None)
    if changes:  # only _changes puts anything there
        from .indexer import apply_changes

        apply_changes(db.connection(), changes)


def _after_rollback(db: OrmSession) -> None:
    db.info.pop(_PENDING_KEY, None)


def register_session_events() -> None:
    """Listen to every ORM session (once): those bound to an attached catalogue's engine keep
    its index in step. Called by ``uow.session_factory`` when the first one is made."""
    for name, handler in (
        ("after_flush", _after_flush),
        ("do_orm_execute", _before_bulk),
        ("before_commit", _before_commit),
        ("after_rollback", _after_rollback),
    ):
        if not event.contains(OrmSession, name, handler):
            event.listen(OrmSession, name, handler)


def mark_sessions_changed(
    db: OrmSession, ids: set[int], kinds: Collection[str] | None = None
) -> None:
    """Re-index these sessions before the commit: for writes made with Core statements on the
    ORM session's connection (bulk edits), which the events above do not see. ``kinds``: only
    these session-level places changed (and maybe the filter values: date, language, status),
    which are rewritten in batches; None: the whole session."""
    if not ids or not _enabled(db):
        return
    changes = _changes(db)
    if kinds is None:
        changes.sessions |= ids
    else:
        changes.partial |= ids
        changes.partial_kinds |= set(kinds)
