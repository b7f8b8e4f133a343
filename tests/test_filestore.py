"""The file store keeps to its folders: it reads, writes and deletes nothing outside them."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from webinar_archive.domain.errors import FileStoreError
from webinar_archive.storage.filestore import FileStore


@pytest.fixture()
def store(tmp_path: Path) -> FileStore:
    root = tmp_path / "library"
    root.mkdir()
    return FileStore(root)


@pytest.fixture()
def outside(tmp_path: Path) -> Path:
    victim = tmp_path / "victim.txt"
    victim.write_text("not the library's", encoding="utf-8")
    return victim


@pytest.fixture()
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("umask")
def test_stored_files_get_the_mode_the_umask_gives(store: FileStore, tmp_path: Path) -> None:
    """Copies and generated files are 0644 under umask 022 and 0640 under 027, not 0600."""
    source = tmp_path / "slides.txt"
    source.write_text("slides", encoding="utf-8")
    copied = store.resolve(store.add(source).stored_path)
    written = store.resolve(store.write_bytes(b"<html>", ".html", "snapshots").stored_path)
    assert stat.S_IMODE(copied.stat().st_mode) == 0o644
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    os.umask(0o027)
    source.write_text("other slides", encoding="utf-8")
    copied = store.resolve(store.add(source).stored_path)
    written = store.resolve(store.write_bytes(b"<html>2", ".html", "snapshots").stored_path)
    assert stat.S_IMODE(copied.stat().st_mode) == 0o640
    assert stat.S_IMODE(written.stat().st_mode) == 0o640


@pytest.mark.parametrize(
    "stored_path",
    ["../victim.txt", "files/../../victim.txt", "catalogue.sqlite", "files", ".", ""],
)
def test_paths_leaving_the_store_are_refused_for_reading_and_deleting(
    store: FileStore, outside: Path, stored_path: str
) -> None:
    """A relative path out of files/ or snapshots/ is refused, naming it; nothing is deleted."""
    (store.root / "catalogue.sqlite").write_bytes(b"catalogue")
    with pytest.raises(FileStoreError) as refused:
        store.resolve(stored_path)
    assert repr(stored_path) in str(refused.value)
    with pytest.raises(FileStoreError):
        store.remove(stored_path)
    assert outside.read_text(encoding="utf-8") == "not the library's"
    assert (store.root / "catalogue.sqlite").read_bytes() == b"catalogue"


def test_a_symlink_in_the_store_pointing_outside_is_outside(
    store: FileStore, outside: Path
) -> None:
    """files/ab/x linking to a file elsewhere is neither read nor deleted through the store."""
    link = store.root / "files" / "ab" / "x.txt"
    link.parent.mkdir(parents=True)
    link.symlink_to(outside)
    with pytest.raises(FileStoreError, match=r"files/ab/x\.txt"):
        store.resolve("files/ab/x.txt")
    with pytest.raises(FileStoreError, match=r"files/ab/x\.txt"):
        store.remove("files/ab/x.txt")
    store.discard(["files/ab/x.txt"])  # logged, not raised: the rows are already gone
    assert link.is_symlink() and outside.is_file()


def test_linked_files_are_read_in_place_and_never_deleted(store: FileStore, outside: Path) -> None:
    """An absolute (linked in place) path resolves to itself, and the store refuses to delete it."""
    assert store.resolve(str(outside)) == outside
    with pytest.raises(FileStoreError, match="linked"):
        store.remove(str(outside))
    store.discard([str(outside)])
    assert outside.is_file()


def test_copies_inside_the_store_are_read_and_deleted(store: FileStore, tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("notes", encoding="utf-8")
    stored = store.add(source)
    path = store.resolve(stored.stored_path)
    assert path.read_text(encoding="utf-8") == "notes"
    store.remove(stored.stored_path)
    assert not path.exists() and source.is_file()


def test_removing_inside_adding_is_refused_rather_than_waiting_forever(store: FileStore) -> None:
    with store.adding(), pytest.raises(RuntimeError), store.removing():
        pass
    with store.removing(), store.adding():  # the stronger lock covers the weaker one
        pass
