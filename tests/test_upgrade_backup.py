"""A server catalogue is written to backups/ (every row, trash included) before an upgrade."""

from __future__ import annotations

import json
import os
from pathlib import Path

from alembic import command

from helpers import draft
from webinar_archive.services.archive import Archive
from webinar_archive.storage.database import alembic_config, backup_rows, create_catalogue_engine


def test_backup_rows_writes_every_table_with_the_trash(tmp_path: Path) -> None:
    """The JSON holds each table's columns and rows; a trashed session is in it too."""
    with Archive.open(tmp_path / "lib") as archive:
        kept = archive.sessions.create(draft("Kept session"))
        gone = archive.sessions.create(draft("Trashed session"))
        archive.sessions.trash([gone.id])
        engine = archive.catalogue.engine
        old = os.umask(0o027)
        try:
            target = backup_rows(engine, tmp_path / "backups", reason="before-upgrade-from-x")
        finally:
            os.umask(old)
    assert target.name.startswith("catalogue-") and target.name.endswith("-from-x.json")
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    tables = json.loads(target.read_text(encoding="utf-8"))["tables"]
    sessions = tables["session"]
    title = sessions["columns"].index("title")
    deleted = sessions["columns"].index("deleted_at")
    rows = {row[title]: row[deleted] for row in sessions["rows"]}
    assert rows["Kept session"] is None and rows["Trashed session"] is not None
    assert kept.id in [row[sessions["columns"].index("id")] for row in sessions["rows"]]
    assert {"alembic_version", "person", "organisation", "appearance"} <= tables.keys()


def test_an_old_postgresql_catalogue_is_backed_up_before_its_upgrade(tmp_path: Path) -> None:
    from pg_helpers import require_pg_server_url, temporary_database
    from webinar_archive.storage.repos.sessions import SessionRepository
    from webinar_archive.storage.uow import session_factory

    with temporary_database(require_pg_server_url()) as url:
        engine = create_catalogue_engine(url)
        # The schema as revision 0001 made it (not today's models, which later revisions extend).
        command.upgrade(alembic_config(engine), "0001")
        with session_factory(engine)() as db:
            SessionRepository(db).add_session(draft("Before the upgrade"))
            db.commit()
        engine.dispose()
        with Archive.open(tmp_path / "lib", database_url=url) as archive:
            assert archive.catalogue.schema_action == "upgraded"
    backups = list((tmp_path / "lib" / "backups").glob("catalogue-*-before-upgrade-from-0001.json"))
    assert len(backups) == 1
    tables = json.loads(backups[0].read_text(encoding="utf-8"))["tables"]
    assert tables["alembic_version"]["rows"] == [["0001"]]
    assert "Before the upgrade" in json.dumps(tables["session"]["rows"])
