"""Where a search hit is ("slide 3 of talk.pdf", "0:26 in the recording"), in the UI language."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from webinar_archive.domain.search import Hit, hit_label
from webinar_archive.ui.search_panel import hit_html, hit_place


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    """The Polish catalogues installed as the app installs them at start; removed afterwards."""
    from webinar_archive.ui.i18n import install_translators

    before = QLocale()
    translators = install_translators(qapp, "pl")
    assert translators, "the Polish catalogue did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _hits() -> list[Hit]:
    slide = Hit(
        kind="slide",
        label=hit_label("slide", "talk.pdf", 3, None),
        snippet="x",
        page_no=3,
        source="talk.pdf",
    )
    transcript = Hit(
        kind="transcript",
        label=hit_label("transcript", None, None, 26_000, "Anaïs Le Corvec"),
        snippet="x",
        time_ms=26_000,
        speaker="Anaïs Le Corvec",
    )
    summary = Hit(kind="summary", label="summary", snippet="x")
    chapter = Hit(
        kind="chapter", label=hit_label("chapter", None, None, 83_000), snippet="x", time_ms=83_000
    )
    return [slide, transcript, summary, chapter]


def test_places_in_english_match_the_command_line() -> None:
    """Untranslated, the window says what `search` prints."""
    assert [hit_place(h) for h in _hits()] == [h.label for h in _hits()]


def test_places_in_polish(polish: None) -> None:
    """With the Polish catalogue the places are Polish, the file name and times kept."""
    assert [hit_place(h) for h in _hits()] == [
        "slajd 3 z talk.pdf",
        "0:26 w nagraniu, Anaïs Le Corvec",
        "streszczenie",
        "rozdział w 1:23",
    ]
    assert "slajd 3 z talk.pdf" in hit_html(_hits()[0], "#777777")
