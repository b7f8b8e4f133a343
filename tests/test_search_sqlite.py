"""Full-text search on a SQLite catalogue: matching, filters, hits, staying in step, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from search_helpers import (
    add_recording,
    add_transcript,
    build_library,
    hostile_queries,
    session_draft,
    snapshot_rows,
    speaker,
)
from webinar_archive.domain.errors import ConflictError
from webinar_archive.services.archive import Archive
from webinar_archive.services.sessions import draft_from_session

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, dict[str, int]]]:
    """One library shared by the read-only tests of this module."""
    folder = tmp_path_factory.mktemp("search")
    with Archive.open(folder / "library") as archive:
        yield archive, build_library(archive, folder)


@pytest.fixture()
def fresh(tmp_path: Path) -> Iterator[tuple[Archive, dict[str, int]]]:
    """A library of its own for tests that change it."""
    with Archive.open(tmp_path / "library") as archive:
        yield archive, build_library(archive, tmp_path)


def found(archive: Archive, query: str) -> set[int]:
    return {s.session_id for s in archive.search.search(query, limit=100).sessions}


def assert_in_step(archive: Archive) -> None:
    """The index kept up by the session events equals the one rebuilt from the catalogue."""
    before = snapshot_rows(archive)
    archive.search.reindex()
    assert snapshot_rows(archive) == before


# ---------------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Slawomir", {"lodz", "health"}),
        ("Sławomir", {"lodz", "health"}),
        ("SŁAWOMIR tokarski", {"health"}),
        ("Lodz", {"lodz", "health"}),  # health: page 2 of its PDF says "Lodz"
        ("Łódź", {"lodz", "health"}),
        ("Anais", {"lodz"}),
        ("anaïs le corvec", {"lodz"}),
        ("Soren Odegard", {"oslo"}),
        ("Søren Ødegård", {"oslo"}),
    ],
)
def test_accents_and_case_fold_both_ways(library, query, expected):
    archive, ids = library
    assert found(archive, query) == {ids[k] for k in expected}


def test_prefix_phrase_or_and_exclusion(library):
    archive, ids = library
    assert found(archive, "hydro") == {ids["oslo"]}
    assert found(archive, "hydro ") == set()  # a finished word is not a prefix
    assert found(archive, '"circular economy"') == {ids["undated"]}
    assert found(archive, '"economy circular"') == set()
    assert found(archive, "hydrogen OR textile*") == {ids["oslo"], ids["lodz"]}
    assert found(archive, "clusters -boost4health") == {ids["undated"]}
    assert found(archive, "-clusters -hydrogen") == {ids["lodz"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("speaker:nowak", {"lodz"}),
        ("speaker:slawomir", {"lodz"}),  # health names him in the summary only
        ('speaker:"Ilari Havukainen"', {"undated"}),
        ("org:cebr", {"lodz"}),
        ("org:Cardiff", {"health"}),
        ("org:lodzki", {"lodz"}),
        ("series:regional", {"lodz", "oslo"}),
        ('series:"cluster webinars"', {"health"}),
        ("theme:energy", {"oslo"}),
        ("tag:textiles", {"lodz"}),
        ("year:2020", {"lodz", "health"}),
        ("year:2021", {"oslo"}),
        ("year:2019..2020", {"lodz", "health"}),
        ("date:2020-09..2020-10", {"lodz"}),
        ("date:2020-11-03", {"health"}),
        ("date:2021..", {"oslo"}),
        ("has:recording", {"oslo"}),
        ("has:transcript", {"oslo"}),
        ("has:slides", {"health"}),
        ("lang:pl", {"lodz"}),
        ("lang:en", {"health", "oslo"}),
        ("status:reviewed", {"health"}),
        ("status:draft", {"oslo"}),
        ("status:catalogued", {"lodz", "undated"}),
        ("-has:recording year:2020", {"lodz", "health"}),
        ("-speaker:nowak year:2020", {"health"}),
        ("clusters year:2020", {"health"}),
        ("clusters -year:2020", {"undated"}),
        ("-lang:pl year:2020", {"health"}),
    ],
)
def test_field_filters(library, query, expected):
    archive, ids = library
    assert found(archive, query) == {ids[k] for k in expected}


def test_words_may_be_spread_over_fields(library):
    archive, ids = library
    # speaker name + words of a PDF page of the same session
    assert found(archive, "tokarski telemedicine") == {ids["health"]}
    assert found(archive, "tokarski hydrogen") == set()


def test_ranking_title_before_summary_before_transcript(tmp_path):
    with Archive.open(tmp_path / "lib") as archive:
        s = archive.sessions
        in_transcript = s.create(session_draft("Wind power", summary="Offshore parks.")).id
        in_summary = s.create(session_draft("Sea power", summary="Geothermal heat pumps.")).id
        in_title = s.create(session_draft("Geothermal heat", summary="Drilling deep.")).id
        rec = add_recording(archive, in_transcript)
        add_transcript(archive, rec, [(1000, 2000, "We also tried geothermal wells.")])
        assert archive.search.session_ids("geothermal") == [in_title, in_summary, in_transcript]
        results = archive.search.search("geothermal")
        assert [x.session_id for x in results.sessions] == [in_title, in_summary, in_transcript]
        assert results.sessions[0].score > results.sessions[1].score > results.sessions[2].score


# ---------------------------------------------------------------------------------- hits


def test_hit_on_a_pdf_page_says_which_page(library):
    archive, ids = library
    results = archive.search.search("telemedicine")
    assert [x.session_id for x in results.sessions] == [ids["health"]]
    (hit,) = results.sessions[0].hits
    assert hit.kind == "slide"
    assert (hit.material_id, hit.page_no) == (ids["pdf"], 2)
    assert hit.label == "slide 2 of Boost4Health.pdf"
    assert hit.marked() == "Scaling [telemedicine] in Lodz and beyond"
    assert "<mark>telemedicine</mark>" in hit.snippet_html


def test_hit_in_a_transcript_says_when(library):
    archive, ids = library
    session = archive.search.search("electrolyser*").sessions[0]
    assert session.session_id == ids["oslo"]
    (hit,) = session.hits
    assert hit.kind == "transcript"
    assert (hit.recording_id, hit.time_ms) == (ids["recording"], 754_000)
    assert hit.label == "12:34 in the recording"
    assert hit.marked() == "[Electrolysers] in Bergen produce hydrogen at scale."


def test_hits_show_original_spelling_and_fields(library):
    archive, ids = library
    results = archive.search.search("lodz sławomir").sessions
    # health matches too (a PDF page says Lodz, the summary names Slawomir Tokarski)
    assert [s.session_id for s in results] == [ids["lodz"], ids["health"]]
    session = results[0]
    by_kind = {h.kind: h for h in session.hits}
    assert by_kind["title"].marked() == "Smart cities in [Łódź]"
    assert by_kind["speaker"].marked() == "[Sławomir] Nowak"
    assert session.hits[0].kind == "title"  # title hits come first
    assert session.title == "Smart cities in Łódź" and session.date.isoformat() == "2020-09-11"


def test_field_term_highlights_only_its_field(library):
    archive, _ = library
    (session,) = archive.search.search("speaker:slawomir").sessions
    assert {h.kind for h in session.hits} == {"speaker"}


def test_results_total_paging_and_ids(library):
    archive, ids = library
    everything = archive.search.search("year:2019..2021")
    assert everything.total == 3 and len(everything.sessions) == 3
    page = archive.search.search("year:2019..2021", limit=1, offset=1)
    assert page.total == 3 and len(page.sessions) == 1
    # without words the newest come first
    assert archive.search.session_ids("year:2019..2021") == [
        ids["oslo"],
        ids["health"],
        ids["lodz"],
    ]
    assert page.sessions[0].session_id == ids["health"]
    assert archive.search.search("").total == 0
    assert archive.search.count("clusters") == 2


def test_facets_count_the_whole_result(library):
    archive, _ = library
    facets = archive.search.facets("year:2020..2021")
    assert dict(facets["series"]) == {"Regional Innovation Talks": 2, "Cluster Webinars": 1}
    assert dict(facets["year"]) == {"2020": 2, "2021": 1}
    assert dict(facets["tag"])["energy"] == 1
    assert dict(facets["speaker"])["Sławomir Nowak"] == 1
    assert dict(facets["organisation"])["SINTEF"] == 1
    assert archive.search.facets("")["series"] == []


# ---------------------------------------------------------------------------------- hostile input


def test_two_thousand_hostile_queries_never_raise(library):
    archive, ids = library
    for i, query in enumerate(hostile_queries(2000)):
        results = archive.search.search(query, limit=5)
        assert results.total >= len(results.sessions)
        if i % 20 == 0:
            archive.search.session_ids(query)
            archive.search.facets(query)
    long_query = " ".join(hostile_queries(3000, seed=1))
    assert archive.search.search(long_query).total >= 0
    assert archive.search.search("a").total >= 1  # a one-letter prefix
    # and the catalogue is intact
    assert archive.sessions.count() == 4
    assert found(archive, "clusters") == {ids["health"], ids["undated"]}


# ---------------------------------------------------------------------------------- in step


def test_edit_reindexes_in_the_same_transaction(fresh):
    archive, ids = fresh
    session = archive.sessions.get(ids["lodz"])
    draft = draft_from_session(session)
    draft.title = "Textile heritage of Manchester"
    draft.speakers = [speaker("Jan Kowalski", "Politechnika Łódzka")]
    archive.sessions.update(ids["lodz"], draft, session.version)
    assert found(archive, "Manchester") == {ids["lodz"]}
    assert found(archive, "speaker:nowak") == set()
    assert found(archive, "org:politechnika") == {ids["lodz"]}
    assert_in_step(archive)


def test_a_rolled_back_edit_leaves_the_index_alone(fresh):
    archive, ids = fresh
    session = archive.sessions.get(ids["oslo"])
    draft = draft_from_session(session)
    draft.title = "Never saved"
    with pytest.raises(ConflictError):
        archive.sessions.update(ids["oslo"], draft, session.version - 1)
    assert found(archive, "never saved") == set()
    assert found(archive, "hydrogen valleys") == {ids["oslo"]}
    assert_in_step(archive)


def test_trash_hides_and_restore_shows_again(fresh):
    archive, ids = fresh
    archive.sessions.trash([ids["health"]])
    assert found(archive, "telemedicine") == set()
    assert found(archive, "clusters") == {ids["undated"]}
    assert found(archive, "clusters year:2019..2021") == set()
    assert ids["health"] not in archive.search.session_ids("year:2020")
    assert_in_step(archive)  # the trash is out of the index, as a rebuild leaves it
    archive.sessions.restore([ids["health"]])
    assert found(archive, "telemedicine") == {ids["health"]}
    assert found(archive, "speaker:morgan") == {ids["health"]}
    assert_in_step(archive)
    archive.sessions.trash([ids["health"]])
    archive.sessions.empty_trash()
    with archive.catalogue.engine.connect() as conn:
        left = conn.scalar(
            text("SELECT count(*) FROM search_location WHERE session_id = :s"), {"s": ids["health"]}
        )
    assert left == 0
    assert_in_step(archive)


def test_merging_people_updates_their_sessions(fresh):
    archive, ids = fresh
    other = archive.sessions.create(
        session_draft("Textile futures", speakers=[speaker("S. Nowak", "Uniwersytet Łódzki")])
    ).id
    keep = archive.people.find_person("Sławomir Nowak")
    duplicate = archive.people.find_person("S. Nowak")
    assert keep is not None and duplicate is not None
    assert found(archive, "speaker:slawomir") == {ids["lodz"]}
    archive.people.merge_people(keep.id, duplicate.id)
    assert found(archive, "speaker:slawomir") == {ids["lodz"], other}
    # the duplicate's spelling stays findable as an alias of the kept person
    assert found(archive, 'speaker:"s nowak"') == {ids["lodz"], other}
    archive.people.update_person(keep.id, "Sławomir M. Nowak", aliases=["S. Nowak"])
    assert found(archive, '"slawomir m nowak"') == {ids["lodz"], other}
    assert_in_step(archive)


def test_merging_organisations_updates_their_sessions(fresh):
    archive, ids = fresh
    other = archive.sessions.create(
        session_draft("Care robots", speakers=[speaker("Anna Berg", "Cardiff Uni")])
    ).id
    keep = archive.people.find_organisation("Cardiff University")
    duplicate = archive.people.find_organisation("Cardiff Uni")
    assert keep is not None and duplicate is not None and keep.id != duplicate.id
    archive.people.update_organisation(keep.id, "Cardiff University", acronym="CU")
    assert found(archive, "org:cu") == {ids["health"]}
    archive.people.merge_organisations(keep.id, duplicate.id)
    assert found(archive, "org:cu") == {ids["health"], other}
    assert found(archive, 'org:"cardiff uni"') == {ids["health"], other}
    assert_in_step(archive)


def test_detaching_a_material_removes_its_pages(fresh):
    archive, ids = fresh
    assert found(archive, "telemedicine") == {ids["health"]}
    archive.files.detach_material(ids["pdf"])
    assert found(archive, "telemedicine") == set()
    assert found(archive, "boost4health") == {ids["health"]}  # the title still says it
    assert_in_step(archive)


def test_notes_and_chapters_are_found_at_their_time(fresh):
    archive, ids = fresh
    note_id = archive.playback.add_note(ids["recording"], 61_000, "Ask Bergen about ammonia")
    chapter_id = archive.playback.add_chapter(ids["recording"], 120_000, "Ammonia shipping")
    hits = archive.search.search("ammonia").sessions[0].hits
    assert {(h.kind, h.time_ms, h.label) for h in hits} == {
        ("note", 61_000, "note at 1:01"),
        ("chapter", 120_000, "chapter at 2:00"),
    }
    archive.playback.update_note(note_id, 62_000, "Ask Bergen about methanol")
    archive.playback.delete_chapter(chapter_id)
    assert found(archive, "ammonia") == set()
    assert found(archive, "methanol") == {ids["oslo"]}
    archive.playback.replace_chapters(ids["recording"], [("Methanol ferries", 0, None)])
    archive.playback.replace_chapters(ids["recording"], [])
    archive.playback.delete_note(note_id)
    assert found(archive, "methanol") == set()
    assert_in_step(archive)


def test_detaching_a_recording_removes_its_transcript(fresh):
    archive, ids = fresh
    archive.files.detach_recording(ids["recording"])
    assert found(archive, "electrolysers") == set()
    assert found(archive, "has:transcript") == set()
    assert_in_step(archive)


def test_saved_searches(fresh):
    archive, _ = fresh
    saved = archive.search.save_search("Polish", "lang:pl")
    archive.search.save_search("Polish", "lang:pl year:2020")
    assert [(s.name, s.query) for s in archive.search.saved_searches()] == [
        ("Polish", "lang:pl year:2020")
    ]
    archive.search.delete_saved_search(saved.id)
    assert archive.search.saved_searches() == []


# ---------------------------------------------------------------------------------- schema


def test_new_catalogue_gets_the_index_when_it_opens(tmp_path):
    from webinar_archive.storage.catalogue import open_catalogue
    from webinar_archive.storage.search import has_search_schema

    catalogue = open_catalogue(tmp_path / "lib")
    try:
        with catalogue.engine.connect() as conn:
            assert has_search_schema(conn)
    finally:
        catalogue.close()


def test_existing_catalogue_is_indexed_by_migration_0002(tmp_path):
    from alembic import command

    from webinar_archive.storage.database import alembic_config, create_catalogue_engine
    from webinar_archive.storage.repos.sessions import SessionRepository
    from webinar_archive.storage.search import has_search_schema
    from webinar_archive.storage.uow import session_factory

    library = tmp_path / "old"
    library.mkdir()
    engine = create_catalogue_engine(f"sqlite:///{library / 'catalogue.sqlite'}")
    # The schema as revision 0001 made it (not today's models, which later revisions extend).
    command.upgrade(alembic_config(engine), "0001")
    with session_factory(engine)() as db:
        SessionRepository(db).add_session(
            session_draft("Fjord tourism", speakers=[speaker("Åsa Ødegård")])
        )
        db.commit()
    with engine.connect() as conn:
        assert not has_search_schema(conn)
    engine.dispose()
    with Archive.open(library) as archive:
        assert archive.catalogue.schema_action == "upgraded"
        assert len(archive.search.search("asa odegard").sessions) == 1
        assert list((library / "backups").iterdir())  # the upgrade backed up first


def test_reindex_rebuilds_a_damaged_index(fresh):
    archive, ids = fresh
    with archive.catalogue.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_location"))
        conn.execute(text("DELETE FROM search_session"))
    assert found(archive, "telemedicine") == set()
    assert archive.search.reindex() == 4
    assert found(archive, "telemedicine") == {ids["health"]}


# ---------------------------------------------------------------------------------- CLI


def run_cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_cli_search_json_and_reindex(fresh, tmp_path):
    archive, ids = fresh
    library = archive.root
    done = run_cli(library, "search", "--json", "electrolysers OR telemedicine")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["total"] == 2 and data["ranking"] == "relevance"
    hits = {s["session_id"]: s["hits"][0] for s in data["sessions"]}
    assert hits[ids["oslo"]]["kind"] == "transcript"
    assert hits[ids["oslo"]]["recording_id"] == ids["recording"]
    assert hits[ids["oslo"]]["time_ms"] == 754_000 and hits[ids["oslo"]]["time"] == "12:34"
    assert hits[ids["health"]]["material_id"] == ids["pdf"]
    assert hits[ids["health"]]["page_no"] == 2
    assert "[telemedicine]" in hits[ids["health"]]["snippet_marked"]
    titles = {s["session_id"]: (s["title"], s["date"]) for s in data["sessions"]}
    assert titles[ids["oslo"]] == ("Green hydrogen valleys", "2021-03-02")
    done = run_cli(library, "search", 'NEAR("', "DROP", "TABLE", "--limit", "3")
    assert done.returncode == 0 and "No session matches." in done.stdout
    done = run_cli(library, "reindex")
    assert done.returncode == 0 and "Indexed 4 sessions." in done.stdout


def test_schema_comparison_can_leave_the_search_tables_out(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from webinar_archive.storage.orm import Base
    from webinar_archive.storage.search import include_in_autogenerate

    with Archive.open(tmp_path / "lib") as archive, archive.catalogue.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_in_autogenerate}
        )
        assert [d for d in compare_metadata(context, Base.metadata) if "search_" in str(d)] == []
        plain = MigrationContext.configure(conn, opts={"compare_type": True})
        assert any("search_session" in str(d) for d in compare_metadata(plain, Base.metadata))
