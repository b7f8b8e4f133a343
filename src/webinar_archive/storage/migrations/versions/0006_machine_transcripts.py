"""subtitle tracks say which speech-to-text engine made them, if one did

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 04:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # All three stay NULL for a track imported from a file: a person's transcript.
    with op.batch_alter_table("subtitle_track", schema=None) as batch_op:
        batch_op.add_column(sa.Column("engine", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("engine_model", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("made_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("subtitle_track", schema=None) as batch_op:
        batch_op.drop_column("made_at")
        batch_op.drop_column("engine_model")
        batch_op.drop_column("engine")
