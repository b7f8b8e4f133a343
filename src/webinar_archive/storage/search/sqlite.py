"""The SQLite search backend: FTS5 tables, filters as marker words, plans for words too common
to rank, and hits found inside each session's row range; match expressions are built from
parsed, quoted words only, never from raw input."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Connection, text

from ...domain.query import DateRange, Query, Term
from .backend import Plan, Ranked, SearchBackend
from .base import IndexWriter, session_range
from .fields import LONG_COLUMNS
from .filters import NO_MARKER, any_of, as_date, has_word, language_word, span_words, status_word
from .sqlite_plan import (
    ALL_COLUMNS,
    LABEL,
    LONG,
    MAX_EXPANSIONS,
    FtsPlan,
    Words,
    compose,
    fts5_term,
    table_term,
)
from .sqlite_writer import SqliteWriter, create_tables

# Candidates times words under which a group of candidates is checked by seeking (_spread).
SEEK_WORDS = 200


def _by_lacking(found: Sequence[set[int]]) -> dict[tuple[int, ...], set[int]]:
    """The ids of any of ``found`` grouped by the indexes of the sets they are not in.

    By set algebra over each pattern of presence (a few clauses: at most 2**n - 1 of them),
    not by looking each id up in every set."""
    count = len(found)
    groups: dict[tuple[int, ...], set[int]] = {}
    if count > 8:
        for sid in set().union(*found):
            lacking = tuple(i for i, ids in enumerate(found) if sid not in ids)
            groups.setdefault(lacking, set()).add(sid)
        return groups
    for mask in range(1, 1 << count):
        present = [found[i] for i in range(count) if mask >> i & 1]
        absent = [found[i] for i in range(count) if not mask >> i & 1]
        ids = set.intersection(*present).difference(*absent)
        if ids:
            groups[tuple(i for i in range(count) if not mask >> i & 1)] = ids
    return groups


def _id_list(ids: Collection[int]) -> str:
    """Session ids as a JSON array for ``json_each`` (sorted: the same SQL for the same ids)."""
    return "[" + ",".join(map(str, sorted(ids))) + "]"


class SqliteBackend(SearchBackend):
    year_sql = "CAST(strftime('%Y', s.date) AS INTEGER)"
    tables = ("search_location", LONG, LABEL)

    def create_schema(self, conn: Connection) -> None:
        create_tables(conn)

    def writer(self, conn: Connection) -> IndexWriter:
        return SqliteWriter(conn)

    def bind_date(self, value: Any) -> Any:
        return value.isoformat()

    def shown_score(self, score: float) -> float:
        return -score  # bm25: smaller is better

    # ------------------------------------------------------------------ planning

    def _settle_filters(self, plan: Plan, mark: int) -> None:
        if not (isinstance(plan, FtsPlan) and plan.query is not None):
            return
        conditions = " AND ".join(plan.where[mark:])
        del plan.where[mark:]
        # Read once into a set, against which each match is checked (the unary + in
        # ``finish`` stops SQLite from handing the ids to FTS5 one lookup at a time).
        plan.conditions.append(f"IN (SELECT s.id FROM session s WHERE {conditions})")
        plan.finish()

    def words_plan(self, query: Query, conn: Connection) -> Plan:
        if not query.clauses:
            plan = FtsPlan("session s")
            for table, expression in zip((LONG, LABEL), Words.of(query).excluded, strict=True):
                if expression:
                    plan.where.append(
                        f"s.id NOT IN (SELECT rowid FROM {table} WHERE {table} MATCH "
                        f"{plan.bind(expression)})"
                    )
            return plan
        # The trash is not in the index: words alone never need the session table.
        plan = FtsPlan(LONG, joined=False, query=query, ranked=True, ascending_score=True)
        self._set_words(conn, plan, ALL_COLUMNS)
        if query.has_filters:
            markers = self._filter_markers(conn, query) if self.tuning.marker_filters else None
            if markers is None:
                plan.sql_checked = True
            else:
                # Filters as words of the label documents: the sessions that pass, read once.
                required, forbidden = markers
                for test, expression in (("IN", required), ("NOT IN", forbidden)):
                    if expression:
                        plan.conditions.append(
                            f"{test} (SELECT rowid FROM {LABEL} WHERE {LABEL} MATCH "
                            f"{plan.bind(expression)})"
                        )
            # The words' matches and what the filters leave of them counted in one pass
            # over the matches (each pass reads every word's list in the index again).
            passing = " AND ".join(f"+id {c}" for c in plan.conditions) or "0"
            both = f"SELECT count(*), count(*) FILTER (WHERE {passing}) FROM ({plan.words_sql()})"
            words_total, total = conn.execute(text(both), plan.params).one()
            plan.words_total = int(words_total)
            plan.known_total = int(total) if plan.conditions else None
        plan.finish()
        return plan

    def _set_words(
        self,
        conn: Connection,
        plan: FtsPlan,
        scope: Collection[str],
        without: Collection[str] | None = None,
    ) -> None:
        """Match the plan's words within the columns of ``scope`` and not within those of
        ``without`` (the tiers): by one FTS5 expression over the large table when the label
        table holds none of the words, else by SQL over both tables."""
        assert plan.query is not None
        words = Words.of(plan.query, scope)
        minus = Words.of(plan.query, without) if without is not None else None
        excluded_long, excluded_label = words.excluded
        in_label = bool(words.label_any) and self._label_has(conn, words.label_any)
        minus_in_label = minus is not None and bool(minus.label_any)
        minus_in_label = minus_in_label and self._label_has(conn, minus.label_any)  # type: ignore[union-attr]
        excluded_label = excluded_label if self._label_has(conn, excluded_label) else ""
        plan.rank_long = plan.bind(words.long_any) if words.long_any else ""
        plan.rank_label = plan.bind(words.label_any) if in_label else ""
        if not (in_label or minus_in_label or excluded_label) and words.long_all:
            expression = compose(words.long_all, negative=excluded_long)
            if minus is not None and minus.long_all:
                expression = compose(expression, negative=minus.long_all)
            plan.match, plan.core = plan.bind(expression), ""
            return
        # Matches = L ∪ X (L: an FTS5 expression over the large table; X: the few spread
        # over both tables, found from the label table's matches), less those of ``without``
        # (L' ∪ X'), as two disjoint parts so that no large set is sorted to merge or subtract:
        # L NOT L' less X', and X less L, L' and X'.
        long_a, spread_a, must = self._spread(conn, plan, words, in_label)
        long_b, spread_b, _ = (
            self._spread(conn, plan, minus, minus_in_label) if minus else ("", "", ())
        )

        def not_in_long(expression: str, within: str) -> str:
            return (
                f"+id NOT IN (SELECT rowid FROM {LONG} WHERE {LONG} MATCH "
                f"{plan.bind(expression)} AND +rowid IN ({within}))"
            )

        plan.long_where = plan.spread_part = plan.label_out = plan.spread_ids = ""
        plan.rank_spread_any = plan.rank_spread_must = ""
        plan.rank_all_by_any = False
        plan.spread_checks = []
        plan.split_rank = len(words.clauses) > 1
        # One clause matched in either table: the matches are those of its large-table words
        # and those of its label words, which are also what ranks them, less those with an
        # excluded word in either table.
        plan.either = len(words.clauses) == 1 and minus is None
        plan.either = plan.either and bool(plan.rank_long and plan.rank_label)
        plan.long_out = plan.bind(excluded_long) if plan.either and excluded_long else ""
        plan.rank_long_kept = ""
        if plan.long_out:  # the large table's pass leaves its excluded sessions out itself
            plan.rank_long_kept = plan.bind(compose(words.long_any, negative=excluded_long))
        if long_a:
            expression = compose(long_a, negative=long_b) if long_b else long_a
            plan.long_where = f"{LONG} MATCH {plan.bind(expression)}"
            if spread_b:
                plan.long_where += f" AND +rowid NOT IN ({spread_b})"
        if spread_a:
            others = [not_in_long(long_b, spread_a)] if long_b else []
            others += [f"+id NOT IN ({spread_b})"] if spread_b else []
            checks = [not_in_long(long_a, spread_a)] if long_a else []
            checks += others
            plan.spread_part = f"SELECT id FROM ({spread_a}) WHERE {' AND '.join(checks) or '1'}"
            plan.spread_ids, plan.spread_checks = spread_a, others
            self._rank_spread(plan, words, must, scope)
        if excluded_label:
            plan.label_out = plan.bind(excluded_label)
        plan.match = ""
        plan.core = plan.spread_core(f"SELECT rowid AS id FROM {LONG} WHERE {plan.long_where}")

    @staticmethod
    def _rank_spread(
        plan: FtsPlan, words: Words, must: Collection[int], scope: Collection[str]
    ) -> None:
        """Bind the ranking of X by seeking (``FtsPlan._split_ranking``) when every session
        of X has the clauses ``must`` in the large table and the sums stay the same to the
        last bit: FTS5 adds each term's part of bm25 in the order of the expression's terms,
        so "must AND (any other)" adds them in the query's order when the ``must`` clauses
        come first; else when a session of X can have at most two terms that are not zero (it
        lacks a clause, and a+b == b+a).

        When every clause can be in the large table and one clause only is not in ``must``,
        no session of X has that one there (it would have every clause there, and be in L):
        each has exactly the ``must`` clauses there, and "must" alone ranks X in one pass,
        its terms that are not zero added in the query's order."""
        assert plan.query is not None
        longs = [long for long, _ in words.clauses]
        if not must or not plan.split_rank:
            return
        others = [long for i, long in enumerate(longs) if long and i not in must]
        if not others:
            return  # every clause there: X is all in L
        required = " AND ".join(longs[i] for i in sorted(must))
        if len(others) == 1 and all(longs):
            plan.rank_spread_must = plan.bind(required)
            return
        present = [i for i, long in enumerate(longs) if long]
        in_order = sorted(must) == present[: len(must)]
        terms = sum(
            1 for clause in plan.query.clauses for t in clause if table_term(t, LONG, scope)
        )
        if not (in_order or terms <= 3):
            return
        plan.rank_spread_any = plan.bind(f"({required}) AND ({' OR '.join(others)})")
        plan.rank_spread_must = plan.bind(required)
        # With the "must" clauses first, the first pass has L's terms in L's order (every
        # session of L has them all): it ranks L too, to the same bits, in the same pass.
        plan.rank_all_by_any = in_order and all(longs)

    @staticmethod
    def _spread(
        conn: Connection, plan: FtsPlan, words: Words, in_label: bool
    ) -> tuple[str, str, tuple[int, ...]]:
        """The sessions whose documents hold every clause of ``words`` in either table, in
        two parts: an FTS5 expression over the large table (every clause there), and SQL of
        the ids of the others, among the label table's matches, that have each clause in one
        table or the other, with some of L among them (taken out where it is ranked, from
        its ranked rows, or by the checks of ``spread_part``); "" for a part that is empty;
        and the clauses that every session of the second part has in the large table.

        The second part is found here, once per plan, and bound as a list of ids: the label
        table's matches of each clause are read (a small table), the candidates grouped by
        the clauses their label document lacks, and each group checked against those clauses'
        AND in the large table, which FTS5 answers by seeking from the rarest word (checking
        each clause against its whole list of matches read every session of a common word)."""
        excluded_long = words.excluded[0]
        long = compose(words.long_all, negative=excluded_long) if words.long_all else ""
        if not in_label:
            return long, "", ()
        if len(words.clauses) == 1:  # its label matches, in SQL read only when needed
            candidates = f"SELECT rowid AS id FROM {LABEL} WHERE {LABEL} MATCH "
            candidates += plan.bind(words.clauses[0][1])
            if not excluded_long:
                return long, candidates, ()
            return (
                long,
                (
                    f"SELECT id FROM ({candidates}) WHERE +id NOT IN (SELECT rowid FROM {LONG} "
                    f"WHERE {LONG} MATCH {plan.bind(excluded_long)} AND +rowid IN ({candidates}))"
                ),
                (),
            )
        # A common word may be the tag or theme of thousands of sessions: read through the
        # driver's own cursor (the wrapper's per-row work was most of the planning).
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        sql = f"SELECT rowid FROM {LABEL} WHERE {LABEL} MATCH ?"
        found = [
            {int(r[0]) for r in cursor.execute(sql, (label,)).fetchall()} if label else set()
            for _, label in words.clauses
        ]
        cursor.close()
        groups = _by_lacking(found)
        spread: set[int] = set()
        must: set[int] | None = None
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for lacking, ids in groups.items():
            longs = [words.clauses[i][0] for i in lacking]
            if not all(longs):
                continue  # a clause neither in its label document nor in the large table
            listed = _id_list(ids)
            if longs:
                expression = compose(" AND ".join(longs), negative=excluded_long)
                # A few candidates are looked up one by one (FTS5 seeks each in each word's
                # list: ~8 µs a word), else the expression's lists are walked (a common
                # word's 30,000 rows: 3-6 ms). Not for a prefix, which FTS5 would expand
                # again for every look-up.
                seek = '"*' not in expression
                seek = seek and len(ids) * (expression.count('"') // 2) <= SEEK_WORDS
                sql = (
                    f"SELECT rowid FROM {LONG} WHERE {LONG} MATCH ? "
                    f"AND {'' if seek else '+'}rowid IN (SELECT value FROM json_each(?))"
                )
                kept = {r[0] for r in cursor.execute(sql, (expression, listed)).fetchall()}
            elif excluded_long:
                sql = (
                    f"SELECT value FROM json_each(?1) WHERE +value NOT IN (SELECT rowid FROM "
                    f"{LONG} WHERE {LONG} MATCH ?2 AND +rowid IN (SELECT value FROM "
                    "json_each(?1)))"
                )
                kept = {r[0] for r in cursor.execute(sql, (listed, excluded_long)).fetchall()}
            else:
                kept = ids
            if kept:
                spread |= kept
                must = set(lacking) if must is None else must & set(lacking)
        cursor.close()
        # Those with every clause in the large table are L's too: taken out where X is used
        # (another pass over the words' lists here would cost as much as that).
        if not spread:
            return long, "", ()
        listed = plan.bind(_id_list(spread))
        return long, f"SELECT value AS id FROM json_each({listed})", tuple(sorted(must or ()))

    @staticmethod
    def _label_has(conn: Connection, expression: str) -> bool:
        """Whether any label document matches (cheap: the table is small)."""
        if not expression:
            return False
        sql = text(f"SELECT 1 FROM {LABEL} WHERE {LABEL} MATCH :m LIMIT 1")
        return conn.scalar(sql, {"m": expression}) is not None

    @staticmethod
    def _count(conn: Connection, sql: str, params: dict[str, Any]) -> int:
        return int(conn.scalar(text(f"SELECT count(*) FROM ({sql})"), params) or 0)

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
        # Each end read off the (deleted_at, date) index: min() and max() together in one
        # statement are not, and scan every live session's entry (12 ms at 100,000).
        live = "FROM session WHERE deleted_at IS NULL AND date IS NOT NULL ORDER BY date"
        low, high = conn.execute(
            text(f"SELECT (SELECT date {live} LIMIT 1), (SELECT date {live} DESC LIMIT 1)")
        ).one()
        first, last = as_date(low), as_date(high)
        if first is None or last is None:
            return dt.date(2000, 1, 1), dt.date(1999, 12, 31)  # no dated session: empty span
        return first, last

    # ------------------------------------------------------------------ ranking

    def count(self, conn: Connection, plan: Plan) -> int:
        if isinstance(plan, FtsPlan) and plan.known_total is not None:
            return plan.known_total
        if isinstance(plan, FtsPlan) and plan.query is not None and plan.core:
            return self._count(conn, plan.matched_sql(), plan.params)
        return super().count(conn, plan)

    def rows(
        self, conn: Connection, plan: Plan, limit: int | None, offset: int, recent: bool = False
    ) -> Ranked:
        if recent and isinstance(plan, FtsPlan) and plan.query is not None and plan.core:
            if limit is None:  # all of them: sorted here, faster than SQLite's sorter
                ids = conn.scalars(text(f"SELECT id FROM ({plan.matched_sql()})"), plan.params)
                return [(sid, 0.0) for sid in sorted(map(int, ids), reverse=True)[offset:]]
            window = f" LIMIT {int(limit)} OFFSET {int(offset)}"
            sql = f"SELECT id, 0 FROM ({plan.matched_sql()}) ORDER BY id DESC{window}"
            return [(int(r[0]), 0.0) for r in conn.execute(text(sql), plan.params)]
        return super().rows(conn, plan, limit, offset, recent)

    def page(
        self, conn: Connection, plan: Plan, limit: int, offset: int
    ) -> tuple[Ranked, int, str]:
        if self._rank_at_once(conn, plan):
            assert isinstance(plan, FtsPlan)
            ranked, total = self._ranked(conn, plan, offset + limit)
            return ranked[offset:], total, "relevance"
        return super().page(conn, plan, limit, offset)

    def ranked_ids(self, conn: Connection, plan: Plan) -> list[int]:
        if self._rank_at_once(conn, plan):
            assert isinstance(plan, FtsPlan)
            return [sid for sid, _ in self._ranked(conn, plan, None)[0]]
        return super().ranked_ids(conn, plan)

    def _rank_at_once(self, conn: Connection, plan: Plan) -> bool:
        """Whether a plan matched over both tables (``core``) is surely not too common to rank
        (``_too_common``): then its matches are ranked and counted in one pass, with no count
        of them first (a pass of its own over every word's list, which the tiers need only
        for words that may be too common)."""
        if not (isinstance(plan, FtsPlan) and plan.query is not None and plan.core):
            return False
        limit = self.tuning.rank_all_limit
        if plan.words_total is not None:
            return plan.words_total <= limit
        # The matches have every clause in one table or the other: one clause's matches in
        # each table, added up, bound them. Counted up to the limit only, so a common word
        # costs as much as a rare one; the first clause under it decides.
        capped = "SELECT count(*) FROM (SELECT 1 FROM {0} WHERE {0} MATCH ? LIMIT ?)"
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            for clause in Words.of(plan.query).clauses:
                bound = 0
                for table, expression in zip((LONG, LABEL), clause, strict=True):
                    if expression and bound <= limit:
                        found = cursor.execute(capped.format(table), (expression, limit + 1))
                        bound += int(found.fetchone()[0])
                if bound <= limit:
                    return True
        finally:
            cursor.close()
        return False

    @staticmethod
    def _ranked(conn: Connection, plan: FtsPlan, first: int | None) -> tuple[Ranked, int]:
        """The ``first`` best matches of a plan with ``core`` (None: all) in the order of the
        results, and how many match (from the same statement)."""
        window = "" if first is None else f" LIMIT {max(1, int(first))}"
        rows = conn.execute(text(plan.counted_sql() + window), plan.params).all()
        ranked = [(int(r[0]), float(r[1] or 0.0)) for r in rows]
        return ranked[:first], int(rows[0][2]) if rows else 0

    def words_count(self, conn: Connection, plan: Plan) -> int:
        assert isinstance(plan, FtsPlan)
        return self._count(conn, plan.words_sql(), plan.params)

    def tier_plan(
        self, conn: Connection, plan: Plan, scope: frozenset[str], without: frozenset[str] | None
    ) -> Plan:
        """The names tier spans both tables: people in the large one, series, theme and tags
        in the label one."""
        assert isinstance(plan, FtsPlan)
        tier = dataclasses.replace(
            plan, params=dict(plan.params), conditions=list(plan.conditions), known_total=None
        )
        self._set_words(conn, tier, scope, without)
        tier.finish()
        return tier

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
            columns = " || ' ' || ".join(LONG_COLUMNS)
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
