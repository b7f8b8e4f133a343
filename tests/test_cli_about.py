"""`about` reports versions and libvlc; `gui --quit-after-start` proves the app starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from webinar_archive import APP_ID, __version__
from webinar_archive.playback.vlc_backend import probe_vlc


def _cli(*args: str, home, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_about_reports_versions_and_the_libvlc_in_use(tmp_path):
    """The JSON names the app, its parts' versions and the libvlc python-vlc loaded."""
    done = _cli("about", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert facts["version"] == __version__ and facts["application_id"] == APP_ID
    assert facts["bundled"] is False
    assert facts["pyside6"] and facts["sqlalchemy"] and facts["reportlab"]
    status = probe_vlc()
    assert facts["libvlc"]["available"] == status.available
    if status.available:
        assert facts["libvlc"]["version"] == status.version
        assert "libvlc" in facts["libvlc"]["library"]


def test_about_says_why_libvlc_is_unusable(tmp_path):
    """A wrong PYTHON_VLC_LIB_PATH is reported as the reason, not a crash."""
    done = _cli("about", home=tmp_path, PYTHON_VLC_LIB_PATH=str(tmp_path / "nope.so"))
    assert done.returncode == 0, done.stderr
    assert "libvlc: not usable: PYTHON_VLC_LIB_PATH points to a missing file" in done.stdout


def test_gui_quit_after_start_shows_the_rows_and_exits(tmp_path):
    """The window opens offscreen on the library, says how many rows it shows, and exits 0."""
    library = tmp_path / "library"
    assert _cli("--library", str(library), "demo", home=tmp_path).returncode == 0
    done = _cli("--library", str(library), "gui", "--quit-after-start", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "started: 1 session in the table" in done.stdout
