"""Capitalised words that open a line or a sentence and are never a first name, though a
capitalised word follows them: a word for a kind of work or campaign before its name ("Film
Tiché pole", "Kampagne Sauberes Dorf", "Documentary Blue Fields") and a question word opening
a German sentence ("Wer Maschinen ... liefert", "Was Vereine ... wissen müssen")."""

from __future__ import annotations

from webinar_archive.domain.text import fold

# Folded.
_WORK_NOUNS = frozenset(
    [
        "film", "filmu", "dokument", "documentary", "documentaire", "documental",
        "documentario", "dokumentarfilm", "kampan", "kampane", "kampagne", "campaign",
        "campagne", "campana", "campagna", "kampania", "kampanii", "projekt", "project",
        "projet", "proyecto", "progetto", "kniha", "livre", "libro", "ksiazka",
        "album", "serial", "spektakl", "inscenace", "predstaveni", "ausstellung", "vystava",
        "wystawa", "exposition", "exhibition", "mostra", "exposicion", "aktion", "akce",
        "akcja", "festival", "festiwal",
    ]
)  # fmt: skip
_QUESTION_WORDS = frozenset(["wer", "was", "wie", "wo", "wann", "warum", "welche", "welcher"])


def never_a_name(word: str, lang: str | None) -> bool:
    """Whether ``word`` names a kind of work or asks a question rather than names someone."""
    low = fold(word)
    return low in _WORK_NOUNS or (lang == "de" and low in _QUESTION_WORDS)
