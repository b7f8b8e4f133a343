"""recordings waiting to be transcribed; which transcript a recording shows

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 06:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The queue lives in the catalogue, not in the app's memory: a crash or a quit mid-way
    # leaves it as it was, and the next start (or `transcribe --resume`) goes on with it.
    op.create_table(
        "transcription_queue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("engine", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recording_id"],
            ["recording.id"],
            name=op.f("fk_transcription_queue_recording_id_recording"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcription_queue")),
        sa.UniqueConstraint("recording_id", name=op.f("uq_transcription_queue_recording_id")),
    )
    # The track the player shows when a recording has several (a person's and a machine's);
    # false everywhere means the default: the person's.
    with op.batch_alter_table("subtitle_track", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("chosen", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("subtitle_track", schema=None) as batch_op:
        batch_op.drop_column("chosen")
    op.drop_table("transcription_queue")
