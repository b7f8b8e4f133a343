"""Shared setup of the player-in-the-main-window tests: a real library, window and fake clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from playback_helpers import SAMPLE_MP4, SAMPLE_SRT
from webinar_archive.domain import model as m
from webinar_archive.playback.fake import FakeBackend, FakeMedia
from webinar_archive.services.archive import Archive
from webinar_archive.ui.app import MainApp, create_main_window
from webinar_archive.ui.catalogue_controller import CatalogueController
from webinar_archive.ui.main_window import MainWindow
from webinar_archive.ui.materials_panel import ID_ROLE
from webinar_archive.ui.player.widget import PlayerWidget
from webinar_archive.ui.player_controller import PlaybackController

SAMPLE_LENGTH_MS = 6000


@dataclass
class App:
    """The main window as the app builds it, the player's fake backend, and the demo session."""

    window: MainWindow
    controller: CatalogueController
    backend: FakeBackend
    archive: Archive
    main: MainApp
    session_id: int = 0
    recording_id: int = 0

    @property
    def glue(self) -> PlaybackController:
        return self.main.player

    @property
    def player(self) -> PlayerWidget:
        assert self.glue.player is not None
        return self.glue.player

    def attach(self, *paths: Path) -> list[m.AttachResult]:
        results = self.archive.files.attach(self.session_id, list(paths))
        self.main.files.reload_files(self.session_id)
        return results

    def attach_sample(self) -> int:
        """sample.mp4 (probed for real: two embedded chapters) and sample.srt beside it."""
        results = self.attach(SAMPLE_MP4, SAMPLE_SRT)
        assert all(r.ok for r in results), results
        self.recording_id = next(r.recording_id for r in results if r.recording_id)
        stored = self.archive.playback.recording(self.recording_id).stored_path
        # The fake knows the stored copy as the six-second sample it is.
        self.backend.media_by_name[Path(stored).name] = FakeMedia(length_ms=SAMPLE_LENGTH_MS)
        return self.recording_id

    def press_play(self, recording_id: int | None = None) -> None:
        """Select the recording in the Files tab and press its Play button."""
        files = self.window.editor.files
        target = recording_id or self.recording_id
        for i in range(files.recording_list.topLevelItemCount()):
            item = files.recording_list.topLevelItem(i)
            if item is not None and int(item.data(0, ID_ROLE)) == target:
                files.recording_list.setCurrentItem(item)
        assert files.selected_recording_id() == target
        files.play_button.click()

    def close(self) -> None:
        self.window.close()
        self.main.shutdown()


@pytest.fixture
def app(archive: Archive, tmp_path: Path, qtbot) -> Iterator[App]:  # type: ignore[no-untyped-def]
    backend = FakeBackend()
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    window, main_app = create_main_window(
        archive, settings, (1400, 900), player_backend=lambda: backend
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.empty_state.demo_button.click()
    session_id = main_app.catalogue.current_session_id()
    assert session_id is not None
    opened = App(window, main_app.catalogue, backend, archive, main_app, session_id)
    yield opened
    opened.close()
