"""Results too large to rank one by one, and filters checked against a set: the SQLite plans a
100,000-session library takes, forced here on a small library by lowering their thresholds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from search_helpers import build_library, make_pdf, session_draft, speaker
from webinar_archive.services.archive import Archive
from webinar_archive.storage import search_query

QUERIES = [
    "hydrogen",
    "hydro",
    "hydrogen valleys",
    '"hydrogen valleys"',
    "hydrogen -valleys",
    "hydrogen OR telemedicine",
    "clusters",
    "Sławomir",
    "lodz",
    "speaker:slawomir",
    "org:sintef hydrogen",
    "series:regional",
    "hydrogen year:2021",
    "hydrogen year:2020..2022 lang:en",
    "hydrogen -year:2021",
    "hydrogen has:recording",
    "hydrogen -has:slides status:draft",
    "clusters year:2020",
    "clusters -lang:pl",
    "clusters date:2020-11-03",
    "clusters date:2020-09..2020-12",
    "hydrogen date:2021..",
    "hydrogen date:..2021-06-30",
    "hydrogen year:1990",
    "hydrogen -date:2021-03..2021-12",
    "hydrogen lang:en-gb",
    "hydrogen -lang:en status:draft OR status:catalogued",
    "hydrogen has:transcript -status:reviewed",
    "-hydrogen year:2020",
    "nothing-like-this",
]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, dict[str, int]]]:
    """The shared search library plus sessions that put "hydrogen" in each kind of place."""
    folder = tmp_path_factory.mktemp("large")
    with Archive.open(folder / "library") as archive:
        ids = build_library(archive, folder)
        s = archive.sessions
        ids["title_old"] = s.create(
            session_draft("Hydrogen refuelling corridors", date=dt.date(2022, 5, 1), language="en")
        ).id
        ids["series"] = s.create(
            session_draft(
                "Port logistics",
                series="Hydrogen Economy Forum",
                date=dt.date(2021, 6, 1),
                language="en",
            )
        ).id
        ids["speaker"] = s.create(
            session_draft(
                "Fuel cells for buses",
                speakers=[speaker("Hydrogen Jones", "Bus Makers Ltd")],
                date=dt.date(2021, 7, 1),
            )
        ).id
        ids["summary"] = s.create(
            session_draft(
                "Steel without coal",
                summary="Direct reduction with hydrogen, twice: hydrogen.",
                date=dt.date(2021, 8, 1),
                language="en",
            )
        ).id
        ids["slides"] = s.create(session_draft("Ammonia shipping", date=dt.date(2021, 9, 1))).id
        pdf = make_pdf(folder / "ammonia.pdf", ["Ammonia as a hydrogen carrier"])
        archive.files.attach(ids["slides"], [pdf])
        for name in ("tagged_a", "tagged_b"):  # in the names tier, no language
            ids[name] = s.create(
                session_draft(f"Permits {name}", tags=["hydrogen"], date=dt.date(2021, 10, 1))
            ).id
        ids["summary2"] = s.create(
            session_draft(
                "Glass furnaces",
                summary="Furnaces fired with hydrogen.",
                date=dt.date(2021, 11, 1),
                language="en",
            )
        ).id
        ids["title_new"] = s.create(
            session_draft("Hydrogen in the Baltic", date=dt.date(2023, 2, 1), language="en")
        ).id
        yield archive, ids


@pytest.fixture()
def tiny_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word query counts as too common to rank, every filtered one as matching many."""
    monkeypatch.setattr(search_query, "RANK_ALL_LIMIT", 1)
    monkeypatch.setattr(search_query, "JOIN_LIMIT", 0)


def everything(archive: Archive, query: str) -> list[int]:
    return [s.session_id for s in archive.search.search(query, limit=1000).sessions]


# How the SQLite store may answer a filtered or very common query; the reference is the plain
# SQL check of every filter against the session table, each match looked up (small results).
MODES = {
    "markers": {},
    "markers, tiers": {"RANK_ALL_LIMIT": 1},
    "sql set": {"MARKER_FILTERS": False, "JOIN_LIMIT": 0},
    "sql set, tiers": {"MARKER_FILTERS": False, "JOIN_LIMIT": 0, "RANK_ALL_LIMIT": 1},
}


def use(monkeypatch: pytest.MonkeyPatch, settings: dict[str, object]) -> None:
    for name, value in settings.items():
        monkeypatch.setattr(search_query, name, value)


@pytest.mark.parametrize("mode", list(MODES))
def test_every_plan_finds_the_same_sessions(library, monkeypatch, mode):
    archive, _ = library
    with monkeypatch.context() as reference:
        reference.setattr(search_query, "MARKER_FILTERS", False)
        exact = {q: everything(archive, q) for q in QUERIES}
        counts = {q: archive.search.count(q) for q in QUERIES}
    assert exact["hydrogen"] and exact["nothing-like-this"] == []
    use(monkeypatch, MODES[mode])
    for query in QUERIES:
        got = everything(archive, query)
        assert sorted(got) == sorted(exact[query]), query
        assert len(got) == len(set(got)), query
        assert archive.search.count(query) == counts[query], query
        assert archive.search.session_ids(query) == got, query


def test_too_common_words_put_title_then_names_then_the_rest(library, tiny_limits):
    archive, ids = library
    results = archive.search.search("hydrogen", limit=100)
    assert results.ranking == "tiered"
    order = [s.session_id for s in results.sessions]
    titles = [ids["title_new"], ids["title_old"], ids["oslo"]]
    # Title tier: more than RANK_ALL_LIMIT of them, so the most recently added come first.
    assert order[:3] == sorted(titles, reverse=True)
    # Then the sessions whose series, speaker or tag is called so, then text anywhere else.
    names = {ids["series"], ids["speaker"], ids["tagged_a"], ids["tagged_b"]}
    assert set(order[3:7]) == names
    assert set(order[7:]) == {ids["summary"], ids["summary2"], ids["slides"]}
    assert order[3:7] == sorted(names, reverse=True)
    # Hits are still found for every session shown.
    by_id = {s.session_id: s for s in results.sessions}
    assert by_id[ids["slides"]].hits[0].kind == "slide"
    assert by_id[ids["summary"]].hits[0].kind == "summary"


def test_a_small_tier_is_still_ranked_by_relevance(library, monkeypatch):
    archive, ids = library
    # Past the limit as a whole, but each tier is small enough to rank.
    total = archive.search.count("hydrogen")
    monkeypatch.setattr(search_query, "RANK_ALL_LIMIT", total - 1)
    results = archive.search.search("hydrogen", limit=100)
    assert results.ranking == "tiered"
    assert results.sessions[0].session_id in {ids["title_new"], ids["title_old"], ids["oslo"]}
    assert all(s.score > 0 for s in results.sessions)


@pytest.mark.parametrize("markers", [True, False])
@pytest.mark.parametrize("query", ["hydrogen", "hydrogen lang:en", "hydrogen -has:slides"])
def test_paging_through_tiers_lists_each_session_once(
    library, tiny_limits, monkeypatch, query, markers
):
    archive, _ = library
    monkeypatch.setattr(search_query, "MARKER_FILTERS", markers)
    whole = archive.search.session_ids(query)
    total = archive.search.count(query)
    assert total > 2
    for size in (1, 2, 3):
        paged: list[int] = []
        for offset in range(0, total + size, size):
            page = archive.search.search(query, limit=size, offset=offset)
            assert page.total == total and page.ranking == "tiered"
            paged += [s.session_id for s in page.sessions]
        assert paged == whole and len(set(paged)) == total, size


def test_filters_narrow_a_tiered_result(library, tiny_limits):
    archive, ids = library
    results = archive.search.search("hydrogen year:2021..2023 lang:en", limit=100)
    assert results.ranking == "tiered"
    assert {s.session_id for s in results.sessions} == {
        ids["title_old"],
        ids["title_new"],
        ids["oslo"],
        ids["series"],
        ids["summary"],
        ids["summary2"],
    }


def test_the_json_output_says_how_results_are_ordered(library, tiny_limits):
    from webinar_archive.cli_search import results_dict

    archive, _ = library
    report = results_dict(archive.search.search("hydrogen"))
    assert report["ranking"] == "tiered"
    assert report["total"] == archive.search.count("hydrogen")


def test_a_query_without_words_is_ordered_by_date(library):
    archive, _ = library
    assert archive.search.search("year:2021").ranking == "date"
    assert archive.search.search("hydrogen").ranking == "relevance"


def test_migration_adds_the_filter_index_to_an_older_catalogue(tmp_path: Path):
    from alembic import command
    from sqlalchemy import inspect

    from webinar_archive.storage.database import alembic_config, create_catalogue_engine

    library = tmp_path / "old"
    with Archive.open(library) as archive:
        archive.sessions.create(session_draft("Kept across the upgrade"))
    engine = create_catalogue_engine(f"sqlite:///{library / 'catalogue.sqlite'}")
    command.downgrade(alembic_config(engine), "0002")
    names = {ix["name"] for ix in inspect(engine).get_indexes("session")}
    assert "ix_session_search_filters" not in names
    engine.dispose()
    with Archive.open(library) as archive:
        assert archive.catalogue.schema_action == "upgraded"
        names = {ix["name"] for ix in inspect(archive.catalogue.engine).get_indexes("session")}
        assert "ix_session_search_filters" in names
        assert archive.search.search("kept upgrade").total == 1


@pytest.mark.parametrize("mode", ["markers", "sql set"])
def test_filtered_plans_rank_like_the_join(library, monkeypatch, mode):
    archive, _ = library
    filtered = [q for q in QUERIES if ":" in q and not q.startswith("-")]

    def scored(query: str) -> tuple[int, dict[int, float]]:
        results = archive.search.search(query, limit=1000)
        return results.total, {s.session_id: round(s.score, 6) for s in results.sessions}

    with monkeypatch.context() as reference:
        reference.setattr(search_query, "MARKER_FILTERS", False)
        joined = {q: scored(q) for q in filtered}
    use(monkeypatch, MODES[mode])
    for query in filtered:
        total, scores = scored(query)
        assert (total, scores) == joined[query], query
        page = archive.search.search(query, limit=1, offset=1)
        assert page.total == total, query
        assert archive.search.search(query, limit=2, offset=total).sessions == [], query


@pytest.mark.parametrize("query", ["hydrogen", "hydro*", "hydrogen OR clusters"])
def test_a_filter_takes_sessions_out_without_reordering_the_rest(library, tiny_limits, query):
    archive, _ = library
    whole = archive.search.session_ids(query)
    for extra in ("year:2021..2023", "lang:en", "-has:slides", "status:catalogued"):
        narrowed = archive.search.search(f"{query} {extra}", limit=100)
        kept = set(archive.search.session_ids(extra))
        assert narrowed.ranking == "tiered", extra
        assert [s.session_id for s in narrowed.sessions] == [i for i in whole if i in kept], extra


@pytest.fixture()
def fresh(tmp_path: Path) -> Iterator[tuple[Archive, dict[str, int]]]:
    with Archive.open(tmp_path / "library") as archive:
        yield archive, build_library(archive, tmp_path)


def markers_agree(archive: Archive, queries: list[str]) -> dict[str, set[int]]:
    """What each query finds, the same with filter markers and with SQL filters."""
    answers = {q: set(archive.search.session_ids(q)) for q in queries}
    previous = search_query.MARKER_FILTERS
    search_query.MARKER_FILTERS = False
    try:
        for query in queries:
            assert set(archive.search.session_ids(query)) == answers[query], query
    finally:
        search_query.MARKER_FILTERS = previous
    return answers


def test_filter_markers_follow_edits_attachments_and_the_trash(fresh):
    from search_helpers import add_recording, snapshot_rows
    from webinar_archive.domain import model as m
    from webinar_archive.services.sessions import draft_from_session

    archive, ids = fresh
    session = archive.sessions.get(ids["lodz"])
    draft = draft_from_session(session)
    draft.date = dt.date(2019, 2, 14)
    draft.language = "de-AT"
    draft.status = m.SessionStatus.REVIEWED
    archive.sessions.update(ids["lodz"], draft, session.version)
    queries = [
        "textile year:2019",
        "textile year:2020",
        "textile date:2019-02-14",
        "textile lang:de",
        "textile lang:pl",
        "textile status:reviewed",
        "textile has:recording",
    ]
    got = markers_agree(archive, queries)
    assert got["textile year:2019"] == got["textile date:2019-02-14"] == {ids["lodz"]}
    assert got["textile lang:de"] == got["textile status:reviewed"] == {ids["lodz"]}
    assert (
        got["textile year:2020"] == got["textile lang:pl"] == got["textile has:recording"] == set()
    )

    recording = add_recording(archive, ids["lodz"], "lodz.mp4")
    assert markers_agree(archive, ["textile has:recording"])["textile has:recording"] == {
        ids["lodz"]
    }
    archive.files.detach_recording(recording)
    assert markers_agree(archive, ["textile has:recording"])["textile has:recording"] == set()

    archive.sessions.trash([ids["lodz"]])
    assert markers_agree(archive, ["textile year:2019"])["textile year:2019"] == set()
    archive.sessions.restore([ids["lodz"]])
    assert markers_agree(archive, ["textile year:2019"])["textile year:2019"] == {ids["lodz"]}

    before = snapshot_rows(archive)
    archive.search.reindex()
    assert snapshot_rows(archive) == before  # kept in step, markers included


def test_markers_cannot_be_typed(library):
    archive, _ = library
    for query in ("_y2021", "_hrecording", "y2021", "hrecording", "_sdraft OR _hrecording", "_y2*"):
        assert archive.search.search(query).total == 0, query


def test_migration_0004_rebuilds_the_index_with_filter_markers(tmp_path: Path):
    from alembic import command
    from sqlalchemy import text

    from webinar_archive.storage.database import alembic_config, create_catalogue_engine

    library = tmp_path / "old"
    with Archive.open(library) as archive:
        archive.sessions.create(
            session_draft("Kept across the upgrade", date=dt.date(2020, 5, 4), language="fi")
        )
    engine = create_catalogue_engine(f"sqlite:///{library / 'catalogue.sqlite'}")
    command.downgrade(alembic_config(engine), "0003")
    with engine.begin() as conn:  # as a 0003 catalogue would be: no markers in its documents
        conn.execute(text("UPDATE search_session SET filters = ''"))
    engine.dispose()
    with Archive.open(library) as archive:
        assert archive.catalogue.schema_action == "upgraded"
        assert archive.search.count("kept year:2020 lang:fi") == 1
