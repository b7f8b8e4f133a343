"""Turning rows into the domain's plain records: ORM rows (inside the unit of work that loaded
them), Core rows of the same table (``repos/reads.py``) or the plain reader's rows of the same
selects (``plain_reads.py``), which have the same attributes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain import model as m

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlalchemy import Row

    from . import orm

    CoreRow: TypeAlias = Row[*tuple[Any, ...]]  # a Core row of the same table


def person(
    row: orm.PersonRow | CoreRow, count: int = 0, aliases: Sequence[str] | None = None
) -> m.Person:
    """``aliases``: given with a Core row (an ORM row has its own)."""
    return m.Person(
        id=row.id,
        display_name=row.display_name,
        sort_name=row.sort_name,
        aliases=tuple(aliases if aliases is not None else (a.alias for a in row.aliases)),
        notes=row.notes,
        appearance_count=count,
    )


def organisation(
    row: orm.OrganisationRow | CoreRow, count: int = 0, aliases: Sequence[str] | None = None
) -> m.Organisation:
    """``aliases``: given with a Core row (an ORM row has its own)."""
    return m.Organisation(
        id=row.id,
        name=row.name,
        acronym=row.acronym,
        aliases=tuple(aliases if aliases is not None else (a.alias for a in row.aliases)),
        identifier=row.identifier,
        parent_id=row.parent_id,
        appearance_count=count,
    )


def series(row: orm.SeriesRow | CoreRow, count: int = 0) -> m.Series:
    return m.Series(
        id=row.id,
        name=row.name,
        organiser=row.organiser,
        url=row.url,
        description=row.description,
        session_count=count,
    )


def appearance(row: orm.AppearanceRow) -> m.Appearance:
    org = row.organisation
    return appearance_of(row, row.person.display_name, org.name if org is not None else None)


def appearance_of(
    row: orm.AppearanceRow | CoreRow, person_name: str, organisation_name: str | None
) -> m.Appearance:
    return m.Appearance(
        id=row.id,
        person_id=row.person_id,
        person_name=person_name,
        organisation_id=row.organisation_id,
        organisation_name=organisation_name,
        role=_enum(m.AppearanceRole, row.role, m.AppearanceRole.OTHER),
        position=row.position,
        order=row.ord,
        contribution=row.contribution,
    )


def material(row: orm.MaterialRow | CoreRow) -> m.Material:
    return m.Material(
        id=row.id,
        session_id=row.session_id,
        title=row.title,
        original_name=row.original_name,
        media_type=row.media_type,
        kind=_enum(m.MaterialKind, row.kind, m.MaterialKind.OTHER),
        size=row.size,
        sha256=row.sha256,
        stored_path=row.stored_path,
        linked=row.linked,
        page_count=row.page_count,
        appearance_id=row.appearance_id,
        shown_at_ms=row.shown_at_ms,
        recording_id=row.recording_id,
        added_at=row.added_at,
    )


def chapter(row: orm.ChapterRow | CoreRow) -> m.Chapter:
    return m.Chapter(
        row.id, row.recording_id, row.start_ms, row.end_ms, row.title, row.appearance_id
    )


def note(row: orm.NoteRow | CoreRow) -> m.Note:
    return m.Note(row.id, row.recording_id, row.at_ms, row.text, row.created_at)


def subtitle(row: orm.SubtitleTrackRow | CoreRow, cue_count: int) -> m.SubtitleTrack:
    return m.SubtitleTrack(
        id=row.id,
        recording_id=row.recording_id,
        original_name=row.original_name,
        stored_path=row.stored_path,
        language=row.language,
        label=row.label,
        cue_count=cue_count,
        machine=(
            m.MachineMade(row.engine, row.engine_model or "", row.language or "", row.made_at)
            if row.engine is not None and row.made_at is not None
            else None
        ),
        chosen=bool(row.chosen),
    )


def recording(row: orm.RecordingRow, cue_counts: dict[int, int] | None = None) -> m.Recording:
    counts = cue_counts or {}
    return recording_of(
        row,
        [chapter(c) for c in row.chapters],
        [note(n) for n in row.notes],
        [subtitle(s, counts.get(s.id, 0)) for s in row.subtitles],
    )


def recording_of(
    row: orm.RecordingRow | CoreRow,
    chapters: Sequence[m.Chapter],
    notes: Sequence[m.Note],
    subtitles: Sequence[m.SubtitleTrack],
) -> m.Recording:
    return m.Recording(
        id=row.id,
        session_id=row.session_id,
        original_name=row.original_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        stored_path=row.stored_path,
        linked=row.linked,
        duration_ms=row.duration_ms,
        container=row.container,
        video_codec=row.video_codec,
        audio_codec=row.audio_codec,
        width=row.width,
        height=row.height,
        resume_ms=row.resume_ms,
        watched=row.watched,
        probe_warning=row.probe_warning,
        chapters=tuple(chapters),
        notes=tuple(notes),
        subtitles=tuple(subtitles),
    )


def link(row: orm.LinkRow | CoreRow) -> m.Link:
    return m.Link(row.id, _enum(m.LinkKind, row.kind, m.LinkKind.OTHER), row.url, row.label)


def session(row: orm.SessionRow, cue_counts: dict[int, int] | None = None) -> m.Session:
    return session_of(
        row,
        row.series.name if row.series is not None else None,
        appearances=[appearance(a) for a in row.appearances],
        materials=[material(x) for x in row.materials],
        recordings=[recording(r, cue_counts) for r in row.recordings],
        links=[link(x) for x in row.links],
        tags=[t.name for t in row.tags],
    )


def session_of(
    row: orm.SessionRow | CoreRow,
    series_name: str | None,
    *,
    appearances: Sequence[m.Appearance],
    materials: Sequence[m.Material],
    recordings: Sequence[m.Recording],
    links: Sequence[m.Link],
    tags: Sequence[str],
) -> m.Session:
    return m.Session(
        id=row.id,
        title=row.title,
        series_id=row.series_id,
        series=series_name,
        theme=row.theme,
        date=row.date,
        start_time=row.start_time,
        timezone=row.timezone,
        duration_minutes=row.duration_minutes,
        language=row.language,
        summary=row.summary,
        source_url=row.source_url,
        retrieved_at=row.retrieved_at,
        notes=row.notes,
        status=_enum(m.SessionStatus, row.status, m.SessionStatus.DRAFT),
        rights=row.rights,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        deleted_at=row.deleted_at,
        appearances=tuple(appearances),
        materials=tuple(materials),
        recordings=tuple(recordings),
        links=tuple(links),
        tags=tuple(tags),
    )


def whole_session(
    row: CoreRow,
    *,
    appearances: Iterable[CoreRow],
    materials: Iterable[CoreRow],
    recordings: Iterable[CoreRow],
    chapters: Mapping[int, Sequence[CoreRow]],
    notes: Mapping[int, Sequence[CoreRow]],
    tracks: Mapping[int, Sequence[CoreRow]],
    cue_counts: Mapping[int, int],
    links: Iterable[CoreRow],
    tags: Iterable[str],
) -> m.Session:
    """A session from the rows of its selects (``repos/reads.py``): the session with its
    series' name as ``series_name``, appearances with ``person_name`` and
    ``organisation_name``, each recording's chapters, notes and subtitle tracks by its id."""
    return session_of(
        row,
        row.series_name,
        appearances=[appearance_of(r, r.person_name, r.organisation_name) for r in appearances],
        materials=[material(r) for r in materials],
        recordings=[
            recording_of(
                r,
                [chapter(c) for c in chapters.get(r.id, ())],
                [note(n) for n in notes.get(r.id, ())],
                [subtitle(x, cue_counts.get(x.id, 0)) for x in tracks.get(r.id, ())],
            )
            for r in recordings
        ],
        links=[link(r) for r in links],
        tags=list(tags),
    )


def summaries(
    ids: Sequence[int], rows: Iterable[Sequence[Any]], speakers: Iterable[Sequence[Any]]
) -> list[m.SessionSummary]:
    """Table rows for ``ids`` in that order (missing ids left out), from the rows of
    ``repos/query.rows_statement`` and the (session id, name) pairs of ``speakers_statement``."""
    names: dict[int, list[str]] = {}
    for sid, name in speakers:
        names.setdefault(sid, []).append(name)
    by_id = {
        r[0]: m.SessionSummary(
            id=r[0],
            title=r[1],
            series=r[2],
            date=r[3],
            speakers=", ".join(names.get(r[0], [])),
            theme=r[4],
            material_count=int(r[5] or 0),
            recording_duration_ms=int(r[6]) if r[6] is not None else None,
            status=session_status(r[7]),
            updated_at=r[8],
        )
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def table_page(rows: list[Sequence[Any]], speakers: Iterable[Sequence[Any]]) -> m.TablePage:
    """The rows of ``repos/query.rows_statement`` and the (session id, name) pairs of
    ``speakers_statement`` from the driver, as the table takes them (``m.TablePage``): only
    the speakers joined, and a date given as a date (a server's driver) put as ISO text, as
    SQLite stores it."""
    names: dict[int, list[str]] = {}
    for sid, name in speakers:
        found = names.get(sid)
        if found is None:
            names[sid] = [name]
        else:
            found.append(name)
    if any(r[3] is not None and not isinstance(r[3], str) for r in rows):
        rows = [(*r[:3], r[3] if r[3] is None else r[3].isoformat(), *r[4:]) for r in rows]
    return m.TablePage(rows, {sid: ", ".join(n) for sid, n in names.items()})


E = TypeVar("E", m.AppearanceRole, m.MaterialKind, m.LinkKind, m.SessionStatus)


def _enum(kind: type[E], value: str, default: E) -> E:
    try:
        return kind(value)
    except ValueError:
        return default


def session_status(value: str) -> m.SessionStatus:
    return _enum(m.SessionStatus, value, m.SessionStatus.DRAFT)
