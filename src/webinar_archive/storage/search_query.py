"""Running parsed search queries against the index (FTS5 MATCH or PostgreSQL tsquery), hits and
facets; match expressions are built from parsed, quoted words only, never from raw input."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, text

from ..domain.query import DateRange, Query, Term
from ..domain.search import Hit, SearchResults, SessionHits, hit_label, snippet
from .search_filters import (
    HAS_SQL,
    NO_MARKER,
    any_of,
    as_date,
    has_word,
    language_word,
    span_words,
    status_word,
)
from .search_index import (
    DOC_COLUMNS,
    SQLITE_DOC_WEIGHTS,
    create_search_schema,
    has_search_schema,
    rebuild,
    session_range,
)

FIELD_COLUMN = {
    "speaker": "speakers",
    "org": "orgs",
    "series": "series",
    "theme": "theme",
    "tag": "tags",
}
FIELD_KIND = {
    "speaker": "speaker",
    "org": "organisation",
    "series": "series",
    "theme": "theme",
    "tag": "tag",
}
FACETS = ("series", "year", "organisation", "speaker", "tag")
MAX_EXPANSIONS = 40

# Ranking by bm25 costs FTS5 about a microsecond per matching session, whatever the page size,
# so a word found in most of a 100,000-session library takes over 100 ms to rank. Above this
# many matches the words are too common to tell sessions apart well by their text anyway (bm25's
# idf falls to nothing as a word nears half the sessions); such results are ordered by where the
# words are
# instead: in the title, then among the people, organisations, series, theme and tags, then
# anywhere else. Each of these tiers is ranked by bm25 when it is itself small enough, and
# otherwise listed most recently added first, which FTS5 reads straight off its index.
RANK_ALL_LIMIT = 15_000
# SQLite, words with filters checked in SQL (a date span too long for marker words, or
# MARKER_FILTERS off): up to this many matches, each match looks its session up (about a
# microsecond each); beyond it, the filtered sessions are read once from a covering index and
# every match is checked against that set, and only those are ranked.
JOIN_LIMIT = 10_000
# SQLite: filters as marker words of the document (search_filters). False checks them in SQL
# against the session table, as on PostgreSQL; the tests hold both ways to the same answers.
MARKER_FILTERS = True
BM25 = "bm25(search_session, " + ", ".join(str(w) for w in SQLITE_DOC_WEIGHTS) + ")"
HEAD_COLUMNS = "{title speakers orgs series theme tags}"


@dataclass(slots=True)
class _Plan:
    """The FROM/WHERE part of a session query, its bound values and how to rank."""

    source: str
    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    score: str = "0"
    ascending_score: bool = False  # bm25: smaller is better
    ranked: bool = False
    id_column: str = "s.id"
    joined: bool = True  # the session table is in ``source`` as ``s``
    # SQLite: the bound parameter holding the MATCH expression, and its two halves.
    match_param: str | None = None
    positive: str = ""
    negative: str = ""
    # SQLite, words and filters: the filters are a subquery over the session table.
    filter_subquery: bool = False
    filter_sql: str = ""
    words_total: int | None = None  # SQLite, words and filters: sessions the words match
    # SQLite: the filters as FTS5 expressions over the filter markers (see _filter_markers).
    required: str = ""
    forbidden: str = ""

    def compose(self, core: str) -> str:
        """``core`` with the plan's filters and exclusions: the whole MATCH expression."""
        return compose(core, self.required, self.negative, self.forbidden)

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def sql(self, columns: str) -> str:
        where = " AND ".join(self.where) if self.where else "1 = 1"
        return f"SELECT {columns} FROM {self.source} WHERE {where}"

    @property
    def has_filters(self) -> bool:
        """Whether something besides the words narrows the matches."""
        return bool(self.required or self.forbidden or self.joined or self.filter_subquery)

    @property
    def order(self) -> str:
        if self.ranked and self.ascending_score:
            # FTS5 hands rows over in rank order itself; any further key would force a sort.
            return f"ORDER BY {self.score}"
        if self.ranked:
            return f"ORDER BY score DESC, {self.id_column} DESC"
        return "ORDER BY s.date IS NULL, s.date DESC, s.id DESC"


# ----------------------------------------------------------------------------------------------
# Match expressions


def fts5_term(term: Term, column: str | None = None) -> str:
    """One term as an FTS5 string: every word inside double quotes, never an operator."""
    phrase = '"' + " ".join(w.replace('"', '""') for w in term.words) + '"'
    if term.prefix:
        phrase += "*"
    return f"{column} : {phrase}" if column else phrase


def fts5_clause(terms: Sequence[Term], *, columns: bool = True) -> str:
    parts = [fts5_term(t, FIELD_COLUMN.get(t.field or "") if columns else None) for t in terms]
    return "(" + " OR ".join(parts) + ")"


def compose(core: str, required: str = "", negative: str = "", forbidden: str = "") -> str:
    """An FTS5 expression: ``core`` AND ``required``, NOT ``negative``, NOT ``forbidden``."""
    expression = f"({core})"
    if required:
        expression = f"({expression} AND ({required}))"
    for left_out in (negative, forbidden):
        if left_out:
            expression = f"({expression} NOT ({left_out}))"
    return expression


def tsquery_term(term: Term) -> str:
    """One term as a PostgreSQL tsquery string: quoted lexemes joined by <->, :* for a prefix."""
    lexemes = ["'" + w.replace("'", "''").replace("\\", "\\\\") + "'" for w in term.words]
    if term.prefix:
        lexemes[-1] += ":*"
    return "(" + " <-> ".join(lexemes) + ")"


def _tsquery_any(terms: Sequence[Term]) -> str:
    return "(" + " | ".join(tsquery_term(t) for t in terms) + ")"


# ----------------------------------------------------------------------------------------------


class SearchStore:
    """The search index of one catalogue: query, hits, facets, rebuild."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sqlite = engine.dialect.name == "sqlite"

    # ------------------------------------------------------------------ maintenance

    def ensure(self) -> bool:
        """Create the index tables if this catalogue lacks them; True when they were created."""
        with self.engine.begin() as conn:
            if has_search_schema(conn):
                return False
            create_search_schema(conn)
        return True

    def rebuild(self, progress: Callable[[int, int], object] | None = None) -> int:
        with self.engine.begin() as conn:
            return rebuild(conn, progress)

    # ------------------------------------------------------------------ planning

    def _plan(self, query: Query, conn: Connection) -> _Plan:
        plan = self._sqlite_plan(query, conn) if self.sqlite else self._pg_plan(query)
        if plan.joined or plan.filter_subquery:
            mark = len(plan.where)
            plan.where.append("s.deleted_at IS NULL")
            self._filters(plan, query)
        if plan.filter_subquery:
            conditions = " AND ".join(plan.where[mark:])
            del plan.where[mark:]
            # The unary + stops SQLite from handing the ids to FTS5 one lookup at a time: the
            # subquery is read once into a set and each match is checked against it.
            plan.filter_sql = f"SELECT s.id FROM session s WHERE {conditions}"
            plan.where.append(f"+search_session.rowid IN ({plan.filter_sql})")
        return plan

    def _sqlite_plan(self, query: Query, conn: Connection) -> _Plan:
        positive = " AND ".join(fts5_clause(c) for c in query.clauses)
        negative = " OR ".join(
            fts5_term(t, FIELD_COLUMN.get(t.field or "")) for t in query.excluded
        )
        if positive:
            words = compose(positive, negative=negative)
            words_total = self._matches(conn, words) if query.has_filters else None
            markers = self._filter_markers(conn, query) if query.has_filters else ("", "")
            if not MARKER_FILTERS and query.has_filters:
                markers = None
            filtered_many = words_total is not None and words_total > JOIN_LIMIT
            if markers is not None and query.has_filters:
                # Filters as words of the document: one FTS5 expression, no session table.
                plan = _Plan("search_session", id_column="search_session.rowid", joined=False)
            elif filtered_many:
                plan = _Plan(
                    "search_session",
                    id_column="search_session.rowid",
                    joined=False,
                    filter_subquery=True,
                )
            elif query.has_filters:
                plan = _Plan("search_session CROSS JOIN session s")
                plan.where.append("s.id = search_session.rowid")
            else:
                # The trash is not in the index: words alone never need the session table.
                plan = _Plan("search_session", id_column="search_session.rowid", joined=False)
            plan.required, plan.forbidden = markers or ("", "")
            plan.positive, plan.negative = positive, negative
            expression = plan.compose(positive)
            plan.where.append(f"search_session MATCH {plan.bind(expression)}")
            plan.match_param = f"p{len(plan.params) - 1}"
            plan.words_total = words_total
            # bm25 with the column weights, set up as the table's rank; spelt out when filters
            # decide which rows are ranked, so that only those are.
            plan.score = BM25 if plan.filter_subquery else "search_session.rank"
            plan.ascending_score = True
            plan.ranked = True
            return plan
        plan = _Plan("session s")
        if negative:
            plan.where.append(
                "s.id NOT IN (SELECT rowid FROM search_session WHERE search_session MATCH "
                f"{plan.bind(negative)})"
            )
        return plan

    def _filter_markers(self, conn: Connection, query: Query) -> tuple[str, str] | None:
        """The filters of ``query`` as FTS5 expressions over the markers of ``search_filters``:
        (what every session must have, what none may have); None when a date span is too long
        to spell out (the filters are then checked in SQL)."""
        required: list[str] = []
        forbidden: list[str] = []
        bounds: tuple[dt.date, dt.date] | None = None

        def dates(ranges: Sequence[DateRange]) -> list[str] | None:
            nonlocal bounds
            if bounds is None:
                bounds = self._date_bounds(conn)
            words: list[str] = []
            for r in ranges:
                start = max(r.start or bounds[0], bounds[0])
                end = min(r.end or bounds[1], bounds[1])
                if start > end:
                    continue
                span = span_words(start, end)
                if span is None:
                    return None
                words += span
            return words or [NO_MARKER]

        if query.dates:
            found = dates(query.dates)
            if found is None:
                return None
            required.append(any_of(found))
        if query.excluded_dates:
            found = dates(query.excluded_dates)
            if found is None:
                return None
            forbidden.append(any_of(found))
        if query.languages:
            required.append(any_of(language_word(c.lower()) for c in query.languages))
        if query.excluded_languages:
            forbidden.append(any_of(language_word(c.lower()) for c in query.excluded_languages))
        if query.statuses:
            required.append(any_of(status_word(v) for v in query.statuses))
        if query.excluded_statuses:
            forbidden.append(any_of(status_word(v) for v in query.excluded_statuses))
        required += [any_of([has_word(what)]) for what in query.has]
        if query.has_not:
            forbidden.append(any_of(has_word(what) for what in query.has_not))
        return " AND ".join(required), " OR ".join(forbidden)

    @staticmethod
    def _date_bounds(conn: Connection) -> tuple[dt.date, dt.date]:
        """The first and last session dates of the library (open date ranges end there)."""
        low, high = conn.execute(
            text(
                "SELECT min(date), max(date) FROM session "
                "WHERE deleted_at IS NULL AND date IS NOT NULL"
            )
        ).one()
        first, last = as_date(low), as_date(high)
        if first is None or last is None:
            return dt.date(2000, 1, 1), dt.date(1999, 12, 31)  # no dated session: empty span
        return first, last

    @staticmethod
    def _matches(conn: Connection, expression: str) -> int:
        """How many sessions an FTS5 expression matches (cheap: no ranking)."""
        sql = text("SELECT count(*) FROM search_session WHERE search_session MATCH :m")
        return int(conn.scalar(sql, {"m": expression}) or 0)

    def _pg_plan(self, query: Query) -> _Plan:
        plan = _Plan("session s JOIN search_session ss ON ss.session_id = s.id")

        def matches(column: str, tsquery: str) -> str:
            return f"ss.{column} @@ to_tsquery('simple', {plan.bind(tsquery)})"

        free: list[str] = []
        for clause in query.clauses:
            if all(t.field is None for t in clause):
                free.append(_tsquery_any(clause))
                continue
            plan.where.append(
                "("
                + " OR ".join(
                    matches(FIELD_COLUMN[t.field] if t.field else "doc", tsquery_term(t))
                    for t in clause
                )
                + ")"
            )
        excluded_free = [t for t in query.excluded if t.field is None]
        for t in query.excluded:
            if t.field is not None:
                plan.where.append(f"NOT ({matches(FIELD_COLUMN[t.field], tsquery_term(t))})")
        if free:
            expression = " & ".join(free)
            if excluded_free:
                expression += " & !" + _tsquery_any(excluded_free)
            plan.where.append(matches("doc", expression))
        elif excluded_free:
            plan.where.append(f"NOT ({matches('doc', _tsquery_any(excluded_free))})")
        if query.terms:
            rank_query = plan.bind(_tsquery_any(query.terms))
            plan.score = (
                f"ts_rank('{{0.1, 0.2, 0.4, 1.0}}', ss.doc, to_tsquery('simple', {rank_query}))"
            )
            plan.ranked = True
        return plan

    def _date(self, value: Any) -> Any:
        return value.isoformat() if self.sqlite else value

    def _filters(self, plan: _Plan, query: Query) -> None:
        def date_condition(ranges: Sequence[Any]) -> str:
            options = []
            for r in ranges:
                parts = ["s.date IS NOT NULL"]
                if r.start is not None:
                    parts.append(f"s.date >= {plan.bind(self._date(r.start))}")
                if r.end is not None:
                    parts.append(f"s.date <= {plan.bind(self._date(r.end))}")
                options.append("(" + " AND ".join(parts) + ")")
            return "(" + " OR ".join(options) + ")"

        if query.dates:
            plan.where.append(date_condition(query.dates))
        if query.excluded_dates:
            plan.where.append(f"NOT {date_condition(query.excluded_dates)}")
        for what in query.has:
            plan.where.append(HAS_SQL[what])
        for what in query.has_not:
            plan.where.append(f"NOT {HAS_SQL[what]}")

        def language_condition(codes: Sequence[str]) -> str:
            options = []
            for code in codes:
                options.append(
                    f"(lower(s.language) = {plan.bind(code)} "
                    f"OR lower(s.language) LIKE {plan.bind(code + '-%')})"
                )
            return "(s.language IS NOT NULL AND (" + " OR ".join(options) + "))"

        if query.languages:
            plan.where.append(language_condition(query.languages))
        if query.excluded_languages:
            plan.where.append(
                f"(s.language IS NULL OR NOT {language_condition(query.excluded_languages)})"
            )
        if query.statuses:
            plan.where.append(
                "s.status IN (" + ", ".join(plan.bind(v) for v in query.statuses) + ")"
            )
        if query.excluded_statuses:
            plan.where.append(
                "s.status NOT IN (" + ", ".join(plan.bind(v) for v in query.excluded_statuses) + ")"
            )

    # ------------------------------------------------------------------ queries

    def search(
        self, query: Query, limit: int = 50, offset: int = 0, hits_per_session: int = 5
    ) -> SearchResults:
        limit = max(0, int(limit))
        offset = max(0, int(offset))
        if query.is_empty:
            return SearchResults(query.text, [], 0, offset, limit)
        with self.engine.connect() as conn:
            plan = self._plan(query, conn)
            tiered: list[tuple[str, _Plan]] = []
            found = self._few_filtered(conn, plan, limit, offset)
            if found is not None:
                ranked, total = found
            else:
                total = int(conn.scalar(text(plan.sql("count(*)")), plan.params) or 0)
                tiered = self._tiered(plan, total)
                if tiered:
                    ranked = self._tiered_rows(conn, tiered, limit, offset)
                else:
                    ranked = self._rows(conn, plan, limit, offset)
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
                score=(-score if self.sqlite else score) if plan.ranked else 0.0,
                hits=hits.get(sid, []),
            )
            for sid, title, date, score in sessions
        ]
        ranking = "tiered" if tiered else "relevance" if plan.ranked else "date"
        return SearchResults(query.text, results, total, offset, limit, ranking)

    def session_ids(self, query: Query) -> list[int]:
        if query.is_empty:
            return []
        with self.engine.connect() as conn:
            plan = self._plan(query, conn)
            if plan.match_param is not None:
                words = plan.words_total  # known when there are filters, which do not count
                if words is None:
                    words = int(conn.scalar(text(plan.sql("count(*)")), plan.params) or 0)
                tiered = self._tiered(plan, words)
                if tiered:
                    return [sid for sid, _ in self._tiered_rows(conn, tiered, None, 0)]
            return [sid for sid, _ in self._rows(conn, plan, None, 0)]

    # ------------------------------------------------------------------ ranking

    def _rows(
        self, conn: Connection, plan: _Plan, limit: int | None, offset: int, recent: bool = False
    ) -> list[tuple[int, float]]:
        """(session id, score) in the plan's order, or most recently added first."""
        if recent:
            columns, order = f"{plan.id_column} AS id, 0", f"ORDER BY {plan.id_column} DESC"
        else:
            columns, order = f"{plan.id_column} AS id, {plan.score} AS score", plan.order
        window = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        sql = plan.sql(columns) + f" {order}{window}"
        return [(int(r[0]), float(r[1] or 0.0)) for r in conn.execute(text(sql), plan.params)]

    def _few_filtered(
        self, conn: Connection, plan: _Plan, limit: int, offset: int
    ) -> tuple[list[tuple[int, float]], int] | None:
        """The page and the total in one pass over the matches, when filters leave few enough
        sessions to rank them all (which the covering index tells at once); else None.

        Counting and ranking would each walk every match of the words and check it against the
        filtered set; with few candidates ranking them all costs little more than counting."""
        if not plan.filter_subquery or limit <= 0 or self._too_common(plan, 0):
            return None
        candidates = int(
            conn.scalar(text(f"SELECT count(*) FROM ({plan.filter_sql})"), plan.params) or 0
        )
        if candidates > RANK_ALL_LIMIT:
            return None
        inner = plan.sql(f"{plan.id_column} AS id, {plan.score} AS score")
        sql = (
            f"SELECT id, score, count(*) OVER () FROM ({inner}) "
            f"ORDER BY score LIMIT {int(limit)} OFFSET {int(offset)}"
        )
        rows = conn.execute(text(sql), plan.params).all()
        if not rows:
            return [], int(conn.scalar(text(plan.sql("count(*)")), plan.params) or 0)
        return [(int(r[0]), float(r[1] or 0.0)) for r in rows], int(rows[0][2])

    @staticmethod
    def _too_common(plan: _Plan, total: int) -> bool:
        """Whether the words match too many sessions to rank them all (``RANK_ALL_LIMIT``).

        The words decide, not what filters leave of their matches: adding a filter to a query
        only takes sessions out of its result, it never reorders the rest."""
        if plan.match_param is None:
            return False
        words_total = total if plan.words_total is None else plan.words_total
        return words_total > RANK_ALL_LIMIT

    def _tiered(self, plan: _Plan, total: int) -> list[tuple[str, _Plan]]:
        """The words and the plan of each tier (title / people-and-names / elsewhere) when
        ``plan``'s words are too common to rank (see ``_too_common``); else an empty list."""
        key = plan.match_param
        if key is None or not self._too_common(plan, total):
            return []
        tiers = []
        for core in self._tier_cores(plan.positive):
            tier = dataclasses.replace(plan, params=dict(plan.params))
            tier.params[key] = plan.compose(core)
            tiers.append((core, tier))
        return tiers

    @staticmethod
    def _tier_cores(positive: str) -> tuple[str, str, str]:
        """The words of each tier: in the title; among names, series, theme and tags; the rest."""
        return (
            f"title : ({positive})",
            f"({HEAD_COLUMNS} : ({positive})) NOT (title : ({positive}))",
            f"({positive}) NOT ({HEAD_COLUMNS} : ({positive}))",
        )

    def _tiered_rows(
        self, conn: Connection, tiers: Sequence[tuple[str, _Plan]], limit: int | None, offset: int
    ) -> list[tuple[int, float]]:
        """Rows of the tiers one after the other: ``limit`` of them (None: all) from ``offset``.

        How a tier is ordered depends on how many sessions its words match, a cheap count
        (FTS5 walks its lists without ranking or filters): few enough are ranked by bm25, more
        are read most recently added first. What filters leave of a tier is counted only to
        skip whole tiers when paging."""
        rows: list[tuple[int, float]] = []
        for core, tier in tiers:
            if limit is not None and len(rows) >= limit:
                break
            words = self._matches(conn, compose(core, negative=tier.negative))
            if words == 0:
                continue
            if offset > 0:
                size = words
                if tier.has_filters:
                    size = int(conn.scalar(text(tier.sql("count(*)")), tier.params) or 0)
                if size <= offset:
                    offset -= size
                    continue
            want = None if limit is None else limit - len(rows)
            rows += self._rows(conn, tier, want, offset, recent=words > RANK_ALL_LIMIT)
            offset = 0
        return rows

    def count(self, query: Query) -> int:
        if query.is_empty:
            return 0
        with self.engine.connect() as conn:
            plan = self._plan(query, conn)
            return int(conn.scalar(text(plan.sql("count(*)")), plan.params) or 0)

    def facets(self, query: Query, limit: int = 20) -> dict[str, list[tuple[str, int]]]:
        """Counts of series, year, organisation, speaker and tag over the whole result."""
        result: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
        if query.is_empty:
            return result
        with self.engine.connect() as conn:
            plan = self._plan(query, conn)
        matched = plan.sql(f"{plan.id_column} AS sid")
        year = (
            "CAST(strftime('%Y', s.date) AS INTEGER)"
            if self.sqlite
            else "CAST(EXTRACT(YEAR FROM s.date) AS INTEGER)"
        )
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
        with self.engine.connect() as conn:
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
        columns = "kind, ref_id, material_id, page_no, recording_id, time_ms, source, text"
        if self.sqlite:
            rows = self._sqlite_hit_rows(conn, terms, session_ids, fetch)
        else:
            sql = text(
                f"SELECT session_id, {columns}, -r FROM (SELECT session_id, {columns}, prio, "
                "ts_rank(tsv, q) AS r, row_number() OVER (PARTITION BY session_id "
                "ORDER BY prio, ts_rank(tsv, q) DESC, id) AS n "
                "FROM search_location, to_tsquery('simple', :q) AS q "
                "WHERE session_id = ANY(:ids) AND tsv @@ q) AS x "
                f"WHERE n <= {fetch} ORDER BY session_id, n"
            )
            rows = list(conn.execute(sql, {"q": _tsquery_any(terms), "ids": list(session_ids)}))
        for sid, kind, ref, mid, page, rid, at, source, original, rank in rows:
            if len(found[sid]) >= per_session:
                continue
            applicable = tuple(t for t in terms if t.field is None or FIELD_KIND[t.field] == kind)
            cut, spans = snippet(str(original), applicable)
            if not spans:
                continue
            found[int(sid)].append(
                Hit(
                    kind=str(kind),
                    label=hit_label(str(kind), source, _int(page), _int(at)),
                    snippet=cut,
                    highlights=spans,
                    material_id=_int(mid),
                    page_no=_int(page),
                    recording_id=_int(rid),
                    time_ms=_int(at),
                    ref_id=_int(ref),
                    score=-float(rank) if rank else 0.0,
                )
            )
        return dict(found)

    def _sqlite_hit_rows(
        self, conn: Connection, terms: Sequence[Term], session_ids: Sequence[int], fetch: int
    ) -> list[Any]:
        """Location rows of each session that match, best places first.

        FTS5 answers a prefix query by merging the lists of every word with that prefix in the
        whole index, which is slow when repeated for each session; so a prefix is first turned
        into the words that the session itself holds (read from its document) and only exact
        words are looked up inside the session's row range.
        """
        vocab: dict[int, set[str]] = {}
        prefixes = [t.words[-1] for t in terms if t.prefix]
        if prefixes:
            # The document is words separated by single spaces: find those with a prefix.
            # One pattern per prefix, the literal first (found by a fast scan) and the check
            # that it starts a word after it.
            starting = [
                re.compile(f"{re.escape(p)}(?<![^ ].{{{len(p)}}})[^ ]*", re.DOTALL)
                for p in sorted(set(prefixes))
            ]
            placeholders = ", ".join(str(int(sid)) for sid in session_ids)
            columns = " || ' ' || ".join(DOC_COLUMNS)
            for sid, doc in conn.execute(
                text(f"SELECT rowid, {columns} FROM search_session WHERE rowid IN ({placeholders})")
            ):
                vocab[int(sid)] = {w for pattern in starting for w in pattern.findall(str(doc))}
        sql = (
            "SELECT session_id, kind, ref_id, material_id, page_no, recording_id, time_ms, "
            "source, text, 0 FROM search_location "
            "WHERE search_location MATCH ? AND rowid BETWEEN ? AND ? "
            f"ORDER BY prio, rowid LIMIT {int(fetch)}"
        )
        rows: list[Any] = []
        # The driver's own cursor, in the same transaction: this runs once per session on the
        # page, and the wrapper's per-statement work would be a fifth of the whole search.
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for sid in session_ids:
            parts: list[str] = []
            for term in terms:
                if not term.prefix:
                    parts.append(fts5_term(term))
                    continue
                expansions = sorted(w for w in vocab.get(sid, ()) if w.startswith(term.words[-1]))
                # A one-letter prefix may stand for hundreds of words; the shortest are enough
                # to point at the places, the session itself is already known to match.
                expansions.sort(key=len)
                for word in expansions[:MAX_EXPANSIONS]:
                    parts.append(fts5_term(Term((*term.words[:-1], word))))
            if not parts:
                continue
            low, high = session_range(sid)
            rows += cursor.execute(sql, (" OR ".join(parts), low, high)).fetchall()
        cursor.close()
        return rows


def _int(value: Any) -> int | None:
    return int(value) if value is not None else None


__all__ = ["DOC_COLUMNS", "FACETS", "SearchStore", "fts5_term", "tsquery_term"]
