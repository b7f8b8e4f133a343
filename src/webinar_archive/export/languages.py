"""The languages briefs are written in, the paper sizes they are printed on, and the marker of
words for the brief catalogue: names only, light enough for the command line's choices."""

from __future__ import annotations

BRIEF_LANGUAGES: tuple[str, ...] = ("en", "pl")
"""The languages a brief can be written in; English is the brief catalogue's source language."""

PAPERS: tuple[str, ...] = ("A4", "Letter")
"""The paper sizes a brief can be printed on (their dimensions are in export/document.py)."""

LOCALES: dict[str, str] = {"en": "en_GB", "pl": "pl_PL"}
"""The locale each language formats dates and numbers with, in briefs and in the window alike:
one English (day-month-year, 24-hour clock, the spelling "Organisation" the app is written in),
whatever English variant the system has."""


def N_(message: str) -> str:
    """Marks ``message`` for the brief catalogue where it is defined; translated where used."""
    return message
