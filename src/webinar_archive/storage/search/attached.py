"""Which open catalogues the search index follows: their engines, marked when they open."""

from __future__ import annotations

import weakref

from sqlalchemy import Engine

from .schema import create_search_schema

# The engines of open catalogues (``attach_search_index``): True once their index tables are
# known to exist. ORM sessions bound to any other engine are not looked at (``events.py``).
ATTACHED: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def attach_search_index(engine: Engine, *, create: bool = False) -> None:
    """Keep the search index of the catalogue behind ``engine`` in step with what its ORM
    sessions change, from now on; ``create`` makes the index tables first (a new catalogue).

    Called when a catalogue opens. The ORM session events that do it (``events.py``) are
    registered when the first ORM session is made (``uow.session_factory``): a command or a
    window that only reads, on Core tables, imports neither them nor the ORM.
    """
    if create:
        with engine.begin() as conn:
            create_search_schema(conn)
    ATTACHED.setdefault(engine, False)
