"""A body in brackets right after a name, then the person's position after a comma: "Marcos
Vidaurre (Geotopo Soluciones, S.L.), responsable de escaneo láser". The brackets hold the
body (its legal form with it), the words after them the role."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

_SHAPE = re.compile(r"^\((?P<body>[^()]{2,120})\)\s*[,–—-]\s*(?P<role>[^()]{2,120})$")


def settle_bracket_bodies(speakers: Iterable[SpeakerDraft]) -> None:
    """Split such an organisation into its body and the role, in place, when no role is set."""
    for speaker in speakers:
        found = _SHAPE.match((speaker.organisation or "").strip())
        if found is None or speaker.position:
            continue
        body, role = found["body"].strip(), found["role"].strip()
        if body[:1].isupper() and any(c.isalpha() for c in role):
            speaker.organisation, speaker.position = body, role
