"""The exchange formats written out: a lossless, id-independent JSON and a CSV for spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..domain import model as m
from ..domain.imports import FORMAT_NAME, FORMAT_VERSION, SessionExtras
from ..domain.public_fields import (
    chapter_fields,
    machine_fields,
    material_fields,
    note_fields,
    recording_fields,
    subtitle_fields,
)
from ..domain.text import fold, spreadsheet_cell
from ..domain.time import format_ms
from .output import write_output

CSV_COLUMNS = (
    "id",
    "title",
    "series",
    "date",
    "time",
    "timezone",
    "theme",
    "language",
    "status",
    "speakers",
    "organisations",
    "tags",
    "links",
    "materials",
    "recording_duration",
)


@dataclass(frozen=True, slots=True)
class ExchangeInput:
    """Everything an export reads from the catalogue, already loaded."""

    sessions: Sequence[tuple[m.Session, SessionExtras]]
    people: Sequence[m.Person]
    organisations: Sequence[m.Organisation]
    series: Sequence[m.Series]
    whole_library: bool = True


def _stamp(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def exchange_file_path(sha256: str, stored_path: str) -> str:
    """Where a file goes beside the JSON (``files/ab/<sha256><ext>``, as in a library)."""
    suffix = PurePosixPath(stored_path.replace("\\", "/")).suffix.lower()
    return f"files/{sha256[:2]}/{sha256}{suffix}"


def _session_sort_key(item: tuple[m.Session, SessionExtras]) -> tuple[str, ...]:
    s = item[0]
    return (
        s.date.isoformat() if s.date else "",
        s.start_time.isoformat() if s.start_time else "",
        fold(s.title),
        s.title,
        s.created_at.isoformat(),
    )


def build_exchange(data: ExchangeInput) -> dict[str, Any]:
    """The JSON document: records refer to each other by keys derived from sorted order, not ids."""
    sessions = sorted(data.sessions, key=_session_sort_key)
    used_people = {a.person_id for s, _ in sessions for a in s.appearances}
    used_orgs = {a.organisation_id for s, _ in sessions for a in s.appearances}
    used_series = {s.series for s, _ in sessions if s.series}
    org_by_id = {x.id: x for x in data.organisations}

    people = [p for p in data.people if data.whole_library or p.id in used_people]
    people.sort(key=lambda p: (fold(p.sort_name), fold(p.display_name), p.display_name, p.notes))
    person_key = {p.id: f"p{i}" for i, p in enumerate(people, start=1)}

    wanted_orgs: set[int] = set()
    for oid in used_orgs if not data.whole_library else org_by_id:
        # Parents come along so the hierarchy survives a partial export.
        while oid is not None and oid in org_by_id and oid not in wanted_orgs:
            wanted_orgs.add(oid)
            oid = org_by_id[oid].parent_id
    orgs = sorted(
        (org_by_id[i] for i in wanted_orgs),
        key=lambda x: (fold(x.name), x.name, x.acronym or "", x.identifier or ""),
    )
    org_key = {x.id: f"o{i}" for i, x in enumerate(orgs, start=1)}

    series = [x for x in data.series if data.whole_library or x.name in used_series]
    series.sort(key=lambda x: (fold(x.name), x.name))

    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "series": [
            {
                "name": x.name,
                "organiser": x.organiser,
                "url": x.url,
                "description": x.description,
            }
            for x in series
        ],
        "organisations": [
            {
                "key": org_key[x.id],
                "name": x.name,
                "acronym": x.acronym,
                "aliases": list(x.aliases),
                "identifier": x.identifier,
                "parent": org_key.get(x.parent_id) if x.parent_id is not None else None,
            }
            for x in orgs
        ],
        "people": [
            {
                "key": person_key[p.id],
                "display_name": p.display_name,
                "sort_name": p.sort_name,
                "aliases": list(p.aliases),
                "notes": p.notes,
            }
            for p in people
        ],
        "sessions": [_session(s, extras, person_key, org_key) for s, extras in sessions],
    }


def _session(
    s: m.Session, extras: SessionExtras, person_key: dict[int, str], org_key: dict[int, str]
) -> dict[str, Any]:
    app_index = {a.id: i for i, a in enumerate(s.appearances)}
    rec_index = {r.id: i for i, r in enumerate(s.recordings)}
    return {
        "title": s.title,
        "series": s.series,
        "theme": s.theme,
        "date": s.date.isoformat() if s.date else None,
        "start_time": s.start_time.isoformat() if s.start_time else None,
        "timezone": s.timezone,
        "duration_minutes": s.duration_minutes,
        "language": s.language,
        "summary": s.summary,
        "source_url": s.source_url,
        "retrieved_at": _stamp(s.retrieved_at),
        "notes": s.notes,
        "status": s.status.value,
        "rights": s.rights,
        "created_at": _stamp(s.created_at),
        "updated_at": _stamp(s.updated_at),
        "deleted_at": _stamp(s.deleted_at),
        "appearances": [
            {
                "person": person_key[a.person_id],
                "organisation": (
                    org_key.get(a.organisation_id) if a.organisation_id is not None else None
                ),
                "role": a.role.value,
                "position": a.position,
                "contribution": a.contribution,
            }
            for a in s.appearances
        ],
        "materials": [
            {
                **material_fields(x),
                "extraction_warning": extras.material_warnings.get(x.id),
                "appearance": app_index.get(x.appearance_id) if x.appearance_id else None,
                "recording": rec_index.get(x.recording_id) if x.recording_id else None,
                "added_at": _stamp(x.added_at),
                "pages": extras.material_pages.get(x.id, []),
            }
            for x in s.materials
        ],
        "recordings": [_recording(r, extras, app_index) for r in s.recordings],
        "links": [{"kind": x.kind.value, "url": x.url, "label": x.label} for x in s.links],
        "tags": list(s.tags),
    }


def _recording(r: m.Recording, extras: SessionExtras, app_index: dict[int, int]) -> dict[str, Any]:
    chapters = sorted(r.chapters, key=lambda c: (c.start_ms, c.end_ms or -1, c.title))
    notes = sorted(r.notes, key=lambda n: (n.at_ms, n.text))
    return {
        **recording_fields(r),
        "added_at": _stamp(extras.recording_added.get(r.id)),
        "chapters": [
            {
                **chapter_fields(c),
                "appearance": app_index.get(c.appearance_id) if c.appearance_id else None,
            }
            for c in chapters
        ],
        "notes": [{**note_fields(n), "created_at": _stamp(n.created_at)} for n in notes],
        "subtitles": [
            {
                **subtitle_fields(t),
                "stored_path": t.stored_path,
                "sha256": extras.track_sha256.get(t.id, ""),
                "label": t.label,
                "machine": machine_fields(t),
                "cues": [[c.start_ms, c.end_ms, c.text] for c in extras.track_cues.get(t.id, [])],
            }
            for t in r.subtitles
        ],
    }


def dumps_exchange(document: dict[str, Any]) -> str:
    """Stable text: the same library always gives the same bytes."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def files_of(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(stored_path, exchange path) of every file the document refers to, without repeats."""
    seen: dict[str, str] = {}
    for session in document["sessions"]:
        entries: list[dict[str, Any]] = list(session["materials"])
        for rec in session["recordings"]:
            entries.append(rec)
            entries.extend(rec["subtitles"])
        for entry in entries:
            if entry.get("sha256"):
                seen.setdefault(
                    entry["stored_path"], exchange_file_path(entry["sha256"], entry["stored_path"])
                )
    return list(seen.items())


def write_exchange(document: dict[str, Any], target: Path) -> None:
    write_output(target, dumps_exchange(document).encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# CSV


def _speaker_label(a: m.Appearance) -> str:
    return f"{a.person_name} ({a.organisation_name})" if a.organisation_name else a.person_name


def csv_row(s: m.Session) -> list[str]:
    orgs: list[str] = []
    for a in s.appearances:
        if a.organisation_name and a.organisation_name not in orgs:
            orgs.append(a.organisation_name)
    durations = [r.duration_ms for r in s.recordings if r.duration_ms is not None]
    return [
        str(s.id),
        s.title,
        s.series or "",
        s.date.isoformat() if s.date else "",
        s.start_time.strftime("%H:%M") if s.start_time else "",
        s.timezone or "",
        s.theme or "",
        s.language or "",
        s.status.value,
        "; ".join(_speaker_label(a) for a in s.appearances),
        "; ".join(orgs),
        "; ".join(s.tags),
        "; ".join(f"{x.kind.value}: {x.url}" for x in s.links if x.url),
        str(len(s.materials)),
        format_ms(sum(durations), always_hours=True) if durations else "",
    ]


def sessions_csv(sessions: Iterable[m.Session]) -> str:
    """One row per session; the caller writes it with a BOM (``utf-8-sig``) for Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for s in sessions:
        writer.writerow([spreadsheet_cell(cell) for cell in csv_row(s)])
    return buffer.getvalue()


def write_sessions_csv(sessions: Iterable[m.Session], target: Path) -> None:
    write_output(target, sessions_csv(sessions).encode("utf-8-sig"))
