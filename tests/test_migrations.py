"""Schema versions: migrations build what the models say; old catalogues are backed up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from helpers import draft
from webinar_archive.domain.errors import LibraryError
from webinar_archive.services.archive import Archive
from webinar_archive.storage.database import (
    HEAD_REVISION,
    alembic_config,
    create_catalogue_engine,
    current_revision,
    head_revision,
)
from webinar_archive.storage.orm import Base
from webinar_archive.storage.search import include_in_autogenerate


def _engine(path: Path):
    return create_catalogue_engine(f"sqlite:///{path}")


def test_upgraded_empty_database_matches_the_models(tmp_path):
    """Running every migration on an empty file gives exactly the tables the models declare."""
    engine = _engine(tmp_path / "migrated.sqlite")
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_in_autogenerate}
            ),
            Base.metadata,
        )
    engine.dispose()
    assert diff == []


def test_migrations_form_one_chain(tmp_path):
    """There is exactly one head, so a library can always be upgraded unambiguously."""
    engine = _engine(tmp_path / "x.sqlite")
    script = ScriptDirectory.from_config(alembic_config(engine))
    assert len(script.get_heads()) == 1
    engine.dispose()


def test_head_revision_constant_is_alembics_head(tmp_path):
    """Start-up compares the stored revision with HEAD_REVISION instead of asking Alembic: a new
    migration must move the constant too, or an old catalogue would be taken for a current one."""
    engine = _engine(tmp_path / "x.sqlite")
    assert head_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_new_library_is_created_at_head(tmp_path):
    """A new library is created from the models and stamped with the newest revision."""
    with Archive.open(tmp_path / "lib") as archive:
        assert archive.catalogue.schema_action == "created"
        assert current_revision(archive.catalogue.engine) == head_revision(archive.catalogue.engine)
    with Archive.open(tmp_path / "lib") as archive:
        assert archive.catalogue.schema_action == "current"


def test_sqlite_pragmas_are_set(sqlite_archive):
    """Foreign keys, WAL and a busy timeout are on for every connection."""
    with sqlite_archive.catalogue.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_older_catalogue_is_backed_up_then_upgraded(tmp_path):
    """A catalogue at an older revision is copied to backups/ before it is upgraded to head."""
    lib = tmp_path / "lib"
    lib.mkdir()
    engine = _engine(lib / "catalogue.sqlite")
    script = ScriptDirectory.from_config(alembic_config(engine))
    revisions = list(script.walk_revisions())
    if len(revisions) < 2:
        pytest.skip("needs two schema revisions; only the first one exists yet")
    oldest = revisions[-1].revision
    command.upgrade(alembic_config(engine), oldest)
    engine.dispose()
    with Archive.open(lib) as archive:
        assert archive.catalogue.schema_action == "upgraded"
        archive.sessions.create(draft())
    backups = list((lib / "backups").glob("catalogue-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("select version_num from alembic_version").fetchone()[0] == oldest


def test_newer_catalogue_is_refused_untouched(tmp_path):
    """A catalogue written by a newer program (unknown revision) is not opened or changed."""
    with Archive.open(tmp_path / "lib") as archive:
        archive.sessions.create(draft())
    db = tmp_path / "lib" / "catalogue.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("update alembic_version set version_num = 'ffff9999'")
    before = db.read_bytes()
    with pytest.raises(LibraryError, match="newer"):
        Archive.open(tmp_path / "lib")
    assert db.read_bytes() == before


def test_foreign_database_is_refused(tmp_path):
    """A SQLite file with tables but no catalogue version is not mistaken for a library."""
    lib = tmp_path / "lib"
    lib.mkdir()
    with sqlite3.connect(lib / "catalogue.sqlite") as conn:
        conn.execute("create table notes (x text)")
    with pytest.raises(LibraryError, match="not a Webinar Archive catalogue"):
        Archive.open(lib)


def test_open_without_create_needs_an_existing_library(tmp_path):
    """Opening a folder that holds no catalogue with create=False says so."""
    with pytest.raises(LibraryError, match="No library"):
        Archive.open(tmp_path / "nothing", create=False)


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_folder_claims_move_from_settings_to_their_table(tmp_path, request, backend):
    """0005 moves 'import.folder:' settings into folder_claim; claims on gone sessions drop."""
    from sqlalchemy import text

    url = request.getfixturevalue("pg_database_url") if backend == "postgres" else None
    lib = tmp_path / "lib"
    with Archive.open(lib, database_url=url) as archive:
        kept = archive.sessions.create(draft("Claimed by a folder")).id
        purged = archive.sessions.create(draft("Purged since")).id
        archive.sessions.trash([purged])
        archive.sessions.empty_trash()
        engine = archive.catalogue.engine
        command.downgrade(alembic_config(engine), "0004")
        with engine.begin() as conn:
            conn.execute(
                text("insert into setting (key, value) values (:k, :v)"),
                [
                    {"k": "import.folder:file:///talks/one", "v": str(kept)},
                    {"k": "import.folder:file:///talks/two", "v": str(purged)},
                    {"k": "import.folder:file:///talks/bad", "v": '"not an id"'},
                    {"k": "brief.options", "v": "{}"},
                ],
            )
    with Archive.open(lib, database_url=url) as archive:
        assert archive.catalogue.schema_action == "upgraded"
        with archive.catalogue.uow() as uow:
            assert uow.sessions.folder_claims() == {"file:///talks/one": kept}
        with archive.catalogue.engine.connect() as conn:
            keys = set(conn.scalars(text("select key from setting")))
        assert keys == {"brief.options"}
        # The claim goes with its session.
        archive.sessions.trash([kept])
        archive.sessions.empty_trash()
        with archive.catalogue.uow() as uow:
            assert uow.sessions.folder_claims() == {}


def test_folder_claims_go_back_to_settings_on_downgrade(tmp_path):
    """Downgrading past 0005 puts the claims back where the older program looks for them."""
    from sqlalchemy import text

    lib = tmp_path / "lib"
    with Archive.open(lib) as archive:
        sid = archive.sessions.create(draft()).id
        with archive.catalogue.uow() as uow:
            uow.sessions.claim_for_folder("file:///talks/one", sid)
            uow.commit()
        engine = archive.catalogue.engine
        command.downgrade(alembic_config(engine), "0004")
        with engine.connect() as conn:
            rows = conn.execute(text("select key, value from setting")).all()
    assert rows == [("import.folder:file:///talks/one", str(sid))]
