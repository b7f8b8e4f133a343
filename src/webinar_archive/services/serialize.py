"""Plain-JSON views of domain records, shared by `show --json`, exports and the GUI's clipboard."""

from __future__ import annotations

from typing import Any

from ..domain import model as m


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
                "title": x.title,
                "file_name": x.original_name,
                "media_type": x.media_type,
                "kind": x.kind.value,
                "size": x.size,
                "sha256": x.sha256,
                "page_count": x.page_count,
                "stored_path": x.stored_path,
                "linked": x.linked,
                "appearance_id": x.appearance_id,
                "recording_id": x.recording_id,
                "shown_at_ms": x.shown_at_ms,
            }
            for x in s.materials
        ],
        "recordings": [
            {
                "id": r.id,
                "file_name": r.original_name,
                "media_type": r.media_type,
                "size": r.size,
                "sha256": r.sha256,
                "stored_path": r.stored_path,
                "linked": r.linked,
                "duration_ms": r.duration_ms,
                "container": r.container,
                "video_codec": r.video_codec,
                "audio_codec": r.audio_codec,
                "width": r.width,
                "height": r.height,
                "resume_ms": r.resume_ms,
                "watched": r.watched,
                "warning": r.probe_warning,
                "chapters": [
                    {
                        "id": c.id,
                        "start_ms": c.start_ms,
                        "end_ms": c.end_ms,
                        "title": c.title,
                        "appearance_id": c.appearance_id,
                    }
                    for c in r.chapters
                ],
                "notes": [{"id": n.id, "at_ms": n.at_ms, "text": n.text} for n in r.notes],
                "subtitles": [
                    {
                        "id": t.id,
                        "file_name": t.original_name,
                        "language": t.language,
                        "cues": t.cue_count,
                    }
                    for t in r.subtitles
                ],
            }
            for r in s.recordings
        ],
        "links": [{"kind": x.kind.value, "url": x.url, "label": x.label} for x in s.links],
        "tags": list(s.tags),
    }
