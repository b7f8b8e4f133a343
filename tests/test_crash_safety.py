"""Crash safety: the CLI killed with SIGKILL at random moments leaves a sound library.

A batch folder import and an attach of many files are killed over and over (seeded delays
spread over the measured length of an uninterrupted run). After every kill the catalogue must
open, pass SQLite's own ``integrity_check`` and ``foreign_key_check``, and every recorded file
must be present with its recorded size and hash; the killed command run again must complete
the library exactly as an uninterrupted run does, leaving no temporary file behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import make_pdf
from input_helpers import SRC
from webinar_archive.services.archive import Archive

# A worker that has imported the CLI already waits for its arguments on stdin, so a kill
# lands in the command's work rather than in Python's start-up.
_WORKER = (
    "import json, sys\n"
    "import charset_normalizer, pypdf, webinar_archive.media.probe\n"
    "import webinar_archive.media.subtitles\n"
    "from webinar_archive.cli import build_parser, run\n"
    "build_parser()\n"
    "print('ready', flush=True)\n"
    "sys.exit(run(json.loads(sys.stdin.readline())))\n"
)
_TEMP_PREFIXES = (".incoming-",)
KILLS_PER_ROUND = 4


class Workers:
    """Warm CLI processes, one started ahead while the current one runs (two cores)."""

    def __init__(self) -> None:
        self._spare: subprocess.Popen[bytes] | None = None

    def _spawn(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-c", _WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(SRC)},
        )

    def start(self, argv: list[str]) -> tuple[subprocess.Popen[bytes], float]:
        proc = self._spare or self._spawn()
        self._spare = self._spawn()
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline() == b"ready\n"
        proc.stdin.write(json.dumps(argv).encode() + b"\n")
        proc.stdin.flush()
        return proc, time.monotonic()

    def close(self) -> None:
        if self._spare is not None:
            self._spare.kill()
            self._spare.communicate()


@pytest.fixture
def workers() -> object:
    pool = Workers()
    yield pool
    pool.close()


def run_to_end(workers: Workers, argv: list[str]) -> float:
    proc, started = workers.start(argv)
    _, err = proc.communicate(timeout=120)
    took = time.monotonic() - started
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text and "internal error" not in text, text
    return took


def run_and_kill(workers: Workers, argv: list[str], delay: float) -> bool:
    """Run the command and SIGKILL it after ``delay`` s; False when it ended before."""
    proc, started = workers.start(argv)
    while time.monotonic() - started < delay:
        if proc.poll() is not None:
            proc.communicate()
            return False
        time.sleep(0.005)
    killed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return killed


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_library(library: Path) -> dict[str, list[str]]:
    """Assert the catalogue is sound and every recorded file is whole; the sessions' files.

    Returns each session's title with the sorted hashes of the files it holds.
    """
    db = sqlite3.connect(library / "catalogue.sqlite")
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        files: list[tuple[int, str, str, int | None]] = []
        for table, owner in (("material", "session_id"), ("recording", "session_id")):
            files += db.execute(f"SELECT {owner}, stored_path, sha256, size FROM {table}")
        files += db.execute(
            "SELECT r.session_id, t.stored_path, t.sha256, NULL FROM subtitle_track t "
            "JOIN recording r ON r.id = t.recording_id"
        )
        files += db.execute("SELECT session_id, stored_path, sha256, NULL FROM page_snapshot")
        titles = dict(db.execute("SELECT id, title FROM session"))
    finally:
        db.close()
    held: dict[str, list[str]] = {title: [] for title in titles.values()}
    assert len(held) == len(titles), f"a session was made twice: {sorted(titles.values())}"
    for session_id, stored_path, digest, size in files:
        path = library / stored_path
        assert path.is_file(), f"recorded but missing: {stored_path}"
        if size is not None:
            assert path.stat().st_size == size, f"recorded size differs: {stored_path}"
        assert sha256(path) == digest, f"recorded hash differs: {stored_path}"
        held[titles[session_id]].append(digest)
    # The library's own check agrees: at most copies no row names yet (a kill between the copy
    # and its commit; check --repair quarantines them) and partial copies.
    with Archive.open(library) as archive:
        kinds = {problem.kind.value for problem in archive.integrity.check().problems}
    assert kinds <= {"orphan", "temporary"}, kinds
    return {title: sorted(digests) for title, digests in held.items()}


def temp_files(library: Path) -> list[Path]:
    return [p for p in library.rglob(".*") if p.name.startswith(_TEMP_PREFIXES)]


def make_sessions(root: Path, count: int) -> Path:
    """Session folders with slides and notes; the first with a (damaged) recording and subtitles."""
    for i in range(count):
        folder = root / f"2021-0{i + 1}-1{i} Session number {i}"
        folder.mkdir(parents=True)
        for j in range(2):
            make_pdf(folder / f"slides-{j}.pdf", [f"Session {i} deck {j}", "Second page"])
        if i == 0:  # probing a recording takes a while: one is enough
            (folder / "talk.mp4").write_bytes(random.Random(i).randbytes(40_000))
            (folder / "talk.en.srt").write_text(
                f"1\n00:00:01,000 --> 00:00:02,000\nHello {i}\n", encoding="utf-8"
            )
        (folder / "notes.txt").write_text(f"notes of session {i}\n" * 50, encoding="utf-8")
    return root


def make_files(root: Path, count: int) -> Path:
    root.mkdir(parents=True)
    for i in range(count):
        if i % 3 == 0:
            make_pdf(root / f"deck-{i}.pdf", [f"Deck {i}"])
        else:
            (root / f"paper-{i}.txt").write_text(f"paper {i}\n" * (200 + i), encoding="utf-8")
    return root


def kill_many(
    workers: Workers,
    tmp_path: Path,
    fresh: Path,
    argv: list[str],
    kills: int,
    seed: int,
) -> int:
    """Kill ``argv`` on copies of the library ``fresh`` until ``kills`` kills are done.

    Several kills land on one library in a row (each run picks up what the last left), then
    a run to the end must complete it exactly as an uninterrupted run did.
    """
    expected_dir = tmp_path / "expected"
    shutil.copytree(fresh, expected_dir)
    length = run_to_end(workers, ["--library", str(expected_dir), *argv])
    expected = check_library(expected_dir)
    assert all(expected.values())
    rng = random.Random(seed)
    done = 0
    round_no = 0
    while done < kills:
        library = tmp_path / f"killed-{round_no}"
        shutil.copytree(fresh, library)
        for _ in range(KILLS_PER_ROUND):
            delay = rng.uniform(0, length)
            if run_and_kill(workers, ["--library", str(library), *argv], delay):
                done += 1
            check_library(library)
        run_to_end(workers, ["--library", str(library), *argv])
        assert check_library(library) == expected
        assert temp_files(library) == []
        shutil.rmtree(library)
        round_no += 1
    return done


@pytest.fixture
def fresh_library(tmp_path: Path, workers: Workers) -> Path:
    library = tmp_path / "fresh"
    run_to_end(workers, ["--library", str(library), "init"])
    return library


def test_folder_import_survives_kills(
    tmp_path: Path, workers: Workers, fresh_library: Path
) -> None:
    """30 kills during a batch folder import: never a damaged catalogue or a missing file."""
    tree = make_sessions(tmp_path / "tree", 2)
    argv = ["import", "folder", str(tree), "--yes"]
    assert kill_many(workers, tmp_path, fresh_library, argv, kills=30, seed=11) >= 30


def test_attach_many_survives_kills(tmp_path: Path, workers: Workers, fresh_library: Path) -> None:
    """25 kills during an attach of many files: never a damaged catalogue or a missing file."""
    files = make_files(tmp_path / "files", 10)
    run_to_end(workers, ["--library", str(fresh_library), "add", "--title", "Many files"])
    argv = ["attach", "1", str(files)]
    assert kill_many(workers, tmp_path, fresh_library, argv, kills=25, seed=12) >= 25


def make_exchange(path: Path, count: int) -> Path:
    """An exchange file of ``count`` sessions (more than one write batch) sharing speakers."""
    people = [{"key": f"p{i}", "display_name": f"Speaker {i}"} for i in range(20)]
    sessions = [
        {
            "title": f"Imported session {i}",
            "date": f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "summary": f"Cooperation in region {i}",
            "tags": [f"topic {i % 5}"],
            "appearances": [{"person": f"p{i % 20}"}, {"person": f"p{(i + 7) % 20}"}],
            **({"deleted_at": "2024-05-06T07:08:09"} if i % 50 == 0 else {}),
        }
        for i in range(count)
    ]
    document = {
        "format": "webinar-archive-exchange",
        "version": 1,
        "people": people,
        "sessions": sessions,
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_json_import_survives_kills(tmp_path: Path, workers: Workers, fresh_library: Path) -> None:
    """12 kills during a JSON import written in several batches: each leaves the whole file
    imported or nothing, the catalogue and its search index sound, and running the import
    again ends with every session once."""
    exchange = make_exchange(tmp_path / "library.json", 1200)
    argv = ["import", "json", str(exchange), "--yes"]
    expected_dir = tmp_path / "expected"
    shutil.copytree(fresh_library, expected_dir)
    length = run_to_end(workers, ["--library", str(expected_dir), *argv])
    expected = check_library(expected_dir)
    assert len(expected) == 1200
    rng = random.Random(13)
    done = 0
    round_no = 0
    while done < 12:
        library = tmp_path / f"killed-{round_no}"
        shutil.copytree(fresh_library, library)
        for _ in range(KILLS_PER_ROUND):
            if run_and_kill(workers, ["--library", str(library), *argv], rng.uniform(0, length)):
                done += 1
            assert len(check_library(library)) in (0, 1200)  # whole or nothing
        run_to_end(workers, ["--library", str(library), *argv])
        assert check_library(library) == expected  # each session once
        shutil.rmtree(library)
        round_no += 1
