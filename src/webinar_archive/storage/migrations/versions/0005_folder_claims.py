"""folder claims in their own table, tied to their session

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 01:30:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Where earlier versions kept the claims: setting keys with this prefix, the session id as JSON.
PREFIX = "import.folder:"

setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
session = sa.table("session", sa.column("id", sa.Integer))
folder_claim = sa.table(
    "folder_claim", sa.column("marker", sa.String), sa.column("session_id", sa.Integer)
)


def upgrade() -> None:
    op.create_table(
        "folder_claim",
        sa.Column("marker", sa.String(length=2000), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_folder_claim_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("marker", name=op.f("pk_folder_claim")),
    )
    with op.batch_alter_table("folder_claim", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_folder_claim_session_id"), ["session_id"], unique=False
        )
    conn = op.get_bind()
    claimed = sa.select(setting.c.key, setting.c.value).where(
        setting.c.key.startswith(PREFIX, autoescape=True)
    )
    sessions = set(conn.scalars(sa.select(session.c.id)))
    rows = []
    for key, value in conn.execute(claimed).all():
        try:
            session_id = int(json.loads(value))
        except (ValueError, TypeError):
            continue
        # A claim on a session purged since then meant nothing already; it is dropped.
        if session_id in sessions:
            rows.append({"marker": key[len(PREFIX) :], "session_id": session_id})
    if rows:
        conn.execute(folder_claim.insert(), rows)
    conn.execute(setting.delete().where(setting.c.key.startswith(PREFIX, autoescape=True)))


def downgrade() -> None:
    conn = op.get_bind()
    rows = [
        {"key": PREFIX + marker, "value": json.dumps(session_id)}
        for marker, session_id in conn.execute(
            sa.select(folder_claim.c.marker, folder_claim.c.session_id)
        ).all()
    ]
    if rows:
        conn.execute(setting.insert(), rows)
    with op.batch_alter_table("folder_claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_folder_claim_session_id"))
    op.drop_table("folder_claim")
