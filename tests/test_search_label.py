"""Series, theme and tags are kept apart from the large search document (and from the places):
a bulk tag edit writes nothing of the large index tables, and a query's words are still found
whichever of the two documents holds them, on both backends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from search_helpers import session_draft, snapshot_rows, vm_steps
from webinar_archive.domain.bulk import BulkEdit
from webinar_archive.services.archive import Archive
from webinar_archive.services.search import SearchService
from webinar_archive.storage.search import SearchTuning

# FTS5 keeps each table's index and text in these shadow tables: unchanged bytes mean that
# nothing was written to the table.
_LARGE_SHADOWS = (
    "search_session_data",
    "search_session_content",
    "search_session_docsize",
    "search_location_data",
    "search_location_content",  # no docsize table: the places keep no token counts
)


def _shadows(archive: Archive) -> dict[str, list[tuple[Any, ...]]]:
    with archive.catalogue.engine.connect() as conn:
        return {
            table: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
            for table in _LARGE_SHADOWS
        }


def _library(archive: Any) -> dict[str, int]:
    make = archive.sessions.create
    return {
        # "hydrogen" is only a tag here, "valleys" only in the title.
        "tagged": make(session_draft("Valleys of the north", tags=["Hydrogen"])).id,
        "titled": make(session_draft("Hydrogen valleys in ports")).id,
        "series": make(session_draft("Ports and ammonia", series="Hydrogen Europe")).id,
        "themed": make(session_draft("Valleys and rivers", theme="Water")).id,
        "neither": make(session_draft("Electrolysers at scale", summary="valleys")).id,
    }


def test_a_bulk_tag_edit_and_its_undo_write_nothing_of_the_large_tables(sqlite_archive):
    """Tagging sessions (and taking it back) rewrites only their small label documents: the
    large document and the places (with their transcripts) are left byte for byte as they
    were, which is what makes tagging 10,000 of 100,000 sessions fast; the index stays what a
    rebuild makes."""
    archive = sqlite_archive
    ids = list(_library(archive).values())
    before = _shadows(archive)
    change = archive.bulk.apply(ids, BulkEdit(add_tags=("batch",), theme="Energy"))
    assert _shadows(archive) == before
    assert archive.search.count('tag:"batch"') == len(ids)
    assert archive.search.count("theme:energy batch") == len(ids)
    edited = snapshot_rows(archive)
    archive.search.reindex()
    assert snapshot_rows(archive) == edited
    rebuilt = _shadows(archive)
    archive.bulk.undo(change)
    assert _shadows(archive) == rebuilt
    assert archive.search.count("batch") == 0


@pytest.mark.parametrize("limit", [15_000, 0], ids=["ranked", "tiered"])
def test_words_are_found_in_either_document(archive, limit):
    """A query's words may be spread over the title and the tags, series or theme; field
    names and exclusions reach the short values; ranked and tiered alike."""
    ids = _library(archive)
    search = SearchService(archive.catalogue, SearchTuning(rank_all_limit=limit))

    def found(query: str) -> set[int]:
        return set(search.session_ids(query))

    assert found("hydrogen valleys") == {ids["tagged"], ids["titled"]}
    assert found("valleys hydrogen") == {ids["tagged"], ids["titled"]}
    assert found("hydrogen") == {ids["tagged"], ids["titled"], ids["series"]}
    assert found("tag:hydrogen valleys") == {ids["tagged"]}
    assert found("series:hydrogen") == {ids["series"]}
    assert found("theme:water valleys") == {ids["themed"]}
    assert found("valleys -hydrogen") == {ids["themed"], ids["neither"]}
    assert found("valleys -tag:hydrogen") == {ids["titled"], ids["themed"], ids["neither"]}
    assert found("ammonia OR water") == {ids["series"], ids["themed"]}
    assert found("hydro") == {ids["tagged"], ids["titled"], ids["series"]}
    assert search.search("hydrogen valleys").total == 2


def test_a_tag_hit_is_shown_from_the_session_itself(archive):
    """Tags have no place rows: their hits are read from the session and come in the order
    of the places (after the title, before the summary)."""
    sid = archive.sessions.create(
        session_draft("Hydrogen valleys", summary="hydrogen", tags=["Hydrogen hubs"])
    ).id
    results = archive.search.search("hydrogen")
    assert [s.session_id for s in results.sessions] == [sid]
    kinds = [(h.kind, h.snippet) for h in results.sessions[0].hits]
    assert kinds == [
        ("title", "Hydrogen valleys"),
        ("tag", "Hydrogen hubs"),
        ("summary", "hydrogen"),
    ]
    tag_hit = results.sessions[0].hits[1]
    assert tag_hit.ref_id is not None and tag_hit.highlights == ((0, 8),)


def test_tiers_put_names_from_either_document_before_the_rest(tmp_path: Path):
    """With words too common to rank, a session with them among its names (a speaker in the
    large document, a tag in the small one) comes before one with them only in its text."""
    with Archive.open(tmp_path / "lib") as archive:
        text_only = archive.sessions.create(session_draft("Ports", summary="hydrogen")).id
        tagged = archive.sessions.create(session_draft("Rivers", tags=["Hydrogen"])).id
        titled = archive.sessions.create(session_draft("Hydrogen")).id
        search = SearchService(archive.catalogue, SearchTuning(rank_all_limit=0))
        results = search.search("hydrogen")
    assert results.ranking == "tiered"
    assert [s.session_id for s in results.sessions] == [titled, tagged, text_only]


def test_renaming_a_tag_or_a_series_rewrites_only_the_label_documents(sqlite_archive):
    """A renamed tag or series is one short value of each of its sessions: the large tables
    are left as they were, and the index is what a rebuild makes (the new name is found, the
    old one no more)."""
    archive = sqlite_archive
    ids = _library(archive)
    before = _shadows(archive)
    archive.bulk.rename_tag("Hydrogen", "Ammonia carriers")
    series_id = next(s.id for s in archive.sessions.series() if s.name == "Hydrogen Europe")
    archive.bulk.rename_series(series_id, "Clean ports")
    assert _shadows(archive) == before
    assert set(archive.search.session_ids("ammonia")) == {ids["tagged"], ids["series"]}
    assert set(archive.search.session_ids("tag:carriers")) == {ids["tagged"]}
    assert set(archive.search.session_ids("series:clean")) == {ids["series"]}
    assert archive.search.count("tag:hydrogen OR series:hydrogen") == 0
    renamed = snapshot_rows(archive)
    archive.search.reindex()
    assert snapshot_rows(archive) == renamed


def test_words_also_in_labels_do_not_read_every_session_of_a_common_word(sqlite_archive):
    """A query of a rare word and a common one that is also a tag ("lapland innovation") reads
    the rare word's sessions and the tagged ones, not every session with the common word:
    its work stays the same when a thousand more sessions mention the common word (it used to
    grow with them: each word's whole list was read to check and to rank the matches)."""
    archive = sqlite_archive
    make = archive.sessions.create
    for n in range(20):
        make(session_draft(f"Cluster meeting {n}", summary="innovation", tags=["Innovation"]))
    rare = {make(session_draft(f"Lapland days {n}", summary="innovation")).id for n in range(3)}
    rare.add(make(session_draft("Lapland forum", summary="innovation", tags=["Innovation"])).id)

    def add_common(count: int) -> None:
        for n in range(count):
            make(session_draft(f"Regional talk {n}", summary=f"innovation policy {n}"))

    add_common(50)
    assert set(found_in_order(archive, "lapland innovation")) == rare
    few = vm_steps(archive, "lapland innovation")
    add_common(1000)
    assert set(found_in_order(archive, "lapland innovation")) == rare
    many = vm_steps(archive, "lapland innovation")
    assert many < few + 20  # reading the 1,000 more with the word made it 40 more


def found_in_order(archive: Archive, query: str) -> list[int]:
    return [s.session_id for s in archive.search.search(query, limit=50).sessions]


def test_a_word_also_in_labels_reads_its_sessions_once(sqlite_archive):
    """A one-word query found both in texts and in tags ("hydrogen") is ranked in one pass
    over each table's matches: each more session with the word in its text costs a few rows
    of a plain FTS5 query (its matches used to be read three times over, to build the set, to
    find the tagged ones not in it, and to rank them, and then merged)."""
    archive = sqlite_archive
    make = archive.sessions.create
    tagged = {make(session_draft(f"Port {n}", tags=["Hydrogen"])).id for n in range(5)}
    both = make(session_draft("Hydrogen valleys", tags=["Hydrogen"])).id

    def add_text(count: int, start: int) -> set[int]:
        return {
            make(session_draft(f"Talk {start + n}", summary=f"hydrogen policy {n}")).id
            for n in range(count)
        }

    texts = add_text(100, 0)
    first = archive.search.session_ids("hydrogen")
    assert set(first) == tagged | texts | {both} and first[0] == both
    few = vm_steps(archive, "hydrogen")
    texts |= add_text(1000, 100)
    assert archive.search.count("hydrogen") == len(tagged | texts | {both})
    assert found_in_order(archive, "hydrogen")[0] == both
    many = vm_steps(archive, "hydrogen")
    plain = _plain_fts5_steps(archive, "hydrogen", 1100) - _plain_fts5_steps(
        archive, "hydrogen", 100
    )
    # Measured: 5.9x the plain query's steps per session now, 11x before.
    assert many - few < 8 * plain


def test_a_word_also_in_labels_less_an_excluded_one_reads_its_sessions_once(sqlite_archive):
    """The same one pass with a word left out ("hydrogen -valleys"): the sessions with the
    excluded word are taken out of the ranked ones, not subtracted from a set built first."""
    archive = sqlite_archive
    make = archive.sessions.create
    tagged = {make(session_draft(f"Port {n}", tags=["Hydrogen"])).id for n in range(5)}
    make(session_draft("Hydrogen valleys", tags=["Hydrogen"]))
    make(session_draft("Ports", tags=["Hydrogen", "Valleys"]))

    def add_text(count: int, start: int) -> set[int]:
        return {
            make(session_draft(f"Talk {start + n}", summary=f"hydrogen policy {n}")).id
            for n in range(count)
        }

    texts = add_text(100, 0)
    assert set(archive.search.session_ids("hydrogen -valleys")) == tagged | texts
    few = vm_steps(archive, "hydrogen -valleys")
    texts |= add_text(1000, 100)
    assert set(archive.search.session_ids("hydrogen -valleys")) == tagged | texts
    many = vm_steps(archive, "hydrogen -valleys")
    plain = _plain_fts5_steps(archive, "hydrogen", 1100) - _plain_fts5_steps(
        archive, "hydrogen", 100
    )
    # Measured: 9.6x the plain query's steps per session now, 13.3x before.
    assert many - few < 11 * plain


def _plain_fts5_steps(archive: Archive, word: str, limit: int) -> int:
    """VM steps (in hundreds) of a plain FTS5 query ranking ``limit`` matches of ``word``."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    with archive.catalogue.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.set_progress_handler(count, 100)  # type: ignore[union-attr]
        try:
            conn.execute(
                text(
                    "SELECT rowid FROM search_session WHERE search_session MATCH :w "
                    "ORDER BY rank LIMIT :n"
                ),
                {"w": word, "n": limit},
            ).fetchall()
        finally:
            raw.set_progress_handler(None, 0)  # type: ignore[union-attr]
    return steps[0]


@pytest.mark.parametrize("clauses", [1, 2, 3, 5, 9])
def test_spread_candidates_grouped_by_the_clauses_they_lack(clauses):
    """The label matches of each clause grouped by the clauses their document lacks, by set
    algebra (or one id at a time past eight clauses), as looking each id up would."""
    import random

    from webinar_archive.storage.search.sqlite import _by_lacking

    rng = random.Random(clauses)
    found = [{rng.randrange(300) for _ in range(rng.randrange(0, 120))} for _ in range(clauses)]
    expected: dict[tuple[int, ...], set[int]] = {}
    for sid in set().union(*found):
        lacking = tuple(i for i, ids in enumerate(found) if sid not in ids)
        expected.setdefault(lacking, set()).add(sid)
    assert _by_lacking(found) == expected


def _spread_library(archive: Archive) -> dict[str, int]:
    """Sessions whose words "lapland innovation ecosystem" are spread over the text and the
    tags, with "innovation" a common word that is also a tag."""
    make = archive.sessions.create
    for n in range(20):
        make(session_draft(f"Cluster meeting {n}", summary="innovation", tags=["Innovation"]))
    return {
        "text": make(session_draft("Lapland days", summary="innovation ecosystems")).id,
        "text, tagged": make(
            session_draft("Lapland forum", summary="innovation ecosystem", tags=["Innovation"])
        ).id,
        "one tag": make(
            session_draft("Lapland ecosystem", summary="regions", tags=["Innovation"])
        ).id,
        "two tags": make(
            session_draft("Lapland", summary="arctic", tags=["Innovation", "Ecosystem"])
        ).id,
        "word and tag": make(
            session_draft("Lapland innovation", summary="arctic", tags=["Ecosystems"])
        ).id,
        "lacking": make(session_draft("Lapland", summary="innovation", tags=["Tourism"])).id,
    }


def test_sessions_spread_over_both_tables_are_ranked_without_every_session_of_a_common_word(
    sqlite_archive,
):
    """Sessions with "lapland" in their text and "innovation" only as a tag are ranked by
    seeking from "lapland" (every one of them has it in its text), not by reading every
    session with "innovation" or "ecosystem" anywhere: the search's work stays the same when
    two thousand more sessions have those words (it grew with them: "any of the words" was
    ranked over the whole large table to find those few)."""
    archive = sqlite_archive
    ids = _spread_library(archive)
    query = "lapland innovation ecosystem"
    expected = set(ids.values()) - {ids["lacking"]}
    assert set(found_in_order(archive, query)) == expected
    vm_steps(archive, query)
    few = vm_steps(archive, query)
    for n in range(2000):
        archive.sessions.create(session_draft(f"Talk {n}", summary="innovation ecosystem"))
    assert set(found_in_order(archive, query)) == expected
    vm_steps(archive, query)
    many = vm_steps(archive, query)
    # Measured: 42 more now (FTS5's own statements as the index grows), 193 more before.
    assert many < few + 100


def _grown_steps(archive: Archive, query: str, grow: Any) -> tuple[int, int]:
    """SQLite's VM steps of one search before and after ``grow(archive)``, results equal."""
    expected = found_in_order(archive, query)
    vm_steps(archive, query)
    before = vm_steps(archive, query)
    grow(archive)
    assert found_in_order(archive, query) == expected
    vm_steps(archive, query)
    return before, vm_steps(archive, query)


def test_spread_sessions_all_ranked_by_the_first_pass_skip_the_second(sqlite_archive):
    """When every spread session has another word of the query in its text, the first pass
    ("lapland AND (innovation OR ecosystem)") ranks them all and the second ("lapland" alone,
    for those with no other word there) reads nothing: the search's work does not grow with
    sessions that only say "lapland" (it walked every one of them)."""
    archive = sqlite_archive
    make = archive.sessions.create
    for n in range(20):
        make(session_draft(f"Cluster meeting {n}", summary="innovation", tags=["Innovation"]))
    make(session_draft("Lapland days", summary="innovation ecosystem"))
    make(session_draft("Lapland ecosystem", summary="regions", tags=["Innovation"]))
    make(session_draft("Lapland innovation", summary="arctic", tags=["Ecosystem"]))

    def grow(archive: Archive) -> None:
        for n in range(2000):
            archive.sessions.create(session_draft(f"Lapland talk {n}", summary="arctic"))

    few, many = _grown_steps(archive, "innovation ecosystem lapland", grow)
    assert len(found_in_order(archive, "innovation ecosystem lapland")) == 3
    # Measured: 29 more now, 169 more before.
    assert many < few + 60


def test_two_words_spread_over_both_tables_are_ranked_in_one_pass(sqlite_archive):
    """With two words, a spread session has only one of them in its text (with both it would
    be matched there alone): the ranking reads the large table twice, once for the sessions
    with both words there and once for the spread ones by that one word, not a third time
    by both words again (which reads every session with both)."""
    archive = sqlite_archive
    make = archive.sessions.create
    for n in range(5):
        make(session_draft(f"Lapland port {n}", summary="arctic", tags=["Innovation"]))
    for n in range(5):
        make(session_draft(f"Lapland talk {n}", summary="innovation"))
    ranking = [s for s in _statements(archive, "lapland innovation") if s.startswith("WITH wl(")]
    assert len(ranking) == 1
    assert ranking[0].count("search_session MATCH") == 2
    assert len(archive.search.session_ids("lapland innovation")) == 10


def test_spread_sessions_and_the_rest_ranked_in_the_large_table_by_one_pass(sqlite_archive):
    """With three words, the sessions with every word in their text (L) are ranked by the
    same pass as the spread ones ("lapland AND (innovation OR ecosystem)", whose terms are
    L's in L's order): the large table is scored by that pass and by the guarded one for
    spread sessions with no other word there, not a third time for L alone."""
    archive = sqlite_archive
    _spread_library(archive)
    query = "lapland innovation ecosystem"
    ranking = [s for s in _statements(archive, query) if s.startswith("WITH wl(")]
    assert len(ranking) == 1
    # Three before: L by its own expression, then the two passes over the spread sessions.
    assert ranking[0].count("bm25(search_session") == 2
    assert len(archive.search.session_ids(query)) == 5


def _plan_steps(archive: Archive, query: str) -> int:
    """SQLite's VM steps (in hundreds) of planning one search (the spread sessions found)."""
    from webinar_archive.domain.query import parse

    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    store = archive.search._store
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.set_progress_handler(count, 100)  # type: ignore[union-attr]
        try:
            store.backend.plan(parse(query), conn)
        finally:
            raw.set_progress_handler(None, 0)  # type: ignore[union-attr]
    return steps[0]


def test_a_few_spread_candidates_are_checked_by_seeking(sqlite_archive):
    """Three sessions tagged "Regions" with "arctic lapland" in their text are checked
    against "arctic AND lapland" one by one (FTS5 seeks each), so the planning's work does
    not grow with two thousand more sessions saying "arctic lapland" (the check walked every
    one of them); the results stay the same."""
    archive = sqlite_archive
    make = archive.sessions.create
    for n in range(3):
        make(session_draft(f"Arctic Lapland {n}", summary="ports", tags=["Regions"]))
    make(session_draft("Arctic Lapland regions", summary="ports"))
    query = "arctic lapland regions"
    expected = found_in_order(archive, query)
    assert len(expected) == 4
    _plan_steps(archive, query)
    few = _plan_steps(archive, query)
    for n in range(2000):
        make(session_draft(f"Talk {n}", summary="arctic lapland"))
    assert found_in_order(archive, query) == expected
    _plan_steps(archive, query)
    many = _plan_steps(archive, query)
    assert many < few + 20


def test_excluded_sessions_of_the_large_table_are_looked_for_among_the_tagged_ones(
    sqlite_archive,
):
    """ "hydrogen -valleys" with "hydrogen" also a tag: the large table's pass leaves out its
    own sessions with "valleys" ("hydrogen NOT valleys"), so those with "valleys" in the text
    are looked for only among the label table's matches, not read whole into a set (for
    "health -digital" at 100,000 sessions: every one of 37,000 sessions)."""
    archive = sqlite_archive
    make = archive.sessions.create
    tagged = {make(session_draft(f"Port {n}", tags=["Hydrogen"])).id for n in range(3)}
    make(session_draft("Valleys", tags=["Hydrogen"]))
    make(session_draft("Hydrogen valleys", summary="ports"))
    texts = {make(session_draft(f"Hydrogen talk {n}")).id for n in range(3)}
    for n in range(5):
        make(session_draft(f"Valleys talk {n}"))
    query = "hydrogen -valleys"
    assert set(archive.search.session_ids(query)) == tagged | texts
    ranking = [s for s in _statements(archive, query) if "bm25(search_session" in s]
    assert len(ranking) == 1
    # Each look-up of the large table's excluded sessions, up to the next condition.
    parts = ranking[0].split("NOT IN (SELECT rowid FROM search_session WHERE")[1:]
    assert parts, ranking[0]
    for part in parts:
        assert "+rowid IN (SELECT rowid FROM search_label" in part.split("NOT IN")[0]


QUERIES_OVER_BOTH = [
    "lapland innovation ecosystem",
    "lapland arctic innovation ecosystem",
    "lapland innovation ecosystem -tourism",
    "innovation lapland ecosystem",
    "ecosystem innovation lapland",
    "lapland innovation ecosystem arctic",
    "arctic innovation lapland ecosystem",
    "innovation ecosystem",
    "lapland innovation -tourism",
    "lapland innovation OR ecosystem",
    "lapland ecosystem OR regions innovation",
    "innovation -lapland",
    "innovation",
    "lapland -ecosystem",
    "innovation OR regions lapland OR arctic",
    "ecosystem lapland",
]


@pytest.mark.parametrize("query", QUERIES_OVER_BOTH)
def test_scores_are_both_tables_bm25_of_any_of_the_words(sqlite_archive, query):
    """Whatever plan finds and ranks a query (one expression, sessions spread over both
    tables ranked in two passes, the total counted with the ranking), each session's score
    is exactly the sum of each table's bm25 over any of the query's words, the same number
    to the last bit, and the sessions come in the order of those scores (then by id)."""
    from webinar_archive.domain.query import parse
    from webinar_archive.storage.search.sqlite_plan import BM25_LABEL, BM25_LONG, LABEL, LONG, Words

    archive = sqlite_archive
    _spread_library(archive)
    for n in range(30):
        archive.sessions.create(session_draft(f"Talk {n}", summary="innovation ecosystem"))
    results = archive.search.search(query, limit=1000)
    words = Words.of(parse(query))
    with archive.catalogue.engine.connect() as conn:

        def bm25(table: str, function: str, expression: str, sid: int) -> float:
            if not expression:
                return 0.0
            sql = f"SELECT {function} FROM {table} WHERE {table} MATCH :m AND rowid = :id"
            return float(conn.scalar(text(sql), {"m": expression, "id": sid}) or 0.0)

        expected = {
            s.session_id: 0.0
            + bm25(LONG, BM25_LONG, words.long_any, s.session_id)
            + bm25(LABEL, BM25_LABEL, words.label_any, s.session_id)
            for s in results.sessions
        }
    assert results.total == len(results.sessions) > 0
    assert [-s.score for s in results.sessions] == [
        expected[s.session_id] for s in results.sessions
    ]
    order = sorted(expected, key=lambda sid: (expected[sid], sid))
    assert [s.session_id for s in results.sessions] == order
    assert archive.search.session_ids(query) == order
    assert archive.search.count(query) == results.total


def _statements(archive: Archive, query: str) -> list[str]:
    """Every statement SQLite runs for one search (the driver's own cursors' too)."""
    seen: list[str] = []

    def watch(conn: Any, *_: Any) -> None:
        conn.connection.dbapi_connection.set_trace_callback(seen.append)

    engine = archive.catalogue.engine
    event.listen(engine, "before_cursor_execute", watch)
    try:
        archive.search.search(query, limit=50)
    finally:
        event.remove(engine, "before_cursor_execute", watch)
        with engine.connect() as conn:
            conn.connection.dbapi_connection.set_trace_callback(None)  # type: ignore[union-attr]
    return seen


@pytest.mark.parametrize("query", ["hydrogen -valleys", "hydrogen", "ports hydrogen"])
def test_a_ranked_query_is_counted_by_its_ranking(sqlite_archive, query):
    """A query found over both tables and not too common to rank is counted by the statement
    that ranks it: no statement of its own counts every match (a pass over each word's list in
    the large table, as long as the ranking's own on a common word: "health -digital" spent a
    third of its time counting)."""
    archive = sqlite_archive
    make = archive.sessions.create
    for n in range(5):
        make(session_draft(f"Port {n}", tags=["Hydrogen"]))
    make(session_draft("Hydrogen valleys", summary="ports", tags=["Hydrogen"]))
    for n in range(20):
        make(session_draft(f"Talk {n}", summary=f"hydrogen policy ports {n}"))
    assert archive.search.search(query).total == len(archive.search.session_ids(query)) > 0
    counts = [
        s
        for s in _statements(archive, query)
        if "count(*)" in s and "search_session MATCH" in s and " LIMIT " not in s
    ]
    assert counts == []
