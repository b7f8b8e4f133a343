"""Who said a transcript hit: the speaker of the chapter the cue falls in, read at query time
(so it is right however the chapters were edited since the transcript was indexed)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, select

from ...domain.model import Chapter
from ...domain.speakers import SpeakerSpan, span_at, speaker_spans
from .. import tables as t
from .base import chunks


class Speakers:
    """The speaker spans of some sessions' recordings, with the person each one is."""

    def __init__(self, conn: Connection, session_ids: Iterable[int]) -> None:
        chapters: dict[int, list[Chapter]] = defaultdict(list)
        names: dict[int, str] = {}
        self.person_of: dict[int, int] = {}  # appearance id -> person id
        self.session_of: dict[int, int] = {}  # recording id -> session id
        c, r, a = t.chapter.c, t.recording.c, t.appearance.c
        for ids in chunks(session_ids):
            for sid, cid, rid, start, end, app_id, person_id, name in conn.execute(
                select(
                    r.session_id,
                    c.id,
                    c.recording_id,
                    c.start_ms,
                    c.end_ms,
                    a.id,
                    a.person_id,
                    t.person.c.display_name,
                )
                .join(t.recording, r.id == c.recording_id)
                .outerjoin(t.appearance, a.id == c.appearance_id)
                .outerjoin(t.person, t.person.c.id == a.person_id)
                .where(r.session_id.in_(ids))
            ):
                chapters[rid].append(Chapter(cid, rid, start, end, "", app_id))
                self.session_of[rid] = sid
                if app_id is not None and name:
                    names[app_id] = name
                    self.person_of[app_id] = person_id
        self.spans: dict[int, list[SpeakerSpan]] = {
            rid: spans for rid, found in chapters.items() if (spans := speaker_spans(found, names))
        }

    def at(self, recording_id: int | None, ms: int | None) -> SpeakerSpan | None:
        if recording_id is None or ms is None:
            return None
        return span_at(self.spans.get(recording_id, []), ms)

    def has_spans_of(self, session_id: int, people: set[int]) -> bool:
        """Whether one of these people has a chapter in a recording of the session."""
        return any(
            self.person_of.get(span.appearance_id) in people
            for rid, spans in self.spans.items()
            if self.session_of.get(rid) == session_id
            for span in spans
        )

    def said_by(self, recording_id: int | None, ms: int | None, people: set[int]) -> bool:
        """Whether one of these people speaks at ``ms`` of the recording."""
        span = self.at(recording_id, ms)
        return span is not None and self.person_of.get(span.appearance_id) in people
