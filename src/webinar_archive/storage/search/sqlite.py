"""The SQLite search backend: FTS5 tables, filters as marker words, plans for words too common
to rank, and hits found inside each session's row range; match expressions are built from
parsed, quoted words only, never from raw input."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from ...domain.query import DateRange, Query, Term
from .base import IndexWriter, Plan, Ranked, SearchBackend, session_range
from .fields import DOC_COLUMNS, DOC_WEIGHTS, FIELD_COLUMN, Tier, tier_columns
from .filters import (
    NO_MARKER,
    any_of,
    as_date,
    has_word,
    language_word,
    session_filter_words,
    span_words,
    status_word,
)

# SQLite keeps the filter markers (filters.py) in one more column, which does not rank.
SQLITE_DOC_COLUMNS = (*DOC_COLUMNS, "filters")
SQLITE_DOC_WEIGHTS = (*DOC_WEIGHTS, 0.0)
BM25 = "bm25(search_session, " + ", ".join(str(w) for w in SQLITE_DOC_WEIGHTS) + ")"
MAX_EXPANSIONS = 40

_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_location USING fts5("
    "body, session_id UNINDEXED, kind UNINDEXED, prio UNINDEXED, ref_id UNINDEXED, "
    "material_id UNINDEXED, page_no UNINDEXED, recording_id UNINDEXED, time_ms UNINDEXED, "
    "source UNINDEXED, text UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 0')",
    # "_" is part of a word here so that the filter markers (filters.py) stay whole words.
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_session USING fts5("
    + ", ".join(SQLITE_DOC_COLUMNS)
    + ", tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_''', prefix = '2 3')",
)


def _column_set(columns: Sequence[str]) -> str:
    """An FTS5 column filter: ``title`` or ``{title speakers ...}``."""
    return columns[0] if len(columns) == 1 else "{" + " ".join(columns) + "}"


TITLE_COLUMNS = _column_set(tier_columns(Tier.TITLE))
HEAD_COLUMNS = _column_set(tier_columns(Tier.TITLE, Tier.NAMES))


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


@dataclass(slots=True)
class FtsPlan(Plan):
    """A plan with an FTS5 MATCH over the session documents."""

    # The bound parameter holding the MATCH expression, and its two halves.
    match_param: str | None = None
    positive: str = ""
    negative: str = ""
    # Words and filters: the filters are a subquery over the session table.
    filter_subquery: bool = False
    filter_sql: str = ""
    words_total: int | None = None  # words and filters: sessions the words match
    # The filters as FTS5 expressions over the filter markers (see _filter_markers).
    required: str = ""
    forbidden: str = ""

    def compose(self, core: str) -> str:
        """``core`` with the plan's filters and exclusions: the whole MATCH expression."""
        return compose(core, self.required, self.negative, self.forbidden)

    @property
    def checks_sessions(self) -> bool:
        return self.joined or self.filter_subquery

    @property
    def has_filters(self) -> bool:
        """Whether something besides the words narrows the matches."""
        return bool(self.required or self.forbidden or self.joined or self.filter_subquery)


# ----------------------------------------------------------------------------------------------
# Writing


class SqliteWriter(IndexWriter):
    doc_key = "rowid"
    loc_key = "rowid"

    def _where_session(self, session_id: int) -> tuple[str, dict[str, Any]]:
        low, high = session_range(session_id)
        return "rowid BETWEEN :lo AND :hi", {"lo": low, "hi": high}

    def _insert_location_sql(self, columns: str, values: str) -> str:
        return f"INSERT INTO search_location (rowid, body, {columns}) VALUES (:id, :body, {values})"

    def _insert_document(
        self, session_id: int, values: dict[str, str], filters: str | None
    ) -> None:
        self._insert_documents([(session_id, values, filters)])

    def _insert_documents(self, batch: Sequence[tuple[int, dict[str, str], str | None]]) -> None:
        missing = [sid for sid, _, filters in batch if filters is None]
        known = session_filter_words(self.conn, missing) if missing else {}
        rows = [
            {"sid": sid, **values, "filters": known.get(sid, "") if f is None else f}
            for sid, values, f in batch
        ]
        if not rows:
            return
        columns = ", ".join(SQLITE_DOC_COLUMNS)
        placeholders = ", ".join(f":{c}" for c in SQLITE_DOC_COLUMNS)
        self._executemany(
            f"INSERT INTO search_session (rowid, {columns}) VALUES (:sid, {placeholders})", rows
        )

    def _executemany(self, sql: str, rows: list[dict[str, Any]]) -> None:
        # sqlite3 binds ``:name`` from dicts itself: SQLAlchemy's processing of every row's
        # parameters cost more than the inserts into the index.
        self.conn.exec_driver_sql(sql, rows)

    def filter_words(self, session_ids: Sequence[int]) -> dict[int, str]:
        return session_filter_words(self.conn, session_ids)

    def delete_kinds(self, session_ids: Sequence[int], kinds: Collection[str]) -> dict[int, int]:
        # Each session's rows read once on the driver's own cursor (compiling a statement per
        # session would cost more than FTS5 takes to answer), then deleted by row id: FTS5
        # filters on an unindexed column by reading every row of the range, twice as slow.
        cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        seqs: dict[int, int] = {}
        doomed: list[dict[str, int]] = []
        try:
            for sid in session_ids:
                low, high = session_range(sid)
                last = low
                for rowid, kind in cursor.execute(
                    "SELECT rowid, kind FROM search_location WHERE rowid BETWEEN ? AND ?",
                    (low, high),
                ):
                    last = max(last, int(rowid))
                    if kind in kinds:
                        doomed.append({"rowid": int(rowid)})
                seqs[sid] = last - low + 1
        finally:
            cursor.close()
        if doomed:
            self.conn.execute(text("DELETE FROM search_location WHERE rowid = :rowid"), doomed)
        return seqs

    def _update_documents(
        self, columns: Sequence[str], documents: list[dict[str, Any]], with_filters: bool
    ) -> None:
        # FTS5 rewrites the row from its stored columns: the others need not be read here.
        changed = (*columns, "filters") if with_filters else tuple(columns)
        assignments = ", ".join(f"{c} = :{c}" for c in changed)
        self.conn.execute(
            text(f"UPDATE search_session SET {assignments} WHERE rowid = :sid"), documents
        )

    def optimize(self) -> None:
        for table in ("search_location", "search_session"):
            self.conn.execute(text(f"INSERT INTO {table}({table}) VALUES('optimize')"))


# ----------------------------------------------------------------------------------------------
# Querying


class SqliteBackend(SearchBackend):
    year_sql = "CAST(strftime('%Y', s.date) AS INTEGER)"

    def create_schema(self, conn: Connection) -> None:
        for statement in _DDL:
            conn.execute(text(statement))
        # The column weights become the table's own rank, so that "ORDER BY rank LIMIT n" is
        # answered inside FTS5 instead of sorting every match afterwards.
        weights = ", ".join(str(w) for w in SQLITE_DOC_WEIGHTS)
        conn.execute(
            text(
                "INSERT INTO search_session(search_session, rank) "
                f"VALUES ('rank', 'bm25({weights})')"
            )
        )

    def writer(self, conn: Connection) -> IndexWriter:
        return SqliteWriter(conn)

    def bind_date(self, value: Any) -> Any:
        return value.isoformat()

    def shown_score(self, score: float) -> float:
        return -score  # bm25: smaller is better

    # ------------------------------------------------------------------ planning

    def _settle_filters(self, plan: Plan, mark: int) -> None:
        if not (isinstance(plan, FtsPlan) and plan.filter_subquery):
            return
        conditions = " AND ".join(plan.where[mark:])
        del plan.where[mark:]
        # The unary + stops SQLite from handing the ids to FTS5 one lookup at a time: the
        # subquery is read once into a set and each match is checked against it.
        plan.filter_sql = f"SELECT s.id FROM session s WHERE {conditions}"
        plan.where.append(f"+search_session.rowid IN ({plan.filter_sql})")

    def words_plan(self, query: Query, conn: Connection) -> Plan:
        positive = " AND ".join(fts5_clause(c) for c in query.clauses)
        negative = " OR ".join(
            fts5_term(t, FIELD_COLUMN.get(t.field or "")) for t in query.excluded
        )
        if not positive:
            plan = FtsPlan("session s")
            if negative:
                plan.where.append(
                    "s.id NOT IN (SELECT rowid FROM search_session WHERE search_session MATCH "
                    f"{plan.bind(negative)})"
                )
            return plan
        tuning = self.tuning
        words = compose(positive, negative=negative)
        words_total = self._matches(conn, words) if query.has_filters else None
        markers = self._filter_markers(conn, query) if query.has_filters else ("", "")
        if not tuning.marker_filters and query.has_filters:
            markers = None
        filtered_many = words_total is not None and words_total > tuning.join_limit
        if markers is not None and query.has_filters:
            # Filters as words of the document: one FTS5 expression, no session table.
            plan = FtsPlan("search_session", id_column="search_session.rowid", joined=False)
        elif filtered_many:
            plan = FtsPlan(
                "search_session",
                id_column="search_session.rowid",
                joined=False,
                filter_subquery=True,
            )
        elif query.has_filters:
            plan = FtsPlan("search_session CROSS JOIN session s")
            plan.where.append("s.id = search_session.rowid")
        else:
            # The trash is not in the index: words alone never need the session table.
            plan = FtsPlan("search_session", id_column="search_session.rowid", joined=False)
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

    def _filter_markers(self, conn: Connection, query: Query) -> tuple[str, str] | None:
        """The filters of ``query`` as FTS5 expressions over the markers of ``filters.py``:
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

    # ------------------------------------------------------------------ ranking

    def page(
        self, conn: Connection, plan: Plan, limit: int, offset: int
    ) -> tuple[Ranked, int, str]:
        assert isinstance(plan, FtsPlan)
        found = self._few_filtered(conn, plan, limit, offset)
        if found is not None:
            ranked, total = found
            return ranked, total, "relevance" if plan.ranked else "date"
        total = self.count(conn, plan)
        tiered = self._tiered(plan, total)
        if tiered:
            return self._tiered_rows(conn, tiered, limit, offset), total, "tiered"
        ranking = "relevance" if plan.ranked else "date"
        return self.rows(conn, plan, limit, offset), total, ranking

    def ranked_ids(self, conn: Connection, plan: Plan) -> list[int]:
        assert isinstance(plan, FtsPlan)
        if plan.match_param is not None:
            words = plan.words_total  # known when there are filters, which do not count
            if words is None:
                words = self.count(conn, plan)
            tiered = self._tiered(plan, words)
            if tiered:
                return [sid for sid, _ in self._tiered_rows(conn, tiered, None, 0)]
        return [sid for sid, _ in self.rows(conn, plan, None, 0)]

    def _few_filtered(
        self, conn: Connection, plan: FtsPlan, limit: int, offset: int
    ) -> tuple[Ranked, int] | None:
        """The page and the total in one pass over the matches, when filters leave few enough
        sessions to rank them all (which the covering index tells at once); else None.

        Counting and ranking would each walk every match of the words and check it against the
        filtered set; with few candidates ranking them all costs little more than counting."""
        if not plan.filter_subquery or limit <= 0 or self._too_common(plan, 0):
            return None
        candidates = int(
            conn.scalar(text(f"SELECT count(*) FROM ({plan.filter_sql})"), plan.params) or 0
        )
        if candidates > self.tuning.rank_all_limit:
            return None
        inner = plan.sql(f"{plan.id_column} AS id, {plan.score} AS score")
        sql = (
            f"SELECT id, score, count(*) OVER () FROM ({inner}) "
            f"ORDER BY score LIMIT {int(limit)} OFFSET {int(offset)}"
        )
        rows = conn.execute(text(sql), plan.params).all()
        if not rows:
            return [], self.count(conn, plan)
        return [(int(r[0]), float(r[1] or 0.0)) for r in rows], int(rows[0][2])

    def _too_common(self, plan: FtsPlan, total: int) -> bool:
        """Whether the words match too many sessions to rank them all (``rank_all_limit``).

        The words decide, not what filters leave of their matches: adding a filter to a query
        only takes sessions out of its result, it never reorders the rest."""
        if plan.match_param is None:
            return False
        words_total = total if plan.words_total is None else plan.words_total
        return words_total > self.tuning.rank_all_limit

    def _tiered(self, plan: FtsPlan, total: int) -> list[tuple[str, FtsPlan]]:
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
        """The words of each tier (``fields.Tier``): in the title; among names, series, theme
        and tags; the rest."""
        return (
            f"{TITLE_COLUMNS} : ({positive})",
            f"({HEAD_COLUMNS} : ({positive})) NOT ({TITLE_COLUMNS} : ({positive}))",
            f"({positive}) NOT ({HEAD_COLUMNS} : ({positive}))",
        )

    def _tiered_rows(
        self, conn: Connection, tiers: Sequence[tuple[str, FtsPlan]], limit: int | None, offset: int
    ) -> Ranked:
        """Rows of the tiers one after the other: ``limit`` of them (None: all) from ``offset``.

        How a tier is ordered depends on how many sessions its words match, a cheap count
        (FTS5 walks its lists without ranking or filters): few enough are ranked by bm25, more
        are read most recently added first. What filters leave of a tier is counted only to
        skip whole tiers when paging."""
        rows: Ranked = []
        for core, tier in tiers:
            if limit is not None and len(rows) >= limit:
                break
            words = self._matches(conn, compose(core, negative=tier.negative))
            if words == 0:
                continue
            if offset > 0:
                size = words
                if tier.has_filters:
                    size = self.count(conn, tier)
                if size <= offset:
                    offset -= size
                    continue
            want = None if limit is None else limit - len(rows)
            recent = words > self.tuning.rank_all_limit
            rows += self.rows(conn, tier, want, offset, recent=recent)
            offset = 0
        return rows

    # ------------------------------------------------------------------ hits

    def hit_rows(
        self,
        conn: Connection,
        terms: Sequence[Term],
        session_ids: Sequence[int],
        fetch: int,
        kinds: Sequence[str] = (),
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
            + (f"AND kind IN ({', '.join('?' for _ in kinds)}) " if kinds else "")
            + f"ORDER BY prio, rowid LIMIT {int(fetch)}"
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
            rows += cursor.execute(sql, (" OR ".join(parts), low, high, *kinds)).fetchall()
        cursor.close()
        return rows
