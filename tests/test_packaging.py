"""Desktop integration files: the .desktop entry and AppStream metadata are well formed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parent.parent / "resources" / "desktop"
APP_ID = "io.github.webinar_archive.WebinarArchive"


def test_desktop_entry_launches_the_entry_point():
    """The .desktop file names the installed command and matches the AppStream launchable."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "webinar-archive"
    assert section["Categories"].endswith(";")


def test_metainfo_is_consistent():
    """The AppStream id, launchable and binary agree with the desktop file and the package."""
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "webinar-archive"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils absent"
)
def test_desktop_file_validates():
    """desktop-file-validate accepts the entry."""
    result = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
