"""The player as the app starts it: Wayland platform choice, and an archive without VLC."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from playback_helpers import SAMPLE_MP4
from webinar_archive.playback import vlc_backend
from webinar_archive.services.archive import Archive
from webinar_archive.ui import app as ui_app

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only


def test_run_app_prefers_xcb_on_wayland(tmp_path: Path, monkeypatch, qapp) -> None:
    """On a Wayland session without a chosen platform, run_app selects xcb and says so."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Wayland choice is made on Linux only")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("WEBINAR_ARCHIVE_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *_a: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("not a library")
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        assert ui_app.run_app(not_a_folder, None, False) == 1
        assert os.environ.get("QT_QPA_PLATFORM") == "xcb"
    finally:
        for h in root.handlers[:]:
            if h not in handlers:
                root.removeHandler(h)
                h.close()
    log_text = (tmp_path / "logs" / ui_app.LOG_FILE).read_text(encoding="utf-8")
    assert "Wayland session detected" in log_text


@pytest.fixture
def without_vlc(monkeypatch) -> Iterator[None]:
    """libvlc reported missing, as on a machine without VLC."""
    missing = vlc_backend.VlcStatus(False, None, "libvlc.so.5: cannot open shared object file")
    monkeypatch.setattr(vlc_backend, "probe_vlc", lambda **_kw: missing)
    yield


def test_without_vlc_the_player_explains_and_the_archive_works(
    archive: Archive, tmp_path: Path, qtbot, without_vlc
) -> None:
    """Play shows how to install VLC; notes and chapters still reach the catalogue."""
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window, controller = ui_app.create_main_window(archive, settings, (1200, 800))
    qtbot.addWidget(window)
    window.show()
    try:
        window.empty_state.demo_button.click()
        session_id = controller.catalogue.current_session_id()
        assert session_id is not None
        results = archive.files.attach(session_id, [SAMPLE_MP4])
        rid = results[0].recording_id
        assert rid is not None
        controller.files.reload_files(session_id)
        window.play_requested.emit(rid)
        glue = controller.player
        assert glue is not None and glue.player is not None
        player = glue.player
        assert player.engine is None
        assert player.stack.currentWidget() is player.notice
        assert "VLC" in player.notice.headline.text()
        assert "apt install" in player.notice.body.text()
        assert window.player_dock is not None and window.player_dock.isVisible()
        assert glue.chapters.add_chapter(1000, "Opening") is not None
        titles = [c.title for c in archive.playback.recording(rid).chapters]
        assert titles == ["Welcome", "Opening", "Main talk"]
        window.editor.title_edit.setText("Still editable")
        assert controller.catalogue.current_session_id() == session_id
    finally:
        window.close()
        controller.shutdown()
