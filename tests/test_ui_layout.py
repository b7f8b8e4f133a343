"""The main window's layout: its size is the user's, panes keep their room, headers stay put."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

import ui_helpers
from helpers import make_pdf
from playback_helpers import SAMPLE_MP4
from ui_helpers import Main
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive

pytestmark = pytest.mark.sqlite_only
main = ui_helpers.main
settings = ui_helpers.settings

LONG_TITLE = (
    "Interregional cooperation for smart specialisation: how European regions co-invest in "
    "circular bio-economy value chains across borders, with lessons from Lapland and Navarra"
)
LONG_SERIES = "European Regional Innovation and Smart Specialisation Platform Webinars"


def _long_session(archive: Archive) -> int:
    draft = m.SessionDraft(
        title=LONG_TITLE,
        series=LONG_SERIES,
        date=dt.date(2024, 3, 12),
        speakers=[
            m.SpeakerDraft(
                "Kristina Sermanoukian-Lindqvist",
                "DG GROW, European Commission, Directorate-General for Internal Market",
            ),
            m.SpeakerDraft("Anaïs Le Corvec", "Council of European BioRegions (CEBR)"),
            m.SpeakerDraft("Ilari Havukainen", "Regional Council of Lapland"),
        ],
    )
    return archive.sessions.create(draft).id


def _short_session(archive: Archive) -> int:
    return archive.sessions.create(m.SessionDraft(title="Clusters", date=dt.date(2021, 1, 1))).id


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)


def test_window_keeps_its_size_for_a_long_title_the_results_and_the_player(
    archive: Archive, settings, qtbot, tmp_path: Path
) -> None:
    """Selecting a long title, opening a slide hit and playing never resize the main window."""
    long_id = _long_session(archive)
    _short_session(archive)
    pdf = make_pdf(tmp_path / "deck.pdf", [f"Slide {i} cooperation" for i in range(1, 15)])
    results = archive.files.attach(long_id, [pdf, SAMPLE_MP4])
    recording_id = next(r.recording_id for r in results if r.recording_id)
    archive.search.reindex()
    opened = Main(archive, settings, qtbot)
    try:
        w = opened.window
        _settle(qtbot)
        size = QSize(w.size())
        assert size == QSize(1280, 800)
        opened.controller.select_session(long_id)
        _settle(qtbot)
        assert w.size() == size, "selecting a long title resized the window"
        search = opened.app.search
        search.run("cooperation")
        qtbot.waitUntil(lambda: not search.busy and w.search_dock.isVisible())
        hit = next(
            h for s in w.search_panel.model.sessions for h in s.hits if h.kind in ("slide", "page")
        )
        search.activate_hit(long_id, hit)
        _settle(qtbot)
        assert w.preview_dock.isVisible()
        assert w.size() == size, "showing the results and a slide resized the window"
        w.play_requested.emit(recording_id)
        _settle(qtbot)
        assert w.player_dock is not None and w.player_dock.isVisible()
        assert w.size() == size, "opening the player resized the window"
    finally:
        opened.close()


def test_session_header_has_one_height_for_every_session(
    main: Main, archive: Archive, qtbot
) -> None:
    """Short or long titles and speaker lists: the tabs below the header do not move."""
    long_id = _long_session(archive)
    short_id = _short_session(archive)
    main.controller.refresh_table()
    editor = main.window.editor
    main.controller.select_session(short_id)
    _settle(qtbot)
    top = editor.tabs.mapTo(editor, editor.tabs.rect().topLeft()).y()
    assert editor.heading.text() == "Clusters"
    main.controller.select_session(long_id)
    _settle(qtbot)
    assert editor.tabs.mapTo(editor, editor.tabs.rect().topLeft()).y() == top
    # The whole title stays readable: cut on screen, whole in the tooltip and in the text.
    assert editor.heading.text() == LONG_TITLE
    assert editor.heading.toolTip() == LONG_TITLE
    assert editor.heading.shown_text().endswith("…")
    assert editor.heading.shown_text().count("\n") == 1
