"""The languages briefs are written in, and the marker of words for the brief catalogue."""

from __future__ import annotations

BRIEF_LANGUAGES: tuple[str, ...] = ("en", "pl")
"""The languages a brief can be written in; English is the brief catalogue's source language."""


def N_(message: str) -> str:
    """Marks ``message`` for the brief catalogue where it is defined; translated where used."""
    return message
