"""A catalogue shared by several processes: changes are noticed and no edit is ever lost."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import draft
from webinar_archive.domain import model as m
from webinar_archive.domain.errors import ArchiveError, ConflictError
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


def _person_id(archive: Archive, name: str) -> int:
    person = archive.people.find_person(name)
    assert person is not None
    return person.id


def test_a_person_edit_over_a_newer_version_is_refused(archive: Archive, other: Archive):
    """Two archivists rename the same person: the second, saved over what it was shown, gets
    ConflictError and the first name stays."""
    archive.sessions.create(draft("With speakers"))
    pid = _person_id(archive, "Ilari Havukainen")
    shown = archive.people.person(pid)
    other.people.update_person(pid, "Ilari H. Havukainen", expected=other.people.person(pid))
    with pytest.raises(ConflictError):
        archive.people.update_person(pid, "I. Havukainen", expected=shown)
    assert archive.people.person(pid).display_name == "Ilari H. Havukainen"


def test_an_organisation_edit_over_a_newer_version_is_refused(archive: Archive, other: Archive):
    archive.sessions.create(draft("With organisations"))
    org = archive.people.find_organisation("CEBR")
    assert org is not None
    other.people.update_organisation(org.id, "CEBR", acronym="C", expected=org)
    with pytest.raises(ConflictError):
        archive.people.update_organisation(org.id, "CEBR renamed", expected=org)
    assert archive.people.organisation(org.id).acronym == "C"


def test_racing_merges_of_one_duplicate_move_its_sessions_once(archive: Archive, other: Archive):
    """B is merged into A by one archivist while another merges B into C: the second merge
    waits for the first, then is refused; B's session stays with A, none move to C."""
    archive.sessions.create(draft("One", speakers=[m.SpeakerDraft("Person A")]))
    archive.sessions.create(draft("Two", speakers=[m.SpeakerDraft("Person B")]))
    archive.sessions.create(draft("Three", speakers=[m.SpeakerDraft("Person C")]))
    a, b, c = (_person_id(archive, f"Person {x}") for x in "ABC")
    outcome: list[BaseException | None] = []

    def second_merge() -> None:
        try:
            other.people.merge_people(c, b)
            outcome.append(None)
        except BaseException as exc:  # reported to the test below
            outcome.append(exc)

    with archive.catalogue.uow() as uow:
        uow.people.merge_people(a, b)  # holds B (and A) until this transaction ends
        racer = threading.Thread(target=second_merge)
        racer.start()
        racer.join(0.5)  # usually waiting on the lock by now; either way the result is the same
        uow.commit()
    racer.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError), outcome
    assert archive.people.person(a).appearance_count == 2
    assert archive.people.person(c).appearance_count == 1


def test_detaching_a_material_removed_elsewhere_says_so(
    archive: Archive, other: Archive, tmp_path: Path
):
    """Removing a file someone else already removed is a clear message, not a crash."""
    session = archive.sessions.create(draft("With a file"))
    doc = tmp_path / "agenda.txt"
    doc.write_text("Agenda\n", encoding="utf-8")
    archive.files.attach(session.id, [doc])
    material_id = archive.sessions.get(session.id).materials[0].id
    other.files.detach_material(material_id)
    with pytest.raises(ArchiveError, match="removed elsewhere"):
        archive.files.detach_material(material_id)
