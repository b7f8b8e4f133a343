"""The check and relink commands as a script sees them: exit status, JSON, messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBLEMS_FOUND = 4


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1] / "src"))
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    """A library with one session and one copied file (the demo would bring its own)."""
    lib = tmp_path / "lib"
    assert _cli(lib, "add", "--title", "Clusters in Lapland").returncode == 0
    slides = tmp_path / "slides.txt"
    slides.write_text("the slides of the talk", encoding="utf-8")
    assert _cli(lib, "attach", "1", str(slides)).returncode == 0
    slides.unlink()
    return lib


def test_a_clean_library_exits_0_and_its_json_says_what_was_checked(library: Path) -> None:
    result = _cli(library, "check", "--full", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["problems"] == []
    assert report["files_checked"] == 1
    assert report["bytes_hashed"] == len("the slides of the talk")
    assert any("integrity_check" in c for c in report["checks"])
    counts = {c["kind"]: (c["expected"], c["indexed"]) for c in report["index"]}
    assert counts["title"] == (1, 1)


def test_problems_give_their_own_exit_status_and_a_readable_report(library: Path) -> None:
    """Exit 4 (not 1, which is for a check that could not run), each problem with advice."""
    [stored] = (library / "files").rglob("*.txt")
    stored.unlink()
    stray = library / "files" / "stray.bin"
    stray.write_bytes(b"stray")

    result = _cli(library, "check")
    assert result.returncode == PROBLEMS_FOUND
    assert f"[missing] {stored}: the file is gone" in result.stdout
    assert "used by “slides.txt” (material 1 of session 1)" in result.stdout
    assert "relink FOLDER" in result.stdout
    assert f"[orphan] {stray}" in result.stdout
    assert "Traceback" not in result.stderr

    data = json.loads(_cli(library, "check", "--json").stdout)
    assert data["ok"] is False
    assert [(p["kind"], p["repairable"]) for p in data["problems"]] == [
        ("missing", False),
        ("orphan", True),
    ]
    assert set(data["problems"][0]) == {"kind", "path", "detail", "advice", "records", "repairable"}

    repaired = _cli(library, "check", "--repair", "--json")
    assert repaired.returncode == PROBLEMS_FOUND  # the missing file is left for the user
    repair = json.loads(repaired.stdout)["repair"]
    assert [q["source"] for q in repair["quarantined"]] == [str(stray)]
    assert [p["kind"] for p in repair["left"]] == ["missing"]
    assert not stray.exists()


def test_relink_reconnects_and_check_is_clean_again(library: Path, tmp_path: Path) -> None:
    [stored] = (library / "files").rglob("*.txt")
    found = tmp_path / "usb" / "old slides.txt"
    found.parent.mkdir()
    stored.rename(found)

    dry = _cli(library, "relink", str(found.parent), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would reconnect" in dry.stdout
    assert not stored.exists()

    result = _cli(library, "relink", str(found.parent), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(r["found_at"], r["copied_back"]) for r in data["relinked"]] == [(str(found), True)]
    assert stored.read_text(encoding="utf-8") == "the slides of the talk"
    assert _cli(library, "check", "--full").returncode == 0


def test_relink_that_finds_nothing_says_so(library: Path, tmp_path: Path) -> None:
    [stored] = (library / "files").rglob("*.txt")
    stored.unlink()
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _cli(library, "relink", str(empty))
    assert result.returncode == PROBLEMS_FOUND
    assert "0 of 1 file found" in result.stdout
    assert "not found: files/" in result.stdout


def test_relink_of_a_missing_folder_is_a_clear_error(library: Path, tmp_path: Path) -> None:
    result = _cli(library, "relink", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert "nowhere is not a folder" in result.stderr
    assert "Traceback" not in result.stderr
