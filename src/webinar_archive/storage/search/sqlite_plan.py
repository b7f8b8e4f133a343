"""SQLite search: the two FTS5 tables' layout, the match expressions built from parsed, quoted
words (never raw input), and a query's plan (its words, filters and ranking SQL)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from ...domain.query import Query, Term
from .backend import Plan
from .fields import DOC_COLUMNS, FIELD_COLUMN, FIELDS, LONG_COLUMNS, SHORT_COLUMNS

# A session's document is split in two FTS5 tables with the same row ids: the large one
# (title, people, summary, notes, slides and transcripts) and ``search_label``: the short
# values bulk edits change (series, theme, tags) and the filter markers (filters.py, which do
# not rank). Tagging 10,000 sessions then rewrites 10,000 small documents, not 10,000 with
# their transcripts (FTS5 re-tokenizes the whole document to update one column of it).
LONG = "search_session"
LABEL = "search_label"
LABEL_COLUMNS = (*SHORT_COLUMNS, "filters")
_WEIGHT = {f.column: f.weight for f in FIELDS}
LONG_WEIGHTS = tuple(_WEIGHT[c] for c in LONG_COLUMNS)
LABEL_WEIGHTS = (*(_WEIGHT[c] for c in SHORT_COLUMNS), 0.0)
BM25_LONG = f"bm25({LONG}, " + ", ".join(str(w) for w in LONG_WEIGHTS) + ")"
BM25_LABEL = f"bm25({LABEL}, " + ", ".join(str(w) for w in LABEL_WEIGHTS) + ")"
TABLE_COLUMNS = {LONG: LONG_COLUMNS, LABEL: SHORT_COLUMNS}
ALL_COLUMNS = frozenset(DOC_COLUMNS)
MAX_EXPANSIONS = 40
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_''', prefix = '2 3'"

FTS_TABLES_DDL = (
    # No ranking reads the places (bm25 ranks the documents): no token counts are kept for
    # them (``columnsize=0``), a row fewer to write per place.
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_location USING fts5("
    "body, session_id UNINDEXED, kind UNINDEXED, prio UNINDEXED, ref_id UNINDEXED, "
    "material_id UNINDEXED, page_no UNINDEXED, recording_id UNINDEXED, time_ms UNINDEXED, "
    "source UNINDEXED, text UNINDEXED, columnsize = 0, "
    "tokenize = 'unicode61 remove_diacritics 0')",
    # "_" is part of a word here so that the filter markers (filters.py) stay whole words.
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {LONG} USING fts5({', '.join(LONG_COLUMNS)}, {_TOKENIZE})",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {LABEL} USING fts5("
    f"{', '.join(LABEL_COLUMNS)}, {_TOKENIZE})",
)


def _column_set(columns: Sequence[str]) -> str:
    """An FTS5 column filter: ``title`` or ``{title speakers ...}``."""
    return columns[0] if len(columns) == 1 else "{" + " ".join(columns) + "}"


# ----------------------------------------------------------------------------------------------
# Match expressions


def fts5_term(term: Term, column: str | None = None) -> str:
    """One term as an FTS5 string: every word inside double quotes, never an operator."""
    phrase = '"' + " ".join(w.replace('"', '""') for w in term.words) + '"'
    if term.prefix:
        phrase += "*"
    return f"{column} : {phrase}" if column else phrase


def table_term(term: Term, table: str, scope: Collection[str] = ALL_COLUMNS) -> str:
    """The term as an FTS5 string over ``table``, within the columns of ``scope``; "" when it
    cannot match there (``tag:x`` in the large table, or no column of the scope)."""
    named = FIELD_COLUMN.get(term.field or "")
    columns = [c for c in TABLE_COLUMNS[table] if c in scope and named in (None, c)]
    if not columns:
        return ""
    if named is None and table == LONG and len(columns) == len(LONG_COLUMNS):
        return fts5_term(term)
    return fts5_term(term, _column_set(columns))


def any_term(terms: Sequence[Term], table: str, scope: Collection[str] = ALL_COLUMNS) -> str:
    """Any of ``terms`` over ``table`` (an FTS5 OR), or "" when none can match there."""
    parts = [p for p in (table_term(t, table, scope) for t in terms) if p]
    return "(" + " OR ".join(parts) + ")" if parts else ""


def compose(core: str, required: str = "", negative: str = "", forbidden: str = "") -> str:
    """An FTS5 expression: ``core`` AND ``required``, NOT ``negative``, NOT ``forbidden``."""
    expression = f"({core})"
    if required:
        expression = f"({expression} AND ({required}))"
    for left_out in (negative, forbidden):
        if left_out:
            expression = f"({expression} NOT ({left_out}))"
    return expression


def _only_if(condition: str) -> str:
    """A bound on the large table's rowid, handed to FTS5 before it reads anything, that
    leaves no row unless ``condition`` (on no table) holds. SQLite tests such a condition
    once, but inside the loop: FTS5 would still walk the expression's lists (and the pass
    gives no row either way, as ``condition`` is false only when none of its ids is left)."""
    return f"rowid <= (CASE WHEN {condition} THEN {2**63 - 1} ELSE -1 END)"


@dataclass(frozen=True, slots=True)
class Words:
    """A query's words as FTS5 expressions over each table within a scope of columns: per
    clause (large table, label table; "" where none of its terms can match), and the
    excluded terms (over every column, whatever the scope)."""

    clauses: tuple[tuple[str, str], ...]
    excluded: tuple[str, str]

    @classmethod
    def of(cls, query: Query, scope: Collection[str] = ALL_COLUMNS) -> Words:
        return cls(
            tuple((any_term(c, LONG, scope), any_term(c, LABEL, scope)) for c in query.clauses),
            (any_term(query.excluded, LONG), any_term(query.excluded, LABEL)),
        )

    @property
    def long_all(self) -> str:
        """Every clause in the large table ("" when one of them cannot match there)."""
        longs = [long for long, _ in self.clauses]
        return " AND ".join(longs) if all(longs) else ""

    @property
    def long_any(self) -> str:
        return " OR ".join(long for long, _ in self.clauses if long)

    @property
    def label_any(self) -> str:
        return " OR ".join(label for _, label in self.clauses if label)


@dataclass(slots=True)
class FtsPlan(Plan):
    """A plan over the two session tables.

    The words are matched by one FTS5 expression over the large table (``match``) when the
    label table holds none of them (most queries: FTS5 then ranks and pages by itself), else
    by ``core``: SQL of the ids the words match spread over both tables. ``conditions`` are
    the filters, each ``IN (...)`` or ``NOT IN (...)`` over the session id. The score is the
    sum of both tables' bm25 over any of the query's terms (``rank_long``, ``rank_label``:
    bound expressions), which for a session matched in one table is that table's bm25."""

    match: str = ""
    core: str = ""
    rank_long: str = ""
    rank_label: str = ""
    # The parts of ``core``: L, the sessions with every word in the large table (its WHERE);
    # X, SQL of the few others; and the bound expression of label documents left out.
    long_where: str = ""
    spread_part: str = ""
    label_out: str = ""
    # X as ranked with L's rows at hand: SQL of its candidates, the checks other than "not in
    # L" (which is then "not among L's ranked rows", not another pass over the words' lists),
    # and, when every session of X has some clauses in the large table (``must``), the bound
    # expressions ranking X in two passes that seek from those clauses: those with any other
    # clause there too, then the rest (see ``_ranking``).
    spread_ids: str = ""
    spread_checks: list[str] = field(default_factory=list)
    rank_spread_any: str = ""
    rank_spread_must: str = ""
    # The first of those passes ranks L too (its terms are L's, in L's order): L's ids are
    # then read without bm25, and the large table is ranked in one pass instead of two.
    rank_all_by_any: bool = False
    # Several clauses: L is ranked by its own expression (one clause: by the same words over
    # every match, one statement, as bm25 reads each word's whole list once per statement).
    split_rank: bool = False
    # The matches are exactly those of ``rank_long`` and of ``rank_label`` (one clause, found
    # in either table, nothing excluded): ranked in one pass over each table, no set of
    # matches built first (each pass over a word's list in the large table costs as much as
    # the ranking itself).
    either: bool = False
    long_out: str = ""  # with ``either``: the bound expression of the large table's exclusions
    # With ``long_out``: "any of the words NOT excluded" over the large table. The excluded
    # terms come last and add 0.0 to bm25 in the rows it matches, so the scores are the same;
    # the excluded sessions of the large table are then looked for only among the label
    # table's matches (not read whole into a set: "digital" is in 37,000 sessions).
    rank_long_kept: str = ""
    conditions: list[str] = field(default_factory=list)
    sql_checked: bool = False  # filters checked in SQL against the session table
    known_total: int | None = None  # the matches, filters applied, when counted with the words

    @property
    def checks_sessions(self) -> bool:
        return self.joined or self.sql_checked

    @property
    def has_filters(self) -> bool:
        """Whether something besides the words narrows the matches."""
        return bool(self.conditions or self.joined or self.sql_checked)

    def words_sql(self) -> str:
        """The ids the words match, filters aside."""
        if self.core:
            return self.core
        return f"SELECT rowid AS id FROM {LONG} WHERE {LONG} MATCH {self.match}"

    def spread_core(self, long_ids: str, spread: str = "") -> str:
        """``core`` with ``long_ids`` as the SQL of the ids of L (and ``spread`` of X)."""
        parts = [long_ids] if self.long_where else []
        spread = spread or self.spread_part
        parts += [spread] if spread else []
        core = " UNION ALL ".join(parts) if parts else "SELECT 0 AS id WHERE 0"
        if self.label_out:
            core = (
                f"SELECT id FROM ({core}) WHERE +id NOT IN (SELECT rowid FROM {LABEL} "
                f"WHERE {LABEL} MATCH {self.label_out})"
            )
        return core

    def matched_sql(self, words: str = "") -> str:
        """The ids of every match, filters applied (of ``words``: SQL of the ids the words
        match, ``words_sql`` by default)."""
        words = words or self.words_sql()
        if not self.conditions:
            return words
        checks = " AND ".join(f"+id {c}" for c in self.conditions)
        return f"SELECT id FROM ({words}) WHERE {checks}"

    def finish(self) -> None:
        """Set the source, conditions and score once the words and filters are known."""
        if self.query is None:
            return
        if not self.core:
            self.source, self.id_column = LONG, f"{LONG}.rowid"
            self.where = [f"{LONG} MATCH {self.match}"]
            self.where += [f"+{LONG}.rowid {c}" for c in self.conditions]
            # The table's rank (bm25 with the column weights) lets FTS5 answer "ORDER BY rank
            # LIMIT n" itself; spelt out when filters decide which rows are ranked, so that
            # only those are.
            self.score = BM25_LONG if self.conditions else f"{LONG}.rank"
            return
        self.source, self.where, self.id_column, self.score = "wr", [], "wr.id", "wr.score"

    def sql(self, columns: str) -> str:
        if self.query is None or not self.core:
            return Plan.sql(self, columns)
        ctes, ranks, out = self._ranking()
        where = f" WHERE {out}" if out else ""
        return (
            f"WITH {''.join(c + ', ' for c in ctes)}"
            f"wr(id, score) AS (SELECT id, sum(r) FROM ({' UNION ALL '.join(ranks)}) "
            f"GROUP BY id) SELECT {columns} FROM wr{where}"
        )

    def counted_sql(self) -> str:
        """``sql`` of (id, score, how many match) for a plan with ``core``, in ``order``:
        the scores are summed once into a table that is both sorted and counted, so the total
        needs no pass of its own over the words' lists."""
        ctes, ranks, out = self._ranking()
        where = f" WHERE {out.replace('wr.id', 'wg.id')}" if out else ""
        return (
            f"WITH {''.join(c + ', ' for c in ctes)}"
            f"wg(id, score) AS (SELECT id, sum(r) FROM ({' UNION ALL '.join(ranks)}) "
            f"GROUP BY id), wr(id, score) AS MATERIALIZED (SELECT id, score FROM wg{where}) "
            f"SELECT wr.id, wr.score, (SELECT count(*) FROM wr) FROM wr {self.order}"
        )

    def _ranking(self) -> tuple[list[str], list[str], str]:
        """The ranking of a plan with ``core``: its CTEs, the SELECTs of (id, r) rows whose
        sums by id are the scores, and a condition on ``wr.id`` ("" for none)."""
        # The score is the sum of both tables' bm25 over any of the query's words. A session
        # of L is ranked in the large table by L's own expression, which has the same words
        # (those it leaves out score nothing in a row without them), so only L's rows are
        # read; ranking with "any of the words" would read every session of each of them. The
        # few of X are ranked by "any of the words" among the matches.
        if self.either and not self.conditions:
            either = [
                f"SELECT rowid AS id, {BM25_LONG} AS r FROM {LONG} WHERE {LONG} MATCH "
                f"{self.rank_long_kept or self.rank_long}",
                f"SELECT rowid, {BM25_LABEL} FROM {LABEL} WHERE {LABEL} MATCH {self.rank_label}",
            ]
            within = ""
            if self.rank_long_kept:
                within = (
                    f" AND +rowid IN (SELECT rowid FROM {LABEL} WHERE {LABEL} MATCH "
                    f"{self.rank_label})"
                )
            out = [
                f"+wr.id NOT IN (SELECT rowid FROM {table} WHERE {table} MATCH {expression}"
                f"{within if table == LONG else ''})"
                for table, expression in ((LONG, self.long_out), (LABEL, self.label_out))
                if expression
            ]
            return [], either, " AND ".join(out)
        ranks = ["SELECT id, 0.0 AS r FROM wm"]
        split = self.split_rank and bool(self.long_where)
        if split and self.spread_ids:
            return self._split_ranking(ranks)
        if split:
            long_rows = f"SELECT rowid, {BM25_LONG} FROM {LONG} WHERE {self.long_where}"
            matched = self.matched_sql(self.spread_core("SELECT id FROM wl"))
            ctes = [
                f"wl(id, r) AS MATERIALIZED ({long_rows})",
                f"wm(id) AS MATERIALIZED ({matched})",
            ]
            ranks.append("SELECT id, r FROM wl WHERE +id IN wm")
        else:
            ctes = [f"wm(id) AS MATERIALIZED ({self.matched_sql()})"]
        if self.rank_long and (self.spread_part or not split):
            others = "SELECT id FROM wm" + (
                " WHERE +id NOT IN (SELECT id FROM wl)" if split else ""
            )
            ranks.append(
                f"SELECT rowid, {BM25_LONG} FROM {LONG} "
                f"WHERE {LONG} MATCH {self.rank_long} AND +rowid IN ({others})"
            )
        if self.rank_label:
            ranks.append(
                f"SELECT rowid, {BM25_LABEL} FROM {LABEL} "
                f"WHERE {LABEL} MATCH {self.rank_label} AND +rowid IN wm"
            )
        return ctes, ranks, ""

    def _split_ranking(self, ranks: list[str]) -> tuple[list[str], list[str], str]:
        """``_ranking`` of several clauses with sessions spread over both tables (X).

        X is its candidates less L's ranked rows (``wl``). Its sessions are ranked in the
        large table by "any of the words" (``rank_long``), which makes FTS5 read every
        session of each word, a common one's too; when they all have some clauses there
        (``must``), by the same words in two passes that seek from those: "must AND (any
        other)", then "must" for those with no other clause there (skipped when there are
        none); by "must" alone when none of X can have another clause there (one clause is
        left out of ``must``: with it, a session would be in L). A clause a session lacks
        adds nothing to its bm25 (its terms add 0.0), so both give the same score as "any of
        the words", to the last bit: the terms that are not zero are added in the same order
        (``sqlite.py`` binds the two only when they are; see ``_spread``)."""
        one_pass = bool(self.rank_spread_any) and self.rank_all_by_any
        score = "NULL" if one_pass else BM25_LONG
        long_rows = f"SELECT rowid, {score} FROM {LONG} WHERE {self.long_where}"
        checks = ["+id NOT IN (SELECT id FROM wl)", *self.spread_checks]
        spread = f"SELECT id FROM ({self.spread_ids}) WHERE {' AND '.join(checks)}"
        matched = self.matched_sql(self.spread_core("SELECT id FROM wl", "SELECT id FROM wx"))
        ctes = [
            f"wl(id, r) AS MATERIALIZED ({long_rows})",
            f"wx(id) AS MATERIALIZED ({spread})",
            f"wm(id) AS MATERIALIZED ({matched})",
        ]
        if not one_pass:
            ranks.append("SELECT id, r FROM wl WHERE +id IN wm")
        # Read only when X has sessions left, as each pass walks its words' lists.
        some = _only_if("EXISTS (SELECT 1 FROM wx)")
        spread_left = "SELECT id FROM wm WHERE +id IN wx"
        if self.rank_spread_any:
            # One pass: the matches of L and X that the first pass finds (all of L).
            first = "+rowid IN wm" if one_pass else f"+rowid IN ({spread_left}) AND {some}"
            ctes.append(
                f"wa(id, r) AS MATERIALIZED (SELECT rowid, {BM25_LONG} FROM {LONG} "
                f"WHERE {LONG} MATCH {self.rank_spread_any} AND {first})"
            )
            ranks.append("SELECT id, r FROM wa")
            # Read only when the first pass left some of X (most often it ranks them all).
            left = _only_if("EXISTS (SELECT 1 FROM wx WHERE +id NOT IN (SELECT id FROM wa))")
            ranks.append(
                f"SELECT rowid, {BM25_LONG} FROM {LONG} WHERE {LONG} MATCH "
                f"{self.rank_spread_must} AND +rowid IN ({spread_left} AND +id NOT IN "
                f"(SELECT id FROM wa)) AND {left}"
            )
        elif self.rank_spread_must:  # X has no other clause in the large table: one pass
            ranks.append(
                f"SELECT rowid, {BM25_LONG} FROM {LONG} WHERE {LONG} MATCH "
                f"{self.rank_spread_must} AND +rowid IN ({spread_left}) AND {some}"
            )
        elif self.rank_long:
            ranks.append(
                f"SELECT rowid, {BM25_LONG} FROM {LONG} WHERE {LONG} MATCH {self.rank_long} "
                f"AND +rowid IN ({spread_left}) AND {some}"
            )
        if self.rank_label:
            ranks.append(
                f"SELECT rowid, {BM25_LABEL} FROM {LABEL} "
                f"WHERE {LABEL} MATCH {self.rank_label} AND +rowid IN wm"
            )
        return ctes, ranks, ""

    @property
    def order(self) -> str:
        if self.query is not None and self.core:
            return "ORDER BY wr.score, wr.id"
        return Plan.order.fget(self)  # type: ignore[attr-defined, no-any-return]


# ----------------------------------------------------------------------------------------------
# Writing
