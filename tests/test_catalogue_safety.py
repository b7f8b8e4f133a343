"""A catalogue that cannot be used is refused untouched; database trouble gets a clear message."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_clean_error(result: subprocess.CompletedProcess[str], *says: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    for words in says:
        assert words in result.stderr
    assert "Traceback" not in result.stderr and "[SQL" not in result.stderr
    assert "internal error" not in result.stderr


def _foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (x TEXT)")
    db.close()


def _cut_short(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize(
    ("spoil", "why"),
    [
        (lambda p: p.write_bytes(b""), "0 bytes"),
        (lambda p: p.write_bytes(b"<html>not a database at all</html>\n" * 50), "not a SQLite"),
        (_foreign, "without the tables of a catalogue"),
        (_cut_short, "cut short"),
    ],
)
@pytest.mark.parametrize("command", ["init", "list"])
def test_a_damaged_catalogue_is_refused_and_left_as_it_is(
    tmp_path: Path, spoil: object, why: str, command: str
) -> None:
    """Not 'created, 0 sessions': the file is named, the newest backup offered, nothing changed."""
    library = tmp_path / "lib"
    assert _cli(library, "demo").returncode == 0
    backups = library / "backups"
    backups.mkdir()
    shutil.copy(library / "catalogue.sqlite", backups / "catalogue-20240101-120000-manual.sqlite")
    catalogue = library / "catalogue.sqlite"
    spoil(catalogue)  # type: ignore[operator]
    before = _digest(catalogue)
    names = sorted(p.name for p in library.iterdir())  # the demo's files/ among them
    result = _cli(library, command)
    _assert_clean_error(
        result,
        str(catalogue),
        "not a Webinar Archive catalogue, or it is damaged",
        why,
        "catalogue-20240101-120000-manual.sqlite",
    )
    assert _digest(catalogue) == before
    assert sorted(p.name for p in library.iterdir()) == names


def test_without_a_backup_the_message_says_how_to_start_again(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "catalogue.sqlite").write_bytes(b"")
    _assert_clean_error(_cli(library, "list"), "There is no backup", "Move catalogue.sqlite out")


def test_a_missing_catalogue_is_still_created(tmp_path: Path) -> None:
    result = _cli(tmp_path / "new", "init")
    assert result.returncode == 0 and "created" in result.stdout


@pytest.fixture()
def frozen() -> Iterator[list[Path]]:
    """Paths put here are made unwritable even for root (chattr +i), and writable again after."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(0o755 if path.is_dir() else 0o644)


def _freeze(frozen: list[Path], *paths: Path) -> None:
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o444)
        frozen.append(path)
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
            if done.returncode != 0:
                pytest.skip("running as root on a file system without chattr +i")


def test_a_read_only_library_can_be_read_and_refuses_changes_clearly(
    tmp_path: Path, frozen: list[Path]
) -> None:
    """list/show/search work; add says read-only; no -wal/-shm is left to break later opens."""
    library = tmp_path / "lib"
    assert _cli(library, "demo").returncode == 0
    names = sorted(p.name for p in library.iterdir())
    assert "catalogue.sqlite-wal" not in names
    _freeze(frozen, library / "catalogue.sqlite", library)
    for args in (["list"], ["show", "1"], ["search", "cooperation"]):
        result = _cli(library, *args)
        assert result.returncode == 0, result.stderr
        assert "S3: International" in result.stdout
    _assert_clean_error(_cli(library, "add", "--title", "New"), "is read-only", str(library))
    for path in frozen:
        subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert sorted(p.name for p in library.iterdir()) == names
    assert _cli(library, "add", "--title", "New").returncode == 0


def test_a_stopped_database_server_is_named_without_sql(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    url = "postgresql://archive@127.0.0.1:9/catalogue"  # port 9 (discard): nothing listens
    result = _cli(tmp_path, "--database-url", url, "list")
    _assert_clean_error(result, url, "Check that the server is running")


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (root only), unmounted afterwards."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=False)


def test_a_full_disk_is_reported_and_the_catalogue_still_opens(small_disk: Path) -> None:
    library = small_disk / "lib"
    assert _cli(library, "demo").returncode == 0
    summary_file = small_disk.parent / "summary.md"
    summary_file.write_text("word " * 600_000, encoding="utf-8")  # 3 MB: more than the disk
    result = _cli(library, "add", "--title", "Too big", "--summary-file", str(summary_file))
    _assert_clean_error(result, "is full", str(library / "catalogue.sqlite"))
    listed = _cli(library, "list")
    assert listed.returncode == 0 and "Too big" not in listed.stdout
