"""SQLAlchemy 2 typed ORM classes mapped onto the catalogue's tables (``tables.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Column, String, Text, event
from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from ..domain.errors import ValidationError
from ..domain.messages import _mark, _t, number
from ..domain.text import clean_line, clean_text
from . import tables as t
from .tables import utcnow as utcnow


class Base(DeclarativeBase):
    metadata = t.metadata


class SeriesRow(Base):
    __table__ = t.series
    id: Mapped[int]
    name: Mapped[str]
    name_folded: Mapped[str]
    organiser: Mapped[str | None]
    url: Mapped[str | None]
    description: Mapped[str]


class OrganisationRow(Base):
    __table__ = t.organisation
    id: Mapped[int]
    name: Mapped[str]
    name_folded: Mapped[str]
    acronym: Mapped[str | None]
    identifier: Mapped[str | None]
    parent_id: Mapped[int | None]
    notes: Mapped[str]
    aliases: Mapped[list[OrganisationAliasRow]] = relationship(
        cascade="all, delete-orphan", order_by="OrganisationAliasRow.id"
    )


class OrganisationAliasRow(Base):
    __table__ = t.organisation_alias
    id: Mapped[int]
    organisation_id: Mapped[int]
    alias: Mapped[str]
    alias_folded: Mapped[str]


class PersonRow(Base):
    __table__ = t.person
    id: Mapped[int]
    display_name: Mapped[str]
    sort_name: Mapped[str]
    name_folded: Mapped[str]
    notes: Mapped[str]
    aliases: Mapped[list[PersonAliasRow]] = relationship(
        cascade="all, delete-orphan", order_by="PersonAliasRow.id"
    )


class PersonAliasRow(Base):
    __table__ = t.person_alias
    id: Mapped[int]
    person_id: Mapped[int]
    alias: Mapped[str]
    alias_folded: Mapped[str]


class SessionRow(Base):
    __table__ = t.session
    id: Mapped[int]
    title: Mapped[str]
    # Folded copy (domain.text.fold) so filtering ignores accents and case on every backend.
    title_folded: Mapped[str]
    series_id: Mapped[int | None]
    theme: Mapped[str | None]
    date: Mapped[dt.date | None]
    start_time: Mapped[dt.time | None]
    timezone: Mapped[str | None]
    duration_minutes: Mapped[int | None]
    language: Mapped[str | None]
    summary: Mapped[str]
    source_url: Mapped[str | None]
    retrieved_at: Mapped[dt.datetime | None]
    notes: Mapped[str]
    status: Mapped[str]
    rights: Mapped[str | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    deleted_at: Mapped[dt.datetime | None]
    version: Mapped[int]

    series: Mapped[SeriesRow | None] = relationship()
    appearances: Mapped[list[AppearanceRow]] = relationship(
        cascade="all, delete-orphan", order_by="AppearanceRow.ord", back_populates="session"
    )
    materials: Mapped[list[MaterialRow]] = relationship(
        cascade="all, delete-orphan", order_by="MaterialRow.id"
    )
    recordings: Mapped[list[RecordingRow]] = relationship(
        cascade="all, delete-orphan", order_by="RecordingRow.id"
    )
    links: Mapped[list[LinkRow]] = relationship(
        cascade="all, delete-orphan", order_by="LinkRow.ord"
    )
    tags: Mapped[list[TagRow]] = relationship(secondary="session_tag", order_by="TagRow.name")

    # The service sets the next version itself (once per edit, however many flushes it takes);
    # the mapper still adds "WHERE version = <read>" to every UPDATE, so a lost update fails.
    __mapper_args__ = {"version_id_col": t.session.c.version, "version_id_generator": False}


class AppearanceRow(Base):
    __table__ = t.appearance
    id: Mapped[int]
    session_id: Mapped[int]
    person_id: Mapped[int]
    organisation_id: Mapped[int | None]
    role: Mapped[str]
    position: Mapped[str | None]
    ord: Mapped[int]
    contribution: Mapped[str]

    session: Mapped[SessionRow] = relationship(back_populates="appearances")
    person: Mapped[PersonRow] = relationship()
    organisation: Mapped[OrganisationRow | None] = relationship()


class MaterialRow(Base):
    __table__ = t.material
    id: Mapped[int]
    session_id: Mapped[int]
    title: Mapped[str]
    original_name: Mapped[str]
    media_type: Mapped[str]
    kind: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str]
    stored_path: Mapped[str]
    linked: Mapped[bool]
    page_count: Mapped[int | None]
    text: Mapped[str]
    extraction_warning: Mapped[str | None]
    appearance_id: Mapped[int | None]
    recording_id: Mapped[int | None]
    shown_at_ms: Mapped[int | None]
    added_at: Mapped[dt.datetime]
    pages: Mapped[list[MaterialPageRow]] = relationship(
        cascade="all, delete-orphan", order_by="MaterialPageRow.page_no"
    )


class MaterialPageRow(Base):
    """Text of one page or slide, kept apart so that search can say where a hit is."""

    __table__ = t.material_page
    id: Mapped[int]
    material_id: Mapped[int]
    page_no: Mapped[int]
    text: Mapped[str]


class RecordingRow(Base):
    __table__ = t.recording
    id: Mapped[int]
    session_id: Mapped[int]
    original_name: Mapped[str]
    media_type: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str]
    stored_path: Mapped[str]
    linked: Mapped[bool]
    duration_ms: Mapped[int | None]
    container: Mapped[str | None]
    video_codec: Mapped[str | None]
    audio_codec: Mapped[str | None]
    width: Mapped[int | None]
    height: Mapped[int | None]
    resume_ms: Mapped[int]
    watched: Mapped[bool]
    probe_warning: Mapped[str | None]
    added_at: Mapped[dt.datetime]

    chapters: Mapped[list[ChapterRow]] = relationship(
        cascade="all, delete-orphan", order_by="ChapterRow.start_ms"
    )
    notes: Mapped[list[NoteRow]] = relationship(
        cascade="all, delete-orphan", order_by="NoteRow.at_ms"
    )
    subtitles: Mapped[list[SubtitleTrackRow]] = relationship(
        cascade="all, delete-orphan", order_by="SubtitleTrackRow.id"
    )


class SubtitleTrackRow(Base):
    __table__ = t.subtitle_track
    id: Mapped[int]
    recording_id: Mapped[int]
    original_name: Mapped[str]
    stored_path: Mapped[str]
    sha256: Mapped[str]
    language: Mapped[str | None]
    label: Mapped[str]
    # Set for a transcript a speech-to-text engine made; NULL for one a person wrote.
    engine: Mapped[str | None]
    engine_model: Mapped[str | None]
    made_at: Mapped[dt.datetime | None]
    # The one track of its recording the user chose for the player; none chosen: the person's.
    chosen: Mapped[bool]
    cues: Mapped[list[TranscriptCueRow]] = relationship(
        cascade="all, delete-orphan", order_by="TranscriptCueRow.start_ms"
    )


class TranscriptCueRow(Base):
    __table__ = t.transcript_cue
    id: Mapped[int]
    track_id: Mapped[int]
    start_ms: Mapped[int]
    end_ms: Mapped[int]
    text: Mapped[str]


class ChapterRow(Base):
    __table__ = t.chapter
    id: Mapped[int]
    recording_id: Mapped[int]
    start_ms: Mapped[int]
    end_ms: Mapped[int | None]
    title: Mapped[str]
    appearance_id: Mapped[int | None]


class NoteRow(Base):
    __table__ = t.note
    id: Mapped[int]
    recording_id: Mapped[int]
    at_ms: Mapped[int]
    text: Mapped[str]
    created_at: Mapped[dt.datetime]


class LinkRow(Base):
    __table__ = t.link
    id: Mapped[int]
    session_id: Mapped[int]
    kind: Mapped[str]
    url: Mapped[str | None]
    label: Mapped[str]
    ord: Mapped[int]


class TagRow(Base):
    __table__ = t.tag
    id: Mapped[int]
    name: Mapped[str]
    name_folded: Mapped[str]


class SessionTagRow(Base):
    __table__ = t.session_tag
    session_id: Mapped[int]
    tag_id: Mapped[int]


class PageSnapshotRow(Base):
    """A fetched or imported web page kept for provenance."""

    __table__ = t.page_snapshot
    id: Mapped[int]
    session_id: Mapped[int | None]
    url: Mapped[str | None]
    retrieved_at: Mapped[dt.datetime]
    stored_path: Mapped[str]
    sha256: Mapped[str]


class FolderClaimRow(Base):
    """Which session a folder's files went to when the session came from a page or a CSV."""

    __table__ = t.folder_claim
    # The folder's marker: the file: URL a session made from that folder would have as source.
    marker: Mapped[str]
    session_id: Mapped[int]


class TranscriptionQueueRow(Base):
    """A recording waiting to be transcribed; gone when its transcript is saved."""

    __table__ = t.transcription_queue
    id: Mapped[int]
    recording_id: Mapped[int]
    engine: Mapped[str]
    language: Mapped[str]
    queued_at: Mapped[dt.datetime]


class SavedSearchRow(Base):
    __table__ = t.saved_search
    id: Mapped[int]
    name: Mapped[str]
    query: Mapped[str]


class SettingRow(Base):
    """Per-library settings (brief options and the like) as JSON text."""

    __table__ = t.setting
    key: Mapped[str]
    value: Mapped[str]


# Every text a row is given passes here, whoever gives it (editor, CLI, page, JSON or CSV
# import, attachment): String columns hold one line, Text columns may hold several. Control
# characters (terminal escapes among them) are dropped on assignment, so the row in memory and
# the stored value agree, and a String longer than its column is refused. Paths, hashes and
# settings (JSON) are kept exactly as given.
_KEPT_AS_GIVEN = {"stored_path", "sha256"}


def _cleaner(
    multiline: bool, limit: int | None = None, what: str = ""
) -> Callable[[object, object, object, object], object]:
    clean = clean_text if multiline else clean_line

    def on_set(_target: object, value: object, _old: object, _initiator: object) -> object:
        if not isinstance(value, str):
            return value
        value = clean(value)
        # The column's length, checked here for every database: PostgreSQL would refuse the
        # row with SQL in the message, SQLite would keep a megabyte title without a word.
        if limit is not None and len(value) > limit:
            raise ValidationError(
                _t(
                    "The {what} is {count} characters long; the catalogue keeps at most "
                    "{limit}. Shorten it and try again."
                ).format(what=_t(what), count=number(len(value)), limit=number(limit))
            )
        return value

    return on_set


# The columns a user can fill, as a message names them (translated where the message is made).
_FIELD_NAMES: dict[tuple[str, str], str] = {
    ("session", "title"): _mark("session's title"),
    ("session", "theme"): _mark("session's theme"),
    ("session", "timezone"): _mark("session's time zone"),
    ("session", "language"): _mark("session's language"),
    ("session", "source_url"): _mark("session's source URL"),
    ("session", "status"): _mark("session's status"),
    ("series", "name"): _mark("series' name"),
    ("series", "organiser"): _mark("series' organiser"),
    ("series", "url"): _mark("series' URL"),
    ("person", "display_name"): _mark("person's display name"),
    ("person", "sort_name"): _mark("person's sort name"),
    ("person_alias", "alias"): _mark("person's alias"),
    ("organisation", "name"): _mark("organisation's name"),
    ("organisation", "acronym"): _mark("organisation's acronym"),
    ("organisation", "identifier"): _mark("organisation's identifier"),
    ("organisation_alias", "alias"): _mark("organisation's alias"),
    ("appearance", "role"): _mark("speaker's role"),
    ("appearance", "position"): _mark("speaker's position"),
    ("material", "title"): _mark("material's title"),
    ("material", "original_name"): _mark("material's file name"),
    ("material", "media_type"): _mark("material's file type"),
    ("material", "kind"): _mark("material's kind"),
    ("recording", "original_name"): _mark("recording's file name"),
    ("recording", "media_type"): _mark("recording's file type"),
    ("recording", "container"): _mark("recording's container"),
    ("recording", "video_codec"): _mark("recording's video codec"),
    ("recording", "audio_codec"): _mark("recording's audio codec"),
    ("chapter", "title"): _mark("chapter's title"),
    ("subtitle_track", "original_name"): _mark("subtitles' file name"),
    ("subtitle_track", "language"): _mark("subtitles' language"),
    ("subtitle_track", "label"): _mark("subtitles' label"),
    ("subtitle_track", "engine"): _mark("subtitles' transcription engine"),
    ("subtitle_track", "engine_model"): _mark("subtitles' transcription model"),
    ("link", "kind"): _mark("link's kind"),
    ("link", "url"): _mark("link's URL"),
    ("link", "label"): _mark("link's label"),
    ("page_snapshot", "url"): _mark("page snapshot's URL"),
    ("tag", "name"): _mark("tag's name"),
    ("saved_search", "name"): _mark("saved search's name"),
    ("folder_claim", "marker"): _mark("folder's marker"),
    ("transcription_queue", "engine"): _mark("transcription engine"),
    ("transcription_queue", "language"): _mark("transcription language"),
}


def _described(table: str, column: str) -> str:
    """``session's title``, ``person's display name``: a column as a message names it (marked
    for translation where it is known; a column added later reads as its names)."""
    known = _FIELD_NAMES.get((table, column))
    return known if known is not None else f"{table.replace('_', ' ')}'s {column.replace('_', ' ')}"


def _clean_text_on_assignment() -> None:
    # Walks each table's own columns: asking a mapper for its ``column_attrs`` would configure
    # every mapper (their relationships) here, at import, which only the first query needs.
    for mapper in Base.registry.mappers:
        if mapper.local_table is SettingRow.__table__:
            continue
        for column in mapper.local_table.columns:
            if not isinstance(column, Column) or column.name in _KEPT_AS_GIVEN:
                continue
            prop = mapper.get_property_by_column(column)
            if isinstance(column.type, Text):
                event.listen(prop.class_attribute, "set", _cleaner(True), retval=True)
            elif isinstance(column.type, String):
                what = _described(str(column.table.name), column.name)
                on_set = _cleaner(False, column.type.length, what)
                event.listen(prop.class_attribute, "set", on_set, retval=True)


_clean_text_on_assignment()
