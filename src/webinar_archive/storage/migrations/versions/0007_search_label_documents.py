"""series, theme, tags and filter markers in their own small search document

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from webinar_archive.storage.search import (
    create_search_schema,
    drop_search_schema,
    rebuild,
)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The places that are no longer rows of search_location (fields.Field.short).
_SHORT_KINDS = ("series", "theme", "tag")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        # PostgreSQL keeps its document as it was; only the places go.
        kinds = ", ".join(f"'{k}'" for k in _SHORT_KINDS)
        conn.execute(text(f"DELETE FROM search_location WHERE kind IN ({kinds})"))
        return
    # The search tables hold only what can be derived from the catalogue: made again in their
    # new shape (the large document without series, theme, tags and filters; search_label
    # with them) and filled.
    drop_search_schema(conn)
    create_search_schema(conn)
    rebuild(conn)


def downgrade() -> None:
    # This program's code cannot write the older index: its tables are made again in their
    # older shape, empty, for the older program's `webinar-archive reindex` to fill (its
    # searches find nothing until then).
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return  # the places come back with the older program's next reindex
    drop_search_schema(conn)
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE search_location USING fts5("
            "body, session_id UNINDEXED, kind UNINDEXED, prio UNINDEXED, ref_id UNINDEXED, "
            "material_id UNINDEXED, page_no UNINDEXED, recording_id UNINDEXED, "
            "time_ms UNINDEXED, source UNINDEXED, text UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
    )
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE search_session USING fts5(title, speakers, orgs, series, "
            "theme, tags, summary, notes, fulltext, filters, "
            "tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_''', prefix = '2 3')"
        )
    )
    conn.execute(
        text(
            "INSERT INTO search_session(search_session, rank) "
            "VALUES ('rank', 'bm25(10.0, 6.0, 4.0, 3.0, 3.0, 3.0, 2.0, 1.5, 1.0, 0.0)')"
        )
    )
