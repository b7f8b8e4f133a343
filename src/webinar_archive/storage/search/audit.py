"""Comparing the search index with the catalogue: one document per live session, and as many
places of each kind as a rebuild would write (``locations.py`` says what those are)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection, select, text

from ...domain.messages import _t
from ...domain.progress import ReportProgress, step
from .. import tables as t
from .base import BATCH
from .fields import PLACES, SHORT_KINDS
from .indexer import ids_where
from .locations import material_locations, recording_locations, session_locations
from .schema import backend_for, has_search_schema


@dataclass(slots=True)
class IndexAudit:
    """Counts per kind of place (expected from the catalogue, found in the index) and the
    sessions with a document they should not have, or without one they should."""

    has_index: bool = True
    sessions: int = 0  # live sessions (the trash is not indexed)
    documents: int = 0
    expected: dict[str, int] = field(default_factory=dict)
    indexed: dict[str, int] = field(default_factory=dict)
    missing_documents: list[int] = field(default_factory=list)
    extra_documents: list[int] = field(default_factory=list)

    @property
    def in_step(self) -> bool:
        return (
            self.has_index
            and not self.missing_documents
            and not self.extra_documents
            and self.expected == self.indexed
        )


def audit_index(conn: Connection, progress: ReportProgress | None = None) -> IndexAudit:
    """Read what a rebuild would index, batch by batch, and count what the index holds."""
    if not has_search_schema(conn):
        return IndexAudit(has_index=False)
    audit = IndexAudit()
    s = t.session.c
    live = list(conn.scalars(select(s.id).where(s.deleted_at.is_(None)).order_by(s.id)))
    audit.sessions = len(live)
    # The short values (series, theme, tags) are in the documents only, not places.
    kinds = [p.kind for p in PLACES if p.kind not in SHORT_KINDS]
    expected: Counter[str] = Counter({kind: 0 for kind in kinds})
    for start in range(0, len(live), BATCH):
        ids = live[start : start + BATCH]
        for locs in session_locations(conn, ids).values():
            expected.update(loc.kind for loc in locs if loc.kind not in SHORT_KINDS)
        materials = ids_where(conn, t.material.c.id, t.material.c.session_id.in_(ids))
        recordings = ids_where(conn, t.recording.c.id, t.recording.c.session_id.in_(ids))
        expected.update(loc.kind for loc in material_locations(conn, materials))
        expected.update(loc.kind for loc in recording_locations(conn, recordings))
        step(progress, _t("Comparing the search index"), min(start + BATCH, len(live)), len(live))
    indexed: Counter[str] = Counter({kind: 0 for kind in kinds})
    for kind, n in conn.execute(text("SELECT kind, count(*) FROM search_location GROUP BY kind")):
        indexed[str(kind)] += int(n)
    audit.expected = dict(sorted(expected.items()))
    audit.indexed = dict(sorted(indexed.items()))
    writer = backend_for(conn.dialect.name).writer(conn)
    # A document is whole when every document table has the session (SQLite has two).
    kept = [
        {int(x) for x in conn.scalars(text(f"SELECT {writer.doc_key} FROM {table}"))}
        for table in writer.doc_tables
    ]
    documented = set.intersection(*kept)
    audit.documents = len(documented)
    live_set = set(live)
    audit.missing_documents = sorted(live_set - documented)
    audit.extra_documents = sorted(set.union(*kept) - live_set)
    return audit
