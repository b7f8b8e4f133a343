"""full-text search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 07:00:00
"""

from __future__ import annotations

from alembic import op

from webinar_archive.storage.search import drop_search_schema, start_rebuild

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The same DDL a new catalogue gets; the index is filled from what is already there after
    # the upgrade, in steps that show progress and survive an interruption.
    start_rebuild(op.get_bind())


def downgrade() -> None:
    drop_search_schema(op.get_bind())
