"""Files the app writes respect the umask; temporary files are cleaned up; a busy catalogue."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command as alembic_command

from helpers import draft, make_pdf
from input_helpers import SRC
from webinar_archive.cli import run
from webinar_archive.domain.errors import LibraryError
from webinar_archive.services.archive import Archive
from webinar_archive.storage import database
from webinar_archive.storage.filestore import FileStore


@pytest.fixture(params=[0o022, 0o027], ids=["umask022", "umask027"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield int(request.param)
    finally:
        os.umask(previous)


def test_every_kind_of_file_gets_the_mode_the_umask_gives(umask: int, tmp_path: Path) -> None:
    """Stored copies, snapshots, briefs, exports (JSON, CSV, files), chapters and catalogue
    backups: 0644 under umask 022 and 0640 under 027, never the 0600 of a temporary file."""
    library = tmp_path / "library"
    out = tmp_path / "out"
    source = tmp_path / "source"
    source.mkdir()
    slides = make_pdf(source / "slides.pdf", ["Slides"])
    recording = source / "talk.mp4"
    recording.write_bytes(os.urandom(2000))
    with Archive.open(library) as archive:
        session = archive.sessions.create(draft())
        results = archive.files.attach(session.id, [slides, recording])
        # Linked in place, so the export copies the original itself, mode 0600 and all.
        private = source / "private.txt"
        private.write_text("linked notes", encoding="utf-8")
        private.chmod(0o600)
        assert archive.files.attach(session.id, [private], link=True)[0].material_id
        recording_id = next(r.recording_id for r in results if r.recording_id)
        archive.playback.import_chapters(recording_id, "00:00 Opening\n00:01 Talk\n")
        stored = archive.catalogue.files.write_bytes(b"<html></html>", ".html", "snapshots")
        archive.briefs.brief(session.id, out / "brief.pdf")
        archive.exchange.export_json(out / "exchange.json", with_files=True)
        archive.exchange.export_csv(out / "sessions.csv")
        engine = archive.catalogue.engine
        written = [
            database.backup_sqlite(engine, library / "backups", reason="test"),
            database.backup_rows(engine, library / "backups", reason="test"),
        ]
    code = run(
        ["--library", str(library), "chapters", str(recording_id), "--export", str(out / "ch.txt")]
    )
    assert code == 0
    written += [
        library / stored.stored_path,
        out / "brief.pdf",
        out / "exchange.json",
        out / "sessions.csv",
        out / "ch.txt",
    ]
    written += [p for p in library.glob("files/*/*") if p.is_file()]
    written += [p for p in (out / "files").rglob("*") if p.is_file()]
    expected = 0o666 & ~umask
    modes = {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in written if p and p.exists()}
    assert len(modes) >= 10
    assert set(modes.values()) == {oct(expected)}, modes


def test_leftover_temporary_files_are_removed_at_open(tmp_path: Path) -> None:
    """A killed copy, snapshot or backup leaves ``.incoming-*`` files: the next open removes
    them in files/, snapshots/ and backups/, and nothing else. Ones an older version left
    deeper are left to `check --repair`, which finds them."""
    library = tmp_path / "library"
    Archive.open(library).close()
    leftovers = [
        library / "files" / ".incoming-abc",
        library / "snapshots" / ".incoming-ghi.html",
        library / "backups" / ".incoming-jkl.sqlite",
    ]
    older = library / "files" / "ab" / ".incoming-def"
    kept = [library / "files" / "ab" / ("ab" + "0" * 62 + ".pdf"), library / "notes.incoming-x"]
    for path in [*leftovers, *kept, older]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"partial")
    Archive.open(library).close()
    assert [p for p in leftovers if p.exists()] == []
    assert all(p.exists() for p in kept)
    with Archive.open(library) as archive:
        _before, repair = archive.integrity.repair()
    assert repair.temporary_removed == [str(older)] and not older.exists()


def test_opening_reads_no_stored_files_folder(tmp_path: Path, monkeypatch) -> None:
    """Looking for leftovers at each open reads the top of files/, snapshots/ and backups/
    only, never the folders below that hold every stored file (100,000 sessions' worth)."""
    library = tmp_path / "library"
    with Archive.open(library) as archive:
        archive.catalogue.files.write_bytes(b"<p>page</p>", ".html", subdir="snapshots")
        archive.catalogue.files.write_bytes(b"slides", ".pdf")
    walked: list[str] = []
    real_walk = os.walk

    def walk(top, *args, **kwargs):  # type: ignore[no-untyped-def]
        walked.append(str(top))
        return real_walk(top, *args, **kwargs)

    monkeypatch.setattr(os, "walk", walk)
    Archive.open(library).close()
    assert walked == []


def test_temporary_files_are_written_at_the_top_of_the_store_folders(
    tmp_path: Path, monkeypatch
) -> None:
    """A copy, a file put back and a snapshot are written to a temporary file at the top of
    files/ or snapshots/ and renamed from there: where the open's look for leftovers sees it."""
    store = FileStore(tmp_path / "library")
    renamed: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def replace(src, dst):  # type: ignore[no-untyped-def]
        renamed.append((Path(src), Path(dst)))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    source = tmp_path / "talk.txt"
    source.write_bytes(b"a talk")
    added = store.add(source)
    store.remove(added.stored_path)
    store.put_back(source, added.stored_path, added.sha256)
    store.write_bytes(b"<p>page</p>", ".html", subdir="snapshots")
    tops = [(src.parent.name, dst.parent.parent.name) for src, dst in renamed]
    assert tops == [("files", "files"), ("files", "files"), ("snapshots", "snapshots")]
    assert all(src.name.startswith(".incoming-") for src, _dst in renamed)


def test_a_copy_in_progress_elsewhere_is_not_cleaned_up(tmp_path: Path) -> None:
    """Opening the library while another program is writing a copy leaves its temporary file
    alone (the store's lock says it is in use); it is cleaned once nobody holds the lock."""
    library = tmp_path / "library"
    Archive.open(library).close()
    busy = library / "files" / ".incoming-being-written"
    busy.parent.mkdir()
    busy.write_bytes(b"half a copy")
    holding = threading.Event()
    release = threading.Event()

    def writer() -> None:
        with FileStore(library).adding():  # a second store: its own lock descriptor
            holding.set()
            release.wait(30)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert holding.wait(30)
        Archive.open(library).close()
        assert busy.exists()
    finally:
        release.set()
        thread.join()
    Archive.open(library).close()
    assert not busy.exists()


def test_a_catalogue_locked_too_long_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """When another program holds the write lock past the busy timeout, the change is refused
    with a message saying to try again: no traceback, no SQL, nothing saved."""
    library = tmp_path / "library"
    Archive.open(library).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300, raising=False)
    other = sqlite3.connect(library / "catalogue.sqlite", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with Archive.open(library) as archive, pytest.raises(LibraryError, match="busy"):
            archive.sessions.create(draft())
        code = run(["--library", str(library), "add", "--title", "Waits too long"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 1
    assert "busy" in err and "Try again" in err
    assert "Traceback" not in err and "INSERT" not in err and "internal error" not in err
    with Archive.open(library) as archive:
        assert archive.sessions.count() == 0


_ADDER = (
    "import sys\n"
    "from webinar_archive.cli import run\n"
    "library, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])\n"
    "failed = 0\n"
    "for i in range(count):\n"
    "    failed += run(['--library', library, 'add', '--title', f'{tag} {i}',\n"
    "                   '--speaker', f'Person {tag} {i}|Org {i % 5}', '--tag', f't{i % 3}']) != 0\n"
    "sys.exit(1 if failed else 0)\n"
)


def test_two_processes_adding_at_once_lose_nothing(tmp_path: Path) -> None:
    """Two processes each add sessions (with people, organisations, tags) as fast as they can
    to one SQLite library: every add succeeds, no traceback, nothing lost."""
    library = tmp_path / "library"
    Archive.open(library).close()
    count = 60
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _ADDER, str(library), tag, str(count)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(SRC)},
        )
        for tag in ("A", "B")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        text = err.decode("utf-8", "replace")
        assert proc.returncode == 0, text
        assert "Traceback" not in text and "locked" not in text, text
    with Archive.open(library) as archive:
        titles = {row.title for row in archive.sessions.list_rows()}
        assert titles == {f"{tag} {i}" for tag in ("A", "B") for i in range(count)}
        assert len(archive.people.people()) == 2 * count


def test_a_catalogue_whose_making_was_cut_short_leaves_no_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after the tables were made but before the version was written, a new library
    has no catalogue file (not one refused as damaged); the next open makes it whole."""
    library = tmp_path / "library"

    def killed(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt  # stands for the kill: nothing after this point runs

    with monkeypatch.context() as patch:
        patch.setattr(alembic_command, "stamp", killed)
        with pytest.raises(KeyboardInterrupt):
            Archive.open(library)
    assert not (library / "catalogue.sqlite").exists()
    with Archive.open(library) as archive:
        assert archive.catalogue.schema_action == "created"
        assert archive.sessions.create(draft()).id == 1
    assert sorted(p.name for p in library.iterdir() if p.name.startswith(".incoming")) == []
