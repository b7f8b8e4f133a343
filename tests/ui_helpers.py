"""Shared fixtures and helpers of the desktop UI tests: a real library and a real main window."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from webinar_archive.domain.model import FileRef, RecordingDraft
from webinar_archive.domain.text import fold
from webinar_archive.playback.fake import FakeBackend
from webinar_archive.services.archive import Archive
from webinar_archive.storage import orm
from webinar_archive.ui.app import create_main_window


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)


class Main:
    """A main window with its controller, closed properly at the end of a test."""

    def __init__(self, archive: Archive, settings: QSettings, qtbot: object) -> None:
        # 1280x800 unless a remembered geometry wins; the player (made on first play) is fake.
        backend = FakeBackend()
        self.window, self.app = create_main_window(
            archive, settings, (1280, 800), player_backend=lambda: backend
        )
        self.controller = self.app.catalogue
        qtbot.addWidget(self.window)  # type: ignore[attr-defined]
        self.window.show()
        # The browser's counts arrive from the query thread; the tests start once shown.
        qtbot.waitUntil(lambda: not self.controller.counts_pending)  # type: ignore[attr-defined]

    def close(self) -> None:
        self.window.close()
        self.app.shutdown()


@pytest.fixture
def main(archive: Archive, settings: QSettings, qtbot: object) -> Iterator[Main]:
    m = Main(archive, settings, qtbot)
    yield m
    m.close()


def bulk_sessions(archive: Archive, count: int, title: str = "Session") -> None:
    """Insert ``count`` bare sessions with one Core insert (fast enough for 100k)."""
    now = dt.datetime(2024, 1, 1)
    start = dt.date(2015, 1, 1)
    rows = []
    for i in range(count):
        name = f"{title} {i:06d}"
        rows.append(
            {
                "title": name,
                "title_folded": fold(name),
                "date": start + dt.timedelta(days=i % 3000),
                "status": "draft",
                "summary": "",
                "notes": "",
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
    with archive.catalogue.engine.begin() as conn:
        conn.execute(orm.SessionRow.__table__.insert(), rows)


def make_pdf(path: Path, pages: int = 3) -> Path:
    """A small PDF with a big dark block on each page, so a thumbnail is clearly not blank."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for page in range(1, pages + 1):
        c.setFillColorRGB(0.1, 0.2, 0.6)
        c.rect(50, height / 2, width - 100, height / 3, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 28)
        c.drawString(72, 120, f"Slide {page}: Regional cooperation")
        c.showPage()
    c.save()
    return path


def add_recording_row(archive: Archive, session_id: int, duration_ms: int) -> int:
    """A recording record (no media file needed) for tests of the recordings list."""
    draft = RecordingDraft(
        file=FileRef(
            original_name="session-recording.mp4",
            media_type="video/mp4",
            size=1_234_567,
            sha256="0" * 64,
            stored_path="files/session-recording.mp4",
        ),
        duration_ms=duration_ms,
    )
    with archive.catalogue.uow() as uow:
        recording_id = uow.parts.add_recording(session_id, draft, [])
        uow.commit()
    return recording_id
