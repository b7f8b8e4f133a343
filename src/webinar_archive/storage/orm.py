"""SQLAlchemy 2 typed table mappings of the catalogue; the only schema definition there is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    event,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.errors import ValidationError
from ..domain.messages import _t
from ..domain.text import clean_line, clean_text

# Named constraints let Alembic's batch mode (SQLite) alter tables reliably.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SeriesRow(Base):
    __tablename__ = "series"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500), unique=True)
    name_folded: Mapped[str] = mapped_column(String(500), index=True)
    organiser: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    description: Mapped[str] = mapped_column(Text, default="")


class OrganisationRow(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    name_folded: Mapped[str] = mapped_column(String(500), index=True)
    acronym: Mapped[str | None] = mapped_column(String(100))
    identifier: Mapped[str | None] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    aliases: Mapped[list[OrganisationAliasRow]] = relationship(
        cascade="all, delete-orphan", order_by="OrganisationAliasRow.id"
    )


class OrganisationAliasRow(Base):
    __tablename__ = "organisation_alias"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(500))
    alias_folded: Mapped[str] = mapped_column(String(500), index=True)


class PersonRow(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300))
    sort_name: Mapped[str] = mapped_column(String(300), index=True)
    name_folded: Mapped[str] = mapped_column(String(300), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    aliases: Mapped[list[PersonAliasRow]] = relationship(
        cascade="all, delete-orphan", order_by="PersonAliasRow.id"
    )


class PersonAliasRow(Base):
    __tablename__ = "person_alias"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    alias_folded: Mapped[str] = mapped_column(String(300), index=True)


class SessionRow(Base):
    __tablename__ = "session"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(1000))
    # Folded copy (domain.text.fold) so filtering ignores accents and case on every backend.
    title_folded: Mapped[str] = mapped_column(String(1000), default="")
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="SET NULL"), index=True
    )
    theme: Mapped[str | None] = mapped_column(String(500))
    date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    timezone: Mapped[str | None] = mapped_column(String(64))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text, default="")
    source_url: Mapped[str | None] = mapped_column(String(2000))
    retrieved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    rights: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

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
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class AppearanceRow(Base):
    __tablename__ = "appearance"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(40), default="speaker")
    position: Mapped[str | None] = mapped_column(String(500))
    ord: Mapped[int] = mapped_column(Integer, default=0)
    contribution: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[SessionRow] = relationship(back_populates="appearances")
    person: Mapped[PersonRow] = relationship()
    organisation: Mapped[OrganisationRow | None] = relationship()


class MaterialRow(Base):
    __tablename__ = "material"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(1000))
    original_name: Mapped[str] = mapped_column(String(1000))
    media_type: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    stored_path: Mapped[str] = mapped_column(String(2000))
    linked: Mapped[bool] = mapped_column(Boolean, default=False)
    page_count: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    extraction_warning: Mapped[str | None] = mapped_column(Text)
    appearance_id: Mapped[int | None] = mapped_column(
        ForeignKey("appearance.id", ondelete="SET NULL"), index=True
    )
    recording_id: Mapped[int | None] = mapped_column(
        ForeignKey("recording.id", ondelete="SET NULL"), index=True
    )
    shown_at_ms: Mapped[int | None] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    pages: Mapped[list[MaterialPageRow]] = relationship(
        cascade="all, delete-orphan", order_by="MaterialPageRow.page_no"
    )


class MaterialPageRow(Base):
    """Text of one page or slide, kept apart so that search can say where a hit is."""

    __tablename__ = "material_page"
    id: Mapped[int] = mapped_column(primary_key=True)
    material_id: Mapped[int] = mapped_column(
        ForeignKey("material.id", ondelete="CASCADE"), index=True
    )
    page_no: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")


class RecordingRow(Base):
    __tablename__ = "recording"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    original_name: Mapped[str] = mapped_column(String(1000))
    media_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    stored_path: Mapped[str] = mapped_column(String(2000))
    linked: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    container: Mapped[str | None] = mapped_column(String(100))
    video_codec: Mapped[str | None] = mapped_column(String(100))
    audio_codec: Mapped[str | None] = mapped_column(String(100))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    resume_ms: Mapped[int] = mapped_column(Integer, default=0)
    watched: Mapped[bool] = mapped_column(Boolean, default=False)
    probe_warning: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

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
    __tablename__ = "subtitle_track"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(
        ForeignKey("recording.id", ondelete="CASCADE"), index=True
    )
    original_name: Mapped[str] = mapped_column(String(1000))
    stored_path: Mapped[str] = mapped_column(String(2000))
    sha256: Mapped[str] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(200), default="")
    # Set for a transcript a speech-to-text engine made; NULL for one a person wrote.
    engine: Mapped[str | None] = mapped_column(String(40))
    engine_model: Mapped[str | None] = mapped_column(String(200))
    made_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The one track of its recording the user chose for the player; none chosen: the person's.
    chosen: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    cues: Mapped[list[TranscriptCueRow]] = relationship(
        cascade="all, delete-orphan", order_by="TranscriptCueRow.start_ms"
    )


class TranscriptCueRow(Base):
    __tablename__ = "transcript_cue"
    id: Mapped[int] = mapped_column(primary_key=True)
    track_id: Mapped[int] = mapped_column(
        ForeignKey("subtitle_track.id", ondelete="CASCADE"), index=True
    )
    start_ms: Mapped[int] = mapped_column(Integer)
    end_ms: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class ChapterRow(Base):
    __tablename__ = "chapter"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(
        ForeignKey("recording.id", ondelete="CASCADE"), index=True
    )
    start_ms: Mapped[int] = mapped_column(Integer)
    end_ms: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(1000))
    appearance_id: Mapped[int | None] = mapped_column(
        ForeignKey("appearance.id", ondelete="SET NULL"), index=True
    )


class NoteRow(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(
        ForeignKey("recording.id", ondelete="CASCADE"), index=True
    )
    at_ms: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LinkRow(Base):
    __tablename__ = "link"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str | None] = mapped_column(String(2000))
    label: Mapped[str] = mapped_column(String(1000), default="")
    ord: Mapped[int] = mapped_column(Integer, default=0)


class TagRow(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_folded: Mapped[str] = mapped_column(String(200), index=True)


class SessionTagRow(Base):
    __tablename__ = "session_tag"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class PageSnapshotRow(Base):
    """A fetched or imported web page kept for provenance."""

    __tablename__ = "page_snapshot"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True
    )
    url: Mapped[str | None] = mapped_column(String(2000))
    retrieved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    stored_path: Mapped[str] = mapped_column(String(2000))
    sha256: Mapped[str] = mapped_column(String(64))


class FolderClaimRow(Base):
    """Which session a folder's files went to when the session came from a page or a CSV."""

    __tablename__ = "folder_claim"
    # The folder's marker: the file: URL a session made from that folder would have as source.
    marker: Mapped[str] = mapped_column(String(2000), primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )


class TranscriptionQueueRow(Base):
    """A recording waiting to be transcribed; gone when its transcript is saved."""

    __tablename__ = "transcription_queue"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(
        ForeignKey("recording.id", ondelete="CASCADE"), unique=True
    )
    engine: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(16))
    queued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SavedSearchRow(Base):
    __tablename__ = "saved_search"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text)


class SettingRow(Base):
    """Per-library settings (brief options and the like) as JSON text."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The session table lists live (or trashed) sessions in one of these orders; with the id in the
# index SQLite answers from the index alone instead of sorting 100,000 rows (benchmarks/).
for _column in ("date", "title_folded", "created_at", "updated_at", "status"):
    Index(
        f"ix_session_deleted_at_{_column}",
        SessionRow.deleted_at,
        getattr(SessionRow, _column),
        SessionRow.id,
    )
# Search filters (year, date, lang, status) answered from one index, without reading the wide
# session rows: a filtered search over the whole library reads it once (storage/search_query).
Index(
    "ix_session_search_filters",
    SessionRow.deleted_at,
    SessionRow.language,
    SessionRow.status,
    SessionRow.date,
    SessionRow.id,
)
Index("ix_appearance_session_ord", AppearanceRow.session_id, AppearanceRow.ord)
Index("ix_transcript_cue_track_start", TranscriptCueRow.track_id, TranscriptCueRow.start_ms)


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
                    "The {what} is {count:,} characters long; the catalogue keeps at most "
                    "{limit:,}. Shorten it and try again."
                ).format(what=what, count=len(value), limit=limit)
            )
        return value

    return on_set


def _described(table: str, column: str) -> str:
    """``session's title``, ``person's display name``: a column as a message names it."""
    return f"{table.replace('_', ' ')}'s {column.replace('_', ' ')}"


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
