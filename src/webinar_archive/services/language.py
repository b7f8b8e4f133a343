"""The language the app speaks to its user: its messages, and what the window and new briefs
use by default; the user's choice of it, kept where the window and the command line both read it."""

from __future__ import annotations

import locale
import os

from ..domain import messages
from ..domain.errors import ArchiveError
from ..export.languages import BRIEF_LANGUAGES
from ..resources import gettext_catalogue
from . import machine


def system_language() -> str:
    """The user's language as the system says it (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``, in the order gettext reads them), reduced to one the app speaks; else English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        # LANGUAGE is a list ("pl:en"); "C" and "POSIX" mean no language at all.
        first = value.split(":")[0]
        if first and first not in ("C", "POSIX") and not first.startswith("C."):
            return supported_language(first)
    try:
        found = locale.getlocale(locale.LC_MESSAGES)[0]
    except (ValueError, AttributeError):  # no LC_MESSAGES on Windows
        found = None
    return supported_language(found)


def language_code(code: str | None) -> str | None:
    """``"pl_PL.UTF-8"``, ``"pl-PL"`` or ``"pl"`` → ``"pl"``; None for a language the app does
    not speak (or none). The window (ui.i18n) and the briefs read codes alike through this."""
    short = (code or "").replace("-", "_").split(".")[0].split("_")[0].lower()
    return short if short in BRIEF_LANGUAGES else None


def supported_language(code: str | None) -> str:
    """The app's code for ``code`` (see language_code), English when it has none."""
    return language_code(code) or "en"


LANGUAGE_ENV = "WEBINAR_ARCHIVE_LANGUAGE"
"""The app's language for one run, as ``gui --language`` gives it (ui.i18n reads it too)."""


def saved_language() -> str | None:
    """The language chosen in the window's Settings (kept in this machine's settings file, so
    the command line reads it without Qt); None for "the system's" or no choice made."""
    try:
        value = machine.read_setting(LANGUAGE_KEY)
    except ArchiveError:
        return None  # an unreadable settings file: the next save says what is wrong with it
    return language_code(value) if isinstance(value, str) else None


def save_language(code: str | None) -> None:
    """Keep ``code`` (``"pl"``, ``"en"``; None or "" for the system's) as the user's choice."""
    machine.write_setting(LANGUAGE_KEY, language_code(code))


LANGUAGE_KEY = "language"


def app_language(override: str | None = None) -> str:
    """The language the app speaks unless told otherwise: ``override`` (``--language``), else
    WEBINAR_ARCHIVE_LANGUAGE, else the one chosen in Settings, else the system's."""
    for candidate in (override, os.environ.get(LANGUAGE_ENV), saved_language()):
        code = language_code(candidate)
        if code is not None:
            return code
    return system_language()


def use_language(code: str) -> str:
    """Speak ``code`` (a code the app has, else English) in every message from now on."""
    language = supported_language(code)
    catalogue = gettext_catalogue(messages.DOMAIN, language)
    messages.install(language, catalogue)
    return language
