"""Folder import: a tree of session folders becomes sessions; re-import, refusals and cancel."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path

import pytest

from exchange_helpers import fake_media, make_odp, make_pdf, make_pptx
from webinar_archive.domain import model as m
from webinar_archive.domain.progress import Progress
from webinar_archive.importers.folder import (
    find_session_folders,
    folder_marker,
    read_summary,
    title_from_folder_name,
)
from webinar_archive.services.archive import Archive

HAS_PROBE = importlib.util.find_spec("webinar_archive.media.probe") is not None
HAS_PAGE_READER = importlib.util.find_spec("webinar_archive.importers.page") is not None
needs_probe = pytest.mark.skipif(
    not HAS_PROBE,
    reason="attaching recordings needs webinar_archive.media.probe (the playback feature)",
)


def build_tree(root: Path) -> dict[str, Path]:
    """Three session folders (one nested), a folder without sessions, odd files."""
    first = root / "2020-09-11 S3 cooperation"
    first.mkdir(parents=True)
    make_pdf(first / "Morgan.pdf", ["Smart specialisation", "Regions"])
    make_pptx(first / "Pinna_I3.pptx", [("I3 instrument", "funding for partnerships")])
    make_odp(first / "Havukainen.odp", ["Lapland", "East and North Finland", "Priorities"])
    (first / "readme.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    os.symlink(first / "gone.pdf", first / "broken.pdf")

    second = root / "2021" / "20210105_Second_talk"
    second.mkdir(parents=True)
    make_pdf(second / "slides.pdf", ["Second talk"])
    (second / "summary.md").write_text(
        "---\n"
        "series: Cluster Talks\n"
        "date: 5 January 2021\n"
        "speakers:\n"
        "  - Anaïs Le Corvec (CEBR)\n"
        "  - Kevin Morgan\n"
        "tags: clusters, regions\n"
        "---\n"
        "# Clusters after the pandemic\n\n"
        "What changed for **clusters**.\n",
        encoding="utf-8",
    )
    third = root / "2021" / "no date here"
    third.mkdir(parents=True)
    (third / "summary.txt").write_text("Only a summary.\n", encoding="utf-8")
    (root / "empty-notes").mkdir()
    (root / "empty-notes" / "notes.docx").write_bytes(b"not a session marker")
    return {"first": first, "second": second, "third": third}


def test_folder_name_gives_title_and_date() -> None:
    assert title_from_folder_name("2020-09-11 S3 cooperation") == (
        "S3 cooperation",
        dt.date(2020, 9, 11),
    )
    assert title_from_folder_name("20210105_Second_talk") == ("Second talk", dt.date(2021, 1, 5))
    assert title_from_folder_name("2020_13_45 odd") == ("2020 13 45 odd", None)
    assert title_from_folder_name("Plain name") == ("Plain name", None)


def test_summary_front_matter_and_heading(tmp_path: Path) -> None:
    tree = build_tree(tmp_path / "tree")
    draft, warnings = read_summary(tree["second"] / "summary.md")
    assert warnings == []
    assert draft.title == "Clusters after the pandemic"
    assert draft.date == dt.date(2021, 1, 5)
    assert draft.series == "Cluster Talks"
    assert [(s.name, s.organisation) for s in draft.speakers] == [
        ("Anaïs Le Corvec", "CEBR"),
        ("Kevin Morgan", None),
    ]
    assert draft.tags == ["clusters", "regions"]
    assert draft.summary == "What changed for **clusters**."


def test_session_folders_are_found_below_the_root(tmp_path: Path) -> None:
    tree = build_tree(tmp_path / "tree")
    found = find_session_folders(tmp_path / "tree")
    assert found == [tree["first"], tree["second"], tree["third"]]
    assert find_session_folders(tree["first"]) == [tree["first"]]


def test_import_tree_creates_one_session_per_folder(archive: Archive, tmp_path: Path) -> None:
    tree = build_tree(tmp_path / "tree")
    calls: list[tuple[int, int, str]] = []

    def progress(step: Progress) -> bool:
        calls.append((step.done, step.total, step.text))
        return True

    report = archive.folder_import.run(tmp_path / "tree", progress=progress)
    assert len(report.created) == 3
    assert calls[0] == (0, 3, "2020-09-11 S3 cooperation")
    assert calls[-1] == (3, 3, "")

    first = archive.sessions.get(report.created[0])
    assert first.title == "S3 cooperation"
    assert first.date == dt.date(2020, 9, 11)
    assert first.source_url == folder_marker(tree["first"])
    pages = {x.original_name: x.page_count for x in first.materials}
    assert pages == {"Havukainen.odp": 3, "Morgan.pdf": 2, "Pinna_I3.pptx": 1}
    pptx = next(x for x in first.materials if x.original_name == "Pinna_I3.pptx")
    assert "funding for partnerships" in archive.files.material_pages(pptx.id)[0]
    assert archive.search.session_ids("funding partnerships") == [first.id]

    refused = {Path(r.item).name: r.reason for r in report.refused}
    assert set(refused) == {"readme.zip", "broken.pdf"}
    assert "not found" in refused["broken.pdf"].lower()

    second = archive.sessions.get(report.created[1])
    assert second.title == "Clusters after the pandemic"
    assert second.series == "Cluster Talks"
    assert second.date == dt.date(2021, 1, 5)
    assert [a.person_name for a in second.appearances] == ["Anaïs Le Corvec", "Kevin Morgan"]
    assert second.summary == "What changed for **clusters**."

    third = archive.sessions.get(report.created[2])
    assert (third.title, third.date, third.summary) == ("no date here", None, "Only a summary.")
    text = report.summary()
    assert "Imported 3 new sessions" in text
    assert "broken.pdf" in text


def test_reimport_adds_nothing_twice(archive: Archive, tmp_path: Path) -> None:
    tree = build_tree(tmp_path / "tree")
    first_run = archive.folder_import.run(tmp_path / "tree")
    counts = {i: len(archive.sessions.get(i).materials) for i in first_run.created}

    again = archive.folder_import.run(tmp_path / "tree")
    assert again.created == [] and again.updated == []
    assert len(again.duplicates) == len(first_run.attached)
    assert archive.sessions.count() == 3
    assert {i: len(archive.sessions.get(i).materials) for i in counts} == counts

    make_pdf(tree["second"] / "extra.pdf", ["Added later"])
    third = archive.folder_import.run(tmp_path / "tree", dry_run=True)
    assert third.updated == [first_run.created[1]]
    assert [Path(p).name for p in third.attached] == ["extra.pdf"]
    assert len(archive.sessions.get(first_run.created[1]).materials) == 1
    fourth = archive.folder_import.run(tmp_path / "tree")
    assert fourth.updated == [first_run.created[1]]
    assert len(archive.sessions.get(first_run.created[1]).materials) == 2


def test_dry_run_saves_nothing(archive: Archive, tmp_path: Path) -> None:
    build_tree(tmp_path / "tree")
    report = archive.folder_import.run(tmp_path / "tree", dry_run=True)
    assert report.planned == [
        "2020-09-11 S3 cooperation",
        "2021-01-05 Clusters after the pandemic",
        "no date here",
    ]
    assert archive.sessions.count() == 0
    assert not (archive.root / "files").exists()


def test_cancel_keeps_what_was_done_and_a_rerun_finishes(archive: Archive, tmp_path: Path) -> None:
    build_tree(tmp_path / "tree")
    report = archive.folder_import.run(tmp_path / "tree", progress=lambda step: step.done < 1)
    assert report.cancelled
    assert len(report.created) == 1
    assert "Cancelled" in report.summary()
    rest = archive.folder_import.run(tmp_path / "tree")
    assert len(rest.created) == 2
    assert archive.sessions.count() == 3


def test_a_crash_mid_import_leaves_whole_sessions(archive: Archive, tmp_path: Path) -> None:
    build_tree(tmp_path / "tree")

    class Killed(Exception):
        pass

    def progress(step: Progress) -> bool:
        if step.done >= 1 and step.text == "20210105_Second_talk":
            raise Killed
        return True

    with pytest.raises(Killed):
        archive.folder_import.run(tmp_path / "tree", progress=progress)
    ids = archive.sessions.ids()
    assert len(ids) == 1
    first = archive.sessions.get(ids[0])
    assert first.title == "S3 cooperation"
    assert len(first.materials) == 3
    assert archive.sessions.find("Clusters after the pandemic", dt.date(2021, 1, 5)) == []


def test_saved_page_is_kept_as_snapshot(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "2022-05-17 Page session"
    folder.mkdir()
    (folder / "index.html").write_text(
        "<html><head><title>Green clusters webinar</title></head><body>"
        "<h1>Green clusters webinar</h1><p>17 May 2022</p></body></html>",
        encoding="utf-8",
    )
    make_pdf(folder / "deck.pdf", ["Green"])
    report = archive.folder_import.run(folder)
    assert len(report.created) == 1
    session = archive.sessions.get(report.created[0])
    assert [x.original_name for x in session.materials] == ["deck.pdf"]
    snapshots = list((archive.root / "snapshots").rglob("*.html"))
    assert len(snapshots) == 1
    if HAS_PAGE_READER:
        assert session.title == "Green clusters webinar"
    else:
        assert session.title == "Page session"
        assert any("page reader" in w for w in report.warnings)
    archive.folder_import.run(folder)
    assert len(list((archive.root / "snapshots").rglob("*.html"))) == 1


@needs_probe
def test_recordings_and_subtitles_attach_and_tie(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "2023-02-01 Recorded"
    folder.mkdir()
    fake_media(folder / "talk.mp4")
    (folder / "talk.en.srt").write_text(
        "1\n00:00:00,000 --> 00:00:02,000\nHello there\n", encoding="utf-8"
    )
    report = archive.folder_import.run(folder)
    session = archive.sessions.get(report.created[0])
    assert len(session.recordings) == 1
    rec = session.recordings[0]
    assert rec.probe_warning  # random bytes: the probe warns, the import goes on
    assert [t.language for t in rec.subtitles] == ["en"]
    assert archive.folder_import.run(folder).created == []
    assert len(archive.sessions.get(session.id).recordings) == 1


def test_material_kinds_are_what_attach_decides(archive: Archive, tmp_path: Path) -> None:
    tree = build_tree(tmp_path / "tree")
    report = archive.folder_import.run(tree["first"])
    kinds = {x.original_name: x.kind for x in archive.sessions.get(report.created[0]).materials}
    assert kinds["Morgan.pdf"] is m.MaterialKind.PDF
    assert kinds["Havukainen.odp"] is m.MaterialKind.SLIDES


def test_a_folder_fills_the_session_its_page_was_imported_as(
    archive: Archive, tmp_path: Path
) -> None:
    earlier = archive.sessions.create(
        m.SessionDraft(
            title="S3 Cooperation",
            date=dt.date(2020, 9, 11),
            source_url="https://example.org/s3",
        )
    )
    tree = build_tree(tmp_path / "tree")
    report = archive.folder_import.run(tree["first"])
    assert report.created == []
    assert report.updated == [earlier.id]
    session = archive.sessions.get(earlier.id)
    assert len(session.materials) == 3
    assert session.source_url == "https://example.org/s3"
    again = archive.folder_import.run(tree["first"])
    assert again.updated == [] and len(again.duplicates) == 3

    # Another folder of the same name elsewhere is another session: the first one claimed it.
    twin = tmp_path / "elsewhere" / "2020-09-11 S3 cooperation"
    twin.mkdir(parents=True)
    make_pdf(twin / "other.pdf", ["other"])
    twin_report = archive.folder_import.run(twin)
    assert len(twin_report.created) == 1
    assert len(archive.sessions.get(earlier.id).materials) == 3
    assert archive.folder_import.run(twin).created == []
    assert archive.sessions.count() == 2


def test_report_as_json(archive: Archive, tmp_path: Path) -> None:
    import json

    build_tree(tmp_path / "tree")
    report = archive.folder_import.run(tmp_path / "tree")
    data = json.loads(report.to_json())
    assert data["kind"] == "folder" and data["created"] == report.created
    assert {Path(r["item"]).name for r in data["refused"]} == {"readme.zip", "broken.pdf"}
    assert len(data["attached"]) == 4  # three in the first folder, one in the second
