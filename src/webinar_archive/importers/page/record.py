"""Extracted sessions as JSON records: one per session (dry run) and one for the whole page."""

from __future__ import annotations

from typing import Any

from webinar_archive.domain.imports import ExtractedLike
from webinar_archive.domain.model import LinkDraft, LinkKind, SpeakerDraft

from .extract import ExtractedSession


def _speaker(speaker: SpeakerDraft) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "organisation": speaker.organisation,
        "role": speaker.position,
    }


def _flags(links: list[LinkDraft], mentioned: set[LinkKind]) -> dict[str, bool]:
    # A recording the page says it has counts, even when it gives no address for it.
    kinds = {link.kind for link in links} | mentioned
    return {
        "recording": LinkKind.RECORDING in kinds,
        "presentations": LinkKind.PRESENTATIONS in kinds,
        "agenda": LinkKind.AGENDA in kinds,
    }


def to_json_record(extracted: ExtractedLike) -> dict[str, Any]:
    """The dry-run record of one session (what ``import page --dry-run --json`` prints)."""
    draft = extracted.draft
    return {
        "title": draft.title or None,
        "series": draft.series,
        "date": draft.date.isoformat() if draft.date else None,
        "time": draft.start_time.strftime("%H:%M") if draft.start_time else None,
        "timezone": draft.timezone,
        "language": draft.language,
        "theme": draft.theme,
        "summary": draft.summary,
        "speakers": [_speaker(s) for s in draft.speakers],
        "links": [
            {"kind": link.kind.value, "url": link.url, "label": link.label} for link in draft.links
        ],
    }


def page_record(sessions: list[ExtractedSession]) -> dict[str, Any]:
    """The record of the whole page; pages listing several sessions also list each one."""
    if not sessions:
        return {
            "title": None,
            "series": None,
            "date": None,
            "speakers": [],
            "links": _flags([], set()),
        }
    page = sessions[0].page
    if page is None or not page.multi:
        draft = sessions[0].draft
        return {
            "title": draft.title or None,
            "series": draft.series,
            "date": draft.date.isoformat() if draft.date else None,
            "speakers": [_speaker(s) for s in draft.speakers],
            "links": _flags(draft.links, sessions[0].mentioned),
        }
    return {
        "title": page.title,
        "series": page.series,
        "date": page.date.isoformat() if page.date else None,
        "speakers": [_speaker(s) for s in page.speakers],
        "links": _flags(page.links, page.mentioned),
        "sessions": [
            {
                "title": s.draft.title or None,
                "date": s.draft.date.isoformat() if s.draft.date else None,
                "speakers": [_speaker(p) for p in s.draft.speakers],
            }
            for s in sessions
        ],
    }
