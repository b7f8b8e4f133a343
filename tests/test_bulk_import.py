"""A JSON import writes its sessions in batches of multi-row inserts and indexes them in
batches: the same catalogue and the same search index as one session at a time, in a number of
SQL statements that does not grow with the number of sessions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from search_helpers import snapshot_rows
from webinar_archive.services.archive import Archive
from webinar_archive.storage.search import rebuild

PEOPLE = [
    {"key": "p1", "display_name": "Anaïs Le Corvec", "aliases": ["Anais Le Corvec"]},
    {"key": "p2", "display_name": "Sławomir Tokarski"},
    {"key": "p3", "display_name": "Jiří Dvořák", "notes": "Chairs the panel."},
]
ORGANISATIONS = [
    {"key": "o1", "name": "Regional Agency of Łódź", "acronym": "RAL", "aliases": ["RA Łódź"]},
    {"key": "o2", "name": "Lapland Cluster", "parent": "o1"},
]


def _session(i: int) -> dict[str, Any]:
    """Varied records: speakers twice over, tags differing in case, links, trash, zones."""
    record: dict[str, Any] = {
        "title": f"Circular economy in Lapland, part {i}",
        "series": ["S3 platform", "s3 PLATFORM", None][i % 3],
        "date": f"2020-{1 + i % 12:02d}-{1 + i % 27:02d}",
        "summary": f"Smart specialisation {i}: Łódź and Rovaniemi compare notes.",
        "status": ["draft", "catalogued", "reviewed"][i % 3],
        "tags": ["Energy", "energy", f"topic {i % 4}"],
        "links": [{"kind": "recording", "url": f"https://example.org/{i}", "label": "video"}],
        "appearances": [
            {"person": "p1", "organisation": "o1", "role": "speaker", "position": "Director"},
            {"person": ["p2", "p3"][i % 2], "organisation": "o2", "role": "moderator"},
        ],
    }
    if i % 5 == 0:
        record["start_time"] = "10:00:00+02:00"
    if i % 7 == 0:
        record["deleted_at"] = "2024-01-02T03:04:05"
    if i % 9 == 0:
        record["appearances"].append({"person": "p1", "role": "panellist"})
    return record


def _document(count: int) -> dict[str, Any]:
    return {
        "format": "webinar-archive-exchange",
        "version": 1,
        "series": [{"name": "S3 platform", "organiser": "JRC"}],
        "organisations": ORGANISATIONS,
        "people": PEOPLE,
        "sessions": [_session(i) for i in range(count)],
    }


def test_bulk_import_indexes_what_a_rebuild_would(archive: Archive) -> None:
    """The batched index writes leave exactly the rows a full rebuild makes: every live
    session, with its speakers, organisations, tags and series, and nothing of the trash."""
    report = archive.exchange.import_document(_document(40), Path("."))
    assert len(report.created) == 40 and not report.refused
    imported = snapshot_rows(archive)
    with archive.catalogue.engine.begin() as conn:
        rebuild(conn)
    assert snapshot_rows(archive) == imported
    trashed = {sid for i, sid in enumerate(report.created) if i % 7 == 0}
    assert trashed and not trashed & {row[0] for row in imported[0]}
    assert archive.search.search("Anais").total == 40 - len(trashed)


def test_bulk_import_keeps_every_field(archive: Archive) -> None:
    """Exported again, the imported sessions say what the file said: speakers in order with
    their organisations, one tag per spelling, the series matched, the trash kept."""
    document = _document(12)
    report = archive.exchange.import_document(document, Path("."))
    again = archive.exchange.exchange_document(report.created)
    for given, written in zip(document["sessions"], again["sessions"], strict=True):
        assert written["title"] == given["title"]
        assert written["tags"] == sorted({"Energy", given["tags"][2]})
        assert [a["role"] for a in written["appearances"]] == [
            a["role"] for a in given["appearances"]
        ]
        assert written["links"][0]["url"] == given["links"][0]["url"]
        assert bool(written.get("deleted_at")) == ("deleted_at" in given)
        assert written.get("series") == ("S3 platform" if given["series"] else None)
    zoned = archive.sessions.get(report.created[0])
    assert zoned.timezone == "UTC+02:00" and str(zoned.start_time) == "10:00:00"
    assert len(archive.people.people()) == 3  # matched, never duplicated
    assert len(archive.people.organisations()) == 2


def _statements(tmp_path: Path, name: str, count: int) -> int:
    with Archive.open(tmp_path / name) as archive:
        seen: list[str] = []

        def count_statement(*args: Any) -> None:
            seen.append(args[2])

        event.listen(archive.catalogue.engine, "before_cursor_execute", count_statement)
        report = archive.exchange.import_document(_document(count), Path("."))
        event.remove(archive.catalogue.engine, "before_cursor_execute", count_statement)
        assert len(report.created) == count
        with archive.catalogue.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM session")) == count
    return len(seen)


def test_import_statements_do_not_grow_with_the_sessions(tmp_path: Path) -> None:
    """Before, each session cost dozens of statements (its rows one by one, a duplicate check,
    its index rows); now 300 sessions take no more statements than 20 do, give or take."""
    few = _statements(tmp_path, "few", 20)
    many = _statements(tmp_path, "many", 300)
    assert many <= few + 10, (few, many)


def test_importing_the_same_file_again_adds_nothing(archive: Archive) -> None:
    """Before, the sessions of the file that went to the trash were imported again on every
    run (the duplicate check looked at live sessions only); a second run now adds nothing."""
    document = _document(15)
    first = archive.exchange.import_document(document, Path("."))
    second = archive.exchange.import_document(document, Path("."))
    assert len(first.created) == 15
    assert second.created == [] and len(second.duplicates) == 15
    assert len(archive.exchange.exchange_document()["sessions"]) == 15


RECORDS = [
    ("ANAIS LE CORVEC", None, [], ""),  # accents and case aside: the existing person
    ("Someone Else", None, ["A. Le Corvec"], "met in Brussels"),  # by an existing alias
    ("New Person", "Person, New", ["NP"], ""),
    ("np", None, [], "a note"),  # made just above: matched by its alias
    ("Jiri Dvorak", None, ["J. Dvořák"], "chairs"),
]


def _people_after(library: Path, batch: bool) -> tuple[list[int], list[Any]]:
    with Archive.open(library) as archive:
        with archive.catalogue.uow() as uow:
            uow.people.ensure_person("Anaïs Le Corvec", None, ["A. Le Corvec"], "")
            uow.people.ensure_person("Jiří Dvořák", None, [], "")
            uow.commit()
        with archive.catalogue.uow() as uow:
            if batch:
                ids = uow.people.ensure_people(RECORDS)
            else:
                ids = [uow.people.ensure_person(*record) for record in RECORDS]
            uow.commit()
        return ids, archive.people.people()


def test_people_of_a_file_are_matched_as_one_by_one(tmp_path: Path) -> None:
    """The import matches a file's people in one read; the result is the one ``ensure_person``
    gives record by record: the same ids, names, aliases and notes."""
    batch = _people_after(tmp_path / "batch", True)
    assert batch == _people_after(tmp_path / "one-by-one", False)
    ids, people = batch
    assert ids[0] == ids[1] and ids[2] == ids[3] and len(set(ids)) == 3 and len(people) == 3


ORG_RECORDS = [
    ("regional agency of lodz", None, [], None, None),  # the existing one, by name
    ("Some Agency", None, ["RA Łódź"], "ID-1", None),  # the existing one, by alias
    ("Lapland Cluster", "LC", [], None, 0),  # new, its parent the first
    ("lc", None, [], None, None),  # the one made just above, by its acronym
    ("Other Office", None, ["LAPLAND CLUSTER"], None, 2),  # by name: itself its parent
    ("JRC", None, [], None, 4),
    ("Regional Agency of Lodz (RAL)", None, [], None, None),  # by the acronym rule
]


def _organisations_after(library: Path, batch: bool) -> tuple[list[int], list[Any]]:
    with Archive.open(library) as archive:
        with archive.catalogue.uow() as uow:
            uow.people.ensure_organisation(
                "Regional Agency of Łódź", "RAL", ["RA Łódź"], None, None
            )
            uow.commit()
        with archive.catalogue.uow() as uow:
            if batch:
                ids = uow.people.ensure_organisations(ORG_RECORDS)
            else:
                ids = []
                for name, acronym, aliases, identifier, parent in ORG_RECORDS:
                    parent_id = ids[parent] if parent is not None else None
                    ids.append(
                        uow.people.ensure_organisation(
                            name, acronym, aliases, identifier, parent_id
                        )
                    )
            uow.commit()
        return ids, archive.people.organisations()


def test_organisations_of_a_file_are_matched_as_one_by_one(tmp_path: Path) -> None:
    """The same for organisations: name, acronym or alias, parents kept, as one by one."""
    batch = _organisations_after(tmp_path / "batch", True)
    assert batch == _organisations_after(tmp_path / "one-by-one", False)
    ids, organisations = batch
    assert ids[0] == ids[1] == ids[6] and ids[2] == ids[3] == ids[4] and len(organisations) == 3


def _organisation_statements(tmp_path: Path, name: str, count: int) -> int:
    """Statements of importing a file whose ``count`` organisations are all new."""
    document = {
        "format": "webinar-archive-exchange",
        "version": 1,
        "people": [{"key": "p", "display_name": "Anaïs Le Corvec"}],
        "organisations": [
            {"key": f"o{i}", "name": f"Energy Agency of Region {i}"} for i in range(count)
        ],
        "sessions": [
            {"title": f"Session {i}", "appearances": [{"person": "p", "organisation": f"o{i}"}]}
            for i in range(count)
        ],
    }
    with Archive.open(tmp_path / name) as archive:
        seen: list[str] = []

        def count_statement(*args: Any) -> None:
            seen.append(args[2])

        event.listen(archive.catalogue.engine, "before_cursor_execute", count_statement)
        report = archive.exchange.import_document(document, Path("."))
        event.remove(archive.catalogue.engine, "before_cursor_execute", count_statement)
        assert len(report.created) == count
        assert len(archive.people.organisations()) == count
    # The new rows themselves: one INSERT each through the ORM (on SQLite it cannot read back
    # the ids of a multi-row insert in order); what must not grow is the looking up.
    return len([s for s in seen if not s.startswith("INSERT INTO organisation ")])


def test_import_statements_do_not_grow_with_new_organisations(tmp_path: Path) -> None:
    """Before, each new organisation of a file was looked up by the acronym rule in SQL (two
    scans and a flush each: most of a large import's matching time), then read again by id for
    each session naming it; now the rule reads the organisations once, and the sessions'
    pinned people and organisations are checked in one statement per batch."""
    few = _organisation_statements(tmp_path, "few", 10)
    many = _organisation_statements(tmp_path, "many", 150)
    assert many <= few + 10, (few, many)


ACRONYM_CATALOGUE = [
    ("Council of European BioRegions", "CEBR", ["BioRegions Council"]),
    ("Regional Council of Lapland (RCL)", None, []),
    ("Université de Łódź", "UL", ["Uniwersytet Łódzki"]),
    ("Research and Innovation Agency", "RIA", []),
    ("Regional Innovation Alliance", "RIA", []),  # an acronym two bodies share
    ("DG GROW", None, ["Directorate-General for Internal Market"]),
    ("Joint Research Centre [JRC]", None, []),
    ("EU-OSHA", None, ["European Agency for Safety and Health at Work"]),
    ("Smart Specialisation Platform (S3P)", "S3P", ["S3 Platform (S3P)"]),
]
ACRONYM_QUERIES = [
    "CEBR", "cebr", "Council of European BioRegions (CEBR)", "BioRegions Council (BC)",
    "RCL", "Regional Council of Lapland", "rcl", "UL", "Université de Łódź (UL)", "UDL",
    "RIA", "Research and Innovation Agency (RIA)", "Regional Innovation Alliance",
    "DG GROW", "dg grow", "Directorate-General for Internal Market (DGIM)", "DGIM", "JRC",
    "Joint Research Centre", "EU-OSHA", "EUOSHA", "European Agency for Safety and Health at Work",
    "EASHW", "S3P", "Smart Specialisation Platform", "SSP", "S3 Platform", "Nothing Alike",
    "N", "Lapland", "(CEBR)",
]  # fmt: skip


def test_acronym_rule_in_memory_decides_as_the_sql_one(archive: Archive) -> None:
    """The bulk import's in-memory acronym rule gives the organisation the one-by-one SQL rule
    gives, name by name: found, not found, and refused as ambiguous."""
    from webinar_archive.storage.repos import authority

    with archive.catalogue.uow() as uow:
        for name, acronym, aliases in ACRONYM_CATALOGUE:
            uow.people.ensure_organisation(name, acronym, aliases, None, None)
        uow.commit()
    with archive.catalogue.uow() as uow:
        db = uow.people.db
        rule = authority.AcronymRule(db, lambda text: text.lower())
        found_any = 0
        for name in ACRONYM_QUERIES:
            by_sql = authority.organisation_by_acronym(db, name)
            by_rule = rule.match(name)
            assert (by_rule.id if by_rule is not None else None) == by_sql, name
            found_any += by_sql is not None
        assert 8 <= found_any < len(ACRONYM_QUERIES)
