"""Content shared between sessions: attach and permanent delete in two processes lose no file."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Any

from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive

ROUNDS = 20


def _content(work: Path, index: int) -> Path:
    path = work / f"shared-{index}.txt"
    # Different content each round, so that each round's file is only in the library once.
    path.write_text(f"round {index}\n" + "minutes of the meeting\n" * 2000, encoding="utf-8")
    return path


def _deleter(library: str, barrier: Any, ids: Any) -> None:
    with Archive.open(Path(library)) as archive:
        for index in range(ROUNDS):
            barrier.wait()
            archive.sessions.delete_permanently([ids[index]])
            barrier.wait()


def _attacher(library: str, work: str, target: int, barrier: Any, failures: Any) -> None:
    with Archive.open(Path(library)) as archive:
        for index in range(ROUNDS):
            barrier.wait()
            [result] = archive.files.attach(target, [Path(work) / f"shared-{index}.txt"])
            if not result.ok:
                failures.put(result.error)
            barrier.wait()


def test_attach_while_a_delete_removes_the_same_content_keeps_the_file(tmp_path: Path) -> None:
    """Session A holds a file; deleting A for good while B attaches the same content, in two
    processes at once, never leaves B pointing to a deleted file (round after round)."""
    library = tmp_path / "library"
    work = tmp_path / "work"
    work.mkdir()
    with Archive.open(library) as archive:
        target = archive.sessions.create(m.SessionDraft(title="Keeps the files")).id
        doomed: list[int] = []
        for index in range(ROUNDS):
            session = archive.sessions.create(m.SessionDraft(title=f"Deleted {index}"))
            [result] = archive.files.attach(session.id, [_content(work, index)])
            assert result.ok, result.error
            doomed.append(session.id)

    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2, timeout=120)
    failures = context.Queue()
    ids = context.Array("i", doomed)
    workers = [
        context.Process(target=_deleter, args=(str(library), barrier, ids)),
        context.Process(
            target=_attacher, args=(str(library), str(work), target, barrier, failures)
        ),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=600)
    assert [w.exitcode for w in workers] == [0, 0]
    assert failures.empty()

    with Archive.open(library) as archive:
        materials = archive.sessions.get(target).materials
        assert len(materials) == ROUNDS
        lost = [
            x.original_name for x in materials if not archive.files.path_of(x.stored_path).is_file()
        ]
    assert lost == []
    assert os.listdir(library / "files")  # the files are there, not only no rows
