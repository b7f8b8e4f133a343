"""A subject named after a word for a teaching chair is what the person teaches, not a body:
"catedrático de Derecho Civil", "professore di Diritto Civile" and "Professorin für
Baurecht" keep the subject in the position and name no organisation by it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .names import is_org_word

_CHAIR_WORD = re.compile(
    r"(?:catedr[áa]tic[oa]|profesor[a]?|professor[ae]?|professoressa|professeure?|"
    r"professor(?:in)?|docente|lecturer|dozent(?:in)?|maîtresse? de conférences|"
    r"wykładowca|wykładowczyni|docent(?:ka)?|profesorka)$",
    re.I,
)
_SUBJECT_LINK = r"\s+(?:de|di|del|of|for|für|pro)\s+"


def _subject_after_chair(position: str, org: str, text: str) -> str | None:
    """The position with the subject, when ``text`` writes ``org`` right after ``position``
    ending in a chair word, and ``org`` holds no word for a kind of body."""
    if not _CHAIR_WORD.search(position) or any(is_org_word(w) for w in org.split()):
        return None
    match = re.search(re.escape(position) + _SUBJECT_LINK + re.escape(org), text)
    return match.group(0) if match else None


def settle_chair_subjects(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Give back to the position a subject read as the body, in place."""
    for speaker in speakers:
        if not speaker.position or not speaker.organisation:
            continue
        whole = _subject_after_chair(speaker.position, speaker.organisation, text)
        if whole is not None:
            speaker.position, speaker.organisation = " ".join(whole.split()), None
