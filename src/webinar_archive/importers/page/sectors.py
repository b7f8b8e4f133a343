"""A sector, area or zone named after a place is a place, not a body: "garde-monitrice du
secteur Vallée du Tarnon" works in that sector, whose name belongs to the position, and
names no organisation."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

# Words for a piece of land someone is in charge of, in the languages of the pages.
_AREA_WORDS = (
    "secteur|sector|settore|zone|zona|area|district|bezirk|revier|gebiet|okrsek|obvod|úsek|"
    "rejon|obwód|obszar|leśnictwo|lesnictví|circonscription|comarca|territorio"
)
# The area word in lower case, then the capitalised start of the place's name.
_AREA_THEN_NAME = re.compile(rf"\b(?:{_AREA_WORDS})\s+[^\W\d_a-zà-ž]", re.U)


def _area_span(position: str, org: str, text: str) -> str | None:
    """The position with its area's name, when ``text`` writes ``position`` and then ``org``
    within the name of a sector, area or zone."""
    pattern = re.compile(re.escape(position) + r"(?P<gap>[^,;:()\n.!?]{1,60}?)" + re.escape(org))
    for match in pattern.finditer(text):
        whole = match.group(0)
        area = _AREA_THEN_NAME.search(whole)
        if area is not None and area.start() < len(whole) - len(org):
            return whole
    return None


def settle_sectors(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Give back to the position a sector's place name read as the body, in place."""
    for speaker in speakers:
        if not speaker.position or not speaker.organisation:
            continue
        whole = _area_span(speaker.position, speaker.organisation, text)
        if whole is not None:
            speaker.position, speaker.organisation = " ".join(whole.split()), None
