"""The search box's hint and help name only the filters the search accepts, and the Polish
ones say that those names are typed in English (the parser knows no Polish names)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re

import pytest
from PySide6.QtGui import QFontMetrics

import ui_helpers
from translation_helpers import english, polish
from ui_helpers import Main
from webinar_archive.domain.query import OTHER_FIELDS, TEXT_FIELDS
from webinar_archive.services.archive import Archive

pytestmark = pytest.mark.sqlite_only
main = ui_helpers.main
settings = ui_helpers.settings
__all__ = ["english", "polish"]  # fixtures, asked for by name below

FILTER_NAME = re.compile(r"(?<![\w-])-?([A-Za-z]+):(?=\S|$)")  # "speaker:x", "year:"; not "Note: "
KNOWN = set(TEXT_FIELDS) | set(OTHER_FIELDS)


def _filters(text: str) -> list[str]:
    return [name.lower() for name in FILTER_NAME.findall(text)]


@pytest.mark.parametrize("language", ["english", "polish"])
def test_search_hint_names_filters_the_search_accepts(
    language: str, archive: Archive, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue(language)  # the window is built in that language
    main: Main = request.getfixturevalue("main")
    edit = main.window.search_edit
    label, hint = edit.placeholderText().split(":", 1)  # "Search: …": the label, the examples
    help_text = edit.toolTip()
    examples = re.findall(r"<tt>(.*?)</tt>", help_text)
    assert examples, help_text
    for name in _filters(hint) + [n for e in examples for n in _filters(e)]:
        assert name in KNOWN, f"{name}: is shown but the search does not know it"
    # As long as its filters are read only in English, the Polish hint says so.
    if language == "polish" and not {"prelegent", "rok"} & KNOWN:
        assert _filters(hint) and "po angielsku" in hint
        assert "po angielsku" in help_text
    # No longer than the English hint, which the search box shows whole at 1280 px.
    metrics = QFontMetrics(edit.font())
    english_hint = 'Search: words, "a phrase", -word, speaker:, year:2020 …'
    shown = edit.placeholderText()
    assert metrics.horizontalAdvance(shown) <= metrics.horizontalAdvance(english_hint)
    assert label in ("Search", "Szukaj")
