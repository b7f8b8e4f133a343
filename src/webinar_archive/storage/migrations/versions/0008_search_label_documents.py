"""series, theme, tags and filter markers in their own small search document

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from webinar_archive.storage.search import drop_search_schema, start_rebuild

revision = "0008"
down_revision = "0007"
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
    # with them) and filled after the upgrade, in steps that show progress and survive an
    # interruption.
    drop_search_schema(conn)
    start_rebuild(conn)


def downgrade() -> None:
    # This program's code cannot write the older index: its tables are made again in their
    # older shape, empty, and marked as being rebuilt (indexer.start_rebuild's mark), which
    # the older program finishes in steps when it opens the catalogue.
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
    conn.execute(
        text(
            "CREATE TABLE IF NOT EXISTS search_rebuild (id INTEGER PRIMARY KEY, "
            "last_session BIGINT NOT NULL, done INTEGER NOT NULL, total INTEGER NOT NULL)"
        )
    )
    conn.execute(text("DELETE FROM search_rebuild"))
    conn.execute(
        text(
            "INSERT INTO search_rebuild (id, last_session, done, total) "
            "SELECT 1, 0, 0, count(*) FROM session WHERE deleted_at IS NULL"
        )
    )
