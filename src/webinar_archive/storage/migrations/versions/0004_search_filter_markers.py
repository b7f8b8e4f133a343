"""search filters as marker words of the SQLite session document

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 09:40:00
"""

from __future__ import annotations

from alembic import op

from webinar_archive.storage.search import (
    create_search_schema,
    drop_search_schema,
    rebuild,
    start_rebuild,
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The search tables hold only what can be derived from the catalogue: made again in their
    # current shape (on SQLite the session document gained the "filters" column) and filled
    # after the upgrade, in steps that show progress and survive an interruption.
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    drop_search_schema(conn)
    start_rebuild(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    drop_search_schema(conn)
    create_search_schema(conn)
    rebuild(conn)
