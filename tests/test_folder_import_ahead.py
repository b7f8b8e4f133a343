"""Folder import's concurrency: the review's probes two at a time, the import's copies ahead."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from exchange_helpers import make_pdf
from helpers import make_media
from hostile_corpus import cut_moov_mp4
from webinar_archive.domain.input_files import InputFileError
from webinar_archive.domain.progress import Cancelled, Progress
from webinar_archive.services import copy_ahead, folder_import
from webinar_archive.services.archive import Archive
from webinar_archive.services.copy_ahead import CopyAhead
from webinar_archive.storage.filestore import FileStore, Incoming


def _ours_running() -> list[str]:
    names = ("review-probe", "copy-ahead", "flush-ahead")
    return [t.name for t in threading.enumerate() if t.name.startswith(names)]


def _tree(root: Path, damaged_at: int | None = None, count: int = 4) -> list[Path]:
    """``count`` session folders, each a recording, slides and a handout (the one numbered
    ``damaged_at`` has a recording cut short)."""
    folders = []
    for i in range(count):
        folder = root / f"2023-0{i + 1}-1{i} Talk {i + 1}"
        folder.mkdir(parents=True)
        if i == damaged_at:
            cut_moov_mp4(folder).rename(folder / "talk.mp4")
        else:
            make_media(folder / "talk.mp4", video=True, seconds=1 + i % 2)
        make_pdf(folder / "slides.pdf", [f"Talk {i + 1}", "Regions"])
        (folder / "handout.txt").write_text(f"Handout of talk {i + 1}\n", encoding="utf-8")
        folders.append(folder)
    return folders


def _files(archive: Archive) -> list[tuple[str, list[tuple[str, str, int]]]]:
    """Each session (by title) and its files: name, content hash and size, in their order."""
    result = []
    for session_id in sorted(archive.sessions.ids()):
        session = archive.sessions.get(session_id)
        files = [(r.original_name, r.sha256, r.size) for r in session.recordings]
        files += [(x.original_name, x.sha256, x.size) for x in session.materials]
        result.append((session.title, files))
    return result


def _leftovers(library: Path) -> list[Path]:
    return sorted(library.rglob(".incoming-*"))


# -- the review --------------------------------------------------------------------------------


def test_the_review_keeps_the_folders_order_and_each_warning_in_its_row(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    folders = _tree(tmp_path / "tree", damaged_at=2)
    plan = sqlite_archive.folder_import.plan(tmp_path / "tree")
    assert [s.folder for s in plan.sessions] == [str(f) for f in folders]
    for i, session in enumerate(plan.sessions):
        rows = {f.name: (f.role, f.warning) for f in session.files}
        assert rows["slides.pdf"][1] is None
        role, warning = rows["talk.mp4"]
        assert role == "recording"
        if i == 2:
            assert str(warning).startswith("the file looks cut short")
        else:
            assert warning is None
    assert _ours_running() == []


def test_a_cancelled_review_leaves_no_probe_running(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    _tree(tmp_path / "tree")
    with pytest.raises(Cancelled):
        sqlite_archive.folder_import.plan(tmp_path / "tree", progress=lambda p: p.done < 2)
    assert _ours_running() == []
    # The next review starts afresh and sees every folder.
    assert len(sqlite_archive.folder_import.plan(tmp_path / "tree").sessions) == 4


# -- the import --------------------------------------------------------------------------------


class _NoCopiesAhead(CopyAhead):
    """Asked for nothing: every file is copied when attached, as before copies ahead."""

    def ask(self, paths: object) -> None:
        return None


def test_copies_ahead_give_what_copying_file_by_file_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path / "tree", damaged_at=1, count=5)
    results = []
    for name, ahead in (("by-file", _NoCopiesAhead), ("ahead", CopyAhead)):
        monkeypatch.setattr(folder_import, "CopyAhead", ahead)
        with Archive.open(tmp_path / name) as archive:
            archive.folder_import.plan(tmp_path / "tree")
            report = archive.folder_import.run(tmp_path / "tree")
            results.append(
                (
                    [Path(p).relative_to(tmp_path) for p in report.attached],
                    report.all_warnings(),
                    report.refused,
                    _files(archive),
                )
            )
        assert _leftovers(tmp_path / name) == []
    assert results[0] == results[1]
    attached, warnings, refused, sessions = results[1]
    assert len(attached) == 15 and refused == [] and len(sessions) == 5
    assert any("talk.mp4" in w for w in warnings)  # the damaged recording, said once
    assert _ours_running() == []


def test_an_import_stopped_midway_leaves_no_copy_without_its_row(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    _tree(tmp_path / "tree")

    class Killed(Exception):
        pass

    def progress(step: Progress) -> bool:
        if step.done >= 2:  # the third folder: copies of it and the fourth are on their way
            raise Killed
        return True

    with pytest.raises(Killed):
        sqlite_archive.folder_import.run(tmp_path / "tree", progress=progress)
    assert _ours_running() == []
    library = sqlite_archive.root
    assert _leftovers(library) == []
    recorded = {sha for _, files in _files(sqlite_archive) for _, sha, _ in files}
    stored = {p.name.split(".")[0] for p in (library / "files").rglob("*") if p.is_file()}
    assert stored == recorded and len(recorded) == 2 * 3  # two whole folders
    # Run again, it imports the rest.
    rest = sqlite_archive.folder_import.run(tmp_path / "tree")
    assert len(rest.created) == 2 and rest.refused == []


# -- CopyAhead itself --------------------------------------------------------------------------


def _content(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(name.encode() * (size // len(name) + 1))
    return path


def test_copies_are_taken_in_order_flushed_with_their_hash(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "library")
    paths = [_content(tmp_path, f"file{i}.bin", 3_000_000 + i) for i in range(4)]
    ahead = CopyAhead(store, ahead=1)
    try:
        ahead.ask(paths)
        for path in paths:
            incoming = ahead.take(path)
            assert isinstance(incoming, Incoming) and incoming.flushed
            assert incoming.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
            stored = store.place(incoming)
            assert store.resolve(stored.stored_path).read_bytes() == path.read_bytes()
        assert ahead.take(tmp_path / "never asked.bin") is None
    finally:
        ahead.close()
    assert _leftovers(store.root) == [] and _ours_running() == []


def test_a_file_that_cannot_be_copied_names_itself_and_the_others_come(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "library")
    first = _content(tmp_path, "first.bin", 10_000)
    missing = tmp_path / "in" / "gone.pdf"
    fifo = tmp_path / "in" / "pipe.mp4"
    os.mkfifo(fifo)  # copying would wait for a writer for ever: refused before opening
    last = _content(tmp_path, "last.bin", 10_000)
    ahead = CopyAhead(store)
    try:
        ahead.ask([first, missing, fifo, last])
        taken = ahead.take(first)
        assert isinstance(taken, Incoming)
        taken.discard()  # taken, it is the caller's to place or remove
        with pytest.raises(InputFileError, match=r"gone\.pdf: the file is not found"):
            ahead.take(missing)
        with pytest.raises(InputFileError, match=r"pipe\.mp4"):
            ahead.take(fifo)
        got = ahead.take(last)
        assert isinstance(got, Incoming) and got.size == last.stat().st_size
        got.discard()
    finally:
        ahead.close()
    assert _leftovers(store.root) == []


def test_files_passed_over_and_left_at_close_are_removed(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "library")
    paths = [_content(tmp_path, f"p{i}.bin", 2_000_000) for i in range(5)]
    ahead = CopyAhead(store, ahead=2)
    try:
        ahead.ask(paths)
        third = ahead.take(paths[2])  # the first two are not wanted after all
        assert isinstance(third, Incoming)
        assert ahead.take(paths[0]) is None  # passed over: no longer asked for
        store.place(third)
    finally:
        ahead.close()  # the last two, copied or not, are dropped
    assert _leftovers(store.root) == [] and _ours_running() == []
    assert len([p for p in (store.root / "files").rglob("*") if p.is_file()]) == 1


class _HeldStore(FileStore):
    """The real store, whose copies wait until the test lets them start."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.go = threading.Event()

    def copy_in(self, source: Path, *args: object, **kwargs: object) -> Incoming:
        stop = kwargs.get("stop")
        while not self.go.wait(0.01):
            if isinstance(stop, threading.Event) and stop.is_set():
                raise Cancelled
        return super().copy_in(source, *args, **kwargs)  # type: ignore[arg-type]


def test_a_cancel_while_waiting_for_a_copy_stops_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(copy_ahead, "WAIT_S", 0.01)
    store = _HeldStore(tmp_path / "library")
    path = _content(tmp_path, "slow.bin", 100_000)
    asked: list[Progress] = []

    def progress(step: Progress) -> bool:
        asked.append(step)
        return len(asked) < 3

    ahead = CopyAhead(store)
    try:
        ahead.ask([path])
        with pytest.raises(Cancelled):
            ahead.take(path, progress)
        assert len(asked) == 3 and asked[0].text == "slow.bin"
    finally:
        ahead.close()
    assert _leftovers(store.root) == [] and _ours_running() == []
