"""Reading what gets indexed from the catalogue: the places of sessions, materials and
recordings as ``Location`` rows (the kinds are declared in ``fields.py``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import BindParameter, Connection, Executable, bindparam, select

from .. import tables as t
from .base import Location, chunks
from .fields import SESSION_VALUES
from .filters import SLIDE_KINDS

# "column IN (:ids)" expanded when executed: a list of ids written into the statement is
# coerced and named id by id each time it is built (a tenth of a reindex's reads), this is
# compiled once and cached.
IDS: BindParameter[int] = bindparam("ids", expanding=True)


def _rows(conn: Connection, statement: Executable, params: dict[str, Any]) -> list[Any]:
    """The rows of a select as the driver gives them, fetched at once: a reindex reads a
    quarter of a million rows per 10,000 sessions, and making a result row of each, one fetch
    at a time, cost more than reading them (these columns need no conversion)."""
    result = conn.execute(statement, params)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def session_locations(
    conn: Connection, session_ids: Iterable[int], kinds: Collection[str] | None = None
) -> dict[int, list[Location]]:
    """The session-level places (``fields.Part.SESSION``): its plain values (title, series,
    theme, summary, notes), tags, speakers and organisations; only those of ``kinds`` when
    given (a bulk edit that changed only the tags reads only the tags)."""
    result: dict[int, list[Location]] = defaultdict(list)
    values_read = [p for p in SESSION_VALUES if kinds is None or p.kind in kinds]
    for ids in chunks(session_ids):
        s = t.session.c
        if values_read:
            for sid, *values in _rows(
                conn,
                select(s.id, *(p.value for p in values_read))
                .outerjoin(t.series, t.series.c.id == s.series_id)
                .where(s.id.in_(IDS)),
                {"ids": ids},
            ):
                locs = result[sid]
                for place, value in zip(values_read, values, strict=True):
                    if place.always or (value and value.strip()):
                        locs.append(Location(sid, place.kind, value))
        if kinds is None or "tag" in kinds:
            _tag_locations(conn, ids, result)
        if kinds is None or {"speaker", "organisation"} & set(kinds):
            _people_locations(conn, ids, result)
    return result


def _tag_locations(conn: Connection, ids: list[int], result: dict[int, list[Location]]) -> None:
    for sid, tag_id, name in _rows(
        conn,
        select(t.session_tag.c.session_id, t.tag.c.id, t.tag.c.name)
        .join(t.tag, t.tag.c.id == t.session_tag.c.tag_id)
        .where(t.session_tag.c.session_id.in_(IDS))
        .order_by(t.tag.c.name),
        {"ids": ids},
    ):
        result[sid].append(Location(sid, "tag", name, ref_id=tag_id))


def _people_locations(conn: Connection, ids: list[int], result: dict[int, list[Location]]) -> None:
    apps = _rows(
        conn,
        select(
            t.appearance.c.session_id,
            t.appearance.c.person_id,
            t.person.c.display_name,
            t.appearance.c.organisation_id,
        )
        .join(t.person, t.person.c.id == t.appearance.c.person_id)
        .where(t.appearance.c.session_id.in_(IDS))
        .order_by(t.appearance.c.session_id, t.appearance.c.ord),
        {"ids": ids},
    )
    person_aliases = _aliases(
        conn, t.person_alias.c.person_id, t.person_alias.c.alias, {a[1] for a in apps}
    )
    org_ids = {a[3] for a in apps if a[3] is not None}
    orgs: dict[int, tuple[str, str | None]] = {}
    for ids_part in chunks(org_ids):
        for oid, name, acronym in _rows(
            conn,
            select(t.organisation.c.id, t.organisation.c.name, t.organisation.c.acronym).where(
                t.organisation.c.id.in_(IDS)
            ),
            {"ids": ids_part},
        ):
            orgs[oid] = (name, acronym)
    org_aliases = _aliases(
        conn, t.organisation_alias.c.organisation_id, t.organisation_alias.c.alias, org_ids
    )
    seen_orgs: set[tuple[int, int]] = set()
    for sid, pid, name, app_org in apps:
        aka = person_aliases.get(pid, [])
        result[sid].append(
            Location(sid, "speaker", name + (f" ({', '.join(aka)})" if aka else ""), pid)
        )
        if app_org is None or (sid, app_org) in seen_orgs or app_org not in orgs:
            continue
        seen_orgs.add((sid, app_org))
        org_name, acronym = orgs[app_org]
        extra = ([acronym] if acronym else []) + org_aliases.get(app_org, [])
        label = org_name + (f" ({', '.join(extra)})" if extra else "")
        result[sid].append(Location(sid, "organisation", label, app_org))


def _aliases(
    conn: Connection, owner: Any, alias: Any, owner_ids: Iterable[int]
) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for ids in chunks(owner_ids):
        for oid, name in _rows(conn, select(owner, alias).where(owner.in_(IDS)), {"ids": ids}):
            found[oid].append(name)
    return found


def material_locations(conn: Connection, material_ids: Iterable[int]) -> list[Location]:
    """One location per non-empty page of the materials."""
    locs: list[Location] = []
    for ids in chunks(material_ids):
        m, p = t.material.c, t.material_page.c
        for sid, mid, name, kind, page_no, page_text in _rows(
            conn,
            select(m.session_id, m.id, m.original_name, m.kind, p.page_no, p.text)
            .join(t.material_page, p.material_id == m.id)
            .where(m.id.in_(IDS))
            .order_by(m.id, p.page_no),
            {"ids": ids},
        ):
            if page_text and page_text.strip():
                what = "slide" if kind in SLIDE_KINDS else "page"
                locs.append(
                    Location(sid, what, page_text, material_id=mid, page_no=page_no, source=name)
                )
    return locs


def recording_locations(conn: Connection, recording_ids: Iterable[int]) -> list[Location]:
    """Transcript cues, timestamped notes and chapter titles of the recordings."""
    locs: list[Location] = []
    r = t.recording.c
    for ids in chunks(recording_ids):
        for sid, rid, name, cue_id, start, cue_text in _rows(
            conn,
            select(
                r.session_id,
                r.id,
                r.original_name,
                t.transcript_cue.c.id,
                t.transcript_cue.c.start_ms,
                t.transcript_cue.c.text,
            )
            .join(t.subtitle_track, t.subtitle_track.c.recording_id == r.id)
            .join(t.transcript_cue, t.transcript_cue.c.track_id == t.subtitle_track.c.id)
            .where(r.id.in_(IDS))
            .order_by(r.id, t.transcript_cue.c.start_ms),
            {"ids": ids},
        ):
            if cue_text and cue_text.strip():
                locs.append(
                    Location(sid, "transcript", cue_text, cue_id, None, None, rid, start, name)
                )
        for sid, rid, name, note_id, at, note_text in _rows(
            conn,
            select(r.session_id, r.id, r.original_name, t.note.c.id, t.note.c.at_ms, t.note.c.text)
            .join(t.note, t.note.c.recording_id == r.id)
            .where(r.id.in_(IDS)),
            {"ids": ids},
        ):
            if note_text and note_text.strip():
                locs.append(Location(sid, "note", note_text, note_id, None, None, rid, at, name))
        for sid, rid, name, chapter_id, start, title in _rows(
            conn,
            select(
                r.session_id,
                r.id,
                r.original_name,
                t.chapter.c.id,
                t.chapter.c.start_ms,
                t.chapter.c.title,
            )
            .join(t.chapter, t.chapter.c.recording_id == r.id)
            .where(r.id.in_(IDS)),
            {"ids": ids},
        ):
            if title and title.strip():
                locs.append(
                    Location(sid, "chapter", title, chapter_id, None, None, rid, start, name)
                )
    return locs
