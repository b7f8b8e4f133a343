"""The search index of one catalogue as the services use it: query, hits, facets, rebuild; the
database-specific parts are asked of its backend (``sqlite.py``, ``postgres.py``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, text

from ...domain.errors import LibraryError
from ...domain.markdown_text import markdown_plain
from ...domain.messages import _t, number
from ...domain.progress import ReportProgress
from ...domain.query import Query, Term
from ...domain.search import Hit, SearchResults, SessionHits, hit_label, snippet
from ..database import CACHE_KIB, SEARCH_CACHE_KIB
from .audit import IndexAudit, audit_index
from .fields import FIELD_KIND, KIND_PRIORITY, SHORT_KINDS
from .filters import as_date
from .indexer import rebuild, rebuild_state, reindex
from .locations import session_locations
from .schema import backend_for, create_search_schema, has_search_schema
from .speakers import Speakers
from .tuning import SearchTuning

FACETS = ("series", "year", "organisation", "speaker", "tag")
# Cues matching the words read per session to find those one speaker said: enough for the
# words of a long talk, bounded for a word said everywhere.
SAID_FETCH = 2000


class SearchStore:
    """The search index of one catalogue: query, hits, facets, rebuild."""

    def __init__(self, engine: Engine, tuning: SearchTuning | None = None) -> None:
        self.engine = engine
        self.backend = backend_for(engine.dialect.name, tuning)

    # ------------------------------------------------------------------ maintenance

    def ensure(self) -> bool:
        """Create the index tables if this catalogue lacks them; True when they were created."""
        with self.engine.begin() as conn:
            if has_search_schema(conn):
                return False
            create_search_schema(conn)
        return True

    def rebuild(self, progress: ReportProgress | None = None) -> int:
        """Make the index again in one transaction (a cancel leaves the old one)."""
        with self.engine.begin() as conn:
            return rebuild(conn, progress)

    def reindex(self, progress: ReportProgress | None = None) -> int:
        """Make the index again in committed batches, going on with a pending rebuild
        (``indexer.reindex``): a stop keeps what was done, and the next open goes on."""
        return reindex(self.engine, progress)

    def audit(self, progress: ReportProgress | None = None) -> IndexAudit:
        """Compare the index with what a rebuild would write (read-only)."""
        with self.engine.connect() as conn:
            return audit_index(conn, progress)

    # ------------------------------------------------------------------ queries

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for one search, with SQLite's large page cache while it runs.

        Connections keep a small cache (storage/database.py): the large one is only worth its
        memory while a search reads the same index pages for every session of its page, and
        setting the small size back frees those pages when the search is done.

        An index still being rebuilt (``indexer.start_rebuild``) would answer from part of the
        catalogue: search says so instead.
        """
        with self.engine.connect() as conn:
            pending = rebuild_state(conn)
            if pending is not None:
                raise LibraryError(
                    _t(
                        "The search index is being rebuilt ({done} of {total} sessions "
                        "indexed so far), so search cannot answer yet. Opening the library where "
                        "it can be written (the app or any command) goes on with it, and so does "
                        "Tools > Rebuild Search Index or 'webinar-archive reindex'."
                    ).format(done=number(pending.done), total=number(pending.total))
                )
            if self.engine.dialect.name != "sqlite":
                yield conn
                return
            conn.exec_driver_sql(f"PRAGMA cache_size=-{SEARCH_CACHE_KIB}")
            try:
                yield conn
            finally:
                conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")

    def search(
        self, query: Query, limit: int = 50, offset: int = 0, hits_per_session: int = 5
    ) -> SearchResults:
        limit = max(0, int(limit))
        offset = max(0, int(offset))
        if query.is_empty:
            return SearchResults(query.text, [], 0, offset, limit)
        backend = self.backend
        with self._reading() as conn:
            plan = backend.plan(query, conn)
            ranked, total, ranking = backend.page(conn, plan, limit, offset)
            about: dict[int, tuple[str, Any]] = {}
            if ranked:
                listed = ", ".join(str(sid) for sid, _ in ranked)
                about = {
                    int(r[0]): (str(r[1]), as_date(r[2]))
                    for r in conn.execute(
                        text(f"SELECT id, title, date FROM session WHERE id IN ({listed})")
                    )
                }
            sessions = [(sid, *about[sid], score) for sid, score in ranked if sid in about]
            hits = self._hits(conn, query, [s[0] for s in sessions], hits_per_session)
        results = [
            SessionHits(
                session_id=sid,
                title=title,
                date=date,
                score=backend.shown_score(score) if plan.ranked else 0.0,
                hits=hits.get(sid, []),
            )
            for sid, title, date, score in sessions
        ]
        return SearchResults(query.text, results, total, offset, limit, ranking)

    def session_ids(self, query: Query) -> list[int]:
        if query.is_empty:
            return []
        with self._reading() as conn:
            return self.backend.ranked_ids(conn, self.backend.plan(query, conn))

    def count(self, query: Query) -> int:
        if query.is_empty:
            return 0
        with self._reading() as conn:
            return self.backend.count(conn, self.backend.plan(query, conn))

    def facets(self, query: Query, limit: int = 20) -> dict[str, list[tuple[str, int]]]:
        """Counts of series, year, organisation, speaker and tag over the whole result."""
        result: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
        if query.is_empty:
            return result
        with self._reading() as conn:
            plan = self.backend.plan(query, conn)
        matched = plan.sql(f"{plan.id_column} AS sid")
        year = self.backend.year_sql
        queries = {
            "series": "SELECT x.name, count(*) FROM m JOIN session s ON s.id = m.sid "
            "JOIN series x ON x.id = s.series_id GROUP BY x.name",
            "year": f"SELECT {year}, count(*) FROM m JOIN session s ON s.id = m.sid "
            f"WHERE s.date IS NOT NULL GROUP BY {year}",
            "organisation": "SELECT x.name, count(DISTINCT m.sid) FROM m "
            "JOIN appearance a ON a.session_id = m.sid "
            "JOIN organisation x ON x.id = a.organisation_id GROUP BY x.id, x.name",
            "speaker": "SELECT x.display_name, count(DISTINCT m.sid) FROM m "
            "JOIN appearance a ON a.session_id = m.sid "
            "JOIN person x ON x.id = a.person_id GROUP BY x.id, x.display_name",
            "tag": "SELECT x.name, count(*) FROM m JOIN session_tag st ON st.session_id = m.sid "
            "JOIN tag x ON x.id = st.tag_id GROUP BY x.name",
        }
        with self._reading() as conn:
            for name, sql in queries.items():
                full = f"WITH m AS ({matched}) {sql} ORDER BY 2 DESC, 1 LIMIT {int(limit)}"
                result[name] = [
                    (str(value), int(n)) for value, n in conn.execute(text(full), plan.params)
                ]
        return result

    # ------------------------------------------------------------------ hits

    def _hits(
        self, conn: Connection, query: Query, session_ids: Sequence[int], per_session: int
    ) -> dict[int, list[Hit]]:
        terms = query.terms
        if not terms or not session_ids or per_session <= 0:
            return {}
        fetch = per_session * 3 + 5  # some rows are matched only by a field term elsewhere
        found: dict[int, list[Hit]] = defaultdict(list)
        # The short values (series, theme, tags) have no place rows: they are read from the
        # sessions themselves and put among the places in their order (snippet() below
        # keeps those the query's words are in).
        places: dict[int, list[Any]] = defaultdict(list)
        for row in self.backend.hit_rows(conn, terms, session_ids, fetch):
            places[int(row[0])].append(row)
        for sid, locs in session_locations(conn, session_ids, SHORT_KINDS).items():
            places[sid] += [
                (sid, loc.kind, loc.ref_id, None, None, None, None, None, loc.text, 0)
                for loc in locs
            ]
        rows = [
            row
            for sid in session_ids
            for row in sorted(places.get(sid, ()), key=lambda r: KIND_PRIORITY[str(r[1])])
        ]
        speakers: Speakers | None = None
        if any(t.field == "speaker" for t in terms) or any(r[1] == "transcript" for r in rows):
            speakers = Speakers(conn, session_ids)
            if speakers.spans:
                rows = self._said(conn, terms, rows, session_ids, fetch, speakers)
        for sid, kind, ref, mid, page, rid, at, source, original, rank in rows:
            if len(found[sid]) >= per_session:
                continue
            applicable = tuple(t for t in terms if t.field is None or FIELD_KIND[t.field] == kind)
            cut, spans = _snippet(str(kind), str(original), applicable)
            if not spans:
                continue
            span = speakers.at(_int(rid), _int(at)) if speakers and kind == "transcript" else None
            speaker = span.speaker if span is not None else None
            found[int(sid)].append(
                Hit(
                    kind=str(kind),
                    label=hit_label(str(kind), source, _int(page), _int(at), speaker),
                    source=str(source) if source else None,
                    snippet=cut,
                    highlights=spans,
                    material_id=_int(mid),
                    page_no=_int(page),
                    recording_id=_int(rid),
                    time_ms=_int(at),
                    ref_id=_int(ref),
                    score=-float(rank) if rank else 0.0,
                    speaker=speaker,
                )
            )
        return dict(found)

    def _said(
        self,
        conn: Connection,
        terms: Sequence[Term],
        rows: list[Any],
        session_ids: Sequence[int],
        fetch: int,
        speakers: Speakers,
    ) -> list[Any]:
        """``speaker:tokarski clusters``: in a session where Tokarski has chapters, its
        transcript hits are the cues he said "clusters" in (first), not anyone else's."""
        named = tuple(t for t in terms if t.field == "speaker")
        spoken = tuple(t for t in terms if t.field is None)
        if not named or not spoken:
            return rows
        people: dict[int, set[int]] = defaultdict(set)
        for row in self.backend.hit_rows(conn, named, session_ids, fetch, kinds=("speaker",)):
            if row[2] is not None and snippet(str(row[8]), named)[1]:
                people[int(row[0])].add(int(row[2]))
        narrowed = sorted(sid for sid, who in people.items() if speakers.has_spans_of(sid, who))
        if not narrowed:
            return rows
        said = [
            row
            for row in self.backend.hit_rows(
                conn, spoken, narrowed, SAID_FETCH, kinds=("transcript",)
            )
            if speakers.said_by(_int(row[5]), _int(row[6]), people[int(row[0])])
        ]
        others = [r for r in rows if not (r[1] == "transcript" and int(r[0]) in narrowed)]
        return said + others


def _snippet(
    kind: str, original: str, terms: tuple[Term, ...]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet of a hit; a summary's is cut from its text as the Summary tab shows it,
    without its Markdown markers (unless the words matched only in the markup, a link's
    address: then from the Markdown itself)."""
    if kind == "summary":
        cut, spans = snippet(markdown_plain(original), terms)
        if spans:
            return cut, spans
    return snippet(original, terms)


def _int(value: Any) -> int | None:
    return int(value) if value is not None else None
