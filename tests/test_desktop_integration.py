"""One application id everywhere, the window icon, and the launcher installed in the XDG folders."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from display_helpers import xvfb_display
from webinar_archive import APP_ID, FOLDER_NAME

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / "desktop"


def _cli(*args: str, env: dict[str, str], umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lambda: os.umask(umask),
    )


def test_the_id_names_every_desktop_file():
    """The desktop entry, the metainfo and the icon are all named by the one id."""
    assert (DESKTOP / f"{APP_ID}.desktop").is_file()
    assert (DESKTOP / f"{APP_ID}.metainfo.xml").is_file()
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").is_file()
    entry = (DESKTOP / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in entry
    assert f"StartupWMClass={FOLDER_NAME}\n" in entry


def test_metainfo_has_what_software_centres_show():
    """Developer, links, screenshots and release notes are in the AppStream metadata."""
    root = ET.parse(DESKTOP / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("developer_name")
    assert {u.get("type") for u in root.findall("url")} >= {"homepage", "bugtracker", "help"}
    shots = root.findall("screenshots/screenshot")
    assert shots and all(s.findtext("image", "").startswith("https://") for s in shots)
    assert all(s.findtext("caption") for s in shots)
    release = root.find("releases/release")
    assert release is not None and release.find("description/ul/li") is not None


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_metainfo_validates_pedantic():
    """`appstreamcli validate --pedantic` accepts the metadata (offline: links are not fetched)."""
    metainfo = DESKTOP / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--pedantic", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


def test_install_desktop_writes_the_launcher_and_uninstall_removes_it(tmp_path):
    """The three files land under XDG_DATA_HOME with the umask's modes; the entry validates."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    done = _cli("install-desktop", env=env, umask=0o027)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    metainfo = tmp_path / "data" / "metainfo" / f"{APP_ID}.metainfo.xml"
    icon = tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    for path in (entry, metainfo, icon):
        assert path.is_file(), path
        assert path.stat().st_mode & 0o777 == 0o640, oct(path.stat().st_mode)
    exec_line = re.search(r"^Exec=(.+)$", entry.read_text(encoding="utf-8"), re.M)
    assert exec_line is not None
    command = exec_line.group(1).split()[0]
    assert shutil.which(command, path=os.environ.get("PATH")) or os.access(command, os.X_OK)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stdout + check.stderr

    again = _cli("install-desktop", "--uninstall", env=env)
    assert again.returncode == 0, again.stderr
    assert not entry.exists() and not metainfo.exists() and not icon.exists()
    nothing = _cli("install-desktop", "--uninstall", env=env)
    assert nothing.returncode == 0 and "nothing to remove" in nothing.stdout


def test_install_desktop_names_an_unwritable_folder(tmp_path):
    """A data folder that is a file gives a plain message naming the path, exit status 1."""
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    done = _cli("install-desktop", env=env)
    assert done.returncode == 1
    assert str(tmp_path / "data") in done.stderr and "Traceback" not in done.stderr


def test_application_carries_the_id_and_icon(qapp):
    """The QApplication reports the id as its desktop file and organisation, with an icon."""
    from webinar_archive.ui.app import application

    app = application()
    assert app.desktopFileName() == APP_ID
    assert app.organizationName() == APP_ID
    assert not app.windowIcon().isNull()


@pytest.mark.display
def test_window_shows_its_icon_and_class_on_x11(tmp_path):
    """On a real X server the main window has _NET_WM_ICON set and the launcher's WM_CLASS."""
    if shutil.which("xwininfo") is None or shutil.which("xprop") is None:
        pytest.skip("x11-utils (xwininfo, xprop) is not installed")
    with xvfb_display() as display:
        env = {**os.environ, "DISPLAY": display, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        app = subprocess.Popen(
            [sys.executable, "-m", "webinar_archive", "--library", str(tmp_path / "lib")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            window = None
            deadline = time.monotonic() + 60
            while window is None and time.monotonic() < deadline and app.poll() is None:
                tree = subprocess.run(
                    ["xwininfo", "-root", "-tree", "-display", display],
                    capture_output=True,
                    text=True,
                    check=False,
                ).stdout
                # The top-level window (it has a WM_CLASS), not Qt's 1x1 client leader of that name.
                found = re.search(r'^\s+(0x[0-9a-f]+) "Webinar Archive[^"]*": \("', tree, re.M)
                window = found.group(1) if found else None
                if window is None:
                    time.sleep(0.3)
            assert window is not None, "the main window did not appear"
            props = subprocess.run(
                ["xprop", "-display", display, "-id", window, "WM_CLASS", "_NET_WM_ICON"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
        finally:
            app.terminate()
            app.wait(timeout=20)
    # WM_CLASS is (instance, class); desktops match StartupWMClass against the class.
    assert props.split("\n")[0].endswith(f'"{FOLDER_NAME}"'), props[:300]
    assert "_NET_WM_ICON(CARDINAL)" in props and "not found" not in props, props[:300]


def test_settings_saved_under_the_old_organisation_carry_over(tmp_path):
    """Settings written before the id became the organisation are found once, then kept."""
    old = tmp_path / "config" / FOLDER_NAME / f"{FOLDER_NAME}.conf"
    old.parent.mkdir(parents=True)
    old.write_text("[ui]\nlast_library=/srv/archive\n", encoding="utf-8")
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    script = (
        "from webinar_archive.ui.app import application\n"
        "from PySide6.QtCore import QSettings\n"
        "application()\n"
        "print(QSettings().value('ui/last_library'), QSettings().fileName())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    value, where = done.stdout.split()
    assert value == "/srv/archive"
    assert Path(where).parent.name == APP_ID
