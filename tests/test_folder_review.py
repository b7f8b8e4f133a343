"""The folder import review: the plan (window and `import folder --dry-run`), confirm or cancel."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from exchange_helpers import make_pdf
from helpers import make_media
from hostile_corpus import cut_moov_mp4
from test_import_review import Flow, flow  # noqa: F401  (the import feature of a real window)
from webinar_archive.services.archive import Archive
from webinar_archive.ui.formats import date_text

SRC = Path(__file__).resolve().parents[1] / "src"


def _series(root: Path) -> Path:
    """Two session folders: one with a damaged video, an audio-only .3g2 and a zip; one with
    slides, subtitles and a summary naming its series."""
    first = root / "series" / "2021-03-04 Phone call"
    first.mkdir(parents=True)
    cut_moov_mp4(first).rename(first / "video.mp4")
    make_media(first / "call.3g2")
    (first / "notes.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    second = root / "series" / "2021-03-05 Second talk"
    second.mkdir()
    make_pdf(second / "deck.pdf", ["two"])
    (second / "summary.md").write_text("---\nseries: Calls\n---\n# Clusters\n", encoding="utf-8")
    return root / "series"


def test_plan_says_which_file_goes_where(sqlite_archive: Archive, tmp_path: Path) -> None:
    plan = sqlite_archive.folder_import.plan(_series(tmp_path))
    assert plan.headline().endswith(": 2 new sessions, 3 files to attach.")
    first, second = plan.sessions
    assert (first.title, first.date.isoformat() if first.date else None) == (
        "Phone call",
        "2021-03-04",
    )
    roles = {f.name: (f.role, f.warning, f.skipped) for f in first.files}
    assert roles["call.3g2"] == ("recording", None, False)
    role, warning, skipped = roles["video.mp4"]
    assert role == "recording" and not skipped
    assert warning and warning.startswith("the file looks cut short (it ends in the middle")
    assert roles["notes.zip"][0] == "not imported" and roles["notes.zip"][2]
    assert (second.title, second.series) == ("Clusters", "Calls")
    assert [(f.name, f.role) for f in second.files] == [
        ("summary.md", "summary"),
        ("deck.pdf", "PDF"),
    ]
    assert sqlite_archive.sessions.count() == 0


def test_cli_dry_run_prints_the_plan(tmp_path: Path) -> None:
    tree = _series(tmp_path)
    lib = tmp_path / "lib"
    done = subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(lib),
         "import", "folder", str(tree), "--dry-run"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # the zip is refused: the exit status says so
    out = done.stdout
    assert "- Phone call  (2021-03-04; new session)" in out
    assert "    recording     call.3g2" in out
    assert "    recording     video.mp4\n                  warning: the file looks cut short" in out
    assert "    not imported  notes.zip" in out
    assert (
        "    series        Calls\n    summary       summary.md\n    PDF           deck.pdf" in out
    )
    assert "Traceback" not in done.stderr
    with Archive.open(lib) as archive:
        assert archive.sessions.count() == 0


def test_cli_dry_run_json_carries_the_plan(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from webinar_archive.cli import run

    tree = _series(tmp_path)
    assert run(["--library", str(tmp_path / "lib"), "import", "folder", str(tree),
                "--dry-run", "--json"]) == 1  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert out["dry_run"] is True and len(out["planned"]) == 2
    first = out["plan"]["sessions"][0]
    assert (first["title"], first["date"], first["existing_session_id"]) == (
        "Phone call", "2021-03-04", None,
    )  # fmt: skip
    video = next(f for f in first["files"] if f["name"] == "video.mp4")
    assert video["role"] == "recording" and video["warning"].startswith("the file looks cut")


def test_window_reviews_the_folder_then_imports_what_was_kept(
    qtbot,
    tmp_path: Path,
    flow: Flow,  # noqa: F811
) -> None:
    tree = _series(tmp_path)
    flow.controller.start(tree)
    qtbot.waitUntil(lambda: flow.controller.folder_review_dialog is not None, timeout=60_000)
    dialog = flow.controller.folder_review_dialog
    assert flow.archive.sessions.count() == 0  # reading saved nothing
    sessions = dialog.session_items()
    assert [s.text(0) for s in sessions] == [
        f"{date_text(dt.date(2021, 3, 4))}  Phone call",
        f"{date_text(dt.date(2021, 3, 5))}  Clusters",
    ]
    rows = {
        sessions[0].child(i).text(0): sessions[0].child(i) for i in range(sessions[0].childCount())
    }
    assert rows["call.3g2"].text(1) == "recording"
    assert rows["video.mp4"].text(2).startswith("the file looks cut short")
    assert rows["notes.zip"].text(1) == "not imported"
    dialog.tree.setCurrentItem(rows["video.mp4"])  # the whole note, not the elided column
    assert dialog.note.text().startswith("video.mp4: the file looks cut short")
    assert dialog.note.text().endswith("Re-copy it from the original if you have it.")
    assert "1 file(s) have a problem" in dialog.headline.text()
    assert dialog.import_button.text() == "Import 2"
    sessions[1].setCheckState(0, sessions[1].checkState(0).Unchecked)
    assert dialog.import_button.text() == "Import"
    dialog.accept()
    qtbot.waitUntil(lambda: flow.controller.summary_box is not None, timeout=60_000)
    assert flow.archive.sessions.count() == 1
    [session_id] = flow.imported[0]
    session = flow.archive.sessions.get(session_id)
    assert session.title == "Phone call"
    assert sorted(r.original_name for r in session.recordings) == ["call.3g2", "video.mp4"]
    details = flow.controller.summary_box.detailedText()
    assert not details.lstrip().startswith("{")  # readable text, not JSON
    assert "2021-03-04 Phone call/video.mp4: the file looks cut short" in details
    assert "notes.zip" in details


def test_cancelling_the_review_creates_nothing(qtbot, tmp_path: Path, flow: Flow) -> None:  # noqa: F811
    flow.controller.start(_series(tmp_path))
    qtbot.waitUntil(lambda: flow.controller.folder_review_dialog is not None, timeout=60_000)
    flow.controller.folder_review_dialog.reject()
    qtbot.wait(200)
    assert flow.archive.sessions.count() == 0
    assert flow.controller.summary_box is None
    assert flow.imported == []
    library_files = tmp_path / "library" / "files"
    assert not library_files.exists() or not any(p.is_file() for p in library_files.rglob("*"))


def test_a_folder_without_sessions_says_what_a_session_folder_is(
    qtbot,
    tmp_path: Path,
    flow: Flow,  # noqa: F811
) -> None:
    empty = tmp_path / "holiday photos"
    empty.mkdir()
    (empty / "notes.zip").write_bytes(b"PK")
    flow.controller.start(empty)
    qtbot.waitUntil(lambda: flow.controller.summary_box is not None, timeout=60_000)
    box = flow.controller.summary_box
    assert box.text() == "Nothing was imported."
    assert "No session folder was found in" in box.informativeText()
    assert "summary.md" in box.informativeText()
    assert flow.controller.folder_review_dialog is None


def test_title_date_and_series_can_be_corrected_before_importing(
    qtbot,
    tmp_path: Path,
    flow: Flow,  # noqa: F811
) -> None:
    """As in the page review: a wrong date keeps the dialog open and says why; the corrected
    fields are what the session is created with."""
    flow.controller.start(_series(tmp_path))
    qtbot.waitUntil(lambda: flow.controller.folder_review_dialog is not None, timeout=60_000)
    dialog = flow.controller.folder_review_dialog
    first, second = dialog.session_items()
    second.setCheckState(0, second.checkState(0).Unchecked)
    dialog.tree.setCurrentItem(first.child(1))  # a file's line edits its session
    assert dialog.title_edit.text() == "Phone call" and dialog.form.isEnabled()
    dialog.title_edit.setText("Call with the regions")
    dialog.title_edit.textEdited.emit("Call with the regions")
    dialog.date_edit.setText("4 March")
    dialog.date_edit.textEdited.emit("4 March")
    dialog.series_edit.setText("Calls")
    dialog.series_edit.textEdited.emit("Calls")
    dialog.accept()
    assert dialog.isVisible() and flow.archive.sessions.count() == 0
    assert "is not a date: write it as YYYY-MM-DD" in dialog.error_label.text()
    dialog.date_edit.setText("2021-03-14")
    dialog.date_edit.textEdited.emit("2021-03-14")
    assert first.text(0) == f"{date_text(dt.date(2021, 3, 14))}  Call with the regions"
    assert first.text(2) == "Series: Calls"
    dialog.accept()
    qtbot.waitUntil(lambda: flow.controller.summary_box is not None, timeout=60_000)
    [session_id] = flow.imported[0]
    session = flow.archive.sessions.get(session_id)
    assert (session.title, session.date.isoformat(), session.series) == (
        "Call with the regions",
        "2021-03-14",
        "Calls",
    )
    assert flow.archive.sessions.count() == 1


def test_plan_of_a_reimport_says_what_is_there_already(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    """Importing again: the known session gets only the new file; a FIFO named like a
    recording is refused by its type (never hashed), not called "already attached"."""
    from input_helpers import fifo

    folder = tmp_path / "2021-05-06 Again"
    folder.mkdir()
    make_pdf(folder / "deck.pdf", ["one"])
    [session_id] = sqlite_archive.folder_import.run(folder).created
    make_pdf(folder / "more.pdf", ["two"])
    with fifo(folder / "talk.mp4"):
        plan = sqlite_archive.folder_import.plan(folder)
    [session] = plan.sessions
    assert session.existing_id == session_id and session.attaching == 1
    files = {f.name: (f.role, f.warning, f.skipped) for f in session.files}
    assert files["deck.pdf"] == ("PDF", "already attached to this session", True)
    assert files["more.pdf"] == ("PDF", None, False)
    role, reason, skipped = files["talk.mp4"]
    assert role == "refused" and skipped and "pipe (FIFO)" in (reason or "")
    assert plan.headline().endswith("0 new sessions, 1 known session gets more files, "
                                    "1 file to attach.")  # fmt: skip
