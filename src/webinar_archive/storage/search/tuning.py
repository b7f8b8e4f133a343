"""The thresholds that choose how a search backend answers a query, as one object passed to the
store."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SearchTuning:
    """Which plan a backend takes; the answers are the same whatever the values (the tests force
    each plan on a small library by lowering them). PostgreSQL reads ``rank_all_limit`` only.

    ``rank_all_limit``: ranking by bm25 costs FTS5 about a microsecond per matching session,
    whatever the page size, so a word found in most of a 100,000-session library takes over
    100 ms to rank. Above this many matches the words are too common to tell sessions apart well
    by their text anyway (bm25's idf falls to nothing as a word nears half the sessions); such
    results are ordered by where the words are instead: in the title, then among the people,
    organisations, series, theme and tags, then anywhere else (``fields.Tier``). Each of these
    tiers is ranked by bm25 (ts_rank on PostgreSQL) when it is itself small enough, and
    otherwise listed most recently added first, which FTS5 reads straight off its index.

    ``marker_filters``: filters as marker words of the label document (``filters.py``). False
    checks them in SQL against the session table, as on PostgreSQL; the tests hold both ways to
    the same answers. Either way the sessions that pass the filters are read once as a set and
    each match of the words is checked against it, and only those are ranked.
    """

    rank_all_limit: int = 15_000
    marker_filters: bool = True
