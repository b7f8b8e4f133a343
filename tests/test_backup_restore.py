"""Backup archives: restore gives the same library back, hostile archives change nothing."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import tarfile
import threading
from pathlib import Path

import pytest

from backup_helpers import (
    file_info,
    library_with_files,
    manifest_entry,
    read_archive,
    tree,
    with_manifest,
    write_archive,
)
from helpers import draft
from webinar_archive.services.archive import Archive
from webinar_archive.services.backup import BackupSchedule
from webinar_archive.services.backup_archive import BackupError
from webinar_archive.services.restore import restore_backup
from webinar_archive.storage.database import HEAD_REVISION, head_revision
from webinar_archive.storage.snapshot import sqlite_problems


@pytest.fixture()
def made(tmp_path: Path) -> tuple[Path, Path]:
    """A library with files and a --with-files backup of it: (library, archive)."""
    archive = library_with_files(tmp_path / "lib", tmp_path / "sources")
    try:
        archive.backups.backup(tmp_path / "backup.tar", with_files=True)
    finally:
        archive.close()
    return tmp_path / "lib", tmp_path / "backup.tar"


@pytest.mark.parametrize("name", ["backup.tar", "backup.tar.gz"])
def test_backup_then_restore_gives_the_same_library(tmp_path: Path, name: str) -> None:
    """Managed files come back byte for byte, the catalogue passes SQLite's checks, and the
    trash and the linked file's record come back too; files get the umask's mode."""
    archive = library_with_files(tmp_path / "lib", tmp_path / "sources")
    old = os.umask(0o022)
    try:
        with archive:
            result = archive.backups.backup(tmp_path / name, with_files=True)
            head = head_revision(archive.catalogue.engine)
        restored = restore_backup(tmp_path / name, tmp_path / "restored")
    finally:
        os.umask(old)
    assert result.files == 2 and result.linked == 1 and result.missing == ()
    assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644
    assert restored.files == 2 and restored.not_in_archive == ()
    assert tree(tmp_path / "restored", "files") == tree(tmp_path / "lib", "files")
    assert len(tree(tmp_path / "restored", "files")) == 2
    for path in (tmp_path / "restored" / "files").rglob("*.*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert sqlite_problems(tmp_path / "restored" / "catalogue.sqlite") == []
    with Archive.open(tmp_path / "restored", create=False) as back:
        from webinar_archive.domain import model as m

        assert [r.title for r in back.sessions.list_rows(m.SessionFilter())] == [
            "Kept with its slides"
        ]
        trash = back.sessions.list_rows(m.SessionFilter(trash=True))
        assert [r.title for r in trash] == ["Waiting in the trash"]
        linked = back.sessions.get(trash[0].id).materials[0]
        assert linked.stored_path == str((tmp_path / "sources" / "linked.txt").resolve())
        assert back.search.count("Lapland") == 1
        assert back.catalogue.schema_action == "current"
        from sqlalchemy import text

        with back.catalogue.engine.connect() as conn:
            assert conn.scalar(text("select version_num from alembic_version")) == head
    assert not (tmp_path / "restored" / ".restore-work").exists()


@pytest.mark.postgres
def test_a_postgresql_library_restores_into_sqlite(tmp_path: Path, pg_database_url: str) -> None:
    """A server catalogue is backed up as rows (one REPEATABLE READ transaction) and restored
    into a new SQLite library with its files, its trash and a rebuilt search index."""
    archive = library_with_files(tmp_path / "lib", tmp_path / "sources", pg_database_url)
    with archive:
        archive.backups.backup(tmp_path / "pg.tar", with_files=True)
    assert [m.name for m, _ in read_archive(tmp_path / "pg.tar")][1] == "catalogue-rows.json"
    restored = restore_backup(tmp_path / "pg.tar", tmp_path / "restored")
    assert restored.files == 2 and restored.sessions == 1
    assert tree(tmp_path / "restored", "files") == tree(tmp_path / "lib", "files")
    assert sqlite_problems(tmp_path / "restored" / "catalogue.sqlite") == []
    with Archive.open(tmp_path / "restored", create=False) as back:
        from webinar_archive.domain import model as m

        assert len(back.sessions.list_rows(m.SessionFilter(trash=True))) == 1
        assert back.search.count("Lapland") == 1


def test_the_manifest_names_revision_version_and_every_file(made: tuple[Path, Path]) -> None:
    lib, backup = made
    entries = read_archive(backup)
    assert [m.name for m, _ in entries][:2] == ["manifest.json", "catalogue.sqlite"]
    manifest = json.loads(entries[0][1])
    assert manifest["format"] == "webinar-archive-backup" and manifest["format_version"] == 1
    assert manifest["schema_revision"] == HEAD_REVISION and manifest["app_version"]
    assert manifest["created_at"].endswith("+00:00")
    import hashlib

    assert manifest["catalogue"]["sha256"] == hashlib.sha256(entries[1][1]).hexdigest()
    on_disk = tree(lib, "files")
    assert {f["name"]: f["size"] for f in manifest["files"]} == {
        k: len(v) for k, v in on_disk.items()
    }
    assert len(manifest["linked"]) == 1


def test_a_catalogue_only_backup_says_which_files_it_lacks(tmp_path: Path) -> None:
    with library_with_files(tmp_path / "lib", tmp_path / "sources") as archive:
        result = archive.backups.backup(tmp_path / "cat.tar")
    assert result.files == 0 and not result.files_included
    names = [m.name for m, _ in read_archive(tmp_path / "cat.tar")]
    assert names == ["manifest.json", "catalogue.sqlite"]
    restored = restore_backup(tmp_path / "cat.tar", tmp_path / "restored")
    assert restored.files == 0 and len(restored.not_in_archive) == 2
    assert restored.sessions == 1


def test_restore_refuses_a_folder_that_is_not_empty(made: tuple[Path, Path], tmp_path) -> None:
    _lib, backup = made
    target = tmp_path / "busy"
    target.mkdir()
    (target / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(BackupError, match="not empty"):
        restore_backup(backup, target)
    assert [p.name for p in target.iterdir()] == ["mine.txt"]


def _outside_snapshot(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if "restored" not in p.parts}


def _hostile(kind: str, entries: list, manifest: dict, tmp_path: Path) -> list:
    """The backup's entries altered the way ``kind`` says (see the parametrized test)."""
    files = entries[2:]
    first = files[0][0].name
    if kind == "dotdot entry":
        data = b"escaped\n"
        return [*entries, file_info("../escaped.txt", data)]
    if kind == "dotdot in the manifest":
        data = b"escaped\n"
        manifest_entry(manifest, "files/../../escaped.txt", data)
        return with_manifest([*entries, file_info("files/../../escaped.txt", data)], manifest)
    if kind == "absolute entry":
        return [*entries, file_info(str(tmp_path / "escaped.txt"), b"escaped\n")]
    if kind == "symlink entry":
        info = tarfile.TarInfo(first)
        info.type = tarfile.SYMTYPE
        info.linkname = str(tmp_path / "escaped.txt")
        return [entries[0], entries[1], (info, b""), *files[1:]]
    if kind == "hardlink entry":
        info = tarfile.TarInfo(first)
        info.type = tarfile.LNKTYPE
        info.linkname = "../escaped.txt"
        return [entries[0], entries[1], (info, b""), *files[1:]]
    if kind == "device entry":
        info = tarfile.TarInfo(first)
        info.type = tarfile.CHRTYPE
        info.devmajor, info.devminor = 1, 3
        return [entries[0], entries[1], (info, b""), *files[1:]]
    if kind == "hash mismatch":
        info, data = files[0]
        altered = bytes([data[0] ^ 1]) + data[1:]
        return [entries[0], entries[1], (info, altered), *files[1:]]
    if kind == "size mismatch":
        info, data = files[0]
        return [entries[0], entries[1], file_info(info.name, data + b"more"), *files[1:]]
    if kind == "oversize entry":
        # The header claims far more than the manifest: refused before anything is read.
        info, data = files[0]
        big = tarfile.TarInfo(info.name)
        big.size = 10 * 1024 * 1024
        return [entries[0], entries[1], (big, data + bytes(big.size - len(data))), *files[1:]]
    if kind == "missing file":
        return entries[:-1]
    if kind == "extra file":
        return [*entries, file_info("files/00/" + "0" * 64 + ".txt", b"extra\n")]
    if kind == "duplicate entry":
        return [*entries, files[0]]
    if kind == "catalogue altered":
        info, data = entries[1]
        return [entries[0], (info, data[:-1] + b"\x01"), *files]
    if kind == "manifest not first":
        return [entries[1], entries[0], *files]
    raise AssertionError(kind)


HOSTILE = [
    "dotdot entry",
    "dotdot in the manifest",
    "absolute entry",
    "symlink entry",
    "hardlink entry",
    "device entry",
    "hash mismatch",
    "size mismatch",
    "oversize entry",
    "missing file",
    "extra file",
    "duplicate entry",
    "catalogue altered",
    "manifest not first",
]


@pytest.mark.parametrize("kind", HOSTILE)
@pytest.mark.parametrize("target_exists", [False, True], ids=["new-target", "empty-target"])
def test_a_hostile_archive_is_refused_with_nothing_left(
    made: tuple[Path, Path], tmp_path: Path, kind: str, target_exists: bool
) -> None:
    """Each alteration is refused with a message naming the archive; nothing is written outside
    the target, and the half-restored target is removed (or emptied, when it existed)."""
    _lib, backup = made
    entries = read_archive(backup)
    manifest = json.loads(entries[0][1])
    hostile = write_archive(tmp_path / "hostile.tar", _hostile(kind, entries, manifest, tmp_path))
    target = tmp_path / "deep" / "restored"
    if target_exists:
        target.mkdir(parents=True)
    before = _outside_snapshot(tmp_path)
    with pytest.raises(BackupError) as caught:
        restore_backup(hostile, target)
    assert "hostile.tar" in str(caught.value)
    assert _outside_snapshot(tmp_path) == before
    assert not (tmp_path / "escaped.txt").exists()
    if target_exists:
        assert list(target.iterdir()) == []
    else:
        assert not target.exists()


def test_garbage_and_missing_archives_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not a tar at all" * 100)
    with pytest.raises(BackupError, match=r"junk\.tar"):
        restore_backup(junk, tmp_path / "a")
    with pytest.raises(BackupError, match="No backup archive"):
        restore_backup(tmp_path / "absent.tar", tmp_path / "b")
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_backup_while_another_connection_writes(tmp_path: Path) -> None:
    """Backups taken while another process's connection keeps adding sessions each restore to a
    consistent catalogue holding every session committed before the backup began."""
    lib = tmp_path / "lib"
    with Archive.open(lib) as archive:
        archive.sessions.create(draft("First"))
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        with Archive.open(lib) as other:
            while not stop.is_set():
                written.append(other.sessions.create(draft(f"Talk {len(written)}")).id)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        with Archive.open(lib) as archive:
            counts = []
            for n in range(4):
                before = archive.sessions.count()
                archive.backups.backup(tmp_path / f"b{n}.tar")
                counts.append(before)
    finally:
        stop.set()
        thread.join()
    assert len(written) > 0
    for n, before in enumerate(counts):
        result = restore_backup(tmp_path / f"b{n}.tar", tmp_path / f"r{n}")
        assert result.sessions >= before
        assert sqlite_problems(tmp_path / f"r{n}" / "catalogue.sqlite") == []
        with sqlite3.connect(tmp_path / f"r{n}" / "catalogue.sqlite") as db:
            ids = [r[0] for r in db.execute("select id from session order by id")]
        assert ids == list(range(1, len(ids) + 1))  # no gap: a prefix of what was written


def test_backup_refuses_a_folder_as_target(tmp_path: Path) -> None:
    from webinar_archive.domain.errors import ValidationError

    with Archive.open(tmp_path / "lib") as archive, pytest.raises(ValidationError, match="folder"):
        archive.backups.backup(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib"]


def test_a_changed_stored_file_stops_the_backup(tmp_path: Path) -> None:
    """A managed file whose bytes no longer match its hash would not restore: no archive."""
    with library_with_files(tmp_path / "lib", tmp_path / "sources") as archive:
        stored = next((tmp_path / "lib" / "files").rglob("*.txt"))
        stored.write_bytes(stored.read_bytes().upper())
        with pytest.raises(BackupError, match="no longer matches"):
            archive.backups.backup(tmp_path / "b.tar", with_files=True)
    assert not (tmp_path / "b.tar").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# ---------------------------------------------------------------------- on a schedule


def test_scheduled_backups_are_made_when_due_and_pruned_to_n(tmp_path: Path) -> None:
    """Off by default; once set, one copy per period; only the automatic copies are pruned."""
    with Archive.open(tmp_path / "lib") as archive:
        archive.sessions.create(draft())
        backups = archive.backups
        assert backups.schedule() == BackupSchedule(0, 5)
        assert backups.backup_if_due() is None
        backups.set_schedule(BackupSchedule(every_days=1, keep=2))
        assert backups.schedule() == BackupSchedule(1, 2)
        backups.backup_dir.mkdir()
        other = backups.backup_dir / "catalogue-20200101-000000-before-upgrade-from-0001.sqlite"
        other.write_bytes(b"an upgrade's copy")
        mine = backups.backup_dir / "catalogue-my-own-scheduled.txt"
        mine.write_bytes(b"not a copy")
        first = backups.backup_if_due()
        assert first is not None and first.name.endswith("-scheduled.sqlite")
        assert sqlite_problems(first) == []
        assert backups.backup_if_due() is None  # not due yet
        made = [first]
        for _ in range(3):
            for path in backups.scheduled_backups():  # two days pass
                then = path.stat().st_mtime - 2 * 86400
                os.utime(path, (then, then))
            new = backups.backup_if_due()
            assert new is not None
            made.append(new)
        assert backups.scheduled_backups() == made[-2:]
        assert other.exists() and mine.exists()


def test_a_schedule_out_of_range_is_refused(sqlite_archive) -> None:
    from webinar_archive.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        BackupSchedule(every_days=-1)
    with pytest.raises(ValidationError):
        BackupSchedule(keep=0)
