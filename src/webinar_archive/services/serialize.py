"""Plain-JSON views of domain records, shared by `show --json`, exports and the GUI's clipboard."""

from __future__ import annotations

from typing import Any

from ..domain import model as m
from ..domain.public_fields import (
    chapter_fields,
    machine_fields,
    material_fields,
    note_fields,
    recording_fields,
    subtitle_fields,
)
from ..media.problems import shown_warning

# `show --json` names two fields its own way (the exchange file keeps the domain's names).
SHOW_NAMES = {"original_name": "file_name", "probe_warning": "warning"}


def session_to_dict(s: m.Session) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "series": s.series,
        "theme": s.theme,
        "date": s.date.isoformat() if s.date else None,
        "time": s.start_time.strftime("%H:%M") if s.start_time else None,
        "timezone": s.timezone,
        "duration_minutes": s.duration_minutes,
        "language": s.language,
        "summary": s.summary,
        "source_url": s.source_url,
        "retrieved_at": s.retrieved_at.isoformat() if s.retrieved_at else None,
        "notes": s.notes,
        "status": s.status.value,
        "rights": s.rights,
        "created_at": s.created_at.isoformat(),
        "updated_at": s.updated_at.isoformat(),
        "version": s.version,
        "in_trash": s.deleted_at is not None,
        "speakers": [
            {
                "appearance_id": a.id,
                "person_id": a.person_id,
                "name": a.person_name,
                "organisation_id": a.organisation_id,
                "organisation": a.organisation_name,
                "role": a.role.value,
                "position": a.position,
                "contribution": a.contribution,
                "order": a.order,
            }
            for a in s.appearances
        ],
        "materials": [
            {
                "id": x.id,
                **material_fields(x, SHOW_NAMES),
                "appearance_id": x.appearance_id,
                "recording_id": x.recording_id,
            }
            for x in s.materials
        ],
        "recordings": [
            {
                "id": r.id,
                **recording_fields(r, SHOW_NAMES),
                # Kept as a problem's code (or an older text): worded in the reader's language.
                "warning": r.probe_warning
                and shown_warning(r.probe_warning, playable=bool(r.video_codec or r.audio_codec)),
                "chapters": [
                    {"id": c.id, **chapter_fields(c), "appearance_id": c.appearance_id}
                    for c in r.chapters
                ],
                "notes": [{"id": n.id, **note_fields(n)} for n in r.notes],
                "subtitles": _subtitles(r),
            }
            for r in s.recordings
        ],
        "links": [{"kind": x.kind.value, "url": x.url, "label": x.label} for x in s.links],
        "tags": list(s.tags),
    }


def _subtitles(r: m.Recording) -> list[dict[str, Any]]:
    """A recording's tracks, each saying who made it and whether the player's transcript
    follows it (``chosen``: because the user chose it)."""
    shown = {t.id for t in m.shown_transcript(r.subtitles)}
    return [
        {
            "id": t.id,
            **subtitle_fields(t, SHOW_NAMES),
            "cues": t.cue_count,
            "origin": "person" if t.machine is None else "machine",
            "machine": machine_fields(t),
            "shown": t.id in shown,
            "chosen": t.chosen,
        }
        for t in r.subtitles
    ]
