"""`edit` on many sessions: ids or --query, --dry-run, and bad input refused before any change."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import draft
from webinar_archive.services.archive import Archive

SRC = Path(__file__).resolve().parents[1] / "src"


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=120,
    )


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    """Three sessions about hydrogen (one of them late in year 9999) and one about forests."""
    lib = tmp_path / "lib"
    with Archive.open(lib) as archive:
        for title in ("Hydrogen valleys", "Hydrogen ports", "Forest bioeconomy"):
            archive.sessions.create(draft(title, tags=["energy"]))
        archive.sessions.create(draft("Hydrogen at the end of time", date=dt.date(9999, 12, 31)))
    return lib


def _snapshot(library: Path) -> list[tuple[object, ...]]:
    with Archive.open(library) as archive:
        return [
            (s.title, s.series, s.tags, s.status, s.date, s.version)
            for s in (archive.sessions.get(i) for i in (1, 2, 3, 4))
        ]


def test_query_edits_every_session_the_search_finds(library: Path):
    """`edit --query hydrogen --add-tag ... --status ...` changes exactly the sessions found."""
    result = _cli(
        library, "edit", "--query", "hydrogen", "--add-tag", "H2", "--status", "reviewed", "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["selected"], data["affected"], data["dry_run"]) == (3, 3, False)
    assert sorted(data["ids"]) == [1, 2, 4]
    with Archive.open(library) as archive:
        tagged = {i: "H2" in archive.sessions.get(i).tags for i in (1, 2, 3, 4)}
        assert tagged == {1: True, 2: True, 3: False, 4: True}
        assert archive.sessions.get(1).status.value == "reviewed"
        assert archive.sessions.get(3).status.value == "draft"


def test_dry_run_lists_the_changes_and_changes_nothing(library: Path):
    """`--dry-run` prints each change (text and JSON) and leaves the catalogue as it was."""
    before = _snapshot(library)
    text = _cli(library, "edit", "1", "2", "--replace-title", "Hydrogen", "H2", "--dry-run")
    assert text.returncode == 0, text.stderr
    assert "Would change 2 of 2 sessions" in text.stdout
    assert "'Hydrogen valleys' → 'H2 valleys'" in text.stdout
    as_json = _cli(
        library, "edit", "--query", "hydrogen", "--remove-tag", "energy", "--dry-run", "--json"
    )
    data = json.loads(as_json.stdout)
    assert (data["selected"], data["affected"]) == (3, 2)  # session 4 has no tag "energy"
    assert {(c["id"], c["field"], c["new"]) for c in data["changes"]} == {
        (1, "tags", "− energy"),
        (2, "tags", "− energy"),
    }
    assert _snapshot(library) == before


def test_a_query_that_finds_nothing_says_so(library: Path):
    result = _cli(library, "edit", "--query", "volcanoes", "--add-tag", "x")
    assert result.returncode == 0
    assert "No session matches 'volcanoes'; nothing changed." in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["1", "2", "--replace-title", "([", "x", "--regex"],
            "The regular expression for the title, '([', is not valid",
        ),
        (
            ["--query", "hydrogen", "--replace-title", "^.*$", "", "--regex"],
            "would leave the title of session",
        ),
        (["1", "2", "--replace-title", "Hydrogen valleys", " "], "title of session 1"),
        (["1", "2", "--shift-days", "1000000"], "out of range: shift by at most 36,500 days"),
        (["--query", "hydrogen", "--shift-days", "1"], "date of session 4 (9999-12-31)"),
        (["1", "2", "--title", "Same for all"], "--title changes one session at a time"),
        (["1", "99", "--add-tag", "x"], "No session with id 99."),
        (["1", "--query", "hydrogen", "--add-tag", "x"], "not both"),
        (["--query", " ", "--add-tag", "x"], "--query needs words"),
        (["--add-tag", "x"], "Say which sessions to edit"),
        (["1", "2"], "Nothing to change"),
        (["1", "2", "--add-tag", "x", "--remove-tag", "X"], "both added and removed"),
        (["1", "2", "--regex", "--add-tag", "x"], "--regex applies to --replace-title"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_changes(
    library: Path, args: list[str], message: str
):
    """Each bad input: exit status 1, the reason on stderr without a traceback, no change."""
    before = _snapshot(library)
    result = _cli(library, "edit", *args)
    assert result.returncode == 1, result.stdout
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(library) == before


def test_one_id_without_bulk_options_is_the_plain_edit(library: Path):
    """`edit ID --title` still edits that one session (and --expect-version still applies)."""
    result = _cli(library, "edit", "3", "--title", "Forests", "--expect-version", "1")
    assert result.returncode == 0, result.stderr
    assert "Saved session 3 (version 2)." in result.stdout
