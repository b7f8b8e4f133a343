"""Pipes, devices and oversized or binary inputs: refused with a clear message, never a hang."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from helpers import draft, make_pdf
from input_helpers import fifo, run_cli
from playback_helpers import SAMPLE_MP4
from webinar_archive.domain.input_files import (
    STDIN_LIMIT,
    SUBTITLE_LIMIT,
    TEXT_DOCUMENT_LIMIT,
    InputFileError,
)
from webinar_archive.media.extract import extract
from webinar_archive.media.subtitles import load_subtitles
from webinar_archive.services.archive import Archive


def _session_folder(root: Path) -> Path:
    folder = root / "2020-09-11 S3 cooperation"
    folder.mkdir(parents=True)
    make_pdf(folder / "deck.pdf", ["Smart specialisation"])
    return folder


def _titles(library: Path) -> list[str]:
    with Archive.open(library) as archive:
        return [row.title for row in archive.sessions.list_rows()]


def test_folder_with_a_fifo_summary_and_a_page_linked_to_dev_zero(tmp_path: Path) -> None:
    """import folder reads neither a FIFO summary.md nor a page.html linked to /dev/zero: both
    are named in the report, and the session is made from the folder name and its slides."""
    folder = _session_folder(tmp_path / "tree")
    (folder / "page.html").symlink_to("/dev/zero")
    lib = tmp_path / "lib"
    with fifo(folder / "summary.md"):
        code, out, err = run_cli(lib, "import", "folder", str(folder), "--yes")
    assert code == 1, err
    assert "summary.md: it is a pipe (FIFO), not a regular file" in out
    assert f"{folder / 'page.html'}: it is a device, not a regular file" in out
    assert "Traceback" not in err
    assert _titles(lib) == ["S3 cooperation"]


def test_reimporting_a_folder_does_not_hash_a_fifo(tmp_path: Path) -> None:
    """A FIFO named like a recording, found when a folder is imported again, is refused (its
    content would be hashed to see whether it is attached already)."""
    folder = _session_folder(tmp_path / "tree")
    lib = tmp_path / "lib"
    assert run_cli(lib, "import", "folder", str(folder), "--yes")[0] == 0
    with fifo(folder / "talk.mp4"):
        code, out, _ = run_cli(lib, "import", "folder", str(folder), "--yes")
    assert code == 1
    assert f"{folder / 'talk.mp4'}: it is a pipe (FIFO), not a regular file" in out


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_summary_file_must_be_a_regular_file(tmp_path: Path, kind: str) -> None:
    """add --summary-file with a FIFO or /dev/zero fails at once and adds no session."""
    lib = tmp_path / "lib"
    source = tmp_path / "summary.md"
    if kind == "device":
        source.symlink_to("/dev/zero")
        code, _, err = run_cli(lib, "add", "--title", "T", "--summary-file", str(source))
    else:
        with fifo(source):
            code, _, err = run_cli(lib, "add", "--title", "T", "--summary-file", str(source))
    assert code == 1
    assert f"Not reading {source}: it is a" in err and "not a regular file" in err
    assert "Traceback" not in err
    assert _titles(lib) == []


def test_chapter_import_from_dev_zero_or_a_fifo(tmp_path: Path) -> None:
    """chapters --import refuses /dev/zero and a FIFO, and the chapters stay as they were."""
    lib = tmp_path / "lib"
    recording = tmp_path / "talk.mp4"
    shutil.copy(SAMPLE_MP4, recording)
    with Archive.open(lib) as archive:
        session = archive.sessions.create(draft())
        [result] = archive.files.attach(session.id, [recording])
        rid = result.recording_id
        before = archive.playback.recording(rid).chapters
    assert rid is not None
    code, _, err = run_cli(lib, "chapters", str(rid), "--import", "/dev/zero")
    assert code == 1 and "Not reading /dev/zero: it is a device" in err
    with fifo(tmp_path / "chapters.txt") as pipe:
        code, _, err = run_cli(lib, "chapters", str(rid), "--import", str(pipe))
    assert code == 1 and "it is a pipe (FIFO)" in err
    with Archive.open(lib) as archive:
        assert archive.playback.recording(rid).chapters == before


def test_page_on_standard_input_is_capped(tmp_path: Path) -> None:
    """import page - reads at most the page limit from stdin and refuses more, saving nothing."""
    line = b"<p>Clusters and regions, 11 September 2020, Kevin Morgan (Cardiff University)</p>\n"
    big = line * (STDIN_LIMIT // len(line) + 1)
    code, _, err = run_cli(tmp_path / "lib", "import", "page", "-", "--yes", stdin=big)
    assert code == 1
    assert "Not reading standard input: it is larger than 20 MB, the limit for a page" in err
    assert _titles(tmp_path / "lib") == []


def test_binary_on_standard_input_or_in_a_file_is_not_a_page(tmp_path: Path) -> None:
    """A recording piped in or given as a saved page is refused; no session gets a binary title."""
    data = SAMPLE_MP4.read_bytes()
    code, _, err = run_cli(tmp_path / "lib", "import", "page", "-", "--yes", stdin=data)
    assert code == 1 and "standard input: it holds binary data" in err
    saved = tmp_path / "session.html"
    saved.write_bytes(data)
    code, _, err = run_cli(tmp_path / "lib", "import", "page", str(saved), "--yes")
    assert code == 1 and f"{saved} holds binary data (text/html), not a web page" in err
    assert _titles(tmp_path / "lib") == []


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_import_page_from_a_fifo_or_a_device(tmp_path: Path, kind: str) -> None:
    """import page names a FIFO or a device as what it is instead of reading it."""
    source = tmp_path / "page.html"
    if kind == "device":
        source.symlink_to("/dev/zero")
        code, _, err = run_cli(tmp_path / "lib", "import", "page", str(source), "--dry-run")
    else:
        with fifo(source):
            code, _, err = run_cli(tmp_path / "lib", "import", "page", str(source), "--dry-run")
    assert code == 1
    assert f"Not reading {source}: it is a" in err and "not a regular file" in err


def test_attach_refuses_a_fifo_and_a_device(tmp_path: Path) -> None:
    """attach refuses a FIFO and /dev/zero as "not a regular file", before reading them."""
    lib = tmp_path / "lib"
    assert run_cli(lib, "add", "--title", "T")[0] == 0
    with fifo(tmp_path / "talk.mp4") as pipe:
        code, out, err = run_cli(lib, "attach", "1", str(pipe), "/dev/zero")
    assert code == 1
    assert f"{pipe}: it is a pipe (FIFO), not a regular file" in out + err
    assert "/dev/zero: it is a device, not a regular file" in out + err


def _in_thread(func):  # type: ignore[no-untyped-def]
    """Run ``func`` with a join timeout: a regression fails the test instead of hanging it."""
    outcome: list[object] = []

    def call() -> None:
        try:
            outcome.append(func())
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(30)
    assert outcome, "the call did not return"
    return outcome[0]


def test_exchange_and_csv_imports_refuse_a_fifo(tmp_path: Path, sqlite_archive: Archive) -> None:
    """The JSON and CSV importers of the service refuse a FIFO (the GUI gives them any path)."""
    with fifo(tmp_path / "sessions.json") as pipe:
        result = _in_thread(lambda: sqlite_archive.exchange.import_json(pipe, dry_run=True))
    assert isinstance(result, InputFileError) and "pipe (FIFO)" in str(result)
    with fifo(tmp_path / "sessions.csv") as pipe:
        result = _in_thread(lambda: sqlite_archive.exchange.import_csv(pipe, dry_run=True))
    assert isinstance(result, InputFileError) and "pipe (FIFO)" in str(result)


def test_subtitles_over_the_limit_are_not_loaded(tmp_path: Path) -> None:
    """A subtitle file over its cap is refused before it is read into memory."""
    track = tmp_path / "talk.en.srt"
    cue = b"1\n00:00:01,000 --> 00:00:02,000\nHello\n\n"
    track.write_bytes(cue * (SUBTITLE_LIMIT // len(cue) + 1))
    with pytest.raises(InputFileError, match="the limit for a subtitle file"):
        load_subtitles(track)


def test_a_text_document_over_the_limit_is_kept_without_its_text(tmp_path: Path) -> None:
    """A .txt document over its cap gives a warning that says why its text was not extracted."""
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"minutes of the meeting\n" * (TEXT_DOCUMENT_LIMIT // 23 + 1))
    found = extract(notes, "notes.txt")
    assert found.pages == []
    assert found.warning is not None
    assert found.warning.startswith("notes.txt: it is larger than 20 MB")


def test_a_fifo_named_as_the_page_source_is_refused_not_read_as_text(
    tmp_path: Path, sqlite_archive: Archive
) -> None:
    """The app passes what the user typed: a path to a FIFO is refused as a file, not taken
    for pasted text."""
    with fifo(tmp_path / "page.html") as pipe:
        result = _in_thread(lambda: sqlite_archive.page_import.read_source(str(pipe)))
    assert isinstance(result, InputFileError) and "pipe (FIFO)" in str(result)
