"""One task API for all background work: progress and cancel look the same for every job."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from exchange_helpers import make_pdf
from webinar_archive.services.archive import Archive
from webinar_archive.ui.app import MainApp, create_main_window
from webinar_archive.ui.brief_dialog import BriefChoice, BriefMode
from webinar_archive.ui.main_window import MainWindow
from webinar_archive.ui.tasks import Progress, TaskContext

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only

Start = Callable[[MainApp, MainWindow, Path], object]


@pytest.fixture
def opened(archive: Archive, tmp_path: Path, qtbot) -> Iterator[tuple[MainWindow, MainApp]]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    window, controller = create_main_window(archive, settings, (1280, 800))
    qtbot.addWidget(window)
    window.show()
    window.empty_state.demo_button.click()
    yield window, controller
    window.close()
    controller.shutdown()


def _import(controller: MainApp, window: MainWindow, tmp_path: Path) -> object:
    for name in ("2020-01-01 One", "2020-01-02 Two"):
        (tmp_path / "tree" / name).mkdir(parents=True)
        make_pdf(tmp_path / "tree" / name / "deck.pdf", [name])
    return controller.imports.start(tmp_path / "tree")


def _attach(controller: MainApp, _window: MainWindow, tmp_path: Path) -> object:
    make_pdf(tmp_path / "deck.pdf", ["one", "two"])
    return controller.files.attach([tmp_path / "deck.pdf"])


def _brief(controller: MainApp, _window: MainWindow, tmp_path: Path) -> object:
    session_id = controller.catalogue.current_session_id()
    assert session_id is not None
    choice = BriefChoice(
        BriefMode.BOOKLET, "Booklet", tmp_path / "booklet.pdf", "A4",
        ("summary",), False, "", None, False, False,
    )  # fmt: skip
    return controller.briefs.start(choice, [session_id, session_id])


def _reindex(controller: MainApp, _window: MainWindow, _tmp_path: Path) -> object:
    return controller.search.rebuild_index()


JOBS = {"import": _import, "attach": _attach, "brief": _brief, "reindex": _reindex}


@pytest.mark.parametrize("kind", JOBS)
def test_progress_reaches_the_task_bar(opened, tmp_path: Path, qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Each job reports ``Progress`` steps through the runner, and the task bar shows them."""
    window, controller = opened
    seen: list[Progress] = []
    controller.tasks.job_progressed.connect(lambda _job, progress: seen.append(progress))
    JOBS[kind](controller, window, tmp_path)
    assert window.task_progress.isVisibleTo(window)
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=30_000)
    assert seen and all(isinstance(p, Progress) for p in seen)
    assert any(p.text for p in seen)
    assert not window.task_progress.isVisibleTo(window)


@pytest.mark.parametrize("kind", JOBS)
def test_cancel_stops_the_job_and_says_so(
    opened, archive: Archive, tmp_path: Path, qtbot, kind: str
) -> None:  # type: ignore[no-untyped-def]
    """Cancel in the task bar stops a waiting job: nothing of it is saved, the status says so."""
    window, controller = opened
    sessions_before = archive.sessions.count()
    gate = threading.Event()
    controller.tasks.submit("Waiting", lambda _ctx: gate.wait(10))
    cancelled: list[str] = []
    controller.tasks.job_cancelled.connect(cancelled.append)
    JOBS[kind](controller, window, tmp_path)
    window.task_cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=30_000)
    assert len(cancelled) == 2  # the waiting job and this one, told the same way
    assert "was cancelled" in window.statusBar().currentMessage()
    assert archive.sessions.count() == sessions_before
    session_id = controller.catalogue.current_session_id()
    assert session_id is not None
    assert archive.sessions.get(session_id).materials == ()
    assert not (tmp_path / "booklet.pdf").exists()


@pytest.mark.parametrize("kind", JOBS)
def test_cancel_while_running_stops_at_the_next_step(
    opened, archive: Archive, tmp_path: Path, qtbot, monkeypatch, kind: str
) -> None:  # type: ignore[no-untyped-def]
    """Cancel pressed while the job runs: its service stops at its next ``Progress`` step (the
    one ``Cancelled``), keeps nothing half done, and the status bar says so the same way."""
    window, controller = opened
    sessions_before = archive.sessions.count()
    original = TaskContext.report

    def report(self: TaskContext, progress: Progress) -> bool:
        self.cancel()  # what the task bar's Cancel button does, at the job's first step
        return original(self, progress)

    monkeypatch.setattr(TaskContext, "report", report)
    cancelled: list[str] = []
    controller.tasks.job_cancelled.connect(cancelled.append)
    JOBS[kind](controller, window, tmp_path)
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=30_000)
    assert len(cancelled) == 1
    assert "was cancelled" in window.statusBar().currentMessage()
    assert archive.sessions.count() == sessions_before
    session_id = controller.catalogue.current_session_id()
    assert session_id is not None
    assert archive.sessions.get(session_id).materials == ()
    assert not (tmp_path / "booklet.pdf").exists()


def test_a_failed_job_is_shown_in_the_one_error_dialog(opened, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A job that raises is named in the error dialog, with the traceback behind Details."""
    from PySide6.QtWidgets import QMessageBox

    _window, controller = opened
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))

    def broken(_ctx: object) -> None:
        raise RuntimeError("disk on fire")

    controller.tasks.submit("Exporting everything…", broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    box = shown[0]
    assert box.text() == "Exporting everything failed."
    assert "disk on fire" in box.informativeText()
    assert "log" in box.informativeText()  # what to do: a fault of ours, details logged
    assert "Traceback" in box.detailedText()


def test_our_own_error_in_a_job_is_not_called_a_fault(opened, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An ArchiveError says what to do: the dialog shows it without the fault hint or a
    traceback (a library-care job refused by a service, e.g. a restore into a full folder)."""
    from PySide6.QtWidgets import QMessageBox

    from webinar_archive.domain.errors import ArchiveError

    _window, controller = opened
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))

    def refused(_ctx: object) -> None:
        raise ArchiveError("The folder is not empty: choose an empty one.")

    controller.tasks.submit("Restoring…", refused)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].informativeText() == "The folder is not empty: choose an empty one."
    assert shown[0].detailedText() == ""


def test_a_rebuild_of_the_index_stopped_part_way_says_so_and_goes_on(
    opened, archive: Archive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Cancel while the index is rebuilt keeps the committed batches: the status bar says
    where it stopped and how to go on, search says the index is being rebuilt, and the action
    again finishes it from there."""
    from webinar_archive.domain.errors import LibraryError
    from webinar_archive.storage.search.base import BATCH

    window, controller = opened
    document = {
        "format": "webinar-archive-exchange",
        "version": 1,
        "sessions": [{"title": f"Peatland restoration {i}"} for i in range(3 * BATCH)],
    }
    archive.exchange.import_document(document, Path("."))
    total = archive.sessions.count()
    seen: list[Progress] = []

    def cancel_after_the_first_batch(_job: int, progress: Progress) -> None:
        seen.append(progress)
        if progress.done >= BATCH:
            window.task_cancel.click()

    controller.tasks.job_progressed.connect(cancel_after_the_first_batch)
    controller.search.rebuild_index()
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=30_000)
    qtbot.waitUntil(lambda: "was stopped at" in window.statusBar().currentMessage())
    stopped_at = seen[-1].done
    assert BATCH <= stopped_at < total
    assert f"{stopped_at:,} of {total:,}" in window.statusBar().currentMessage()
    with pytest.raises(LibraryError, match="being rebuilt"):
        archive.search.count("peatland")
    controller.tasks.job_progressed.disconnect(cancel_after_the_first_batch)
    seen.clear()
    controller.tasks.job_progressed.connect(lambda _job, progress: seen.append(progress))
    controller.search.rebuild_index()
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=30_000)
    assert seen[0].done == stopped_at and seen[-1].done == total  # went on from the mark
    assert archive.search.count("peatland") == 3 * BATCH
