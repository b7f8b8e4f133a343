"""check finds what is wrong with a library, --repair fixes what is safe, relink finds files."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from helpers import draft
from webinar_archive.domain.integrity import CheckReport, ProblemKind
from webinar_archive.services.archive import Archive


def _files(folder: Path, **contents: str) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for name, body in contents.items():
        path = folder / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        made[name] = path
    return made


def _attach(archive: Archive, session_id: int, *paths: Path, link: bool = False) -> list[Path]:
    """Attach and return where each file is kept (the store's copy, or the linked original)."""
    results = archive.files.attach(session_id, list(paths), link=link)
    assert all(r.ok for r in results), results
    return [
        archive.files.path_of(archive.files.material(r.material_id).stored_path)
        for r in results
        if r.material_id is not None
    ]


def _kinds(report: CheckReport) -> dict[str, ProblemKind]:
    return {Path(p.path).name: p.kind for p in report.problems}


def test_a_fresh_library_with_files_and_edits_checks_clean(archive, tmp_path):
    """Attach, edit, trash and restore keep files, records and the search index in step."""
    first = archive.sessions.create(draft())
    second = archive.sessions.create(draft("Smart specialisation in Łódź"))
    made = _files(tmp_path / "in", slides="slides of the talk", agenda="agenda")
    _attach(archive, first.id, made["slides"])
    _attach(archive, second.id, made["agenda"], link=True)
    current = archive.sessions.get(second.id).version
    archive.sessions.update(second.id, draft("Smart specialisation in Lodz"), current)
    archive.sessions.trash([first.id])
    report = archive.integrity.check(full=True)
    assert report.ok, report.problems
    archive.sessions.restore([first.id])
    report = archive.integrity.check(full=True)
    assert report.ok, report.problems
    assert report.files_checked == 2
    assert {c.kind: c.indexed for c in report.index_counts}["title"] == 2


def test_check_finds_a_deleted_a_modified_and_a_moved_file_and_relink_reconnects_the_moved(
    archive, tmp_path
):
    """The three ways a file goes wrong are each named; relink brings back the moved one by
    its content (renamed, elsewhere), and leaves the other two reported."""
    session = archive.sessions.create(draft())
    made = _files(
        tmp_path / "in", deleted="to be deleted", modified="to be changed", moved="m" * 50
    )
    deleted, modified, moved = _attach(archive, session.id, *made.values())
    for original in made.values():
        original.unlink()  # the originals are gone too: only the library had them
    deleted.unlink()
    modified.write_text("changed behind the archive's back", encoding="utf-8")
    elsewhere = tmp_path / "moved to another drive"
    elsewhere.mkdir()
    shutil.move(moved, elsewhere / "renamed.bin")
    (elsewhere / "same size, other content.bin").write_text("x" * 50, encoding="utf-8")

    found = _kinds(archive.integrity.check())
    assert found == {
        deleted.name: ProblemKind.MISSING,
        modified.name: ProblemKind.SIZE,
        moved.name: ProblemKind.MISSING,
    }

    preview = archive.integrity.relink([elsewhere], dry_run=True)
    assert [r.old_path for r in preview.relinked] == [str(moved.relative_to(archive.root))]
    assert not moved.exists()  # a dry run changes nothing

    report = archive.integrity.relink([elsewhere])
    assert report.looked_for == 3
    assert [r.found_at for r in report.relinked] == [str(elsewhere / "renamed.bin")]
    assert report.relinked[0].copied_back
    assert moved.read_text(encoding="utf-8") == "m" * 50
    assert len(report.not_found) == 2
    assert _kinds(archive.integrity.check()) == {
        deleted.name: ProblemKind.MISSING,
        modified.name: ProblemKind.SIZE,
    }


def test_full_check_finds_content_changed_at_the_same_size(archive, tmp_path):
    """Only --full reads the files: a change that keeps the size is found by the hash."""
    session = archive.sessions.create(draft())
    [stored] = _attach(archive, session.id, _files(tmp_path / "in", a="abcdef")["a"])
    stored.write_text("ABCDEF", encoding="utf-8")
    assert archive.integrity.check().ok
    report = archive.integrity.check(full=True)
    assert [p.kind for p in report.problems] == [ProblemKind.HASH]
    assert report.bytes_hashed == 6


def test_relink_points_a_linked_file_to_its_new_mount_point(archive, tmp_path):
    """A drive mounted elsewhere: the linked-in-place original is found again and linked."""
    session = archive.sessions.create(draft())
    old_mount = tmp_path / "media" / "usb"
    made = _files(old_mount / "talks", recording_notes="notes " * 100)
    [linked] = _attach(archive, session.id, made["recording_notes"], link=True)
    new_mount = tmp_path / "run" / "media" / "usb"
    new_mount.parent.mkdir(parents=True)
    old_mount.rename(new_mount)
    assert _kinds(archive.integrity.check()) == {linked.name: ProblemKind.MISSING}

    report = archive.integrity.relink([new_mount])
    moved_to = new_mount / "talks" / linked.name
    assert [(r.new_path, r.copied_back) for r in report.relinked] == [(str(moved_to), False)]
    material = archive.sessions.get(session.id).materials[0]
    assert material.stored_path == str(moved_to)
    assert archive.integrity.check(full=True).ok
    assert not (archive.root / "files").exists() or not any((archive.root / "files").rglob("*.txt"))


def test_repair_moves_orphans_to_quarantine_and_deletes_nothing(archive, tmp_path):
    """Files no record knows (in files/ and snapshots/) are moved, with their content."""
    session = archive.sessions.create(draft())
    [kept] = _attach(archive, session.id, _files(tmp_path / "in", kept="kept")["kept"])
    stray = archive.root / "files" / "ab" / "stray.pdf"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"%PDF- nobody's")
    page = archive.root / "snapshots" / "cd" / "page.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html>", encoding="utf-8")

    report = archive.integrity.check()
    assert sorted(_kinds(report).items()) == [
        ("page.html", ProblemKind.ORPHAN),
        ("stray.pdf", ProblemKind.ORPHAN),
    ]
    _before, repair = archive.integrity.repair()
    assert not stray.exists() and not page.exists()
    targets = sorted(Path(q.target) for q in repair.quarantined)
    assert [t.read_bytes() for t in targets] == [b"%PDF- nobody's", b"<html>"]
    assert all(t.is_relative_to(archive.root / "quarantine") for t in targets)
    assert targets[0].relative_to(archive.root / "quarantine").parts[1:] == (
        "files",
        "ab",
        "stray.pdf",
    )
    assert repair.left == []
    assert kept.exists()
    assert archive.integrity.check().ok


def test_repair_lists_records_whose_file_is_gone_and_keeps_them(archive, tmp_path):
    """A dangling record is for the user to decide: repair leaves it, and says so."""
    session = archive.sessions.create(draft())
    [stored] = _attach(archive, session.id, _files(tmp_path / "in", gone="gone")["gone"])
    stored.unlink()
    _report, repair = archive.integrity.repair()
    assert [p.kind for p in repair.left] == [ProblemKind.MISSING]
    assert repair.left[0].records == (f"“gone.txt” (material 1 of session {session.id})",)
    assert len(archive.sessions.get(session.id).materials) == 1


def test_index_out_of_step_is_found_and_rebuilt(archive, tmp_path):
    """Rows lost from the index (a write that bypassed it) are counted per kind and repaired."""
    session = archive.sessions.create(draft(summary="A summary about forests."))
    archive.sessions.create(draft("Second session"))
    with archive.catalogue.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_location WHERE kind = 'summary'"))
        key = "rowid" if conn.dialect.name == "sqlite" else "session_id"
        conn.execute(text(f"DELETE FROM search_session WHERE {key} = :s"), {"s": session.id})
    report = archive.integrity.check()
    details = [p.detail for p in report.problems]
    assert all(p.kind is ProblemKind.INDEX for p in report.problems)
    assert "0 summary entries indexed, 1 in the catalogue" in details
    assert f"1 session not in the index (e.g. {session.id})" in details
    _before, repair = archive.integrity.repair()
    assert repair.index_rebuilt and repair.sessions_indexed == 2
    assert archive.integrity.check().ok
    assert archive.search.count("forests") == 1


def test_partial_copies_are_reported_and_removed_by_repair(archive):
    """A killed copy's temp file, in files/ or snapshots/, is listed and then removed."""
    for top in ("files", "snapshots"):
        (archive.root / top / "ab").mkdir(parents=True, exist_ok=True)
        (archive.root / top / "ab" / ".incoming-k1ll3d").write_bytes(b"half")
    report = archive.integrity.check()
    assert [p.kind for p in report.problems] == [ProblemKind.TEMPORARY] * 2
    _before, repair = archive.integrity.repair()
    assert len(repair.temporary_removed) == 2
    assert archive.integrity.check().ok


def test_opening_a_library_removes_partial_copies_in_every_store_folder(tmp_path):
    """Snapshots are written through temp files too; a killed write there is cleaned up."""
    library = tmp_path / "library"
    Archive.open(library).close()
    leftover = library / "snapshots" / ".incoming-k1ll3d"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a page")
    with Archive.open(library) as archive:
        assert not leftover.exists()
        assert archive.catalogue.temporary_removed == 1


def test_opening_a_library_leaves_a_copy_that_is_running_now_alone(tmp_path):
    """A copy in progress (another program attaching) holds the store's shared lock: opening
    the library meanwhile must not delete its temp file from under it."""
    library = tmp_path / "library"
    with Archive.open(library) as running:
        in_flight = library / "files" / ".incoming-in-flight"
        in_flight.parent.mkdir(parents=True, exist_ok=True)
        in_flight.write_bytes(b"being copied")
        adding, release, done = threading.Event(), threading.Event(), threading.Event()

        def copier() -> None:
            with running.catalogue.files.adding():
                adding.set()
                release.wait(30)
            done.set()

        thread = threading.Thread(target=copier)
        thread.start()
        try:
            assert adding.wait(30)
            with Archive.open(library) as other:
                assert in_flight.exists()
                assert other.catalogue.temporary_removed == 0
        finally:
            release.set()
            thread.join(30)
        assert done.is_set()


def test_a_library_folder_moved_as_a_whole_keeps_working(sqlite_archive, tmp_path):
    """Copies are recorded relative to the library: the folder can move to another disk."""
    archive = sqlite_archive
    session = archive.sessions.create(draft())
    _attach(archive, session.id, _files(tmp_path / "in", slides="the slides")["slides"])
    archive.close()
    moved = tmp_path / "other disk" / "library"
    shutil.copytree(archive.root, moved)
    shutil.rmtree(archive.root)
    with Archive.open(moved, create=False) as reopened:
        assert reopened.integrity.check(full=True).ok
        material = reopened.sessions.get(session.id).materials[0]
        path = reopened.files.path_of(material.stored_path)
        assert path.is_relative_to(moved)
        assert path.read_text(encoding="utf-8") == "the slides"


def test_a_damaged_page_of_the_catalogue_is_found_by_the_database_check(tmp_path):
    """Garbage written over one page of an index (with the app closed) is reported, with
    what to do, and the rest of the check still runs."""
    library = tmp_path / "library"
    with Archive.open(library) as archive:
        for n in range(30):
            archive.sessions.create(draft(f"Session {n}", summary="words " * 200))
    db_file = library / "catalogue.sqlite"
    with sqlite3.connect(db_file) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_session_search_filters'"
        ).fetchone()[0]
    db.close()
    with db_file.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d" + b"\xa5" * (page_size - 1))
    with Archive.open(library) as archive:
        report = archive.integrity.check()
    damaged = report.of_kind(ProblemKind.DATABASE)
    assert damaged, report.problems
    assert damaged[0].path == str(db_file)
    assert "damaged" in damaged[0].advice
    assert any("search index" in c for c in report.checks)


@pytest.mark.parametrize("name", ["no such folder", "a file.txt"])
def test_relink_refuses_what_is_not_a_folder(archive, tmp_path, name):
    from webinar_archive.domain.errors import ValidationError

    (tmp_path / "a file.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ValidationError, match="is not a folder"):
        archive.integrity.relink([tmp_path / name])


def test_check_stops_when_asked_and_says_where_it_was(archive, tmp_path):
    """The progress callback can stop a long check (the app's Cancel button)."""
    from webinar_archive.domain.progress import Cancelled

    session = archive.sessions.create(draft())
    _attach(archive, session.id, _files(tmp_path / "in", a="a", b="b")["a"])
    seen = []

    def progress(step):
        seen.append(step.text)
        return step.text != "Checking files"

    with pytest.raises(Cancelled):
        archive.integrity.check(full=True, progress=progress)
    assert seen[-1] == "Checking files"
