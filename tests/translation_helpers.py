"""Reading the .ts catalogues in tests (their messages, what is unfinished), and fixtures that
install a language as the app does."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


def catalogue_messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message of a .ts file."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of the messages without a finished translation (every plural form)."""
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = (
                [f.text for f in forms]
                if forms
                else [None if translation is None else translation.text]
            )
            if (
                translation is None
                or translation.get("type") in {"unfinished", "vanished", "obsolete"}
                or not all(t and t.strip() for t in texts)
            ):
                found.append((name, message.findtext("source") or ""))
    return found


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The app's English catalogue installed as the app does: plurals read "5 sessions"."""
    from webinar_archive.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    assert translators, "the English plural catalogue did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    """The Polish catalogues installed as the app installs them at start; removed afterwards
    (with the English the next test starts from)."""
    from webinar_archive.ui.i18n import install_translators

    before = QLocale()
    translators = install_translators(qapp, "pl")
    assert translators, "the Polish catalogue did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
