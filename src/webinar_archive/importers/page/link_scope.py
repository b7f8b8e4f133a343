"""How far the words around a link speak for it: the sentence that holds it, not its whole
paragraph ("Slides will be in the Releases tab. The recording goes on YouTube." makes the tab
a link to slides); and a schedule of publications, which is no session's agenda."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

# "Harmonogram publikacji na 2026 r.", "Publication schedule", "Veröffentlichungskalender",
# "calendrier des publications", "calendario de publicaciones", "release calendar": when an
# office publishes its data, not what a session's programme is.
PUBLICATION_SCHEDULE = re.compile(
    r"(?<![^\W\d_])(?:harmonogram\w*\s+(?:publikac\w*|wydań|wydawnicz\w*)|"
    r"(?:publication|release)s?\s+(?:schedule|calendar|timetable|programme|program)|"
    r"veröffentlichungs(?:kalender|termine|programm|plan)\w*|"
    r"(?:calendrier|programme)\s+(?:des|de)\s+(?:publications?|parutions?)|"
    r"(?:calendario|programa|programma)\s+(?:de|delle|di)\s+(?:publicacion\w*|pubblicazion\w*)|"
    r"(?:harmonogram|kalendář|plán)\s+(?:vydávání|publikací|zveřejňování)\w*)",
    re.I,
)


def without_publication_schedules(text: str) -> str:
    return PUBLICATION_SCHEDULE.sub(" ", text)


def anchor_sentence(text: str, anchor_text: str) -> str:
    """The sentence of ``text`` holding the link's words; ``text`` when the link's words are
    not found in one sentence, or ``text`` is one sentence already."""
    label = anchor_text.strip()
    # A sentence ends at a full stop, "!" or "?" before a capital: "godz. 10:00" goes on.
    sentences: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if sentences and not piece[:1].isupper():
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    if len(sentences) < 2 or not label:
        return text
    holding = [s for s in sentences if label in s]
    return holding[0] if len(holding) == 1 else text
