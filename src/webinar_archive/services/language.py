"""The language the app speaks to its user: the one the window and new briefs use by default."""

from __future__ import annotations

import locale
import os

from ..export.languages import BRIEF_LANGUAGES


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


def app_language() -> str:
    """The language briefs are written in from the command line unless one is asked for:
    WEBINAR_ARCHIVE_LANGUAGE, else the system's. (The window's choice in Settings lives in Qt's
    settings, which the window itself reads: ui.i18n.ui_language.)"""
    chosen = os.environ.get(LANGUAGE_ENV)
    return supported_language(chosen) if chosen else system_language()
