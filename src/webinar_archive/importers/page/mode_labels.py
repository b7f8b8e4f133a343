"""A title led by no more than how the session is held: "Live: the total eclipse from Spain",
"En directo: la poda del olivo", "Na żywo: jak czytać etykiety", or by the kind of session
and whom it is for: "Clínic de entrenadores: ...", "Atelier des animateurs : ...". Such a lead
names no topic, so it is no part of the title, whether the rest starts with a capital or
not."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .meeting_words import meeting_noun

# How a session is held, said alone before a colon, folded.
_MODES = frozenset(
    [
        "live", "livestream", "live stream", "live-stream", "streaming", "online", "en direct",
        "en ligne", "en vivo", "en directo", "directo", "in diretta", "diretta", "in streaming",
        "na zywo", "transmisja", "zive", "zivy prenos", "prenos", "im livestream",
    ]
)  # fmt: skip
# Sessions for practising, besides the meeting nouns: "Clínic", "Masterclass", folded.
_PRACTICE_NOUNS = frozenset(["clinic", "clinica", "masterclass", "klinika", "bootcamp"])
# "de entrenadores", "des animateurs", "dei formatori": whom the session is for, a plural noun
# for people by what they do.
_FOR_WHOM = re.compile(
    r"^(?:de|des|di|dei|degli|delle|for|para|pour|dla|pro)\s+[^\W\d_]+"
    r"(?:dores|doras|tores|toras|eurs|euses|trices|tori|trici|ers|ors|istas|isti|istes)$",
    re.I,
)
_LEAD = re.compile(r"^(?P<head>[^:]{2,40}?)\s*:\s+(?P<rest>\S.*)$")


def without_mode_label(title: str) -> str:
    """``title`` without a lead that only says how the session is held; the rest, three
    words at least, gets a capital."""
    match = _LEAD.match(title)
    if match is None or not _label(match["head"]):
        return title
    rest = match["rest"].strip()
    if len(rest.split()) < 3:
        return title
    return rest[:1].upper() + rest[1:]


def _label(head: str) -> bool:
    if " ".join(fold(head).split()) in _MODES:
        return True
    first, _, rest = head.strip().partition(" ")
    kind = meeting_noun(first) or fold(first) in _PRACTICE_NOUNS
    return kind and bool(_FOR_WHOM.match(rest.strip()))
