"""The UI's language: which one is chosen, the translators installed for it, and plural contexts.

Strings are marked where they are written, in forms pyside6-lupdate extracts:
``QCoreApplication.translate("Context", "text")`` for plain text, ``QT_TRANSLATE_NOOP`` for
tables translated later, and ``Context.tr("%n session(s)", "", n)`` for plurals, where
``Context = TrContext("Context")``. Plurals cannot go through ``translate(..., None, n)``:
pyside6-lupdate (6.11) reads a bare name as its fourth argument as an "encoding" and drops
the plural, so the catalogue would get one form where Polish needs three.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import translations
from ..domain.errors import ArchiveError
from ..export.languages import LOCALES
from ..resources import resource_path
from ..services.language import (
    LANGUAGE_ENV,
    language_code,
    save_language,
    saved_language,
    use_language,
)
from .settings import LANGUAGE, Settings

log = logging.getLogger(__name__)

ENGLISH = "en"
# Language code -> its name in that language (how the Settings dialog lists it).
LANGUAGE_NAMES = {ENGLISH: "English", "pl": "Polski"}
# Why the chosen language could not be loaded at start, for the window to say (None: it was).
_problem: list[str] = []


class TrContext:
    """A named translation context with ``tr(text, disambiguation, n)``, for plural strings.

    Bind it to a module-level name spelled like the context (``Library = TrContext("Library")``):
    lupdate takes the name before ``.tr`` as the context (tests/test_translations.py checks).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def system_language() -> str:
    """The system's UI language if the app has it, else English."""
    for name in QLocale.system().uiLanguages():
        code = normalise(name)
        if code is not None:
            return code
    return ENGLISH


def normalise(code: str | None) -> str | None:
    """A supported language code from ``pl``, ``pl_PL``, ``pl-PL.UTF-8``; None otherwise."""
    return language_code(code)


def ui_language(settings: Settings | None = None, override: str | None = None) -> str:
    """The language the UI runs in: ``override`` (--language), then WEBINAR_ARCHIVE_LANGUAGE,
    then the Settings dialog's choice, then the system's. Always a key of LANGUAGE_NAMES."""
    for candidate in (override, os.environ.get(LANGUAGE_ENV)):
        code = normalise(candidate)
        if code is not None:
            return code
    stored = chosen_language(settings)
    return stored if stored is not None else system_language()


def chosen_language(settings: Settings | None = None) -> str | None:
    """The language chosen in Settings (None: the system's). It lives in this machine's
    settings file, where the command line reads it too; a choice an older version kept in Qt's
    settings moves there the first time it is read."""
    chosen = saved_language()
    if chosen is not None:
        return chosen
    settings = settings or Settings()
    old = normalise(settings.get(LANGUAGE))
    if old is not None:
        try:
            save_language(old)
        except ArchiveError as exc:  # unreadable settings file: keep the old one in use
            log.warning("The language setting stays in Qt's settings: %s", exc)
        else:
            settings.store.remove(LANGUAGE.key)  # moved: asked once, never again
    return old


def choose_language(code: str) -> None:
    """Keep ``code`` ("" for the system's) as the language of the next start."""
    save_language(code or None)


def catalogue_path(language: str) -> Path | None:
    """Our .qm for ``language``: the built one of an installed app, or built now in a source
    checkout (with PySide6's lrelease). None, logged with the reason, when there is none."""
    name = translations.qm_name(language)
    if translations.ts_path(language).is_file():
        # A checkout: the .qm follows its .ts (rebuilt when older), never a stale one.
        try:
            return translations.ensure_built(language)
        except (translations.ToolMissing, RuntimeError, OSError) as exc:
            _unavailable(f"{translations.ts_path(language).name} could not be compiled: {exc}")
            return None
    try:
        return resource_path("i18n", name)
    except FileNotFoundError:
        _unavailable(f"this installation has no {name}")
        return None


def _unavailable(reason: str) -> None:
    log.warning("The window stays in English: %s", reason)
    _problem[:] = [reason]


def language_problem() -> str | None:
    """Why the language chosen at start is not shown (the window says so), or None."""
    if not _problem:
        return None
    return QCoreApplication.translate(
        "Language", "The window is in English: the chosen language is not available (%1)."
    ).replace("%1", _problem[0])


def _qt_translation_dirs() -> list[Path]:
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    # A one-folder bundle keeps Qt's catalogues next to the PySide6 package it carries.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return dirs


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own translations (standard buttons, dialogs) and ours for ``language``.

    Returns the translators, which must stay referenced while the app runs.
    """
    installed: list[QTranslator] = []
    _problem.clear()
    # Dates and numbers follow the chosen language, not a system in another one (a system
    # without a language, the C locale, counts as English).
    if (normalise(QLocale.system().name()) or ENGLISH) != language or language == ENGLISH:
        # One English in the window and in briefs (export.languages.LOCALES: en_GB).
        QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    # The messages of the layers below (errors, reports, progress) in the same language.
    use_language(language)
    qt = QTranslator(app)
    if language == ENGLISH:
        pass  # Qt's own strings are English already
    elif any(qt.load(f"qtbase_{language}", str(folder)) for folder in _qt_translation_dirs()):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("Qt's own qtbase_%s.qm was not found: standard buttons stay English", language)
    path = catalogue_path(language)
    if path is not None:
        ours = QTranslator(app)
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("The UI stays in English: %s cannot be read", path)
    return installed
