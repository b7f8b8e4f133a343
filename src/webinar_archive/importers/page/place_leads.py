"""A town or a body's name written right before a person's name runs into it: "l'assessora
alla mobilità di Borgoterme Silvia Mancuso", "l'esperienza dei bicibus di Ferrano Luca
Baldini", "die Bürgermeisterin von Lindau Eva Roth". The first word of such a name is no part
of it when the page writes that word elsewhere on its own ("di Borgoterme.", "Ferrano in
Bici"), not followed by the rest of the name. (Whose the town is, the person's position or
something said before it, the words do not tell, so it is only taken off the name.)"""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

# The small word that ties a place or body to what goes before it.
_OF = r"(?:di|de|of|from|von|aus|z|ze|da|du|des|del)"


def settle_place_leads(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Take a leading town or body off each name where the page shows it is one, in place."""
    for speaker in speakers:
        tokens = speaker.name.split()
        if len(tokens) < 3 or not tokens[0].isalpha():
            continue
        lead, rest = tokens[0], " ".join(tokens[1:])
        joined = re.search(rf"(?<![^\W\d_]){_OF}\s+{re.escape(speaker.name)}(?![^\W\d_])", text)
        if joined is None:
            continue
        alone = re.compile(
            rf"(?<![^\W\d_]){re.escape(lead)}(?![^\W\d_])(?!\s+{re.escape(tokens[1])})"
        )
        if not alone.search(text):
            continue
        speaker.name = rest
