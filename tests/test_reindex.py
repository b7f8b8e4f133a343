"""Rebuilding the search index: progress as it goes, and an interrupt (Ctrl+C on the command
line, Cancel in the app's task) leaves the index it was replacing whole and usable."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from input_helpers import SRC
from search_helpers import snapshot_rows
from webinar_archive.domain.errors import ArchiveError
from webinar_archive.domain.progress import Cancelled, Progress
from webinar_archive.services.archive import Archive

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


def test_reindex_reports_progress_and_a_cancel_keeps_the_old_index(tmp_path: Path) -> None:
    """Progress counts sessions up to the total; a cancel part-way (the app's Cancel) rolls
    the rebuild back: the index is the one it was, and searching still finds everything."""
    _fill(tmp_path / "library")
    with Archive.open(tmp_path / "library") as archive:
        before = snapshot_rows(archive)
        seen: list[Progress] = []

        def record(step: Progress) -> bool:
            seen.append(step)
            return True

        assert archive.search.reindex(record) == SESSIONS
        assert [s.done for s in seen] == sorted(s.done for s in seen)
        assert seen[-1].done == seen[-1].total == SESSIONS and len(seen) > 2

        def cancel_halfway(step: Progress) -> bool:
            return step.done < SESSIONS // 2

        with pytest.raises((Cancelled, ArchiveError)):
            archive.search.reindex(cancel_halfway)
        assert snapshot_rows(archive) == before
        assert archive.search.search("lodz").total == SESSIONS


def test_ctrl_c_during_reindex_leaves_the_index_as_it_was(tmp_path: Path) -> None:
    """Before, Ctrl+C printed the generic 'what was saved stays' message; now the command says
    the index is unchanged, exits 130, and the index is indeed whole."""
    library = tmp_path / "library"
    _fill(library)
    with Archive.open(library) as archive:
        before = snapshot_rows(archive)
    # stderr on a terminal, so that the command shows its progress line; the first one says
    # the rebuild is under way, and the interrupt lands in it.
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), "reindex"],
        stdout=subprocess.PIPE,
        stderr=slave,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    os.close(slave)
    shown = b""
    try:
        while b"Indexing" not in shown:
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
    assert b"the search index is as it was before" in shown and b"Traceback" not in shown
    with Archive.open(library) as archive:
        assert snapshot_rows(archive) == before
        assert archive.search.search("cooperation").total == SESSIONS
