"""Full-text search on PostgreSQL: the same queries give the same sessions as on SQLite."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from pg_helpers import pg_module_database_url, require_pg_server_url, temporary_database
from search_helpers import (
    build_hydrogen_library,
    build_library,
    hostile_queries,
    session_draft,
    snapshot_rows,
    speaker,
)
from webinar_archive.domain.query import parse
from webinar_archive.services.archive import Archive
from webinar_archive.services.search import SearchService
from webinar_archive.services.sessions import draft_from_session
from webinar_archive.storage.search import SearchStore, SearchTuning

pytestmark = pytest.mark.postgres

__all__ = ["pg_module_database_url"]  # the fixture, imported for this module

QUERIES = [
    "Slawomir",
    "Sławomir",
    "SŁAWOMIR tokarski",
    "Lodz",
    "Łódź",
    "Anais",
    "anaïs le corvec",
    "Søren Ødegård",
    "soren odegard",
    "hydro",
    "hydro ",
    '"circular economy"',
    '"economy circular"',
    "hydrogen OR textile*",
    "clusters -boost4health",
    "-clusters -hydrogen",
    "tokarski telemedicine",
    "speaker:nowak",
    "speaker:slawomir",
    'speaker:"Ilari Havukainen"',
    "org:cebr",
    "org:lodzki",
    "series:regional",
    'series:"cluster webinars"',
    "theme:energy",
    "tag:textiles",
    "year:2020",
    "year:2019..2020",
    "date:2020-09..2020-10",
    "date:2020-11-03",
    "date:2021..",
    "has:recording",
    "has:transcript",
    "has:slides",
    "lang:pl",
    "lang:en",
    "status:reviewed",
    "-has:recording year:2020",
    "-speaker:nowak year:2020",
    "clusters -year:2020",
    # words and filters: marker words on SQLite, SQL on PostgreSQL
    "clusters year:2020",
    "hydrogen lang:en",
    "clusters date:2020-11-03",
    "hydrogen has:transcript",
    "clusters -lang:pl -status:reviewed",
    "hydrogen date:2021..",
    "clusters -has:slides",
    "electrolysers",
    "telemed",
    "welcome",
]


@pytest.fixture(scope="module")
def both(
    pg_module_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Archive, Archive, dict[str, int], dict[str, int]]]:
    folder = tmp_path_factory.mktemp("both")
    with (
        Archive.open(folder / "sqlite") as lite,
        Archive.open(folder / "pg", database_url=pg_module_database_url) as pg,
    ):
        assert pg.catalogue.backend == "postgresql"
        yield lite, pg, build_library(lite, folder), build_library(pg, folder)


@pytest.fixture()
def fresh_pg(tmp_path: Path) -> Iterator[tuple[Archive, dict[str, int]]]:
    with (
        temporary_database(require_pg_server_url()) as url,
        Archive.open(tmp_path / "pg", database_url=url) as archive,
    ):
        yield archive, build_library(archive, tmp_path)


def names(ids: dict[str, int], found: list[int]) -> list[str]:
    back = {v: k for k, v in ids.items() if k not in ("pdf", "recording")}
    return [back[i] for i in found]


@pytest.mark.parametrize("query", QUERIES)
def test_same_sessions_on_sqlite_and_postgresql(both, query):
    lite, pg, lite_ids, pg_ids = both
    on_sqlite = sorted(names(lite_ids, lite.search.session_ids(query)))
    on_pg = sorted(names(pg_ids, pg.search.session_ids(query)))
    assert on_pg == on_sqlite
    assert pg.search.search(query).total == len(on_pg)


def test_the_query_set_finds_something(both):
    lite, _, _, _ = both
    assert sum(1 for q in QUERIES if lite.search.session_ids(q)) >= len(QUERIES) - 3


def test_postgresql_hits_say_where(both):
    _, pg, _, ids = both
    (session,) = pg.search.search("telemedicine").sessions
    (hit,) = session.hits
    assert (hit.kind, hit.material_id, hit.page_no) == ("slide", ids["pdf"], 2)
    assert hit.marked() == "Scaling [telemedicine] in Lodz and beyond"
    (session,) = pg.search.search("electrolysers").sessions
    (hit,) = session.hits
    assert (hit.kind, hit.recording_id, hit.time_ms) == ("transcript", ids["recording"], 754_000)
    assert hit.label == "12:34 in the recording"
    ranked = pg.search.search("lodz sławomir").sessions
    assert [s.session_id for s in ranked] == [ids["lodz"], ids["health"]]
    assert ranked[0].hits[0].marked() == "Smart cities in [Łódź]"


def test_postgresql_facets(both):
    _, pg, _, _ = both
    facets = pg.search.facets("year:2020..2021")
    assert dict(facets["series"]) == {"Regional Innovation Talks": 2, "Cluster Webinars": 1}
    assert dict(facets["year"]) == {"2020": 2, "2021": 1}


def test_hostile_queries_on_postgresql(both):
    _, pg, _, ids = both
    for query in hostile_queries(400, seed=7):
        results = pg.search.search(query, limit=3)
        assert results.total >= len(results.sessions)
    assert set(pg.search.session_ids("clusters")) == {ids["health"], ids["undated"]}


def test_postgresql_index_stays_in_step(fresh_pg):
    archive, ids = fresh_pg
    session = archive.sessions.get(ids["lodz"])
    draft = draft_from_session(session)
    draft.title = "Textile heritage of Manchester"
    archive.sessions.update(ids["lodz"], draft, session.version)
    archive.sessions.create(session_draft("Textile futures", speakers=[speaker("S. Nowak")]))
    keep = archive.people.find_person("Sławomir Nowak")
    duplicate = archive.people.find_person("S. Nowak")
    assert keep is not None and duplicate is not None
    archive.people.merge_people(keep.id, duplicate.id)
    archive.files.detach_material(ids["pdf"])
    archive.playback.add_note(ids["recording"], 61_000, "Ask Bergen about ammonia")
    archive.sessions.trash([ids["undated"]])
    assert archive.search.session_ids("manchester") == [ids["lodz"]]
    assert len(archive.search.session_ids("speaker:slawomir")) == 2
    assert archive.search.session_ids("telemedicine") == []
    assert archive.search.session_ids("ammonia") == [ids["oslo"]]
    assert archive.search.session_ids("circular") == []
    before = snapshot_rows(archive)
    archive.search.reindex()
    assert snapshot_rows(archive) == before


def test_postgresql_migration_0002_indexes_an_existing_catalogue(tmp_path):
    from alembic import command

    from webinar_archive.storage.database import alembic_config, create_catalogue_engine
    from webinar_archive.storage.repos.sessions import SessionRepository
    from webinar_archive.storage.uow import session_factory

    with temporary_database(require_pg_server_url()) as url:
        engine = create_catalogue_engine(url)
        # The schema as revision 0001 made it (not today's models, which later revisions extend).
        command.upgrade(alembic_config(engine), "0001")
        with session_factory(engine)() as db:
            SessionRepository(db).add_session(session_draft("Fjord tourism in Ålesund"))
            db.commit()
        engine.dispose()
        with Archive.open(tmp_path / "lib", database_url=url) as archive:
            assert archive.catalogue.schema_action == "upgraded"
            assert len(archive.search.session_ids("alesund")) == 1
            with archive.catalogue.engine.connect() as conn:
                assert conn.scalar(text("SELECT count(*) FROM search_session")) == 1


def test_postgresql_tables_follow_the_declared_fields(both):
    """The session document has a tsvector per declared field, then the weighted whole."""
    from webinar_archive.storage.search.fields import DOC_COLUMNS

    _, pg, _, _ = both
    with pg.catalogue.engine.connect() as conn:
        columns = list(
            conn.scalars(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = 'search_session' ORDER BY ordinal_position"
                )
            )
        )
    assert columns == ["session_id", *DOC_COLUMNS, "doc"]


# ------------------------------------------------------------------ words too common to rank

# Words found in many sessions, in each kind of place, with filters, exclusions and fields.
COMMON_QUERIES = [
    "hydrogen",
    "hydro",
    "hydrogen valleys",
    '"hydrogen valleys"',
    "hydrogen -valleys",
    "hydrogen OR telemedicine",
    "hydrogen OR clusters",
    "clusters",
    "speaker:hydrogen",
    "org:sintef hydrogen",
    "series:hydrogen",
    "tag:hydrogen",
    "hydrogen tag:hydrogen",
    "hydrogen -tag:hydrogen",
    "hydrogen year:2021",
    "hydrogen year:2020..2022 lang:en",
    "hydrogen -year:2021",
    "hydrogen has:recording",
    "hydrogen -has:slides status:draft",
    "hydrogen lang:en -status:reviewed",
    "hydrogen date:2021..",
    "hydrogen year:1990",
    "nothing-like-this",
]
# Every query too common to rank (0), or past one match (1): whole tiers listed most
# recently added first, which both databases answer alike.
TIERED = {"all tiers by date": SearchTuning(rank_all_limit=0), "tiny": SearchTuning(1)}


@pytest.fixture(scope="module")
def both_common(
    pg_module_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Archive, Archive, dict[str, int], dict[str, int]]]:
    folder = tmp_path_factory.mktemp("common")
    with (
        temporary_database(pg_module_database_url, "wa_common") as url,
        Archive.open(folder / "sqlite") as lite,
        Archive.open(folder / "pg", database_url=url) as pg,
    ):
        lite_ids = build_hydrogen_library(lite, folder)
        yield lite, pg, lite_ids, build_hydrogen_library(pg, folder)


@pytest.mark.parametrize("tuning", list(TIERED))
@pytest.mark.parametrize("query", COMMON_QUERIES)
def test_too_common_words_come_in_the_same_tiers_and_order(both_common, query, tuning):
    lite, pg, lite_ids, pg_ids = both_common
    on_sqlite = SearchService(lite.catalogue, TIERED[tuning])
    on_pg = SearchService(pg.catalogue, TIERED[tuning])
    expected = names(lite_ids, on_sqlite.session_ids(query))
    assert names(pg_ids, on_pg.session_ids(query)) == expected
    assert on_pg.count(query) == len(expected)
    first = on_pg.search(query, limit=100)
    assert names(pg_ids, [s.session_id for s in first.sessions]) == expected
    assert first.ranking == on_sqlite.search(query, limit=100).ranking
    # Paging through the tiers lists each session once, in the same order.
    for size in (1, 3):
        paged: list[int] = []
        for offset in range(0, len(expected) + size, size):
            page = on_pg.search(query, limit=size, offset=offset)
            assert page.total == len(expected)
            paged += [s.session_id for s in page.sessions]
        assert names(pg_ids, paged) == expected, size


def test_tiers_on_postgresql_put_title_then_names_then_the_rest(both_common):
    _, pg, _, ids = both_common
    results = SearchService(pg.catalogue, SearchTuning(rank_all_limit=1)).search("hydrogen")
    assert results.ranking == "tiered"
    order = [s.session_id for s in results.sessions]
    assert order[:3] == sorted([ids["title_new"], ids["title_old"], ids["oslo"]], reverse=True)
    assert order[3:7] == sorted(
        [ids["series"], ids["speaker"], ids["tagged_a"], ids["tagged_b"]], reverse=True
    )
    assert set(order[7:]) == {ids["summary"], ids["summary2"], ids["slides"]}
    by_id = {s.session_id: s for s in results.sessions}
    assert by_id[ids["slides"]].hits[0].kind == "slide"


def test_a_small_tier_on_postgresql_is_ranked_by_relevance(both_common):
    """Past the limit as a whole, each tier small enough to rank: the same sessions in each
    tier as on SQLite, ranked (scores differ between the databases, the tiers do not)."""
    lite, pg, lite_ids, pg_ids = both_common
    total = pg.search.count("hydrogen")
    tuning = SearchTuning(rank_all_limit=total - 1)
    on_sqlite = SearchService(lite.catalogue, tuning).search("hydrogen", limit=100)
    on_pg = SearchService(pg.catalogue, tuning).search("hydrogen", limit=100)
    assert on_pg.ranking == on_sqlite.ranking == "tiered"
    assert all(s.score > 0 for s in on_pg.sessions)
    lite_order = names(lite_ids, [s.session_id for s in on_sqlite.sessions])
    pg_order = names(pg_ids, [s.session_id for s in on_pg.sessions])
    for tier in (slice(0, 3), slice(3, 7), slice(7, None)):
        assert sorted(pg_order[tier]) == sorted(lite_order[tier])


@pytest.mark.parametrize("query", COMMON_QUERIES)
def test_common_words_ranked_whole_find_the_same_sessions(both_common, query):
    lite, pg, lite_ids, pg_ids = both_common
    expected = sorted(names(lite_ids, lite.search.session_ids(query)))
    assert sorted(names(pg_ids, pg.search.session_ids(query))) == expected
    results = pg.search.search(query, limit=2, offset=1)
    assert results.total == len(expected)
    assert len(results.sessions) == min(2, max(0, len(expected) - 1))


def _counting_statements(
    archive: Archive, query: str, tuning: SearchTuning, positions: bool = False
) -> list[str]:
    """The statements of one search that count matches on their own (``positions``: only
    those checking a phrase's positions, a tsquery with ``<->`` among their values)."""
    seen: list[str] = []

    def watch(_conn: object, _cursor: object, statement: str, parameters: Any, *_: object) -> None:
        if not statement.lstrip().startswith("SELECT count(*)"):
            return
        if not positions or any("<->" in str(v) for v in dict(parameters).values()):
            seen.append(statement)

    engine = archive.catalogue.engine
    event.listen(engine, "before_cursor_execute", watch)
    try:
        SearchService(archive.catalogue, tuning).search(query, limit=2)
    finally:
        event.remove(engine, "before_cursor_execute", watch)
    return seen


@pytest.mark.parametrize(
    ("query", "counts"),
    [
        ("hydrogen", 0),
        ("hydrogen valleys", 0),
        ('"hydrogen valleys"', 1),
        ("hydrogen year:2021", 1),
    ],
)
def test_a_ranked_query_on_postgresql_is_counted_by_its_ranking(both_common, query, counts):
    """On PostgreSQL a query not too common to rank is ranked and counted in one pass over its
    matches (each pass reads every match's document): no statement of its own counts them,
    but for the words alone when filters narrow them (they decide whether to rank) or when
    they hold a phrase (its words counted without their positions, which the GIN index
    answers alone, up to ``rank_all_limit``: fewer, and the phrase is ranked); the total and
    the page are those of counting and ranking apart, and words too common to rank still go
    to the tiers."""
    lite, pg, _, _ = both_common
    assert len(_counting_statements(pg, query, SearchTuning())) == counts
    results = pg.search.search(query, limit=2, offset=1)
    assert results.ranking == "relevance"
    assert results.total == len(lite.search.session_ids(query)) == pg.search.count(query)
    ranked = pg.search.session_ids(query)
    assert [s.session_id for s in results.sessions] == ranked[1:3]
    tiered = SearchService(pg.catalogue, SearchTuning(rank_all_limit=0)).search(query, limit=2)
    assert tiered.ranking == "tiered" and tiered.total == results.total


@pytest.mark.parametrize("query", ["hydrogen valleys", "speaker:hydrogen", "tag:hydrogen"])
def test_postgresql_ranks_the_documents_its_gin_index_finds(both_common, query):
    """The ranking statement reads the documents the GIN index finds, not every document of
    the catalogue: they are mostly in TOAST, so the table looks small to the planner, which
    chose to read and decompress them all (a sequential scan) for each search. A field's
    words are found through the whole document's index too (their column has none)."""
    _, pg, _, _ = both_common
    plans: list[str] = []

    def explain(_conn: object, cursor: Any, statement: str, parameters: Any, *_: object) -> None:
        if "ts_rank(" in statement and "search_session ss" in statement:
            with cursor.connection.cursor() as other:  # the search reads ``cursor``
                other.execute("EXPLAIN " + statement, parameters)
                plans.append("\n".join(str(r[0]) for r in other.fetchall()))

    engine = pg.catalogue.engine
    event.listen(engine, "after_cursor_execute", explain)
    try:
        assert pg.search.search(query).total > 0
    finally:
        event.remove(engine, "after_cursor_execute", explain)
    assert plans
    for plan in plans:
        assert "ix_search_session_doc" in plan
        assert "Seq Scan on search_session" not in plan


def test_words_with_filters_on_postgresql_are_counted_only_past_the_ranking_limit(both_common):
    """With filters the words' own count only says whether they are too common to rank: it
    stops one past ``rank_all_limit``, and the result is the one counting them all gives."""
    lite, pg, _, _ = both_common
    query = "hydrogen year:2021"
    for limit in (1, 2):
        words, *_tiers = _counting_statements(pg, query, SearchTuning(rank_all_limit=limit))
        assert f"LIMIT {limit + 1}" in words
    tiered = SearchService(pg.catalogue, SearchTuning(rank_all_limit=1)).search(query, limit=50)
    assert tiered.ranking == "tiered"
    assert sorted(s.session_id for s in tiered.sessions) == sorted(lite.search.session_ids(query))


@pytest.mark.parametrize("query", [*COMMON_QUERIES, '"hydrogen valleys" year:2021'])
def test_postgresql_counts_every_tier_in_one_pass_as_each_alone(both_common, query):
    """The tiers' counts taken together in one pass over the matches are those of counting
    each tier's words on its own (the matches within each scope less those within the one
    above it)."""
    _, pg, _, _ = both_common
    store = SearchStore(pg.catalogue.engine, SearchTuning(rank_all_limit=0))
    backend = store.backend
    with pg.catalogue.engine.begin() as conn:
        plan = backend.plan(parse(query), conn)
        if plan.query is None:
            return
        tiers = backend.tiers(conn, plan, 1)
        alone = [backend.words_count(conn, tier) for tier in tiers]
        assert backend._tier_sizes(conn, plan) == alone


def test_postgresql_tier_counts_cover_every_tier(both_common):
    """The query set above has matches in each of the three tiers (so the test above checks
    each subtraction), here for one word and for a phrase."""
    _, pg, _, _ = both_common
    backend = SearchStore(pg.catalogue.engine, SearchTuning(rank_all_limit=0)).backend
    with pg.catalogue.engine.begin() as conn:
        for query in ("hydrogen", '"hydrogen valleys" OR hydrogen'):
            plan = backend.plan(parse(query), conn)
            sizes = backend._tier_sizes(conn, plan)
            assert all(size > 0 for size in sizes), (query, sizes)


TIERED_PHRASES = ['"hydrogen valleys" OR hydrogen', 'hydrogen OR "valleys hydrogen"']


@pytest.mark.parametrize("query", TIERED_PHRASES)
def test_a_tiered_phrase_on_postgresql_counts_its_tiers_in_one_statement(both_common, query):
    """A phrase too common to rank: the total and every tier's count come from one statement
    (a count per tier checked the phrase's positions in each candidate's document again),
    the only one to check its positions; the page and total are those of the tiers counted
    one by one."""
    lite, pg, lite_ids, pg_ids = both_common
    tuning = SearchTuning(rank_all_limit=1)
    assert len(_counting_statements(pg, query, tuning, positions=True)) == 1
    expected = names(lite_ids, SearchService(lite.catalogue, tuning).session_ids(query))
    for offset in (0, 2, 5):
        page = SearchService(pg.catalogue, tuning).search(query, limit=4, offset=offset)
        assert page.ranking == "tiered" and page.total == len(expected)
        assert names(pg_ids, [s.session_id for s in page.sessions]) == expected[offset:][:4]


@pytest.mark.parametrize(
    "query", [*TIERED_PHRASES, '"hydrogen valleys"', '"hydrogen valleys" -oslo']
)
def test_a_tiered_phrase_on_postgresql_finds_its_candidates_by_the_words_alone(both_common, query):
    """In the tiers of a phrase too common to rank, the phrase's positions are checked within
    the tier's own columns (the title's and the names' vectors); the whole document only has
    to hold its words, which the document's GIN index answers without reading each candidate's
    document (the positions are not in the index). The last tier's columns are the whole
    document, where the phrase is checked as such. The sessions and their order are those of
    SQLite (``test_too_common_words_come_in_the_same_tiers_and_order``)."""
    _, pg, _, _ = both_common
    backend = SearchStore(pg.catalogue.engine, SearchTuning(rank_all_limit=0)).backend
    with pg.catalogue.engine.begin() as conn:
        plan = backend.plan(parse(query), conn)
        tiers = backend.tiers(conn, plan, 1)
    found = re.compile(r"ss\.doc @@ to_tsquery\('simple', :(\w+)\)")
    assert "<->" in plan.params[found.findall(" AND ".join(plan.where))[0]]
    for tier in tiers[:2]:
        documents = [tier.params[name] for name in found.findall(" AND ".join(tier.where))]
        assert documents and not any("<->" in q for q in documents), documents
    last = [tiers[2].params[name] for name in found.findall(" AND ".join(tiers[2].where))]
    assert any("<->" in q for q in last)


def _ranking_statements(archive: Archive, query: str, tuning: SearchTuning) -> list[str]:
    """The statements of one search that rank and count its matches in one pass."""
    seen: list[str] = []

    def watch(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if "ts_rank(" in statement and "count(*) OVER ()" in statement:
            seen.append(statement)

    engine = archive.catalogue.engine
    event.listen(engine, "before_cursor_execute", watch)
    try:
        SearchService(archive.catalogue, tuning).search(query, limit=2)
    finally:
        event.remove(engine, "before_cursor_execute", watch)
    return seen


@pytest.mark.parametrize("query", [*TIERED_PHRASES, '"hydrogen valleys"'])
def test_a_phrase_too_common_on_postgresql_is_not_ranked_to_learn_it(both_common, query):
    """A phrase whose words alone are past ``rank_all_limit`` has its tiers counted first: no
    pass ranks up to that many matches only to find it too common. With fewer words, or
    with the phrase itself few enough, it is ranked as before."""
    _, pg, _, _ = both_common
    assert _ranking_statements(pg, query, SearchTuning(rank_all_limit=0)) == []
    total = pg.search.count(query)
    ranked = SearchService(pg.catalogue, SearchTuning(rank_all_limit=total)).search(query)
    assert ranked.ranking == "relevance" and ranked.total == total
    assert len(_ranking_statements(pg, query, SearchTuning(rank_all_limit=total))) == 1
