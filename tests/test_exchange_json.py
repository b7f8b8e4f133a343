"""JSON exchange: lossless, id-independent round trip and matching of authority records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exchange_helpers import rich_library
from webinar_archive.domain import model as m
from webinar_archive.domain.errors import ValidationError
from webinar_archive.domain.progress import Progress
from webinar_archive.services.archive import Archive


def _open(path: Path) -> Archive:
    return Archive.open(path)


def test_round_trip_into_empty_library_is_byte_identical(archive: Archive, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    ids = rich_library(archive, work)
    first = tmp_path / "out1" / "library.json"
    result = archive.exchange.export_json(first, with_files=True)
    assert result.sessions == 3
    assert result.files_copied == 4  # pdf, pptx, recording, subtitles
    assert not result.files_missing

    with _open(tmp_path / "second") as other:
        report = other.exchange.import_json(first)
        assert report.ok, report.summary()
        assert len(report.created) == 3
        assert not report.missing
        second = tmp_path / "out2" / "library.json"
        other.exchange.export_json(second)
        assert first.read_bytes() == second.read_bytes()

        # The copy is a working library, not only equal text: files resolve, cues are there.
        new_id = next(
            i for i in report.created if other.sessions.get(i).title.startswith("Clusters")
        )
        session = other.sessions.get(new_id)
        # What was imported is found by search: slide text, cues and notes included.
        for words in ("slide two", "gęślą", "key figure"):
            assert other.search.session_ids(words) == [new_id]
    original = archive.sessions.get(ids["session"])
    assert session.created_at == original.created_at
    assert session.updated_at == original.updated_at
    assert session.status is m.SessionStatus.REVIEWED
    rec = session.recordings[0]
    assert rec.resume_ms == 120_000
    assert [c.title for c in rec.chapters] == ["Opening", "Talk", "Questions"]
    assert rec.chapters[0].appearance_id == session.appearances[0].id
    assert rec.chapters[1].appearance_id == session.appearances[1].id
    assert rec.subtitles[0].cue_count == 2
    assert session.materials[0].recording_id == rec.id
    assert session.materials[0].shown_at_ms == 61_000


def test_export_of_a_selection_names_only_what_it_uses(archive: Archive, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    ids = rich_library(archive, work)
    target = tmp_path / "one.json"
    archive.exchange.export_json(target, [ids["session"]])
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "webinar-archive-exchange"
    assert document["version"] == 1
    assert [s["title"] for s in document["sessions"]] == ["Clusters and green transition"]
    # The demo's "Slawomir Tokarski" already stood for "Sławomir": no second person was made.
    assert {p["display_name"] for p in document["people"]} == {"Slawomir Tokarski", "Marta Nowak"}
    # DG GROW's parent comes along although nobody of the session works there.
    assert {o["name"] for o in document["organisations"]} == {
        "DG GROW",
        "European Commission",
        "Uniwersytet Łódzki",
    }
    assert [s["name"] for s in document["series"]] == ["Cluster Talks"]
    assert "id" not in document["sessions"][0]


def test_import_matches_existing_people_and_skips_known_sessions(
    archive: Archive, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    rich_library(archive, work)
    exported = tmp_path / "ex" / "library.json"
    archive.exchange.export_json(exported)  # without files: they are reported missing

    with _open(tmp_path / "target") as other:
        other.sessions.create(
            m.SessionDraft(
                title="Earlier talk",
                speakers=[
                    m.SpeakerDraft("Anais Le Corvec", "cebr"),
                    m.SpeakerDraft("Slawomir Tokarski", "DG Grow"),
                ],
            )
        )
        people_before = {p.display_name for p in other.people.people()}
        report = other.exchange.import_json(exported)
        assert len(report.created) == 3
        assert report.missing  # files were not exported beside the JSON
        names = [p.display_name for p in other.people.people()]
        assert len(names) == len(set(names))
        assert "Anaïs Le Corvec" not in names  # matched to the existing spelling
        assert "Sławomir Tokarski" not in names
        assert people_before <= set(names)
        anais = other.people.find_person("Anaïs Le Corvec")
        assert anais is not None and anais.display_name == "Anais Le Corvec"
        assert "A. Le Corvec" in anais.aliases
        assert anais.appearance_count == 2
        orgs = [o.name for o in other.people.organisations()]
        assert orgs.count("CEBR") + orgs.count("cebr") == 1

        again = other.exchange.import_json(exported)
        assert again.created == []
        assert len(again.duplicates) == 3
        forced = other.exchange.import_json(exported, force=True)
        assert len(forced.created) == 3


def test_dry_run_saves_nothing(archive: Archive, tmp_path: Path) -> None:
    archive.sessions.create_demo()
    exported = tmp_path / "demo.json"
    archive.exchange.export_json(exported)
    with _open(tmp_path / "target") as other:
        report = other.exchange.import_json(exported, dry_run=True)
        assert report.planned == ["2020-09-11 S3: International and territorial cooperation"]
        assert other.sessions.count() == 0
        assert other.people.people() == []


def test_bad_records_are_refused_and_the_rest_imported(archive: Archive, tmp_path: Path) -> None:
    archive.sessions.create_demo()
    exported = tmp_path / "demo.json"
    archive.exchange.export_json(exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    good = document["sessions"][0]
    document["sessions"] = [
        {"title": ""},
        {**good, "title": "Bad date", "date": "11/09/2020"},
        {**good, "title": "Bad person", "appearances": [{"person": "p999"}]},
        good,
    ]
    exported.write_text(json.dumps(document), encoding="utf-8")
    report = archive.exchange.import_json(exported, force=True)
    assert len(report.created) == 1
    reasons = {r.item: r.reason for r in report.refused}
    assert "title" in reasons["session 1"]
    assert "not a date" in reasons["session 2 (Bad date)"]
    assert "p999" in reasons["session 3 (Bad person)"]


def test_not_an_exchange_file_is_refused_clearly(archive: Archive, tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"sessions": []}', encoding="utf-8")
    with pytest.raises(ValidationError, match="not a Webinar Archive exchange file"):
        archive.exchange.import_json(bad)
    bad.write_text('{"format": "webinar-archive-exchange", "version": 99}', encoding="utf-8")
    with pytest.raises(ValidationError, match="format 99"):
        archive.exchange.import_json(bad)
    bad.write_text("{oops", encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON"):
        archive.exchange.import_json(bad)


def test_a_failure_mid_import_keeps_nothing(archive: Archive, tmp_path: Path) -> None:
    """The sessions of one file are written in one transaction: an error half-way through
    leaves the library as it was, files copied for the import included."""
    work = tmp_path / "work"
    work.mkdir()
    rich_library(archive, work)
    exported = tmp_path / "ex" / "library.json"
    archive.exchange.export_json(exported, with_files=True)

    class Stop(Exception):
        pass

    def progress(step: Progress) -> bool:
        if step.done == 1:
            raise Stop
        return True

    with _open(tmp_path / "target") as other:
        with pytest.raises(Stop):
            other.exchange.import_json(exported, progress=progress)
        assert other.sessions.count() == 0
        assert [p for p in (tmp_path / "target" / "files").rglob("*") if p.is_file()] == []
        report = other.exchange.import_json(exported)
        assert len(report.created) == archive.sessions.count()


def test_sessions_load_in_batches_in_the_order_asked(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    from webinar_archive.domain.errors import NotFoundError
    from webinar_archive.storage.repos import sessions as session_repo

    monkeypatch.setattr(session_repo, "EXPORT_BATCH", 2)
    ids = [archive.sessions.create(m.SessionDraft(title=f"S{i}")).id for i in range(5)]
    order = [ids[3], ids[0], ids[4], ids[1], ids[2]]
    assert [s.title for s in archive.exchange.sessions(order)] == ["S3", "S0", "S4", "S1", "S2"]
    assert [s.id for s in archive.exchange.sessions()] == archive.sessions.ids()
    with pytest.raises(NotFoundError):
        archive.exchange.sessions([ids[0], 999_999])
