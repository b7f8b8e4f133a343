"""A title led by no more than how the session is held: "Live: the total eclipse from Spain",
"En directo: la poda del olivo", "Na żywo: jak czytać etykiety". The mode alone names no
topic, so it is no part of the title, whether the rest starts with a capital or not."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

# How a session is held, said alone before a colon, folded.
_MODES = frozenset(
    [
        "live", "livestream", "live stream", "live-stream", "streaming", "online", "en direct",
        "en ligne", "en vivo", "en directo", "directo", "in diretta", "diretta", "in streaming",
        "na zywo", "transmisja", "zive", "zivy prenos", "prenos", "im livestream",
    ]
)  # fmt: skip
_LEAD = re.compile(r"^(?P<head>[^:]{2,20}?)\s*:\s+(?P<rest>\S.*)$")


def without_mode_label(title: str) -> str:
    """``title`` without a lead that only says how the session is held; the rest, three
    words at least, gets a capital."""
    match = _LEAD.match(title)
    if match is None or " ".join(fold(match["head"]).split()) not in _MODES:
        return title
    rest = match["rest"].strip()
    if len(rest.split()) < 3:
        return title
    return rest[:1].upper() + rest[1:]
