"""`backup`, `restore` and `backup-schedule` as a user runs them: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from backup_helpers import file_info, read_archive, tree, write_archive
from helpers import make_pdf

SRC = Path(__file__).resolve().parents[1] / "src"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    env.pop("WEBINAR_ARCHIVE_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def test_backup_then_restore_from_the_command_line(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib")
    assert _run("--library", lib, "add", "--title", "Lapland talks").returncode == 0
    pdf = make_pdf(tmp_path / "slides.pdf", ["Arctic smart specialisation"])
    assert _run("--library", lib, "attach", "1", str(pdf)).returncode == 0
    made = _run("--library", lib, "backup", str(tmp_path / "b.tgz"), "--with-files", "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["files"] == 1
    restored = _run("restore", str(tmp_path / "b.tgz"), str(tmp_path / "new"))
    assert restored.returncode == 0, restored.stderr
    assert "1 session, 1 file" in restored.stdout
    assert tree(tmp_path / "new", "files") == tree(tmp_path / "lib", "files")
    listed = _run("--library", str(tmp_path / "new"), "list", "--json")
    assert [row["title"] for row in json.loads(listed.stdout)] == ["Lapland talks"]


def test_a_hostile_archive_is_a_clear_error_without_traceback(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib")
    assert _run("--library", lib, "add", "--title", "One").returncode == 0
    assert _run("--library", lib, "backup", str(tmp_path / "b.tar")).returncode == 0
    entries = read_archive(tmp_path / "b.tar")
    write_archive(tmp_path / "evil.tar", [*entries, file_info("../../evil.sh", b"echo hi\n")])
    result = _run("restore", str(tmp_path / "evil.tar"), str(tmp_path / "new"))
    assert result.returncode == 1
    assert "evil.tar" in result.stderr and "not listed in its manifest" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "new").exists() and not (tmp_path.parent / "evil.sh").exists()


def test_backup_schedule_is_set_and_runs_when_a_command_opens_the_library(
    tmp_path: Path,
) -> None:
    lib = str(tmp_path / "lib")
    assert _run("--library", lib, "init").returncode == 0
    shown = _run("--library", lib, "backup-schedule", "--every", "7", "--keep", "3", "--json")
    assert json.loads(shown.stdout) == {"every_days": 7, "keep": 3}
    assert _run("--library", lib, "list").returncode == 0
    copies = list((tmp_path / "lib" / "backups").glob("catalogue-*-scheduled.sqlite"))
    assert len(copies) == 1
    assert _run("--library", lib, "list").returncode == 0  # not due again for 7 days
    assert len(list((tmp_path / "lib" / "backups").iterdir())) == 1
