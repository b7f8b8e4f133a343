"""Library care in the app: check and its report, repair, Locate…, backup, restore, schedule."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tarfile
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import ui_helpers
from helpers import draft
from translation_helpers import english  # noqa: F401
from ui_helpers import Main
from webinar_archive.domain.integrity import ProblemKind
from webinar_archive.services.archive import Archive
from webinar_archive.services.backup import BackupSchedule
from webinar_archive.ui.formats import date_text

# On SQLite only (the conftest archive); with the app's English catalogue, as a user has it,
# so counts read "1 problem" and "3 problems" whether or not the build has made it yet.
pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("english")]
main = ui_helpers.main
settings = ui_helpers.settings


def _wait(main: Main, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not main.app.tasks.busy, timeout=30_000)


def _session_with_files(archive: Archive, folder: Path, **contents: str) -> tuple[int, dict]:
    """A session with one attached text file per entry; where each one is kept."""
    session = archive.sessions.create(draft())
    folder.mkdir(parents=True, exist_ok=True)
    kept = {}
    for name, body in contents.items():
        source = folder / f"{name}.txt"
        source.write_text(body, encoding="utf-8")
        [result] = archive.files.attach(session.id, [source])
        assert result.ok and result.material_id is not None, result
        material = archive.files.material(result.material_id)
        kept[name] = (material, archive.files.path_of(material.stored_path))
    return session.id, kept


def _move_away(path: Path, folder: Path, name: str) -> Path:
    """The file moved and renamed behind the library's back."""
    folder.mkdir(parents=True, exist_ok=True)
    moved = folder / name
    path.rename(moved)
    return moved


def _busy_worker(main: Main) -> threading.Event:
    """A job holding the worker until the returned gate is set (so a cancel comes in time)."""
    gate = threading.Event()
    main.app.tasks.submit("Waiting", lambda _ctx: gate.wait(10))
    return gate


def _messages(monkeypatch) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    return shown


# ------------------------------------------------------------------ check and its report


def test_check_of_a_sound_library_says_so_plainly(main: Main, archive: Archive, qtbot) -> None:
    """Library → Check Library… asks about a full check, runs it as a job, reports no problem."""
    _session_with_files(archive, archive.root.parent / "in", slides="slides")
    main.window.check_library_action.trigger()
    dialog = main.app.library.check_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.full_check.setChecked(True)
    seen = []
    main.app.tasks.job_progressed.connect(lambda _job, progress: seen.append(progress))
    dialog.accept()
    _wait(main, qtbot)
    report_dialog = main.app.library.report_dialog
    assert report_dialog is not None and report_dialog.isVisible()
    assert report_dialog.headline.text().startswith("No problems found")
    assert main.app.library.last_report is not None and main.app.library.last_report.full
    assert "read and hashed" in report_dialog.report_view.toPlainText()
    assert not report_dialog.repair_button.isEnabled()
    assert not report_dialog.locate_button.isEnabled()
    assert any(p.text.startswith("Hashing") for p in seen)


def test_report_groups_each_problem_with_what_to_do(
    main: Main, archive: Archive, qtbot, tmp_path: Path
) -> None:
    """A deleted file, a changed file and an orphan each appear under their group, named,
    with the records that use them and what to do."""
    _sid, kept = _session_with_files(
        archive, tmp_path / "in", gone="will be deleted", changed="will change"
    )
    kept["gone"][1].unlink()
    kept["changed"][1].write_text("changed behind our back, longer", encoding="utf-8")
    stray = archive.root / "files" / "ab" / "stray.bin"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"nobody's")
    main.app.library.check()
    _wait(main, qtbot)
    dialog = main.app.library.report_dialog
    assert dialog is not None
    text = dialog.report_view.toPlainText()
    assert dialog.headline.text().startswith("3 problems found.")
    assert "Repair… can fix 1 of them" in dialog.headline.text()
    missing = text.index("Missing files (1)")
    changed = text.index("Changed or unreadable files (1)")
    orphans = text.index("Files no record knows (orphans) (1)")
    assert missing < changed < orphans
    assert str(kept["gone"][1]) in text[missing:changed]
    assert str(kept["changed"][1]) in text[changed:orphans]
    assert str(stray) in text[orphans:]
    assert f"material {kept['gone'][0].id} of session" in text
    assert text.count("What to do:") == 3
    assert "In the app: Locate Missing Files… searches a folder" in text[missing:changed]
    assert "In the app: Repair… moves them to the quarantine folder" in text[orphans:]
    assert dialog.repair_button.isEnabled() and dialog.locate_button.isEnabled()


def test_cancel_stops_the_check_and_says_so(main: Main, archive: Archive, qtbot) -> None:
    """The check is a job like the others: Cancel in the task bar stops it, no report."""
    _session_with_files(archive, archive.root.parent / "in", a="a", b="b")
    cancelled: list[str] = []
    main.app.tasks.job_cancelled.connect(cancelled.append)
    gate = _busy_worker(main)
    main.app.library.check(full=True)
    main.window.task_cancel.click()
    gate.set()
    _wait(main, qtbot)
    assert cancelled == ["Waiting", "Checking the library…"]
    assert "was cancelled" in main.window.statusBar().currentMessage()
    assert main.app.library.report_dialog is None


def test_repair_says_what_it_will_do_then_quarantines_and_keeps_records(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Repair… lists what it will change first; it moves the orphan to quarantine, leaves
    the record of a missing file alone, and the report shows what it did and what is left."""
    sid, kept = _session_with_files(archive, tmp_path / "in", gone="gone")
    kept["gone"][1].unlink()
    stray = archive.root / "files" / "ab" / "stray.bin"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"nobody's")
    main.app.library.check()
    _wait(main, qtbot)
    questions: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = main.app.library.report_dialog
    assert dialog is not None
    dialog.repair_button.click()
    _wait(main, qtbot)
    assert len(questions) == 1
    assert "Move 1 file no record knows to the library's quarantine folder" in questions[0]
    assert "No record is removed." in questions[0]
    assert "1 problem is left for you to decide" in questions[0]
    assert "search index" not in questions[0]  # the index was in step: not rebuilt
    assert not stray.exists()
    assert [p.read_bytes() for p in (archive.root / "quarantine").rglob("stray.bin")] == [
        b"nobody's"
    ]
    assert [m.id for m in archive.sessions.get(sid).materials] == [kept["gone"][0].id]
    text = dialog.report_view.toPlainText()
    assert text.startswith("Repaired")
    assert "quarantine" in text.split("Missing files")[0]
    assert dialog.headline.text().startswith("1 problem found.")
    assert not dialog.repair_button.isEnabled()


def test_locate_missing_files_from_the_report_reconnects_a_moved_file(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Locate Missing Files… asks for a folder, relinks under it, says what was reconnected,
    and the report open on screen is checked again."""
    _sid, kept = _session_with_files(archive, tmp_path / "in", moved="moved away")
    _material, stored = kept["moved"]
    _move_away(stored, tmp_path / "elsewhere" / "deep", "renamed.txt")
    main.app.library.check()
    _wait(main, qtbot)
    shown = _messages(monkeypatch)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path / "elsewhere")
    )
    dialog = main.app.library.report_dialog
    assert dialog is not None
    dialog.locate_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    _wait(main, qtbot)
    assert shown[0].text() == "1 of 1 missing file was found and reconnected."
    assert "copied back into the library" in shown[0].informativeText()
    assert stored.read_text(encoding="utf-8") == "moved away"
    assert dialog.headline.text().startswith("No problems found")
    assert archive.integrity.check().ok


# ------------------------------------------------------------------ Locate… in the Files tab


def test_a_missing_file_is_marked_and_locate_reconnects_it(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """The Files list marks a file that is gone and offers Locate… for it (only for it); the
    file picked is found by content, reconnected, and the list no longer marks it."""
    sid, kept = _session_with_files(archive, tmp_path / "in", moved="moved", here="here")
    material, stored = kept["moved"]
    moved = _move_away(stored, tmp_path / "usb", "talk (final).txt")
    main.controller.refresh_table()
    main.controller.select_sessions([sid])
    panel = main.window.editor.files
    names = {
        panel.material_list.topLevelItem(i).text(0)
        for i in range(panel.material_list.topLevelItemCount())
    }
    assert names == {"moved (missing)", "here"}
    panel.select_material(kept["here"][0].id)
    assert not panel.locate_button.isVisibleTo(panel)
    panel.select_material(material.id)
    assert panel.locate_button.isVisibleTo(panel)
    assert not panel.open_button.isEnabled()
    shown = _messages(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(moved), ""))
    panel.locate_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0].text() == "“moved.txt” was found and reconnected."
    assert stored.read_text(encoding="utf-8") == "moved"
    assert panel.missing == set()
    assert {
        panel.material_list.topLevelItem(i).text(0)
        for i in range(panel.material_list.topLevelItemCount())
    } == {"moved", "here"}
    assert not panel.locate_button.isVisibleTo(panel)


def test_locate_with_another_file_changes_nothing_and_says_so(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """A file of other content is not taken for the missing one: it stays missing."""
    sid, kept = _session_with_files(archive, tmp_path / "in", moved="moved")
    material, stored = kept["moved"]
    stored.unlink()
    impostor = tmp_path / "other" / "moved.txt"
    impostor.parent.mkdir()
    impostor.write_text("MOVED", encoding="utf-8")  # same size, other content
    main.controller.refresh_table()
    main.controller.select_sessions([sid])
    panel = main.window.editor.files
    panel.select_material(material.id)
    shown = _messages(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(impostor), ""))
    panel.locate_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0].text().startswith("“moved.txt” is not in that folder")
    assert not stored.exists()
    assert panel.missing == {material.stored_path}


def test_relink_of_one_folder_does_not_read_its_subfolders(archive: Archive, tmp_path: Path):
    """The folder of a file the user pointed at is searched, not everything below it."""
    _sid, kept = _session_with_files(archive, tmp_path / "in", deep="deep")
    _move_away(kept["deep"][1], tmp_path / "top" / "below", "deep.txt")
    shallow = archive.integrity.relink([tmp_path / "top"], recursive=False)
    assert shallow.not_found == [kept["deep"][0].stored_path]
    assert archive.integrity.relink([tmp_path / "top"]).relinked


# ------------------------------------------------------------------ backup and restore


def test_back_up_with_files_then_restore_into_an_empty_folder(
    main: Main,
    archive: Archive,
    qtbot,
    tmp_path: Path,
    monkeypatch,
    english: None,  # noqa: F811
) -> None:
    """Back Up… writes one archive with the files (as a job) and says how many; Restore
    Backup… rebuilds the library elsewhere, checked, and says how to open it."""
    _sid, kept = _session_with_files(archive, tmp_path / "in", a="first file", b="second")
    shown = _messages(monkeypatch)
    main.window.backup_action.trigger()
    dialog = main.app.library.backup_dialog
    assert dialog is not None and dialog.include_files.isChecked()
    target = tmp_path / "out" / "nightly"  # no extension: .tar.gz is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.browse_button.click()
    dialog.ok_button.click()
    _wait(main, qtbot)
    written = tmp_path / "out" / "nightly.tar.gz"
    assert shown[-1].text().startswith("Backed up 2 files (")
    assert shown[-1].text().endswith(f"to {written}")
    assert main.window.statusBar().currentMessage() == shown[-1].text()
    with tarfile.open(written) as tar:
        names = tar.getnames()
    assert {m.stored_path for m, _p in kept.values()} <= set(names)

    main.window.restore_backup_action.trigger()
    restore = main.app.library.restore_dialog
    assert restore is not None and not restore.ok_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(written), ""))
    restore.archive_button.click()
    assert restore.target_edit.text() == str(tmp_path / "out" / "nightly-restored")
    restore.ok_button.click()
    _wait(main, qtbot)
    library = tmp_path / "out" / "nightly-restored"
    assert shown[-1].text().startswith(f"Restored 1 session and 2 files into {library}")
    assert f'--library "{library}"' in shown[-1].informativeText()
    for material, stored in kept.values():
        assert (library / material.stored_path).read_bytes() == stored.read_bytes()
    with Archive.open(library) as restored:
        assert restored.integrity.check(full=True).ok


def test_restore_into_a_folder_that_is_not_empty_is_refused(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """The error dialog says why and what to do; the folder's content is left as it was."""
    archive.backups.backup(tmp_path / "b.tar")
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "mine.txt").write_text("mine", encoding="utf-8")
    shown = _messages(monkeypatch)
    main.app.library.restore(tmp_path / "b.tar", occupied)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0].text() == "The backup was not restored."
    assert "is not empty" in shown[0].informativeText()
    assert "fault" not in shown[0].informativeText()  # our own error: it says what to do
    assert shown[0].detailedText() == ""
    assert [p.name for p in occupied.iterdir()] == ["mine.txt"]


def test_cancelled_backup_writes_nothing(
    main: Main, archive: Archive, qtbot, tmp_path: Path
) -> None:
    """Cancel during a backup is a cancel, not an error, and leaves no archive."""
    _session_with_files(archive, tmp_path / "in", a="a" * 100_000)
    cancelled: list[str] = []
    main.app.tasks.job_cancelled.connect(cancelled.append)
    gate = _busy_worker(main)
    main.app.library.backup(tmp_path / "x.tar", with_files=True)
    main.window.task_cancel.click()
    gate.set()
    _wait(main, qtbot)
    assert cancelled == ["Waiting", "Backing up the library…"]
    assert list(tmp_path.glob("x.tar*")) == []


# ------------------------------------------------------------------ automatic copies


def test_backup_settings_show_the_copies_and_save_the_schedule(
    main: Main, archive: Archive, qtbot
) -> None:
    """The dialog shows the schedule and each automatic copy; Save stores the new schedule."""
    archive.backups.set_schedule(BackupSchedule(7, 3))
    made = archive.backups.backup_if_due()
    assert made is not None
    main.window.backup_settings_action.trigger()
    dialog = main.app.library.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.every_days.value(), dialog.keep.value()) == (7, 3)
    assert dialog.copies.topLevelItemCount() == 1
    item = dialog.copies.topLevelItem(0)
    assert item.text(1) == made.name
    assert item.text(0).startswith(date_text(dt.date.today()))  # in the app's locale
    dialog.every_days.setValue(0)
    assert dialog.every_days.text() == "Off" and not dialog.keep.isEnabled()
    dialog.every_days.setValue(2)
    dialog.keep.setValue(9)
    dialog.buttons.accepted.emit()
    _wait(main, qtbot)
    assert archive.backups.schedule() == BackupSchedule(2, 9)
    assert "every 2 days" in main.window.statusBar().currentMessage()


def test_a_due_automatic_backup_runs_as_a_job_at_start(main: Main, archive: Archive, qtbot) -> None:
    """start_scheduled_backup (run_app calls it once the window shows) writes a due copy on
    the worker, not the GUI thread, and says where."""
    archive.backups.set_schedule(BackupSchedule(1, 2))
    assert archive.backups.scheduled_backups() == []
    main.app.library.start_scheduled_backup()
    assert main.app.tasks.busy  # queued on the worker, the window already up
    _wait(main, qtbot)
    [copy] = archive.backups.scheduled_backups()
    assert "Automatic backup of the catalogue written to" in (
        main.window.statusBar().currentMessage()
    )
    main.app.library.start_scheduled_backup()  # not due again
    _wait(main, qtbot)
    assert archive.backups.scheduled_backups() == [copy]


def test_run_app_starts_the_scheduled_backup_after_showing_the_window(
    tmp_path: Path, monkeypatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    """The app's start asks for the due copy once, after the window is shown."""
    import logging
    import sys

    from PySide6.QtCore import QSettings

    from webinar_archive.playback.fake import FakeBackend
    from webinar_archive.ui import app as ui_app
    from webinar_archive.ui.library_controller import LibraryController

    monkeypatch.setenv("WEBINAR_ARCHIVE_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    ini = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    made = []
    real_create = ui_app.create_main_window

    def create(archive: Archive):  # type: ignore[no-untyped-def]
        made.append(real_create(archive, ini, (1280, 800), player_backend=FakeBackend))
        return made[-1]

    calls: list[bool] = []

    def started(controller: LibraryController) -> int:
        calls.append(controller.window.isVisible())
        return 0

    monkeypatch.setattr(ui_app, "create_main_window", create)
    monkeypatch.setattr(LibraryController, "start_scheduled_backup", started)
    monkeypatch.setattr(type(qapp), "exec", lambda _self: 0)
    handlers = list(logging.getLogger().handlers)
    try:
        assert ui_app.run_app(tmp_path / "library", None, False) == 0
    finally:
        for h in logging.getLogger().handlers[:]:
            if h not in handlers:
                logging.getLogger().removeHandler(h)
                h.close()
        for window, _app in made:
            window.deleteLater()
    assert calls == [True]


def test_problem_kinds_all_have_a_group() -> None:
    """Every kind check reports is shown under some group of the report."""
    from webinar_archive.ui.library_views import GROUPS

    grouped = {kind for _title, kinds in GROUPS for kind in kinds}
    assert grouped == set(ProblemKind)
