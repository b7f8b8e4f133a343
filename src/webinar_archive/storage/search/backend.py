"""The search backend interface and what both backends share on the query side: the query
plan, the SQL filters, tiers of very common words, paging and counting."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import Connection, text

from ...domain.query import Query, Term
from .base import IndexWriter
from .fields import DOC_COLUMNS, Tier, tier_columns
from .filters import HAS_SQL
from .tuning import SearchTuning


@dataclass(slots=True)
class Plan:
    """The FROM/WHERE part of a session query, its bound values and how to rank."""

    source: str
    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    score: str = "0"
    ascending_score: bool = False  # bm25: smaller is better
    ranked: bool = False
    id_column: str = "s.id"
    joined: bool = True  # the session table is in ``source`` as ``s``
    query: Query | None = None  # the query of a plan with words to find (None: no words)
    words_total: int | None = None  # with filters: the sessions the words alone match

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def sql(self, columns: str) -> str:
        where = " AND ".join(self.where) if self.where else "1 = 1"
        return f"SELECT {columns} FROM {self.source} WHERE {where}"

    @property
    def checks_sessions(self) -> bool:
        """Whether the session table is read (for the trash and the filters in SQL)."""
        return self.joined

    @property
    def has_filters(self) -> bool:
        """Whether something besides the words narrows the matches."""
        return self.query is not None and self.query.has_filters

    @property
    def order(self) -> str:
        if self.ranked and self.ascending_score:
            # FTS5 hands rows over in rank order itself; any further key would force a sort.
            return f"ORDER BY {self.score}"
        if self.ranked:
            return f"ORDER BY score DESC, {self.id_column} DESC"
        return "ORDER BY s.date IS NULL, s.date DESC, s.id DESC"


Ranked = list[tuple[int, float]]  # (session id, score) in order
Scope = frozenset[str]  # document columns


def tier_scopes() -> list[tuple[Scope, Scope | None]]:
    """Each tier's columns and those of the tiers above it (``fields.Tier``): the title, then
    people and names, then everything else. Each scope holds the one above it."""
    title = frozenset(tier_columns(Tier.TITLE))
    head = frozenset(tier_columns(Tier.TITLE, Tier.NAMES))
    return [(title, None), (head, title), (frozenset(DOC_COLUMNS), head)]


class SearchBackend(ABC):
    """What the search index does that depends on the database: its tables, its writes, how
    words are matched and ranked, and how hits are found inside sessions."""

    # SQL of the year of ``s.date``, for the facets.
    year_sql: ClassVar[str]
    # The index tables this backend creates.
    tables: ClassVar[tuple[str, ...]] = ("search_location", "search_session")

    def __init__(self, tuning: SearchTuning | None = None) -> None:
        self.tuning = tuning or SearchTuning()

    # ------------------------------------------------------------------ the index

    @abstractmethod
    def create_schema(self, conn: Connection) -> None:
        """Create the index tables when missing (idempotent)."""

    @abstractmethod
    def writer(self, conn: Connection) -> IndexWriter: ...

    # ------------------------------------------------------------------ queries

    @abstractmethod
    def words_plan(self, query: Query, conn: Connection) -> Plan:
        """The plan of the query's words (and, where the backend can, of its filters)."""

    @abstractmethod
    def bind_date(self, value: Any) -> Any:
        """A date as the database compares it with ``session.date``."""

    @abstractmethod
    def hit_rows(
        self,
        conn: Connection,
        terms: Sequence[Term],
        session_ids: Sequence[int],
        fetch: int,
        kinds: Sequence[str] = (),
    ) -> list[Any]:
        """Location rows of each session that match, best places first: (session id, kind,
        ref_id, material_id, page_no, recording_id, time_ms, source, text, -rank); only
        places of ``kinds`` when given."""

    def shown_score(self, score: float) -> float:
        """The score of a ranked session as results show it (greater is better)."""
        return score

    def plan(self, query: Query, conn: Connection) -> Plan:
        plan = self.words_plan(query, conn)
        if plan.checks_sessions:
            mark = len(plan.where)
            plan.where.append("s.deleted_at IS NULL")
            self.sql_filters(plan, query)
            self._settle_filters(plan, mark)
        return plan

    def _settle_filters(self, plan: Plan, mark: int) -> None:  # noqa: B027 - optional hook
        """Move the session conditions ``plan.where[mark:]`` where the backend wants them."""

    def sql_filters(self, plan: Plan, query: Query) -> None:
        """The query's filters as SQL over the session row ``s``."""

        def date_condition(ranges: Sequence[Any]) -> str:
            options = []
            for r in ranges:
                parts = ["s.date IS NOT NULL"]
                if r.start is not None:
                    parts.append(f"s.date >= {plan.bind(self.bind_date(r.start))}")
                if r.end is not None:
                    parts.append(f"s.date <= {plan.bind(self.bind_date(r.end))}")
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

    def count(self, conn: Connection, plan: Plan) -> int:
        return int(conn.scalar(text(plan.sql("count(*)")), plan.params) or 0)

    def rows(
        self, conn: Connection, plan: Plan, limit: int | None, offset: int, recent: bool = False
    ) -> Ranked:
        """(session id, score) in the plan's order, or most recently added first."""
        if recent:
            columns, order = f"{plan.id_column} AS id, 0", f"ORDER BY {plan.id_column} DESC"
        else:
            columns, order = f"{plan.id_column} AS id, {plan.score} AS score", plan.order
        window = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        sql = plan.sql(columns) + f" {order}{window}"
        return [(int(r[0]), float(r[1] or 0.0)) for r in conn.execute(text(sql), plan.params)]

    def page(
        self, conn: Connection, plan: Plan, limit: int, offset: int
    ) -> tuple[Ranked, int, str]:
        """One page of sessions, the total, and how they are ordered ("relevance", "date" or
        "tiered")."""
        total = self.count(conn, plan)
        tiers = self.tiers(conn, plan, total)
        if tiers:
            return self._tiered_rows(conn, plan, tiers, limit, offset), total, "tiered"
        ranking = "relevance" if plan.ranked else "date"
        return self.rows(conn, plan, limit, offset), total, ranking

    def ranked_ids(self, conn: Connection, plan: Plan) -> list[int]:
        """Every matching session in the order of the results."""
        if plan.query is not None:
            words = plan.words_total  # known when there are filters, which do not count
            if words is None:
                words = self.count(conn, plan)
            tiers = self.tiers(conn, plan, words)
            if tiers:
                return [sid for sid, _ in self._tiered_rows(conn, plan, tiers, None, 0)]
        return [sid for sid, _ in self.rows(conn, plan, None, 0)]

    # ------------------------------------------------------------------ words too common to rank

    @abstractmethod
    def words_count(self, conn: Connection, plan: Plan) -> int:
        """How many sessions the plan's words match, filters aside (a cheap count)."""

    @abstractmethod
    def tier_plan(
        self, conn: Connection, plan: Plan, scope: frozenset[str], without: frozenset[str] | None
    ) -> Plan:
        """``plan`` with its words matched within the document columns of ``scope`` and not
        within those of ``without``, ranked by the words in those columns."""

    def _too_common(self, plan: Plan, total: int) -> bool:
        """Whether the words match too many sessions to rank them all (``rank_all_limit``).

        The words decide, not what filters leave of their matches: adding a filter to a query
        only takes sessions out of its result, it never reorders the rest."""
        if plan.query is None:
            return False
        words_total = total if plan.words_total is None else plan.words_total
        return words_total > self.tuning.rank_all_limit

    def tiers(self, conn: Connection, plan: Plan, total: int) -> list[Plan]:
        """The plan of each tier (title / people-and-names / elsewhere, ``fields.Tier``) when
        ``plan``'s words are too common to rank (see ``_too_common``); else an empty list."""
        if not self._too_common(plan, total):
            return []
        return [self.tier_plan(conn, plan, scope, without) for scope, without in tier_scopes()]

    def tier_sizes(self, conn: Connection, plan: Plan, tiers: Sequence[Plan]) -> Iterable[int]:
        """How many sessions the words of each tier match, filters aside, in the order of
        ``tiers``; here counted one tier at a time as they are read (a page that the first
        tier fills counts no other)."""
        return (self.words_count(conn, tier) for tier in tiers)

    def _tiered_rows(
        self,
        conn: Connection,
        plan: Plan,
        tiers: Sequence[Plan],
        limit: int | None,
        offset: int,
        sizes: Iterable[int] | None = None,
    ) -> Ranked:
        """Rows of the tiers one after the other: ``limit`` of them (None: all) from ``offset``.

        How a tier is ordered depends on how many sessions its words match, a cheap count
        (without ranking or filters): few enough are ranked by relevance, more are read most
        recently added first. What filters leave of a tier is counted only to skip whole tiers
        when paging. ``sizes``: the tiers' word counts when already known (``tier_sizes``)."""
        rows: Ranked = []
        counted = iter(self.tier_sizes(conn, plan, tiers) if sizes is None else sizes)
        for tier in tiers:
            if limit is not None and len(rows) >= limit:
                break
            words = next(counted)
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
