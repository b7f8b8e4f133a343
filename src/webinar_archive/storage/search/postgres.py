"""The PostgreSQL search backend: tables with tsvector columns over our folded words ('simple'
configuration, so no ``unaccent`` extension), tsquery plans and ts_rank hits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, text

from ...domain.query import Query, Term
from .base import IndexWriter, Plan, SearchBackend
from .fields import DOC_COLUMNS, FIELD_COLUMN, FIELDS

_DDL = (
    "CREATE TABLE IF NOT EXISTS search_location ("
    "id BIGINT PRIMARY KEY, session_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL, "
    "prio INTEGER NOT NULL, ref_id INTEGER, material_id INTEGER, page_no INTEGER, "
    "recording_id INTEGER, time_ms INTEGER, source TEXT, text TEXT NOT NULL, "
    "body TEXT NOT NULL, tsv TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_location_session ON search_location (session_id)",
    "CREATE INDEX IF NOT EXISTS ix_search_location_tsv ON search_location USING gin (tsv)",
    "CREATE TABLE IF NOT EXISTS search_session (session_id INTEGER PRIMARY KEY, "
    + ", ".join(f"{c} TSVECTOR NOT NULL" for c in DOC_COLUMNS)
    + ", doc TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_session_doc ON search_session USING gin (doc)",
)

# PostgreSQL keeps at most 1 MB per tsvector; a very long transcript keeps its words without
# positions (phrases then do not match inside it, single words still do).
_TSVECTOR_BUDGET = 600_000


def _vector(column: str, body: str) -> str:
    if len(body) * 3 > _TSVECTOR_BUDGET:
        return f"strip(to_tsvector('simple', :{column}))"
    return f"to_tsvector('simple', :{column})"


def tsquery_term(term: Term) -> str:
    """One term as a PostgreSQL tsquery string: quoted lexemes joined by <->, :* for a prefix."""
    lexemes = ["'" + w.replace("'", "''").replace("\\", "\\\\") + "'" for w in term.words]
    if term.prefix:
        lexemes[-1] += ":*"
    return "(" + " <-> ".join(lexemes) + ")"


def _tsquery_any(terms: Sequence[Term]) -> str:
    return "(" + " | ".join(tsquery_term(t) for t in terms) + ")"


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

    def _insert_document(
        self, session_id: int, values: dict[str, str], filters: str | None
    ) -> None:
        vectors = {c: _vector(c, values[c]) for c in DOC_COLUMNS}
        doc = " || ".join(f"setweight({vectors[f.column]}, '{f.pg_weight}')" for f in FIELDS)
        columns = ", ".join(DOC_COLUMNS)
        self.conn.execute(
            text(
                f"INSERT INTO search_session (session_id, {columns}, doc) "
                f"VALUES (:sid, {', '.join(vectors[c] for c in DOC_COLUMNS)}, {doc})"
            ),
            {"sid": session_id, **values},
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
        plan = Plan("session s JOIN search_session ss ON ss.session_id = s.id")

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
