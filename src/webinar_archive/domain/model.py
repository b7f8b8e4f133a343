"""The catalogue's plain records: what services return and accept, never ORM rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# The vocabularies live in their own light module (the command line's parser needs them without
# these records); they are re-exported here, where the rest of the code finds them.
from .vocabulary import AppearanceRole as AppearanceRole
from .vocabulary import LinkKind as LinkKind
from .vocabulary import MaterialKind as MaterialKind
from .vocabulary import SessionStatus as SessionStatus
from .vocabulary import SortKey as SortKey

# ----------------------------------------------------------------------------------------------
# Authority records


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    display_name: str
    sort_name: str
    aliases: tuple[str, ...] = ()
    notes: str = ""
    appearance_count: int = 0


@dataclass(frozen=True, slots=True)
class Organisation:
    id: int
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    identifier: str | None = None
    parent_id: int | None = None
    appearance_count: int = 0


@dataclass(frozen=True, slots=True)
class Series:
    id: int
    name: str
    organiser: str | None = None
    url: str | None = None
    description: str = ""
    session_count: int = 0


# ----------------------------------------------------------------------------------------------
# Parts of a session, as read


@dataclass(frozen=True, slots=True)
class Appearance:
    id: int
    person_id: int
    person_name: str
    organisation_id: int | None
    organisation_name: str | None
    role: AppearanceRole
    position: str | None
    order: int
    contribution: str = ""


@dataclass(frozen=True, slots=True)
class Material:
    id: int
    session_id: int
    title: str
    original_name: str
    media_type: str
    kind: MaterialKind
    size: int
    sha256: str
    stored_path: str  # relative to the library folder, or absolute when linked in place
    linked: bool
    page_count: int | None
    appearance_id: int | None = None
    shown_at_ms: int | None = None
    recording_id: int | None = None
    added_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Chapter:
    id: int
    recording_id: int
    start_ms: int
    end_ms: int | None
    title: str
    appearance_id: int | None = None


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    recording_id: int
    at_ms: int
    text: str
    created_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class TranscriptCue:
    start_ms: int
    end_ms: int
    text: str
    # Who speaks in it: the speaker of the chapter it starts in, derived when read (never stored,
    # so it follows every edit of the chapters); None when no chapter names a speaker there.
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class MachineMade:
    """Which speech-to-text engine and model made a transcript, for which language, and when."""

    engine: str
    model: str
    language: str
    made_at: dt.datetime


@dataclass(frozen=True, slots=True)
class QueuedTranscription:
    """A recording waiting in the transcription queue, with the engine and language asked for."""

    recording_id: int
    session_id: int
    original_name: str
    duration_ms: int | None
    engine: str
    language: str
    queued_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SubtitleTrack:
    id: int
    recording_id: int
    original_name: str
    stored_path: str
    language: str | None
    label: str
    cue_count: int
    machine: MachineMade | None = None  # None: a person's transcript, imported from a file
    chosen: bool = False  # the user chose it as the transcript the player shows


def shown_transcript(tracks: Sequence[SubtitleTrack]) -> list[SubtitleTrack]:
    """The tracks whose cues the player's transcript shows: the one the user chose, else the
    person's (a machine guess never hides or interleaves with what a person wrote), else the
    machine's."""
    chosen = [t for t in tracks if t.chosen]
    if chosen:
        return chosen[:1]
    people = [t for t in tracks if t.machine is None]
    return people or list(tracks)


@dataclass(frozen=True, slots=True)
class Recording:
    id: int
    session_id: int
    original_name: str
    media_type: str
    size: int
    sha256: str
    stored_path: str
    linked: bool
    duration_ms: int | None
    container: str | None
    video_codec: str | None
    audio_codec: str | None
    width: int | None
    height: int | None
    resume_ms: int
    watched: bool
    probe_warning: str | None = None
    chapters: tuple[Chapter, ...] = ()
    notes: tuple[Note, ...] = ()
    subtitles: tuple[SubtitleTrack, ...] = ()

    @property
    def has_video(self) -> bool:
        return bool(self.width and self.height) or self.video_codec is not None


@dataclass(frozen=True, slots=True)
class Link:
    id: int
    kind: LinkKind
    url: str | None
    label: str


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One line of the session table: cheap to load by the thousand."""

    id: int
    title: str
    series: str | None
    date: dt.date | None
    speakers: str
    theme: str | None
    material_count: int
    recording_duration_ms: int | None
    status: SessionStatus
    updated_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class TablePage:
    """The session table's rows for some ids, as the database driver gives them: the table
    formats them straight away, on the thread that reads pages ahead, with no object per row.

    ``rows``: one tuple per session found, in no particular order: id, title, series name or
    None, date as ISO text (``2020-09-11``) or None, theme or None, the number of materials,
    the recordings' duration in milliseconds or None, status (a ``SessionStatus`` value), the
    moment of the last change. ``speakers``: each session's speakers joined with ", " in
    their order (sessions without speakers left out)."""

    rows: list[Sequence[Any]]
    speakers: dict[int, str]


@dataclass(frozen=True, slots=True)
class Session:
    """A whole session with everything attached to it."""

    id: int
    title: str
    series_id: int | None
    series: str | None
    theme: str | None
    date: dt.date | None
    start_time: dt.time | None
    timezone: str | None
    duration_minutes: int | None
    language: str | None
    summary: str
    source_url: str | None
    retrieved_at: dt.datetime | None
    notes: str
    status: SessionStatus
    rights: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    deleted_at: dt.datetime | None = None
    appearances: tuple[Appearance, ...] = ()
    materials: tuple[Material, ...] = ()
    recordings: tuple[Recording, ...] = ()
    links: tuple[Link, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def recorded_ms(self) -> int | None:
        """How long its recordings last together, as the session table shows it (the sum of
        the known durations); None when no recording has a known duration."""
        known = [r.duration_ms for r in self.recordings if r.duration_ms is not None]
        return sum(known) if known else None


# ----------------------------------------------------------------------------------------------
# What callers hand in


@dataclass(slots=True)
class SpeakerDraft:
    """A speaker as entered or extracted: names, not ids; matched to authority records on save."""

    name: str
    organisation: str | None = None
    role: AppearanceRole = AppearanceRole.SPEAKER
    position: str | None = None
    contribution: str = ""
    person_id: int | None = None  # set to pin an existing person instead of matching by name
    organisation_id: int | None = None


@dataclass(slots=True)
class LinkDraft:
    kind: LinkKind
    url: str | None
    label: str = ""


@dataclass(slots=True)
class SessionDraft:
    """Fields of a new session (or the whole new state of an edited one)."""

    title: str
    series: str | None = None
    theme: str | None = None
    date: dt.date | None = None
    start_time: dt.time | None = None
    timezone: str | None = None
    duration_minutes: int | None = None
    language: str | None = None
    summary: str = ""
    source_url: str | None = None
    retrieved_at: dt.datetime | None = None
    notes: str = ""
    status: SessionStatus = SessionStatus.DRAFT
    rights: str | None = None
    speakers: list[SpeakerDraft] = field(default_factory=list)
    links: list[LinkDraft] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FileRef:
    """A stored file as a catalogue record points at it."""

    original_name: str
    media_type: str
    size: int
    sha256: str
    stored_path: str
    linked: bool = False


@dataclass(frozen=True, slots=True)
class MaterialDraft:
    """Fields of a new document of a session (its page texts are passed beside it)."""

    file: FileRef
    title: str
    kind: MaterialKind
    page_count: int | None = None
    text: str = ""
    extraction_warning: str | None = None
    appearance_id: int | None = None
    recording_id: int | None = None
    shown_at_ms: int | None = None
    added_at: dt.datetime | None = None  # None: now


@dataclass(frozen=True, slots=True)
class RecordingDraft:
    """Fields of a new recording of a session, as probed (or as an exchange file had them)."""

    file: FileRef
    duration_ms: int | None = None
    container: str | None = None
    video_codec: str | None = None
    audio_codec: str | None = None
    width: int | None = None
    height: int | None = None
    probe_warning: str | None = None
    resume_ms: int = 0
    watched: bool = False
    added_at: dt.datetime | None = None  # None: now


@dataclass(frozen=True, slots=True)
class SubtitleDraft:
    """Fields of a new subtitle track of a recording (its cues are passed beside it)."""

    original_name: str
    stored_path: str
    sha256: str
    language: str | None = None
    label: str = ""
    machine: MachineMade | None = None


@dataclass(frozen=True, slots=True)
class SessionFilter:
    """What the session table shows: a text filter plus one sidebar selection."""

    text: str = ""
    series_id: int | None = None
    year: int | None = None
    month: int | None = None  # 1-12, within ``year``
    person_id: int | None = None
    organisation_id: int | None = None
    tag: str | None = None
    recent_days: int | None = None
    incomplete: str | None = None  # "no-recording" | "no-slides" | "speaker-no-org"
    trash: bool = False
    ids: tuple[int, ...] | None = None  # restrict to these ids (search results)


@dataclass(frozen=True, slots=True)
class AttachResult:
    """What one attached file became."""

    path: str
    material_id: int | None = None
    recording_id: int | None = None
    subtitle_id: int | None = None
    duplicate_of: int | None = None
    warning: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None
