"""Numbers on the command line that no record or database column can hold: a clear usage error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["show", "99999999999999999999"], "no record has the id 99999999999999999999"),
        (["edit", "3000000000", "--title", "x"], "no record has the id 3000000000"),
        (["delete", "0"], "no record has the id 0"),
        (["chapters", "99999999999999999999"], "no record has the id"),
        (["list", "--limit", "-1"], "must be 0 or more"),
        (["search", "x", "--offset", "-5"], "must be 0 or more"),
        (["edit", "1", "--duration", "99999999999999999999"], "not a duration"),
    ],
)
def test_out_of_range_numbers_are_usage_errors(tmp_path: Path, args: list[str], says: str) -> None:
    """No SQL, no traceback, no 'internal error': argparse names the argument and the range."""
    result = _cli(tmp_path / "lib", *args)
    assert result.returncode == 2
    assert says in result.stderr
    assert "[SQL" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["list"], ["search", "cooperation"]])
def test_a_huge_limit_means_everything(tmp_path: Path, command: list[str]) -> None:
    """A limit beyond any catalogue is taken as 'all' instead of overflowing the database."""
    library = tmp_path / "lib"
    assert _cli(library, "demo").returncode == 0
    result = _cli(library, *command, "--limit", "99999999999999999999")
    assert result.returncode == 0, result.stderr
    assert "S3: International and territorial cooperation" in result.stdout
