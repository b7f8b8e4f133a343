"""Sessions for the brief tests, built straight from domain records, and PDF readers."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from webinar_archive.domain.demo import demo_session
from webinar_archive.domain.model import (
    Appearance,
    Chapter,
    Link,
    Material,
    MaterialKind,
    Note,
    Recording,
    Session,
    SessionDraft,
)

_ids = itertools.count(1)
STAMP = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)


def session_from_draft(draft: SessionDraft, session_id: int | None = None) -> Session:
    """The Session a service would return after saving ``draft``, with made-up ids."""
    sid = session_id if session_id is not None else next(_ids)
    org_ids: dict[str, int] = {}
    appearances = tuple(
        Appearance(
            id=sid * 100 + order,
            person_id=sid * 1000 + order,
            person_name=speaker.name,
            organisation_id=(
                org_ids.setdefault(speaker.organisation, len(org_ids) + 1)
                if speaker.organisation
                else None
            ),
            organisation_name=speaker.organisation,
            role=speaker.role,
            position=speaker.position,
            order=order,
            contribution=speaker.contribution,
        )
        for order, speaker in enumerate(draft.speakers)
    )
    links = tuple(
        Link(id=sid * 100 + i, kind=link.kind, url=link.url, label=link.label)
        for i, link in enumerate(draft.links)
    )
    return Session(
        id=sid,
        title=draft.title,
        series_id=1 if draft.series else None,
        series=draft.series,
        theme=draft.theme,
        date=draft.date,
        start_time=draft.start_time,
        timezone=draft.timezone,
        duration_minutes=draft.duration_minutes,
        language=draft.language,
        summary=draft.summary,
        source_url=draft.source_url,
        retrieved_at=draft.retrieved_at,
        notes=draft.notes,
        status=draft.status,
        rights=draft.rights,
        created_at=STAMP,
        updated_at=STAMP,
        version=1,
        appearances=appearances,
        links=links,
        tags=tuple(draft.tags),
    )


def with_media(session: Session) -> Session:
    """``session`` plus two materials and a recording with chapters and notes."""
    import dataclasses

    apps = session.appearances
    rec_id = session.id * 10
    chapters = tuple(
        Chapter(
            id=rec_id + i,
            recording_id=rec_id,
            start_ms=start,
            end_ms=None,
            title=title,
            appearance_id=apps[i].id if i < len(apps) else None,
        )
        for i, (start, title) in enumerate(
            [
                (0, "Opening"),
                (312_000, "Cooperation projects"),
                (1_501_000, "Interregional Innovation Instruments"),
                (2_400_000, "East and Northern Finland"),
                (3_725_000, "Closing remarks"),
            ]
        )
    )
    recording = Recording(
        id=rec_id,
        session_id=session.id,
        original_name="EAAC_2020-09-11_recording.mp4",
        media_type="video/mp4",
        size=412_000_000,
        sha256="0" * 64,
        stored_path="files/rec.mp4",
        linked=False,
        duration_ms=3_905_000,
        container="mp4",
        video_codec="h264",
        audio_codec="aac",
        width=1280,
        height=720,
        resume_ms=0,
        watched=False,
        chapters=chapters,
        notes=(Note(id=1, recording_id=rec_id, at_ms=95_000, text="Good overview slide on S3 <3"),),
    )
    materials = (
        Material(
            id=session.id * 10 + 1,
            session_id=session.id,
            title="Smart specialisation and cooperation",
            original_name="EAAC_2020-09-11_Morgan_Cardiff-University.pdf",
            media_type="application/pdf",
            kind=MaterialKind.PDF,
            size=2_483_112,
            sha256="1" * 64,
            stored_path="files/a.pdf",
            linked=False,
            page_count=18,
            appearance_id=apps[0].id if apps else None,
        ),
        Material(
            id=session.id * 10 + 2,
            session_id=session.id,
            title="Interregional Innovation Instruments",
            original_name="EAAC_2020-09-11_Pinna_DG-GROW_I3.pptx",
            media_type="application/vnd.openxmlformats-officedocument.presentationml.presentation",
            kind=MaterialKind.SLIDES,
            size=7_340_032,
            sha256="2" * 64,
            stored_path="files/b.pptx",
            linked=False,
            page_count=None,
        ),
    )
    return dataclasses.replace(
        session,
        start_time=dt.time(10, 0),
        recordings=(recording,),
        materials=materials,
        notes="Follow-up: ask the speakers for the **final** slides.",
    )


def demo() -> Session:
    return with_media(session_from_draft(demo_session(), session_id=7))


def pdftotext(path: Path, *, layout: bool = False, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [*args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def page_texts(path: Path) -> list[str]:
    """Text of each page as poppler extracts it."""
    count = len(PdfReader(path).pages)
    return [pdftotext(path, page=n) for n in range(1, count + 1)]


def have(tool: str) -> bool:
    return shutil.which(tool) is not None
