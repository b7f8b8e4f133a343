"""Folder import on hostile trees: an unreadable folder, names that are not UTF-8, link loops
and names too long to follow are each refused on their own; the rest is imported, exit 1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import webinar_archive
from helpers import make_pdf
from webinar_archive.cli import run
from webinar_archive.services.archive import Archive

SRC = Path(webinar_archive.__file__).resolve().parents[1]


def _session(folder: Path, title: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "summary.md").write_text(f"# {title}\n\nText.\n", encoding="utf-8")
    return folder


def _hostile_tree(root: Path) -> Path:
    """One session with a good PDF beside three entries that cannot be attached as they are."""
    folder = _session(root / "talk", "Hostile names")
    make_pdf(folder / "good.pdf", ["Good slides"])
    (Path(os.fsdecode(bytes(folder) + b"/caf\xe9 \xff.pdf"))).write_bytes(b"%PDF-1.4 latin-1 name")
    (folder / "loop1.pdf").symlink_to(folder / "loop2.pdf")
    (folder / "loop2.pdf").symlink_to(folder / "loop1.pdf")
    (folder / "long.pdf").symlink_to("y" * 300 + ".pdf")  # ENAMETOOLONG when followed
    _session(root / "other", "Other talk")
    return root


def _refused(report_refused: list[dict[str, str]]) -> dict[str, str]:
    return {Path(r["item"]).name: r["reason"] for r in report_refused}


def test_hostile_names_are_refused_one_by_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, the first such name stopped the batch with 'internal error' (exit 70)."""
    tree = _hostile_tree(tmp_path / "tree")
    library = str(tmp_path / "lib")
    code = run(["--library", library, "import", "folder", str(tree), "--yes", "--json"])
    captured = capsys.readouterr()
    assert "internal error" not in captured.err
    assert code == 1
    report = json.loads(captured.out)
    assert len(report["created"]) == 2
    assert [Path(p).name for p in report["attached"]] == ["good.pdf"]
    refused = _refused(report["refused"])
    assert set(refused) == {"caf\ufffd \ufffd.pdf", "loop1.pdf", "loop2.pdf", "long.pdf"}
    assert (
        "UTF-8" in refused["caf\ufffd \ufffd.pdf"] and "rename" in refused["caf\ufffd \ufffd.pdf"]
    )
    assert "loops" in refused["loop1.pdf"]
    assert "too long" in refused["long.pdf"]


def test_attach_refuses_a_name_that_is_not_utf8_and_a_link_loop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = str(tmp_path / "lib")
    run(["--library", library, "add", "--title", "Talk"])
    bad = Path(os.fsdecode(bytes(tmp_path) + b"/\xff.pdf"))
    bad.write_bytes(b"%PDF-1.4")
    (tmp_path / "a.pdf").symlink_to(tmp_path / "b.pdf")
    (tmp_path / "b.pdf").symlink_to(tmp_path / "a.pdf")
    capsys.readouterr()
    code = run(["--library", library, "attach", "1", str(bad), str(tmp_path / "a.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert "internal error" not in err
    assert "not valid UTF-8" in err and "loops" in err


@pytest.fixture()
def unreadable_listing(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """Folders (by path) whose listing raises PermissionError, as for a user without rights."""
    denied: set[str] = set()
    real_listdir, real_scandir = os.listdir, os.scandir

    def check(path: object) -> None:
        if os.fspath(path) in denied:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]

    def listdir(path: object = ".") -> list[str]:
        check(path)
        return real_listdir(path)  # type: ignore[arg-type]

    def scandir(path: object = ".") -> object:
        check(path)
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "listdir", listdir)
    monkeypatch.setattr(os, "scandir", scandir)
    yield denied


def test_unreadable_subfolder_is_a_refusal_of_its_own(
    sqlite_archive: Archive, tmp_path: Path, unreadable_listing: set[str]
) -> None:
    root = tmp_path / "tree"
    _session(root / "a", "First")
    _session(root / "b" / "deep", "Hidden")
    _session(root / "c", "Third")
    unreadable_listing.add(str(root / "b"))
    report = sqlite_archive.folder_import.run(root)
    assert [sqlite_archive.sessions.get(i).title for i in report.created] == ["First", "Third"]
    assert [(r.item, "Permission denied" in r.reason) for r in report.refused] == [
        (str(root / "b"), True)
    ]


def _python_for_nobody() -> str | None:
    """A Python of this version that an unprivileged user may run (the venv's may be in /root)."""
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (sys.executable, shutil.which(version), f"/usr/bin/{version}"):
        if candidate and os.access(candidate, os.X_OK):
            probe = subprocess.run(
                ["runuser", "-u", "nobody", "--", candidate, "-c", "print(1)"],
                capture_output=True,
                text=True,
            )
            if probe.returncode == 0:
                return candidate
    return None


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("runuser") is None,
    reason="dropping privileges to make a folder really unreadable needs root and runuser",
)
def test_unreadable_subfolder_for_real_as_an_unprivileged_user() -> None:
    """Root reads everything, so the CLI runs as 'nobody' on a world-accessible tree."""
    python = _python_for_nobody()
    if python is None:
        pytest.skip("no Python that the user 'nobody' can run")
    work = Path(tempfile.mkdtemp(prefix="wa-unreadable-", dir="/tmp"))
    try:
        work.chmod(0o777)
        root = work / "tree"
        for name in ("a", "b", "c"):
            _session(root / name, f"Talk {name}")
        for path in [root, *root.rglob("*")]:
            path.chmod(0o777 if path.is_dir() else 0o666)
        (root / "b").chmod(0o000)
        site = sysconfig.get_paths()["purelib"]
        done = subprocess.run(
            [
                "runuser",
                "-u",
                "nobody",
                "--",
                "env",
                f"PYTHONPATH={SRC}:{site}",
                # nobody's settings folder: the tests' own one is root's and closed to nobody
                f"WEBINAR_ARCHIVE_CONFIG_DIR={work / 'config'}",
                python,
                "-m",
                "webinar_archive",
                "--library",
                str(work / "lib"),
                "import",
                "folder",
                str(root),
                "--yes",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 1, done.stderr
        report = json.loads(done.stdout)
        assert len(report["created"]) == 2
        assert [r["item"] for r in report["refused"]] == [str(root / "b")]
        assert "Permission denied" in report["refused"][0]["reason"]
    finally:
        (work / "tree" / "b").chmod(0o700)
        shutil.rmtree(work)
