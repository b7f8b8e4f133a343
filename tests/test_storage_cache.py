"""SQLite's page cache: small on every connection, large only while a search runs.

Read through 100,000 sessions, a 64 MB cache on each of the window's connections was most of
its memory; a search needs a large one to read the same index pages once per page of results.
The sizes are read from the connections themselves (``PRAGMA cache_size``, negative: KiB).
"""

from __future__ import annotations

from sqlalchemy import Connection

from helpers import draft
from webinar_archive.domain import model as m

# What a connection that pages the table may keep at most, and what a search gets.
SMALL_KIB = 4 * 1024
SEARCH_KIB = 32 * 1024


def _cache_kib(conn: Connection) -> int:
    size = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    return -size if size < 0 else size * 4  # a page count: at most 4 KiB pages here


def test_table_pages_read_with_a_small_cache(sqlite_archive):
    """The connection the session table's pages come through keeps a few MB at most."""
    created = sqlite_archive.sessions.create(draft())
    assert [r.id for r in sqlite_archive.sessions.rows([created.id])] == [created.id]
    with sqlite_archive.catalogue.engine.connect() as conn:
        assert _cache_kib(conn) <= SMALL_KIB


def test_a_search_runs_with_a_large_cache_and_gives_it_back(sqlite_archive, monkeypatch):
    """While it ranks and reads hits a search has the large cache; once done, its connection
    is back to the small one (its pages freed), whichever connection the pool hands out next."""
    created = sqlite_archive.sessions.create(draft("Hydrogen valleys in Lapland"))
    store = sqlite_archive.search._store
    seen: list[int] = []
    page = store.backend.page

    def page_noting_the_cache(conn: Connection, *args: object, **kwargs: object) -> object:
        seen.append(_cache_kib(conn))
        return page(conn, *args, **kwargs)

    monkeypatch.setattr(store.backend, "page", page_noting_the_cache)
    results = sqlite_archive.search.search("hydrogen")
    assert [s.session_id for s in results.sessions] == [created.id]
    assert seen and all(kib >= SEARCH_KIB for kib in seen)
    with sqlite_archive.catalogue.engine.connect() as conn:
        assert _cache_kib(conn) <= SMALL_KIB
    assert sqlite_archive.sessions.list_rows(m.SessionFilter(), limit=1)[0].id == created.id
