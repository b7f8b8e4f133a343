"""A catalogue shared by several processes: changes are noticed and no edit is ever lost."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import draft
from webinar_archive.domain.errors import ConflictError
from webinar_archive.services.archive import Archive
from webinar_archive.services.sessions import draft_from_session

SRC = Path(__file__).resolve().parents[1] / "src"
WORKER = Path(__file__).with_name("concurrent_edit_worker.py")


def _url(archive: Archive) -> str | None:
    if archive.catalogue.backend == "sqlite":
        return None
    return archive.catalogue.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def other(archive: Archive) -> Iterator[Archive]:
    """A second archive on the same catalogue: its own engine, as another process has."""
    with Archive.open(archive.root, _url(archive)) as opened:
        yield opened


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC)}


def test_poll_notices_a_commit_by_another_connection_once(archive: Archive, other: Archive):
    """The first poll is the starting point; a commit elsewhere is seen once, then quiet."""
    assert archive.changes.poll() is False
    assert archive.changes.poll() is False
    other.sessions.create(draft("Made elsewhere"))
    assert archive.changes.poll() is True
    assert archive.changes.poll() is False


def test_poll_ignores_reads_and_rolled_back_work(archive: Archive, other: Archive):
    """Reading, and a save refused by a conflict, change nothing and are not reported."""
    created = other.sessions.create(draft("Read only"))
    archive.changes.poll()
    other.sessions.get(created.id)
    other.sessions.list_rows()
    with pytest.raises(ConflictError):
        other.sessions.update(created.id, draft("Stale"), created.version + 5)
    assert archive.changes.poll() is False


def test_poll_notices_a_command_line_process(archive: Archive):
    """A real second process (the command line adding a session) is noticed."""
    archive.changes.poll()
    command = [sys.executable, "-m", "webinar_archive", "--library", str(archive.root)]
    url = _url(archive)
    if url is not None:
        command += ["--database-url", url]
    subprocess.run([*command, "add", "--title", "From the CLI"], env=_env(), check=True)
    assert archive.changes.poll() is True


def test_a_stale_save_is_refused_with_both_versions(archive: Archive, other: Archive):
    """Two archivists read version 1; the second save gets ConflictError, nothing is lost."""
    session = archive.sessions.create(draft("Shared"))
    mine = draft_from_session(session)
    theirs = draft_from_session(other.sessions.get(session.id))
    theirs.title = "Their title"
    other.sessions.update(session.id, theirs, session.version)
    mine.theme = "My theme"
    with pytest.raises(ConflictError) as caught:
        archive.sessions.update(session.id, mine, session.version)
    assert (caught.value.expected, caught.value.actual) == (1, 2)
    assert archive.sessions.get(session.id).title == "Their title"


@pytest.mark.parametrize("processes, edits", [(4, 5)])
def test_concurrent_read_modify_write_loses_no_update(archive: Archive, processes: int, edits: int):
    """N processes each add their own tag M times to the same sessions, retrying on conflict:
    every tag is there in the end and each session's version counts every save."""
    ids = [archive.sessions.create(draft(f"Contested {i}", tags=[])).id for i in range(2)]
    url = _url(archive) or "-"
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(archive.root), url, f"p{n}", str(edits)]
            + [str(i) for i in ids],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    for worker in workers:
        _out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
    expected = {f"p{n}-{r}" for n in range(processes) for r in range(edits)}
    for session_id in ids:
        session = archive.sessions.get(session_id)
        assert set(session.tags) == expected
        assert session.version == 1 + processes * edits
