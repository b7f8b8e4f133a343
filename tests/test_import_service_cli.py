"""The import and export commands: dry runs, confirmation, --yes, and refusal without a TTY."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exchange_helpers import make_pdf
from webinar_archive.cli import run
from webinar_archive.services.archive import Archive

SRC = Path(__file__).resolve().parents[1] / "src"


def _tree(root: Path) -> Path:
    folder = root / "tree" / "2020-09-11 S3 cooperation"
    folder.mkdir(parents=True)
    make_pdf(folder / "deck.pdf", ["one"])
    second = root / "tree" / "2020-10-01 Second"
    second.mkdir()
    make_pdf(second / "deck.pdf", ["two"])
    return root / "tree"


def _count(library: Path) -> int:
    with Archive.open(library) as archive:
        return archive.sessions.count()


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_dry_run_saves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = _tree(tmp_path)
    lib = tmp_path / "lib"
    assert run(["--library", str(lib), "import", "folder", str(tree), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would create: 2020-09-11 S3 cooperation" in out
    assert "Would import 2 new sessions" in out
    assert _count(lib) == 0


def test_yes_imports_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = _tree(tmp_path)
    lib = tmp_path / "lib"
    assert run(["--library", str(lib), "import", "folder", str(tree), "--yes", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["created"]) == 2 and report["dry_run"] is False
    assert _count(lib) == 2
    assert run(["--library", str(lib), "import", "folder", str(tree), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Nothing to import" in out and "Skipped as duplicate: 2" in out


def test_tty_asks_and_no_means_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = _tree(tmp_path)
    lib = tmp_path / "lib"
    monkeypatch.setattr(sys, "stdin", _Tty())
    monkeypatch.setattr("builtins.input", lambda: "n")
    assert run(["--library", str(lib), "import", "folder", str(tree)]) == 1
    captured = capsys.readouterr()
    assert captured.err == "Import 2 sessions? [y/N] "
    assert "Nothing imported." in captured.out
    assert _count(lib) == 0
    monkeypatch.setattr("builtins.input", lambda: "y")
    assert run(["--library", str(lib), "import", "folder", str(tree), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["created"]) == 2
    assert _count(lib) == 2


def test_without_a_tty_and_without_yes_the_import_is_refused(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    lib = tmp_path / "lib"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "webinar_archive",
            "--library",
            str(lib),
            "import",
            "folder",
            str(tree),
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert "--yes" in done.stderr
    assert _count(lib) == 0


def test_export_and_import_json_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = tmp_path / "lib"
    assert run(["--library", str(lib), "demo"]) == 0
    out_json = tmp_path / "out" / "all.json"
    assert run(["--library", str(lib), "export", "json", "-o", str(out_json), "--with-files"]) == 0
    assert "Exported 1 session " in capsys.readouterr().out
    assert run(["--library", str(lib), "export", "csv", "--ids", "1"]) == 0
    assert capsys.readouterr().out.startswith("id,title,series,date")
    other = tmp_path / "other"
    assert run(["--library", str(other), "import", "json", str(out_json), "--dry-run"]) == 0
    assert _count(other) == 0
    assert run(["--library", str(other), "import", "json", str(out_json), "--yes"]) == 0
    assert _count(other) == 1
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("title,date\nGood,2020-01-01\n,2020-01-02\n", encoding="utf-8")
    assert run(["--library", str(other), "import", "csv", str(csv_file), "--yes"]) == 1
    out = capsys.readouterr().out
    assert "row 3: no title" in out
    assert _count(other) == 2
    assert run(["--library", str(lib), "export", "json", "--ids", "99"]) == 1
    assert "No session with id 99" in capsys.readouterr().err


def test_import_page_needs_an_existing_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["--library", str(tmp_path / "lib"), "import", "page", "nope.html", "--dry-run"])
    assert code == 1
    assert "No such file" in capsys.readouterr().err


PAGE_HTML = """<html><head><title>Clusters and regions</title></head><body>
<h1>Clusters and regions</h1>
<p>11 September 2020, 10:00 CEST</p>
<h2>Speakers</h2>
<ul><li>Anais Le Corvec, CEBR</li><li>Slawomir Tokarski, DG GROW</li></ul>
<p>How clusters and regions work together across borders.</p>
</body></html>
"""


@pytest.mark.skipif(
    importlib.util.find_spec("webinar_archive.importers.page") is None,
    reason="needs the page reader (webinar_archive.importers.page)",
)
def test_import_page_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = tmp_path / "lib"
    page = tmp_path / "page.html"
    page.write_text(PAGE_HTML, encoding="utf-8")
    assert run(["--library", str(lib), "demo"]) == 0
    capsys.readouterr()
    with Archive.open(lib) as archive:
        people_before = len(archive.people.people())

    assert run(["--library", str(lib), "import", "page", str(page), "--dry-run", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert isinstance(records, list) and records
    assert records[0]["title"] == "Clusters and regions"
    assert _count(lib) == 1

    assert run(["--library", str(lib), "import", "page", str(page), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 new session" in out
    with Archive.open(lib) as archive:
        assert archive.sessions.count() == 2
        # "Anais" and "Slawomir" are the demo's Anaïs and Sławomir: nobody new.
        assert len(archive.people.people()) == people_before
        assert len(list((lib / "snapshots").rglob("*.html"))) == 1

    assert run(["--library", str(lib), "import", "page", str(page), "--yes"]) == 0
    assert "Skipped as duplicate: 1" in capsys.readouterr().out
    assert _count(lib) == 2


def test_import_page_from_an_unreachable_site_says_so_in_plain_words(tmp_path: Path) -> None:
    """Offline or no such site: the CLI says the site could not be reached and what to do,
    without the system's error number, and exits 1 with nothing saved."""
    lib = tmp_path / "lib"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "webinar_archive",
            "--library",
            str(lib),
            "import",
            "page",
            "http://webinar-archive-test.invalid/session.html",  # .invalid never resolves
            "--yes",
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "could not be reached" in done.stderr and "saved copy" in done.stderr
    assert "Errno" not in done.stderr and "Traceback" not in done.stderr
    assert _count(lib) == 0
