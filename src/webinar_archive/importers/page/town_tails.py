"""A body's town read as the body: "instructor de soporte vital, Cruz Roja Española en
Valdemora" split at "en" into a position ending in the body and the town as the organisation.

A body named with the town it serves ("Cruz Roja Española en Valdemora", "RCKiK w Zalesinie",
"Caritas in Lindau") keeps the town as part of its name (the records write it so); a town alone
is no body, so when the words before it close on a body, the two are put back together."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .positions import org_like, proper_name

_TOWN = re.compile(r"^[^\W\d_a-z][^\W\d_]+(?:[ -][^\W\d_a-z][^\W\d_]+){0,2}$")
_IN = r"(?:en|in|w|we|v|ve|a|à|in der|im)"


def town_tail(position: str | None, org: str | None, text: str) -> tuple[str, str] | None:
    """(position, body) when ``org`` is a town the page writes after the body that closes
    ``position``, else None."""
    if not position or not org or not _TOWN.match(org) or org_like(org):
        return None
    head, comma, body = position.rpartition(",")
    body = body.strip()
    if not comma or not body[:1].isupper() or not (org_like(body) or proper_name(body)):
        return None
    written = re.search(re.escape(body) + rf"\s+{_IN}\s+" + re.escape(org), text)
    if written is None:
        return None
    return head.strip(), " ".join(written.group(0).split())


def settle_town_tails(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Give each body its town back where the town was taken for the body, in place."""
    for speaker in speakers:
        found = town_tail(speaker.position, speaker.organisation, text)
        if found is not None:
            speaker.position, speaker.organisation = found
