"""Full-text search use cases: query, hits with snippets and places, facets, saved searches."""

from __future__ import annotations

from ..domain.errors import ValidationError
from ..domain.messages import _t
from ..domain.progress import ReportProgress
from ..domain.query import parse
from ..domain.search import SavedSearch, SearchResults
from ..storage.catalogue import Catalogue
from ..storage.search import SearchStore, SearchTuning


class SearchService:
    """``archive.search``: any text is a valid query (see ``domain.query.parse``)."""

    def __init__(self, catalogue: Catalogue, tuning: SearchTuning | None = None) -> None:
        self._cat = catalogue
        self._store = SearchStore(catalogue.engine, tuning)
        # A catalogue opened before the index existed (or by a program without it) is indexed
        # once here, so that search never silently answers from nothing.
        if self._store.ensure():
            self._store.rebuild()

    def search(
        self, query: str, limit: int = 50, offset: int = 0, hits_per_session: int = 5
    ) -> SearchResults:
        """Sessions matching ``query`` best first, each with its best hits (snippet, place)."""
        return self._store.search(parse(query), limit, offset, hits_per_session)

    def session_ids(self, query: str) -> list[int]:
        """Every matching session id in rank order (for ``SessionFilter(ids=...)``)."""
        return self._store.session_ids(parse(query))

    def count(self, query: str) -> int:
        return self._store.count(parse(query))

    def facets(self, query: str, limit: int = 20) -> dict[str, list[tuple[str, int]]]:
        """(value, count) for series, year, organisation, speaker and tag of the whole result."""
        return self._store.facets(parse(query), limit)

    def reindex(self, progress: ReportProgress | None = None) -> int:
        """Rebuild the index from the catalogue in committed batches; return how many sessions
        it holds. Stopped (``Cancelled``, Ctrl+C, a killed process), what was indexed is kept,
        search says the index is being rebuilt, and the next open or reindex goes on."""
        return self._store.reindex(progress)

    # ------------------------------------------------------------------ saved searches

    def saved_searches(self) -> list[SavedSearch]:
        with self._cat.uow() as uow:
            return [SavedSearch(i, n, q) for i, n, q in uow.settings.saved_searches()]

    def save_search(self, name: str, query: str) -> SavedSearch:
        """Save (or overwrite the query of) the search called ``name``."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError(_t("A saved search needs a name."))
        with self._cat.uow() as uow:
            search_id = uow.settings.save_search(name, query)
            uow.commit()
        return SavedSearch(search_id, name, query)

    def delete_saved_search(self, search_id: int) -> None:
        with self._cat.uow() as uow:
            uow.settings.delete_saved_search(search_id)
            uow.commit()
