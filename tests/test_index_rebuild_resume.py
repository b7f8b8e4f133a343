"""An upgrade that rebuilds the search index does it after the schema change, in committed
steps with progress: interrupted (a Stop, Ctrl+C, a killed process) it goes on at the next open
from where it stopped, and meanwhile search says the index is being rebuilt instead of
answering from part of it."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from input_helpers import SRC
from search_helpers import REBUILD_SESSIONS, catalogue_to_upgrade, rebuild_progress, snapshot_rows
from webinar_archive.domain import model as m
from webinar_archive.domain.errors import LibraryError
from webinar_archive.domain.progress import Cancelled, Progress
from webinar_archive.domain.query import parse
from webinar_archive.services.archive import Archive
from webinar_archive.storage import catalogue
from webinar_archive.storage.database import HEAD_REVISION, create_catalogue_engine
from webinar_archive.storage.search import SearchStore, finish_rebuild
from webinar_archive.storage.search.base import BATCH

SESSIONS = REBUILD_SESSIONS


def test_an_interrupted_upgrade_rebuild_goes_on_at_the_next_open(tmp_path: Path) -> None:
    library = tmp_path / "library"
    catalogue_to_upgrade(library)

    def stop_after_first_step(step: Progress) -> bool:
        return step.done == 0

    with pytest.raises(Cancelled):
        Archive.open(library, progress=stop_after_first_step)
    revision, state = rebuild_progress(library)
    # The schema change is committed; the index holds one committed step and says so.
    assert revision == HEAD_REVISION
    assert state is not None and state.done == BATCH and state.total == SESSIONS

    # Meanwhile search does not answer from part of the catalogue.
    engine = create_catalogue_engine(f"sqlite:///{library / 'catalogue.sqlite'}")
    try:
        with pytest.raises(LibraryError, match="being rebuilt"):
            SearchStore(engine).count(parse("cooperation"))
    finally:
        engine.dispose()

    seen: list[Progress] = []

    def record(step: Progress) -> bool:
        seen.append(step)
        return True

    with Archive.open(library, progress=record) as archive:
        # It went on from the first step, not from the start.
        assert seen[0].done == BATCH and seen[-1].done == seen[-1].total == SESSIONS
        assert [s.done for s in seen] == sorted(s.done for s in seen)
        assert archive.search.count("cooperation") == SESSIONS
        resumed = snapshot_rows(archive)
        archive.search.reindex()
        assert snapshot_rows(archive) == resumed
    assert rebuild_progress(library) == (HEAD_REVISION, None)


def test_sessions_saved_during_a_rebuild_are_indexed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program edits a session the rebuild has not reached and adds one: the rebuild's
    later step replaces what those writes indexed instead of adding it again."""
    library = tmp_path / "library"
    catalogue_to_upgrade(library)
    with pytest.raises(Cancelled):
        Archive.open(library, progress=lambda step: step.done == 0)
    engine = create_catalogue_engine(f"sqlite:///{library / 'catalogue.sqlite'}")
    try:
        with engine.connect() as conn:
            last = int(conn.exec_driver_sql("SELECT max(id) FROM session").scalar_one())
    finally:
        engine.dispose()
    # The writes of another program that opens the catalogue without finishing the rebuild
    # (e.g. one that started before the upgrade): the index follows them as always.
    with monkeypatch.context() as patch:
        patch.setattr(catalogue, "finish_rebuild", lambda engine, progress=None: None)
        with Archive.open(library) as other:
            version = other.sessions.get(last).version
            other.sessions.update(last, m.SessionDraft(title="Peatland restoration"), version)
            added = other.sessions.create(m.SessionDraft(title="Peatland added")).id
    with Archive.open(library) as archive:
        assert archive.search.count("peatland") == 2
        assert archive.search.session_ids("peatland") == sorted([last, added])
        resumed = snapshot_rows(archive)
        archive.search.reindex()
        assert snapshot_rows(archive) == resumed


def test_ctrl_c_during_the_upgrade_rebuild_keeps_what_was_indexed(tmp_path: Path) -> None:
    """The command line shows the rebuild's progress on a terminal; Ctrl+C exits 130 saying
    that the next command goes on, and the next command does (and finds everything)."""
    library = tmp_path / "library"
    catalogue_to_upgrade(library)
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), "list"],
        stdout=subprocess.PIPE,
        stderr=slave,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    os.close(slave)
    shown = b""
    try:
        while f"{BATCH:,} of".encode() not in shown:
            chunk = os.read(master, 4096)
            assert chunk, shown
            shown += chunk
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=120)
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal is closed once the command has ended
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == 130, shown
    assert b"Rebuilding the search index" in shown and b"Traceback" not in shown
    revision, state = rebuild_progress(library)
    assert revision == HEAD_REVISION
    if state is not None:  # the interrupt may land after the last step on a fast machine
        assert b"goes on from there" in shown
        assert BATCH <= state.done < SESSIONS
    run = subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), "search", "lodz"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert f"of {SESSIONS} sessions shown" in run.stdout
    assert rebuild_progress(library) == (HEAD_REVISION, None)


def test_a_killed_rebuild_is_finished_by_the_next_open(tmp_path: Path) -> None:
    """SIGKILL between two steps: no cleanup runs, and the next open still finishes it."""
    library = tmp_path / "library"
    catalogue_to_upgrade(library)
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), "list"],
        stdout=subprocess.PIPE,
        stderr=slave,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    os.close(slave)
    shown = b""
    try:
        while f"{BATCH:,} of".encode() not in shown:
            chunk = os.read(master, 4096)
            assert chunk, shown
            shown += chunk
        proc.kill()
        proc.wait(timeout=60)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    with Archive.open(library) as archive:
        assert archive.search.count("lodz") == SESSIONS
        resumed = snapshot_rows(archive)
        archive.search.reindex()
        assert snapshot_rows(archive) == resumed


def test_two_programs_finishing_the_same_rebuild_take_turns(tmp_path: Path) -> None:
    """Another program finishes the rebuild (and drops its mark) while this one waits between
    two steps: this one notices and opens, rather than failing on the missing mark."""
    library = tmp_path / "library"
    catalogue_to_upgrade(library)
    with pytest.raises(Cancelled):
        Archive.open(library, progress=lambda step: step.done == 0)
    other_finished: list[int | None] = []

    def other_program_finishes_first(step: Progress) -> bool:
        if not other_finished:
            engine = create_catalogue_engine(f"sqlite:///{library / 'catalogue.sqlite'}")
            try:
                other_finished.append(finish_rebuild(engine))
            finally:
                engine.dispose()
        return True

    with Archive.open(library, progress=other_program_finishes_first) as archive:
        assert other_finished == [SESSIONS - BATCH]
        assert archive.search.count("lodz") == SESSIONS
        resumed = snapshot_rows(archive)
        archive.search.reindex()
        assert snapshot_rows(archive) == resumed
