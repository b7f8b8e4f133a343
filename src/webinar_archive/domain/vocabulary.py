"""The catalogue's fixed vocabularies (statuses, roles, kinds, sort keys), without the records."""

from __future__ import annotations

import enum


class SessionStatus(enum.StrEnum):
    """How far cataloguing of a session has gone."""

    DRAFT = "draft"
    CATALOGUED = "catalogued"
    REVIEWED = "reviewed"


class AppearanceRole(enum.StrEnum):
    """What a person did at a session."""

    SPEAKER = "speaker"
    MODERATOR = "moderator"
    OPENING = "opening"
    CLOSING = "closing"
    PANELLIST = "panellist"
    DISCUSSANT = "discussant"
    CHAIR = "chair"
    KEYNOTE = "keynote"
    OTHER = "other"


class LinkKind(enum.StrEnum):
    """What a link of a session points at."""

    RECORDING = "recording"
    PRESENTATIONS = "presentations"
    AGENDA = "agenda"
    MORE_INFO = "more-info"
    OTHER = "other"


class MaterialKind(enum.StrEnum):
    """Broad kind of an attached document, derived from its media type."""

    PDF = "pdf"
    SLIDES = "slides"  # PPTX, ODP, PPT
    DOCUMENT = "document"  # DOCX, ODT, TXT, MD, HTML
    IMAGE = "image"
    SUBTITLES = "subtitles"
    OTHER = "other"


class SortKey(enum.StrEnum):
    TITLE = "title"
    SERIES = "series"
    DATE = "date"
    SPEAKERS = "speakers"
    THEME = "theme"
    MATERIALS = "materials"
    DURATION = "duration"
    STATUS = "status"
    UPDATED = "updated"
    # The order of SessionFilter.ids as given (search results by rank); dates elsewhere.
    RELEVANCE = "relevance"
