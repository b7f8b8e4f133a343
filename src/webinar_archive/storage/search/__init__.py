"""The full-text search index: one interface (``backend.SearchBackend``), a SQLite (FTS5) and a
PostgreSQL backend side by side, the declared list of indexed fields (``fields.py``), the tuning
of the SQLite plans (``tuning.py``), and keeping the index in step with the catalogue.

Two tables, on both backends:

* ``search_location`` - one row per place a hit can be shown: the title, the summary, a speaker,
  an organisation, a tag, a page of a material, a transcript cue, a timestamped note, a chapter.
  It keeps the original text (for snippets), where it is (material/page, recording/time) and its
  folded words (``index_text``) which are what is indexed. Row ids are ``session_id << 24 | n``
  (``base.session_range``).
* ``search_session`` - one document per session with a column per field of ``fields.FIELDS``.
  Sessions are matched and ranked here, so that the words of a query may be spread over several
  fields ("Sławomir boost4health" finds the session whose speaker is Sławomir and whose slides
  say Boost4Health), field filters are column filters and the column weights give title >
  speakers > summary > slides/transcripts. It is derived from the session's location rows and
  its short values.

The short values bulk edits change (series, theme, tags: ``fields.Field.short``) have no
location rows: their hits are read from the session itself when shown. On SQLite they live in
a third table, ``search_label`` (same row ids as ``search_session``, which then holds the other
columns), with the filter markers: the session's date, language, status and what it has, as
marker words (``filters.py``). Tagging 10,000 sessions then rewrites 10,000 small documents and
nothing of the large tables; a query's words are matched in either table and ranked by the sum
of both tables' bm25 (``sqlite.py``, its plans in ``sqlite_plan.py``).

Folding is ours (``domain.text.fold``: ł→l, ø→o, ß→ss ...) and so is tokenizing, on both sides:
the index and the query hold the same words whatever the engine's tokenizer would do, and
PostgreSQL needs no ``unaccent`` extension ('simple' configuration over folded words).

Nothing happens on import (each name below is loaded from its module when first used): a
catalogue calls ``attach_search_index`` when it opens (``storage/catalogue.py``), which marks
its engine; the session events of ``events.py`` are registered with the first ORM session
(``storage/uow.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attached import attach_search_index
    from .audit import IndexAudit, audit_index
    from .indexer import (
        RebuildState,
        finish_rebuild,
        rebuild,
        rebuild_state,
        reindex,
        start_rebuild,
    )
    from .schema import (
        backend_for,
        create_search_schema,
        drop_search_schema,
        has_search_schema,
        include_in_autogenerate,
        rebuild_pending,
    )
    from .store import FACETS, SearchStore
    from .tuning import SearchTuning


def __getattr__(name: str) -> Any:
    """Each name is imported from its module when first asked for: a catalogue opening imports
    ``attach_search_index`` only (the engines it follows and the index tables' names), not the
    index's writer, auditor, query backends and store, which reads and searches load when they
    run."""
    if name == "attach_search_index":
        from . import attached as home
    elif name in ("IndexAudit", "audit_index"):
        from . import audit as home  # type: ignore[no-redef]
    elif name in (
        "RebuildState",
        "finish_rebuild",
        "rebuild",
        "rebuild_state",
        "reindex",
        "start_rebuild",
    ):
        from . import indexer as home  # type: ignore[no-redef]
    elif name in ("FACETS", "SearchStore"):
        from . import store as home  # type: ignore[no-redef]
    elif name == "SearchTuning":
        from . import tuning as home  # type: ignore[no-redef]
    elif name in __all__:
        from . import schema as home  # type: ignore[no-redef]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(home, name)


__all__ = [
    "FACETS",
    "IndexAudit",
    "RebuildState",
    "SearchStore",
    "SearchTuning",
    "attach_search_index",
    "audit_index",
    "backend_for",
    "create_search_schema",
    "drop_search_schema",
    "finish_rebuild",
    "has_search_schema",
    "include_in_autogenerate",
    "rebuild",
    "rebuild_pending",
    "rebuild_state",
    "reindex",
    "start_rebuild",
]
