"""Alembic environment: runs on the engine the library hands over, batch mode for SQLite."""

from __future__ import annotations

from alembic import context

from webinar_archive.storage.search import include_in_autogenerate
from webinar_archive.storage.tables import metadata

config = context.config
target_metadata = metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
            include_name=include_in_autogenerate,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
