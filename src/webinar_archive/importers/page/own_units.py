"""Someone "aus unserer Pressestelle", "from our press office", "de notre service
communication": a unit of the body whose page this is. The unit goes to the role, the site's
body is the organisation."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

_OWN_UNIT = re.compile(
    r"^\s*,?\s*(?:aus|von|vom|from|of|at|in|de|du|dal|dalla|del|della|dell['’]|z|ze|ve)\s+"
    r"(?P<unit>(?:unserer|unserem|unseres|our|notre|nos|nuestro|nuestra|nostro|nostra|naszego|"
    r"naszej|našeho|naší)\s+[^\W\d_]+(?:\s+[a-zà-ÿąćęłńóśźżčďěňřšťůž][^\W\d_]*)?)",
    re.I,
)


def settle_own_units(speakers: Iterable[SpeakerDraft], text: str, site: str | None) -> None:
    """Give each speaker with no body who is said to be from a unit of "ours" the site's
    body, in place; the unit goes to the role."""
    if not site:
        return
    for speaker in speakers:
        if speaker.organisation:
            continue
        at = text.find(speaker.name)
        if at < 0:
            continue
        match = _OWN_UNIT.match(text[at + len(speaker.name) : at + len(speaker.name) + 120])
        if match is None:
            continue
        unit = match.group("unit").split(maxsplit=1)[1]
        speaker.position = f"{speaker.position}, {unit}" if speaker.position else unit
        speaker.organisation = site
