"""The catalogue's tables as SQLAlchemy Core ``Table``s: the one schema definition there is.

The ORM classes (``orm.py``) are mapped onto these tables; reads that need no ORM rows (the
session list, one session shown, the window's first page) select from them directly, so that
a command or a window that only reads never imports ``sqlalchemy.orm`` nor builds the mapping.
"""

from __future__ import annotations

import datetime as dt

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
    Table,
    Text,
    Time,
    false,
)

# Named constraints let Alembic's batch mode (SQLite) alter tables reliably.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


series = Table(
    "series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(500), nullable=False, unique=True),
    Column("name_folded", String(500), nullable=False, index=True),
    Column("organiser", String(500)),
    Column("url", String(2000)),
    Column("description", Text, nullable=False, default=""),
)

organisation = Table(
    "organisation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(500), nullable=False),
    Column("name_folded", String(500), nullable=False, index=True),
    Column("acronym", String(100)),
    Column("identifier", String(200)),
    Column("parent_id", ForeignKey("organisation.id", ondelete="SET NULL"), index=True),
    Column("notes", Text, nullable=False, default=""),
)

organisation_alias = Table(
    "organisation_alias",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "organisation_id",
        ForeignKey("organisation.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("alias", String(500), nullable=False),
    Column("alias_folded", String(500), nullable=False, index=True),
)

person = Table(
    "person",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("display_name", String(300), nullable=False),
    Column("sort_name", String(300), nullable=False, index=True),
    Column("name_folded", String(300), nullable=False, index=True),
    Column("notes", Text, nullable=False, default=""),
)

person_alias = Table(
    "person_alias",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("alias", String(300), nullable=False),
    Column("alias_folded", String(300), nullable=False, index=True),
)

session = Table(
    "session",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(1000), nullable=False),
    # Folded copy (domain.text.fold) so filtering ignores accents and case on every backend.
    Column("title_folded", String(1000), nullable=False, default=""),
    Column("series_id", ForeignKey("series.id", ondelete="SET NULL"), index=True),
    Column("theme", String(500)),
    Column("date", Date),
    Column("start_time", Time),
    Column("timezone", String(64)),
    Column("duration_minutes", Integer),
    Column("language", String(16)),
    Column("summary", Text, nullable=False, default=""),
    Column("source_url", String(2000)),
    Column("retrieved_at", DateTime),
    Column("notes", Text, nullable=False, default=""),
    Column("status", String(20), nullable=False, index=True, default="draft"),
    Column("rights", Text),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    Column("updated_at", DateTime, nullable=False, default=utcnow, onupdate=utcnow),
    Column("deleted_at", DateTime),
    Column("version", Integer, nullable=False, default=1),
)

appearance = Table(
    "appearance",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("person_id", ForeignKey("person.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="SET NULL"), index=True),
    Column("role", String(40), nullable=False, default="speaker"),
    Column("position", String(500)),
    Column("ord", Integer, nullable=False, default=0),
    Column("contribution", Text, nullable=False, default=""),
)

material = Table(
    "material",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("title", String(1000), nullable=False),
    Column("original_name", String(1000), nullable=False),
    Column("media_type", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False, index=True),
    Column("stored_path", String(2000), nullable=False),
    Column("linked", Boolean, nullable=False, default=False),
    Column("page_count", Integer),
    Column("text", Text, nullable=False, default=""),
    Column("extraction_warning", Text),
    Column("appearance_id", ForeignKey("appearance.id", ondelete="SET NULL"), index=True),
    Column("recording_id", ForeignKey("recording.id", ondelete="SET NULL"), index=True),
    Column("shown_at_ms", Integer),
    Column("added_at", DateTime, nullable=False, default=utcnow),
)

material_page = Table(
    "material_page",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "material_id", ForeignKey("material.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("page_no", Integer, nullable=False),
    Column("text", Text, nullable=False, default=""),
)

recording = Table(
    "recording",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("original_name", String(1000), nullable=False),
    Column("media_type", String(200), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False, index=True),
    Column("stored_path", String(2000), nullable=False),
    Column("linked", Boolean, nullable=False, default=False),
    Column("duration_ms", Integer),
    Column("container", String(100)),
    Column("video_codec", String(100)),
    Column("audio_codec", String(100)),
    Column("width", Integer),
    Column("height", Integer),
    Column("resume_ms", Integer, nullable=False, default=0),
    Column("watched", Boolean, nullable=False, default=False),
    Column("probe_warning", Text),
    Column("added_at", DateTime, nullable=False, default=utcnow),
)

subtitle_track = Table(
    "subtitle_track",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "recording_id", ForeignKey("recording.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("original_name", String(1000), nullable=False),
    Column("stored_path", String(2000), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("language", String(16)),
    Column("label", String(200), nullable=False, default=""),
    # Set for a transcript a speech-to-text engine made; NULL for one a person wrote.
    Column("engine", String(40)),
    Column("engine_model", String(200)),
    Column("made_at", DateTime),
    # The one track of its recording the user chose for the player; none chosen: the person's.
    Column("chosen", Boolean, nullable=False, default=False, server_default=false()),
)

transcript_cue = Table(
    "transcript_cue",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "track_id", ForeignKey("subtitle_track.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("start_ms", Integer, nullable=False),
    Column("end_ms", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

chapter = Table(
    "chapter",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "recording_id", ForeignKey("recording.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("start_ms", Integer, nullable=False),
    Column("end_ms", Integer),
    Column("title", String(1000), nullable=False),
    Column("appearance_id", ForeignKey("appearance.id", ondelete="SET NULL"), index=True),
)

note = Table(
    "note",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "recording_id", ForeignKey("recording.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("at_ms", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime, nullable=False, default=utcnow),
)

link = Table(
    "link",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("url", String(2000)),
    Column("label", String(1000), nullable=False, default=""),
    Column("ord", Integer, nullable=False, default=0),
)

tag = Table(
    "tag",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("name_folded", String(200), nullable=False, index=True),
)

session_tag = Table(
    "session_tag",
    metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

page_snapshot = Table(
    "page_snapshot",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", ForeignKey("session.id", ondelete="SET NULL"), index=True),
    Column("url", String(2000)),
    Column("retrieved_at", DateTime, nullable=False, default=utcnow),
    Column("stored_path", String(2000), nullable=False),
    Column("sha256", String(64), nullable=False),
)

folder_claim = Table(
    "folder_claim",
    metadata,
    # The folder's marker: the file: URL a session made from that folder would have as source.
    Column("marker", String(2000), primary_key=True),
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), nullable=False, index=True),
)

transcription_queue = Table(
    "transcription_queue",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "recording_id", ForeignKey("recording.id", ondelete="CASCADE"), nullable=False, unique=True
    ),
    Column("engine", String(40), nullable=False),
    Column("language", String(16), nullable=False),
    Column("queued_at", DateTime, nullable=False, default=utcnow),
)

saved_search = Table(
    "saved_search",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("query", Text, nullable=False),
)

setting = Table(
    "setting",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("value", Text, nullable=False),
)

# The session table lists live (or trashed) sessions in one of these orders; with the id in the
# index SQLite answers from the index alone instead of sorting 100,000 rows (benchmarks/).
for _column in ("date", "title_folded", "created_at", "updated_at", "status"):
    Index(
        f"ix_session_deleted_at_{_column}",
        session.c.deleted_at,
        session.c[_column],
        session.c.id,
    )
# Search filters (year, date, lang, status) answered from one index, without reading the wide
# session rows: a filtered search over the whole library reads it once (storage/search_query).
Index(
    "ix_session_search_filters",
    session.c.deleted_at,
    session.c.language,
    session.c.status,
    session.c.date,
    session.c.id,
)
Index("ix_appearance_session_ord", appearance.c.session_id, appearance.c.ord)
Index("ix_transcript_cue_track_start", transcript_cue.c.track_id, transcript_cue.c.start_ms)
