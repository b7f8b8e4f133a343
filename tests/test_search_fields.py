"""The shape of the search code: the declared fields drive both backends' tables, the tuning
belongs to a store, and the index's session events are attached by an opening catalogue, not by
an import."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import create_engine, text

from search_helpers import session_draft
from webinar_archive.domain import search as domain_search
from webinar_archive.domain.query import TEXT_FIELDS
from webinar_archive.services.archive import Archive
from webinar_archive.services.search import SearchService
from webinar_archive.storage.repos.sessions import SessionRepository
from webinar_archive.storage.search import SearchTuning
from webinar_archive.storage.search.fields import (
    DOC_COLUMNS,
    DOC_WEIGHTS,
    FIELD_COLUMN,
    FIELDS,
    KIND_COLUMN,
    SESSION_KINDS,
)
from webinar_archive.storage.uow import session_factory

ROOT = Path(__file__).resolve().parents[1]


def test_the_declared_fields_cover_the_query_language_and_the_hit_kinds():
    """Every field a query can name has a column, and every kind of hit has a place."""
    assert set(FIELD_COLUMN) == set(TEXT_FIELDS.values())
    assert set(FIELD_COLUMN.values()) <= set(DOC_COLUMNS)
    assert set(KIND_COLUMN) == {*domain_search.SESSION_KINDS, *domain_search.CONTENT_KINDS}
    assert set(SESSION_KINDS) == set(domain_search.SESSION_KINDS)


def test_the_sqlite_tables_follow_the_declared_fields(tmp_path: Path):
    """The session document has a column per declared field: the long ones in search_session,
    ranked with the declared weights, the short ones (then the filter markers) in
    search_label."""
    with Archive.open(tmp_path / "lib") as archive, archive.catalogue.engine.connect() as conn:
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(search_session)"))]
        label = [r[1] for r in conn.execute(text("PRAGMA table_info(search_label)"))]
        rank = conn.scalar(text("SELECT v FROM search_session_config WHERE k = 'rank'"))
    short = {f.column for f in FIELDS if f.short}
    assert short == {"series", "theme", "tags"}
    assert columns == [c for c in DOC_COLUMNS if c not in short]
    assert label == [*(c for c in DOC_COLUMNS if c in short), "filters"]
    weights = [w for c, w in zip(DOC_COLUMNS, DOC_WEIGHTS, strict=True) if c not in short]
    assert rank == "bm25(" + ", ".join(str(w) for w in weights) + ")"


def test_two_stores_over_one_catalogue_keep_their_own_tuning(tmp_path: Path):
    """The thresholds are passed to a store, not read from module globals: a store told that
    every word is too common orders by tiers while the archive's own still ranks."""
    with Archive.open(tmp_path / "lib") as archive:
        for title in ("Hydrogen valleys", "Hydrogen ports", "Ports and ammonia"):
            archive.sessions.create(session_draft(title))
        tiny = SearchService(archive.catalogue, SearchTuning(rank_all_limit=0))
        assert tiny.search("hydrogen").ranking == "tiered"
        assert archive.search.search("hydrogen").ranking == "relevance"
        assert sorted(tiny.session_ids("hydrogen")) == sorted(
            archive.search.session_ids("hydrogen")
        )


def test_importing_the_search_code_registers_no_session_events(tmp_path: Path):
    """The index's ORM listeners are registered with the first ORM session of an opened
    catalogue, not on import, nor by opening it (reads on Core tables need none)."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from sqlalchemy import event
        from sqlalchemy.orm import Session
        import webinar_archive.services.archive
        from webinar_archive.storage.search import events

        HANDLERS = {
            "after_flush": events._after_flush,
            "do_orm_execute": events._before_bulk,
            "before_commit": events._before_commit,
            "after_rollback": events._after_rollback,
        }

        def registered():
            return [n for n, fn in HANDLERS.items() if event.contains(Session, n, fn)]

        assert registered() == [], registered()
        from webinar_archive.storage.catalogue import open_catalogue
        catalogue = open_catalogue(Path(sys.argv[1]))
        assert registered() == [], registered()
        with catalogue.uow() as uow:
            uow.reads.latest_id()
            uow.settings.get_setting("any")
        assert registered() == [], registered()
        with catalogue.uow() as uow:
            uow.sessions.session_is_live(1)
        assert registered() == list(HANDLERS), registered()
        catalogue.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "lib")],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_only_an_opened_catalogue_is_kept_in_step(tmp_path: Path):
    """ORM sessions on another engine (here a copy of the catalogue file, never opened as a
    catalogue) leave its index alone: the events follow the catalogues that attached them."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        archive.sessions.create(session_draft("Kept in step"))
        copy = tmp_path / "copy.sqlite"
        with archive.catalogue.engine.connect() as conn:
            conn.execute(text("VACUUM INTO :path"), {"path": str(copy)})
        engine = create_engine(f"sqlite:///{copy}")
        try:
            with session_factory(engine)() as db:
                SessionRepository(db).add_session(session_draft("Written behind its back"))
                db.commit()
            with engine.connect() as conn:
                indexed = conn.scalar(text("SELECT count(*) FROM search_session"))
        finally:
            engine.dispose()
        assert indexed == 1
        archive.sessions.create(session_draft("Also kept in step"))
        assert archive.search.count("kept step") == 2
