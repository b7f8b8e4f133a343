"""The PostgreSQL search backend: tables with tsvector columns over our folded words ('simple'
configuration, so no ``unaccent`` extension), tsquery plans (with the tiers SQLite takes for
words too common to rank), and ts_rank hits."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from ...domain.query import Query, Term
from .backend import Plan, Ranked, Scope, SearchBackend, tier_scopes
from .base import LOCATION_ROW, IndexWriter, LocationRow
from .fields import DOC_COLUMNS, FIELD_COLUMN, FIELDS, Tier

# The vectors kept in the row (see the last statement of ``_DDL``).
_IN_ROW = ("doc", *(f.column for f in FIELDS if f.tier in (Tier.TITLE, Tier.NAMES)))
# The word indexes: dropped while the whole index is written again and built once at its end.
_GIN = {
    "ix_search_location_tsv": "search_location USING gin (tsv)",
    "ix_search_session_doc": "search_session USING gin (doc)",
}
_DDL = (
    "CREATE TABLE IF NOT EXISTS search_location ("
    "id BIGINT PRIMARY KEY, session_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL, "
    "prio INTEGER NOT NULL, ref_id INTEGER, material_id INTEGER, page_no INTEGER, "
    "recording_id INTEGER, time_ms INTEGER, source TEXT, text TEXT NOT NULL, "
    "body TEXT NOT NULL, tsv TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_location_session ON search_location (session_id)",
    "CREATE TABLE IF NOT EXISTS search_session (session_id INTEGER PRIMARY KEY, "
    + ", ".join(f"{c} TSVECTOR NOT NULL" for c in DOC_COLUMNS)
    + ", doc TSVECTOR NOT NULL)",
    *(f"CREATE INDEX IF NOT EXISTS {name} ON {on}" for name, on in _GIN.items()),
    # Every ranked search reads the whole document of each match (ts_rank), and the tiers
    # read the title's and the names' vectors. Left to the default, the largest value of the
    # row, the document, was moved out to TOAST and each match cost a look-up there; these
    # are kept in the row, the long columns' own vectors go out instead. Documents written
    # before this move in with the next rebuild of the index (see docs/performance.md,
    # "Search on PostgreSQL", for what it costs the filtered counts).
    "ALTER TABLE search_session "
    + ", ".join(f"ALTER COLUMN {c} SET STORAGE MAIN" for c in _IN_ROW),
)
# Memory for building a word index in one go (the server's default, 64 MB, makes it spill to
# disk several times at 100,000 sessions); for that transaction only.
_BUILD_MEMORY = "256MB"

# PostgreSQL keeps at most 1 MB per tsvector; a very long transcript keeps its words without
# positions (phrases then do not match inside it, single words still do).
_TSVECTOR_BUDGET = 600_000


def _vector(column: str, body: str) -> str:
    if len(body) * 3 > _TSVECTOR_BUDGET:
        return f"strip(to_tsvector('simple', :{column}))"
    return f"to_tsvector('simple', :{column})"


def _vector_of(column: str) -> str:
    """``_vector`` decided in SQL, for a column of many rows sent at once."""
    vector = f"to_tsvector('simple', {column})"
    long = f"length({column}) * 3 > {_TSVECTOR_BUDGET}"
    return f"CASE WHEN {long} THEN strip({vector}) ELSE {vector} END"


# The place rows' columns and their types, for sending a batch of them as one array each.
_LOCATION_TYPES = {
    "id": "BIGINT",
    "body": "TEXT",
    "session_id": "INTEGER",
    "kind": "TEXT",
    "prio": "INTEGER",
    "ref_id": "INTEGER",
    "material_id": "INTEGER",
    "page_no": "INTEGER",
    "recording_id": "INTEGER",
    "time_ms": "INTEGER",
    "source": "TEXT",
    "text": "TEXT",
}
_PLACE_COLUMNS = LOCATION_ROW[2:]


def _unnest(types: dict[str, str]) -> str:
    """``unnest`` of one array parameter per column (named as the column), as a table ``u``."""
    arrays = ", ".join(f"CAST(:{c} AS {kind}[])" for c, kind in types.items())
    return f"unnest({arrays}) AS u({', '.join(types)})"


# A batch of places in one statement: each column sent as an array (a reindex writes about
# 25 places per session; one statement per row cost a round trip each).
_INSERT_LOCATIONS = (
    f"INSERT INTO search_location (id, body, tsv, {', '.join(_PLACE_COLUMNS)}) "
    f"SELECT id, body, to_tsvector('simple', body), {', '.join(_PLACE_COLUMNS)} "
    f"FROM {_unnest(_LOCATION_TYPES)}"
)
# A batch of documents in one statement, each column's vector made once (for the column and
# for the weighted whole-document vector: OFFSET 0 keeps the planner from inlining them twice).
_INSERT_DOCUMENTS = (
    f"INSERT INTO search_session (session_id, {', '.join(DOC_COLUMNS)}, doc) "
    f"SELECT session_id, {', '.join(DOC_COLUMNS)}, "
    + " || ".join(f"setweight({f.column}, '{f.pg_weight}')" for f in FIELDS)
    + " FROM (SELECT sid AS session_id, "
    + ", ".join(f"{_vector_of(c)} AS {c}" for c in DOC_COLUMNS)
    + f" FROM {_unnest({'sid': 'INTEGER'} | dict.fromkeys(DOC_COLUMNS, 'TEXT'))} OFFSET 0) AS v"
)


def tsquery_term(term: Term, positions: bool = True) -> str:
    """One term as a PostgreSQL tsquery string: quoted lexemes joined by <->, :* for a prefix
    (``positions`` False: a phrase's words joined by & instead, found anywhere in a vector)."""
    lexemes = ["'" + w.replace("'", "''").replace("\\", "\\\\") + "'" for w in term.words]
    if term.prefix:
        lexemes[-1] += ":*"
    return "(" + (" <-> " if positions else " & ").join(lexemes) + ")"


def _tsquery_any(terms: Sequence[Term], positions: bool = True) -> str:
    return "(" + " | ".join(tsquery_term(t, positions) for t in terms) + ")"


_RANK_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"  # D, C, B, A: ts_rank's order
_ALL_COLUMNS = frozenset(DOC_COLUMNS)


def _scoped_vector(scope: frozenset[str]) -> str:
    """The weighted document of the columns of ``scope`` (the stored one for all of them)."""
    if scope >= _ALL_COLUMNS:
        return "ss.doc"
    return " || ".join(
        f"setweight(ss.{f.column}, '{f.pg_weight}')" for f in FIELDS if f.column in scope
    )


def _has_phrase(plan: Plan) -> bool:
    """Whether the words hold a phrase: its GIN index finds the documents with the phrase's
    words, and each one's positions are then checked in the document itself."""
    query = plan.query
    return query is not None and any(len(t.words) > 1 for clause in query.clauses for t in clause)


@dataclass(slots=True)
class PgPlan(Plan):
    """A plan over ``session s JOIN search_session ss``: ``where[:words_end]`` are the words'
    conditions (on ``ss`` alone), the rest the trash and the filters (on ``s``)."""

    words_end: int | None = None  # None: every condition is about the words
    rank_query: str = ""  # the bound tsquery of any of the query's terms
    # A phrase's words on the whole document without their positions, for the tiers: the
    # parameter of the document's condition and that query (see ``tier_plan``).
    loose_doc: tuple[str, str] | None = None

    def words_sql(self, columns: str) -> str:
        """The sessions the words match, filters aside (the trash is not in the index)."""
        words = self.where[: self.words_end] or ["TRUE"]
        return f"SELECT {columns} FROM search_session ss WHERE {' AND '.join(words)}"


class PostgresWriter(IndexWriter):
    doc_key = "session_id"
    loc_key = "id"

    def _where_session(self, session_id: int) -> tuple[str, dict[str, Any]]:
        return "session_id = :sid", {"sid": session_id}

    def _insert_location_sql(self, columns: str, values: str) -> str:
        return (
            f"INSERT INTO search_location (id, body, tsv, {columns}) "
            f"VALUES (:id, :body, to_tsvector('simple', :body), {values})"
        )

    def clear(self) -> None:
        # Emptied for a rebuild: the word indexes go too (kept up to date row by row they were
        # half of a rebuild's time) and ``optimize`` builds them at the end, from every row at
        # once. Until then the index is marked as being rebuilt, and search waits for it.
        for name in _GIN:
            self.conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
        self.conn.execute(text("TRUNCATE search_location, search_session"))

    def optimize(self) -> None:
        self.conn.execute(text(f"SET LOCAL maintenance_work_mem = '{_BUILD_MEMORY}'"))
        for name, on in _GIN.items():
            self.conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {on}"))
        self.conn.execute(text("ANALYZE search_location, search_session"))

    def delete_sessions(self, session_ids: Sequence[int]) -> None:
        if session_ids:
            ids = {"ids": list(session_ids)}
            self.conn.execute(text("DELETE FROM search_location WHERE session_id = ANY(:ids)"), ids)
            self.conn.execute(text("DELETE FROM search_session WHERE session_id = ANY(:ids)"), ids)

    def _insert_document(
        self, session_id: int, values: dict[str, str], filters: str | None
    ) -> None:
        self._insert_documents([(session_id, values, filters)])

    def _insert_rows(self, rows: list[LocationRow]) -> None:
        if rows:
            columns = list(zip(*rows, strict=True))
            self.conn.execute(
                text(_INSERT_LOCATIONS),
                {name: list(values) for name, values in zip(LOCATION_ROW, columns, strict=True)},
            )

    def _insert_documents(self, batch: Sequence[tuple[int, dict[str, str], str | None]]) -> None:
        if batch:
            params: dict[str, Any] = {"sid": [sid for sid, _, _ in batch]}
            for column in DOC_COLUMNS:
                params[column] = [values[column] for _, values, _ in batch]
            self.conn.execute(text(_INSERT_DOCUMENTS), params)

    def _update_documents(
        self, columns: Sequence[str], documents: list[dict[str, Any]], with_filters: bool
    ) -> None:
        # The document's other columns are kept as vectors: the whole-document vector is
        # rebuilt from them, with no place rows read (the short values have none). There are
        # no filter markers here.
        if not columns:
            return
        for document in documents:
            vectors = {c: _vector(c, str(document[c])) for c in columns}
            doc = " || ".join(
                f"setweight({vectors.get(f.column, f.column)}, '{f.pg_weight}')" for f in FIELDS
            )
            assignments = ", ".join(f"{c} = {v}" for c, v in vectors.items())
            self.conn.execute(
                text(
                    f"UPDATE search_session SET {assignments}, doc = {doc} WHERE session_id = :sid"
                ),
                {"sid": document["sid"], **{c: document[c] for c in columns}},
            )


class PostgresBackend(SearchBackend):
    year_sql = "CAST(EXTRACT(YEAR FROM s.date) AS INTEGER)"

    def create_schema(self, conn: Connection) -> None:
        for statement in _DDL:
            conn.execute(text(statement))

    def writer(self, conn: Connection) -> IndexWriter:
        return PostgresWriter(conn)

    def bind_date(self, value: Any) -> Any:
        return value

    def words_plan(self, query: Query, conn: Connection) -> Plan:
        if query.clauses and not query.has_filters:
            # The trash is not in the index: words alone need no session row (joining them
            # made PostgreSQL read every live session's id to hash them).
            plan = PgPlan("search_session ss", id_column="ss.session_id", joined=False)
        else:
            plan = PgPlan("session s JOIN search_session ss ON ss.session_id = s.id")
        free: list[str] = []
        for clause in query.clauses:
            if all(t.field is None for t in clause):
                free.append(_tsquery_any(clause))
                continue
            # The whole document holds every column's words: its GIN index finds the
            # candidates of a field's words too (the column's own vector has no index).
            free.append(_tsquery_any(clause))
            plan.where.append(
                "("
                + " OR ".join(
                    self._matches(plan, FIELD_COLUMN[t.field] if t.field else "doc", t)
                    for t in clause
                )
                + ")"
            )
        excluded_free = [t for t in query.excluded if t.field is None]
        for t in query.excluded:
            if t.field is not None:
                plan.where.append(f"NOT ({self._matches(plan, FIELD_COLUMN[t.field], t)})")
        if free:
            expression = " & ".join(free)
            if excluded_free:
                expression += " & !" + _tsquery_any(excluded_free)
            bound = plan.bind(expression)
            plan.where.append(f"ss.doc @@ to_tsquery('simple', {bound})")
            if any(len(t.words) > 1 for clause in query.clauses for t in clause):
                loose = " & ".join(
                    _tsquery_any(clause, positions=False) for clause in query.clauses
                )
                if excluded_free:
                    loose += " & !" + _tsquery_any(excluded_free)
                plan.loose_doc = (bound[1:], loose)
        elif excluded_free:
            bound = plan.bind(_tsquery_any(excluded_free))
            plan.where.append(f"NOT (ss.doc @@ to_tsquery('simple', {bound}))")
        if query.terms:
            plan.query = query if query.clauses else None
            plan.rank_query = plan.bind(_tsquery_any(query.terms))
            plan.score = self._rank(plan, _ALL_COLUMNS)
            plan.ranked = True
        return plan

    @staticmethod
    def _matches(plan: Plan, column: str, term: Term, bound: str | None = None) -> str:
        return f"ss.{column} @@ to_tsquery('simple', {bound or plan.bind(tsquery_term(term))})"

    @staticmethod
    def _rank(plan: PgPlan, scope: frozenset[str]) -> str:
        vector = _scoped_vector(scope)
        return f"ts_rank({_RANK_WEIGHTS}, {vector}, to_tsquery('simple', {plan.rank_query}))"

    def _settle_filters(self, plan: Plan, mark: int) -> None:
        assert isinstance(plan, PgPlan)
        plan.words_end = mark

    def plan(self, query: Query, conn: Connection) -> Plan:
        plan = super().plan(query, conn)
        if query.clauses:
            # The documents are mostly in TOAST, so search_session looks small to the planner,
            # which then reads and decompresses every document of the catalogue (a sequential
            # scan) rather than those the GIN index finds ("telemedicine OR electrolysers",
            # 10,000 sessions: 243 ms against 93). Every plan with words has a condition on
            # the whole document that the index answers; for this search's transaction only.
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        if plan.query is not None and plan.has_filters:
            assert isinstance(plan, PgPlan)
            # Only compared with rank_all_limit: counted up to one past it (a word in half
            # the catalogue read every match's row for a count of them all).
            cap = self.tuning.rank_all_limit + 1
            words = plan.words_sql("1") + f" LIMIT {cap}"
            found = conn.scalar(text(f"SELECT count(*) FROM ({words}) AS w"), plan.params)
            plan.words_total = int(found or 0)
        return plan

    def page(
        self, conn: Connection, plan: Plan, limit: int, offset: int
    ) -> tuple[Ranked, int, str]:
        """Ranked and counted in one pass over the matches (each pass reads every match's
        document, in its table or its TOAST), when the words may be ranked at all: with
        filters their own count says so; without, the pass stops past ``rank_all_limit``
        matches, and words too common to rank go to the tiers (that pass then bounded)."""
        assert isinstance(plan, PgPlan)
        limit_all = self.tuning.rank_all_limit
        if plan.query is None or not plan.ranked:
            return super().page(conn, plan, limit, offset)
        if plan.words_total is not None and plan.words_total > limit_all:
            return super().page(conn, plan, limit, offset)
        cap = None if plan.words_total is not None else limit_all + 1
        if cap is not None and plan.loose_doc is not None and self._loose_count(conn, plan, cap):
            # The phrase's words are too common to rank: its tiers are counted first (one
            # pass), rather than ranking up to ``cap`` matches to learn that it is too common.
            sizes = self._tier_sizes(conn, plan)
            if sum(sizes) > limit_all:
                tiers = self.tiers(conn, plan, sum(sizes))
                tiered = self._tiered_rows(conn, plan, tiers, limit, offset, sizes)
                return tiered, sum(sizes), "tiered"
            cap = None  # counted: few enough to rank
        inner = plan.sql(f"{plan.id_column} AS id, {plan.score} AS score")
        inner += f" LIMIT {cap}" if cap is not None else ""
        sql = (
            f"SELECT id, score, count(*) OVER () FROM ({inner}) AS m "
            f"ORDER BY score DESC, id DESC LIMIT {max(1, offset + limit)}"
        )
        rows = conn.execute(text(sql), plan.params).all()
        total = int(rows[0][2]) if rows else 0
        if cap is not None and total >= cap:
            if not _has_phrase(plan):
                return super().page(conn, plan, limit, offset)
            # Too common to rank, no filters: the tiers' counts add up to the total.
            tiers = self.tiers(conn, plan, total)
            sizes = self._tier_sizes(conn, plan)
            return self._tiered_rows(conn, plan, tiers, limit, offset, sizes), sum(sizes), "tiered"
        ranked = [(int(r[0]), float(r[1] or 0.0)) for r in rows[: offset + limit]]
        return ranked[offset:], total, "relevance"

    @staticmethod
    def _loose_count(conn: Connection, plan: PgPlan, cap: int) -> bool:
        """Whether at least ``cap`` documents hold the words of the plan's phrases (in any
        place): the GIN index counts them without reading the documents. Fewer, and the
        phrases are fewer too."""
        assert plan.loose_doc is not None
        name, loose = plan.loose_doc
        words = (
            f"SELECT 1 FROM search_session ss WHERE ss.doc @@ to_tsquery('simple', :{name}) "
            f"LIMIT {cap}"
        )
        found = conn.scalar(text(f"SELECT count(*) FROM ({words}) AS w"), {name: loose})
        return int(found or 0) >= cap

    # ------------------------------------------------------------------ words too common to rank

    def words_count(self, conn: Connection, plan: Plan) -> int:
        assert isinstance(plan, PgPlan)
        return int(conn.scalar(text(plan.words_sql("count(*)")), plan.params) or 0)

    def tier_sizes(self, conn: Connection, plan: Plan, tiers: Sequence[Plan]) -> Iterable[int]:
        """A phrase's tiers counted together (``_tier_sizes``); other words a tier at a time:
        the GIN index answers them without reading the documents, and the first tier often
        fills the page (counting the names too for every match cost "cluster year:2020"
        more than the title tier's count alone, at 10,000 sessions)."""
        if not _has_phrase(plan):
            return super().tier_sizes(conn, plan, tiers)
        assert len(tiers) == len(tier_scopes())
        return self._tier_sizes(conn, plan)

    def _tier_sizes(self, conn: Connection, plan: Plan) -> list[int]:
        """Every tier's words counted in one pass over the words' matches.

        A count per tier checked the words against each candidate's document again for every
        tier (the GIN index finds the documents with the words, not those with a phrase), at
        100,000 sessions 0.4-0.9 s a tier for ``"smart specialisation"``. Here the document is
        checked once per match, and each match is counted within the smaller scopes' own
        vectors (kept in the row). As each scope holds the one above it, a tier is the matches
        within its scope less those within the scope above; every match is within the whole
        document."""
        assert isinstance(plan, PgPlan) and plan.query is not None
        counting = dataclasses.replace(plan, params=dict(plan.params), where=list(plan.where))
        counts: dict[Scope, str] = {}
        for scope, above in tier_scopes():
            assert above is None or above <= scope
            for columns in (scope, above):
                if columns is None or columns in counts:
                    continue
                if columns >= _ALL_COLUMNS:
                    counts[columns] = "count(*)"
                    continue
                within = [self._within(counting, c, columns) for c in plan.query.clauses]
                counts[columns] = f"count(*) FILTER (WHERE {' AND '.join(within)})"
        row = conn.execute(
            text(counting.words_sql(", ".join(counts.values()))), counting.params
        ).one()
        found = {columns: int(n or 0) for columns, n in zip(counts, row, strict=True)}
        return [
            found[scope] - (0 if above is None else found[above]) for scope, above in tier_scopes()
        ]

    def tier_plan(
        self, conn: Connection, plan: Plan, scope: frozenset[str], without: frozenset[str] | None
    ) -> Plan:
        """The words' conditions over the whole document stay (the GIN index finds the
        candidates); each clause must also match within the columns of ``scope`` (its own
        tsvectors), and not every clause within those of ``without``."""
        assert isinstance(plan, PgPlan) and plan.query is not None
        tier = dataclasses.replace(plan, params=dict(plan.params), where=list(plan.where))
        if plan.loose_doc is not None:
            # Each clause is matched within the tier's columns below, phrases by their
            # positions there; the whole document then only has to hold the words, which its
            # GIN index answers alone (a phrase's positions are checked in every candidate's
            # document, decompressed: at 100,000 sessions most of a tier's time).
            name, loose = plan.loose_doc
            tier.params[name] = loose
        conditions = [self._within(tier, clause, scope) for clause in plan.query.clauses]
        if without is not None:
            inside = [self._within(tier, clause, without) for clause in plan.query.clauses]
            conditions.append(f"NOT ({' AND '.join(inside)})")
        end = len(plan.where) if plan.words_end is None else plan.words_end
        tier.where[end:end] = conditions
        tier.words_end = end + len(conditions)
        tier.score = self._rank(tier, scope)
        return tier

    def _within(self, plan: PgPlan, clause: Sequence[Term], scope: frozenset[str]) -> str:
        """Any term of ``clause`` in a column of ``scope`` (a named field: in its own)."""
        parts: list[str] = []
        for term in clause:
            if term.field is not None:
                columns = [FIELD_COLUMN[term.field]] if FIELD_COLUMN[term.field] in scope else []
            elif scope >= _ALL_COLUMNS:
                columns = ["doc"]
            else:
                columns = [c for c in DOC_COLUMNS if c in scope]
            if columns:
                bound = plan.bind(tsquery_term(term))
                parts += [self._matches(plan, c, term, bound) for c in columns]
        return "(" + " OR ".join(parts) + ")" if parts else "FALSE"

    def hit_rows(
        self,
        conn: Connection,
        terms: Sequence[Term],
        session_ids: Sequence[int],
        fetch: int,
        kinds: Sequence[str] = (),
    ) -> list[Any]:
        columns = "kind, ref_id, material_id, page_no, recording_id, time_ms, source, text"
        sql = text(
            f"SELECT session_id, {columns}, -r FROM (SELECT session_id, {columns}, prio, "
            "ts_rank(tsv, q) AS r, row_number() OVER (PARTITION BY session_id "
            "ORDER BY prio, ts_rank(tsv, q) DESC, id) AS n "
            "FROM search_location, to_tsquery('simple', :q) AS q "
            "WHERE session_id = ANY(:ids) AND tsv @@ q"
            + (" AND kind = ANY(:kinds)" if kinds else "")
            + ") AS x "
            f"WHERE n <= {fetch} ORDER BY session_id, n"
        )
        params: dict[str, Any] = {"q": _tsquery_any(terms), "ids": list(session_ids)}
        if kinds:
            params["kinds"] = list(kinds)
        return list(conn.execute(sql, params))
