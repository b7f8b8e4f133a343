"""Rebuilding the search index: progress as it goes, in committed batches. An interrupt (Ctrl+C
on the command line, Cancel in the app's task, a killed process) keeps what was indexed; search
says the index is being rebuilt instead of answering from part of it, and the next open or
reindex goes on from where it stopped, to the index a rebuild from nothing makes."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from input_helpers import SRC
from search_helpers import rebuild_progress, snapshot_rows
from webinar_archive.domain.errors import LibraryError
from webinar_archive.domain.progress import Cancelled, Progress
from webinar_archive.services.archive import Archive
from webinar_archive.storage.search import SearchStore
from webinar_archive.storage.search.base import BATCH

SESSIONS = 3000  # several batches of the rebuild


def _fill(library: Path) -> None:
    document = {
        "format": "webinar-archive-exchange",
        "version": 1,
        "people": [{"key": "p", "display_name": "Anaïs Le Corvec"}],
        "sessions": [
            {
                "title": f"Regional cooperation {i}",
                "summary": f"Smart specialisation in Łódź, part {i}",
                "appearances": [{"person": "p"}],
            }
            for i in range(SESSIONS)
        ],
    }
    with Archive.open(library) as archive:
        assert len(archive.exchange.import_document(document, Path(".")).created) == SESSIONS


def _fresh_rows(library: Path) -> tuple[list[object], list[object]]:
    """The index a rebuild from nothing in one transaction makes, to compare with."""
    with Archive.open(library) as archive:
        SearchStore(archive.catalogue.engine).rebuild()
        return snapshot_rows(archive)


def _interrupt(library: Path, command: str, until: bytes, stop: signal.Signals) -> bytes:
    """Run a command with stderr on a terminal (so that it shows its progress line), send it
    ``stop`` once it has shown ``until``, and return what it showed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), command],
        stdout=subprocess.PIPE,
        stderr=slave,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    os.close(slave)
    shown = b""
    try:
        while until not in shown:
            chunk = os.read(master, 4096)
            assert chunk, shown
            shown += chunk
        proc.send_signal(stop)
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
    assert proc.returncode == (130 if stop == signal.SIGINT else -stop), shown
    return shown


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=300,
    )


def test_reindex_reports_progress_and_a_cancel_keeps_what_was_indexed(tmp_path: Path) -> None:
    """Progress counts sessions up to the total; a cancel part-way (the app's Cancel) keeps the
    committed batches, search says the index is being rebuilt, and the next reindex goes on
    from the mark to the index a rebuild from nothing makes."""
    library = tmp_path / "library"
    _fill(library)
    fresh = _fresh_rows(library)
    with Archive.open(library) as archive:
        seen: list[Progress] = []

        def record(step: Progress) -> bool:
            seen.append(step)
            return True

        assert archive.search.reindex(record) == SESSIONS
        assert [s.done for s in seen] == sorted(s.done for s in seen)
        assert seen[-1].done == seen[-1].total == SESSIONS and len(seen) > 2
        assert snapshot_rows(archive) == fresh

        def cancel_after_two_batches(step: Progress) -> bool:
            return step.done < 2 * BATCH

        with pytest.raises(Cancelled):
            archive.search.reindex(cancel_after_two_batches)
        with pytest.raises(LibraryError, match="being rebuilt"):
            archive.search.search("lodz")
        _, state = rebuild_progress(library)
        assert state is not None and state.done == 2 * BATCH and state.total == SESSIONS

        seen.clear()
        assert archive.search.reindex(record) == SESSIONS
        assert seen[0].done == 2 * BATCH and seen[-1].done == SESSIONS  # went on, not again
        assert rebuild_progress(library)[1] is None
        assert snapshot_rows(archive) == fresh
        assert archive.search.search("lodz").total == SESSIONS


def test_ctrl_c_during_reindex_keeps_what_was_indexed_and_the_next_command_goes_on(
    tmp_path: Path,
) -> None:
    """Ctrl+C exits 130 saying what is kept and that the next command goes on; `reindex` again
    finishes it from the mark (not a second rebuild) to the index a rebuild from nothing makes."""
    library = tmp_path / "library"
    _fill(library)
    fresh = _fresh_rows(library)
    shown = _interrupt(library, "reindex", f"{BATCH:,} of".encode(), signal.SIGINT)
    assert b"Rebuilding the search index" in shown and b"Traceback" not in shown
    # The interrupt lands seven batches before the end: the committed ones and the mark stay.
    assert b"what is indexed is kept" in shown and b"goes on from there" in shown
    _, state = rebuild_progress(library)
    assert state is not None and BATCH <= state.done < SESSIONS
    # Opening the library goes on from the mark; the reindex is then done, not made twice.
    again = _cli(library, "reindex")
    assert again.returncode == 0, again.stderr
    assert f"Indexed {SESSIONS} sessions" in again.stdout
    assert "the interrupted rebuild finished" in again.stdout
    assert rebuild_progress(library)[1] is None
    with Archive.open(library) as archive:
        assert snapshot_rows(archive) == fresh
        assert archive.search.search("cooperation").total == SESSIONS


def test_a_killed_reindex_is_finished_by_the_next_command(tmp_path: Path) -> None:
    """SIGKILL between two batches: no cleanup runs, the committed batches and the mark stay,
    and the next command finishes the index to what a rebuild from nothing makes."""
    library = tmp_path / "library"
    _fill(library)
    fresh = _fresh_rows(library)
    _interrupt(library, "reindex", f"{BATCH:,} of".encode(), signal.SIGKILL)
    _, state = rebuild_progress(library)
    assert state is not None and BATCH <= state.done < SESSIONS
    listed = _cli(library, "list", "--limit", "1")
    assert listed.returncode == 0, listed.stderr
    assert rebuild_progress(library)[1] is None
    with Archive.open(library) as archive:
        assert snapshot_rows(archive) == fresh
        assert archive.search.search("lodz").total == SESSIONS


def test_reindex_progress_speaks_the_language_of_the_app(tmp_path: Path) -> None:
    """The progress the app's task bar and the terminal show is in the chosen language, like
    the rest of the messages (it stayed English in a Polish window)."""
    from webinar_archive.domain import model as m
    from webinar_archive.services.language import use_language

    with Archive.open(tmp_path / "library") as archive:
        for i in range(3):
            archive.sessions.create(m.SessionDraft(title=f"Regional cooperation {i}"))
        use_language("pl")
        seen: list[Progress] = []

        def record(step: Progress) -> bool:
            seen.append(step)
            return True

        assert archive.search.reindex(record) == 3
    texts = [s.text for s in seen if s.text]
    assert texts and all(t.startswith("Przebudowa indeksu wyszukiwania") for t in texts), texts
