"""Files linked in place on a shared folder are found on a machine that mounts it elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import draft
from webinar_archive.domain.path_mapping import PathMapping, map_path
from webinar_archive.services.archive import Archive
from webinar_archive.services.paths import CONFIG_DIR_ENV

SRC = Path(__file__).resolve().parents[1] / "src"


def test_map_path_translates_windows_and_posix_roots():
    """Drive letters compare case-blind, the longest root wins, a root matches whole names."""
    maps = [
        PathMapping("Z:\\archive", "/mnt/archive"),
        PathMapping("Z:\\archive\\video", "/mnt/video"),
        PathMapping("/mnt/archive", "Z:\\archive"),
    ]
    assert map_path("z:\\Archive\\2020\\deck.pdf", maps) == "/mnt/archive/2020/deck.pdf"
    assert map_path("Z:\\archive\\video\\rec.mp4", maps) == "/mnt/video/rec.mp4"
    assert map_path("/mnt/archive/2020/deck.pdf", maps) == "Z:\\archive\\2020\\deck.pdf"
    assert map_path("/mnt/archived/deck.pdf", maps) is None
    assert map_path("files/ab/abc.pdf", maps) is None
    with pytest.raises(ValueError, match="RECORDED=LOCAL"):
        PathMapping.parse("/mnt/archive")


def _cli(config: Path, library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), CONFIG_DIR_ENV: str(config)}
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        env=env,
        capture_output=True,
        text=True,
    )


def test_a_linked_file_is_found_again_through_this_machines_mapping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Linked under /…/machine-a/share on one machine, the share mounted at /…/machine-b here:
    after ``path-map --add``, the catalogue's recorded path resolves to the file here. The
    mapping lives in this machine's config folder, not in the catalogue."""
    share_a = tmp_path / "machine-a" / "share"
    (share_a / "2020").mkdir(parents=True)
    deck = share_a / "2020" / "deck.txt"
    deck.write_text("Slides\n", encoding="utf-8")
    library = tmp_path / "library"
    config_a, config_b = tmp_path / "config-a", tmp_path / "config-b"
    with Archive.open(library) as archive:
        sid = archive.sessions.create(draft("Shared folder")).id
    attached = _cli(config_a, library, "attach", str(sid), str(deck), "--link-in-place")
    assert attached.returncode == 0, attached.stderr
    share_b = tmp_path / "machine-b" / "mount"
    share_b.parent.mkdir()
    share_a.rename(share_b)  # the same share, seen from the other machine

    monkeypatch.setenv(CONFIG_DIR_ENV, str(config_b))
    with Archive.open(library) as archive:
        stored = archive.sessions.get(sid).materials[0].stored_path
        assert stored == str(deck)
        assert not archive.files.path_of(stored).exists()

    added = _cli(config_b, library, "path-map", "--add", f"{share_a}={share_b}")
    assert added.returncode == 0, added.stderr
    listed = _cli(config_b, library, "path-map", "--json")
    assert json.loads(listed.stdout) == [{"recorded": str(share_a), "local": str(share_b)}]
    with Archive.open(library) as archive:
        found = archive.files.path_of(stored)
        assert found == share_b / "2020" / "deck.txt"
        assert found.read_text(encoding="utf-8") == "Slides\n"
    assert not (config_a / "machine.json").exists()  # machine A's settings are untouched

    monkeypatch.setenv(CONFIG_DIR_ENV, str(config_a))
    with Archive.open(library) as archive:
        assert not archive.files.path_of(stored).exists()


def test_a_windows_recorded_path_resolves_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A path recorded on Windows (``Z:\\archive\\…``) is a linked file here once mapped,
    not a refused library path."""
    mount = tmp_path / "mnt" / "archive"
    mount.mkdir(parents=True)
    (mount / "rec.mp4").write_bytes(b"\0")
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    assert (
        _cli(
            tmp_path / "config", tmp_path / "lib", "path-map", "--add", f"Z:\\archive={mount}"
        ).returncode
        == 0
    )
    with Archive.open(tmp_path / "lib") as archive:
        assert archive.files.path_of("Z:\\archive\\rec.mp4") == mount / "rec.mp4"


def test_path_map_refuses_a_malformed_mapping(tmp_path: Path):
    """A mapping without '=' is a clear error, exit non-zero, and nothing is written."""
    result = _cli(tmp_path / "config", tmp_path / "lib", "path-map", "--add", "/mnt/archive")
    assert result.returncode != 0
    assert "RECORDED=LOCAL" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "config" / "machine.json").exists()
