"""A Polish window shows the messages of the layers below it in Polish too: an error a service
raises reaches the one error dialog in the window's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from webinar_archive.services.archive import Archive
from webinar_archive.ui import i18n
from webinar_archive.ui.app import create_main_window


@pytest.fixture
def polish_window(qapp: QApplication, qtbot, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A real main window over a new library, started in Polish as run_app starts it."""
    translators = i18n.install_translators(qapp, "pl")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        with Archive.open(tmp_path / "library") as archive:
            window, app = create_main_window(archive, settings, (1024, 700))
            qtbot.addWidget(window)
            try:
                yield app, archive
            finally:
                window.close()
                app.shutdown()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())


def test_a_service_error_is_shown_in_polish(qtbot, tmp_path: Path, polish_window) -> None:  # type: ignore[no-untyped-def]
    """Importing a page file that is not there: the dialog's headline (the window's own text)
    and the reason the services give (a missing file, said in plain words) are both Polish."""
    app, archive = polish_window
    controller = app.imports
    controller.start(tmp_path / "missing-page.html")
    qtbot.waitUntil(lambda: controller.summary_box is not None, timeout=60_000)
    box = controller.summary_box
    assert box.text() == "Nic nie zostało zaimportowane."
    said = box.informativeText()
    assert "missing-page.html" in said
    assert said.startswith("Nie wczytano ") and "nie znaleziono pliku" in said, said
    assert "błąd w programie" not in said  # our own error, not a fault of the program
    assert archive.sessions.count() == 0


def test_the_language_choice_moves_where_the_command_line_reads_it(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A choice an older version kept in Qt's settings is moved, once, to this machine's
    settings file (which the CLI reads without Qt); choosing "System default" clears it."""
    from webinar_archive.services.language import saved_language
    from webinar_archive.ui.settings import LANGUAGE, Settings

    settings = Settings(QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, "pl")
    assert saved_language() is None
    assert i18n.ui_language(settings) == "pl"
    assert saved_language() == "pl"
    assert not settings.store.contains(LANGUAGE.key)
    assert i18n.ui_language(settings) == "pl"  # now from the settings file
    i18n.choose_language("")
    assert saved_language() is None
    assert i18n.ui_language(settings) == i18n.system_language()


def test_the_window_and_briefs_write_the_same_english(qapp: QApplication) -> None:
    """One English for dates and numbers: the English window formats as English briefs do
    (en_GB: 11 September 2020), not as en_US, whatever English the system has."""
    from webinar_archive.export.brief_text import brief_text

    translators = i18n.install_translators(qapp, "en")
    try:
        assert QLocale().name() == str(brief_text("en").locale) == "en_GB"
        day = QLocale().toString(dt.date(2020, 9, 11), QLocale.FormatType.LongFormat)
        assert day.startswith("Friday, 11 September 2020") or day == "Friday 11 September 2020"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())


def test_polish_chosen_in_settings_is_what_the_command_line_speaks(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Tools → Settings… → Polski in a real window: the next command run in a terminal (its
    own process, no Qt) reports in Polish without being told."""
    from PySide6.QtWidgets import QApplication as _App

    from input_helpers import run_cli
    from webinar_archive.services.language import saved_language
    from webinar_archive.ui.settings_dialog import SettingsDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Archive.open(tmp_path / "library") as archive:
        window, app = create_main_window(archive, settings, (1024, 700))
        qtbot.addWidget(window)
        try:
            window.settings_action.trigger()
            dialog = next(w for w in _App.topLevelWidgets() if isinstance(w, SettingsDialog))
            combo = dialog.language_combo
            combo.setCurrentIndex(combo.findData("pl"))
            dialog.accept()
        finally:
            window.close()
            app.shutdown()
    assert saved_language() == "pl"
    status, _out, err = run_cli(tmp_path / "library", "show", "42")
    assert status == 1
    assert err == "webinar-archive: błąd: Nie ma sesji o identyfikatorze 42.\n"
