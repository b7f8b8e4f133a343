"""covering index for search filters

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 09:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A catalogue made from the models by other means may have it already.
    op.create_index(
        "ix_session_search_filters",
        "session",
        ["deleted_at", "language", "status", "date", "id"],
        if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_index("ix_session_search_filters", table_name="session", if_exists=True)
