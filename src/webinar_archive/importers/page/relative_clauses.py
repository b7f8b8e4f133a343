"""A relative clause closing a person's line is no part of their position or body: "Claire X,
bénévole de l'association Les Amis de Saint-Fiacre, qui a suivi la restauration ... de
l'église de Montclar en 2024" works as a volunteer of Les Amis de Saint-Fiacre, not at
"Montclar en 2024".

What follows ", qui"/", who"/", che"/", der" says what the person did or does; the position
and body are read again from the words before it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .positions import split_descriptor

_CLAUSE = re.compile(
    r",\s+(?:qui|que|qu['’]|who|which|whose|che|cui|quien|quienes|der|die|das|welche[rs]?|"
    r"który|która|które|którzy|který|která|které|kteří)\s",
    re.I,
)


def before_clause(position: str | None, org: str | None) -> tuple[str | None, str | None] | None:
    """(position, body) read from the words before a relative clause in ``position``, when
    the body was taken from inside the clause (or there is none); None when there is no clause."""
    if not position:
        return None
    clause = _CLAUSE.search(position)
    if clause is None:
        return None
    head = position[: clause.start()].strip()
    new_position, new_org = split_descriptor(head)
    if new_org is None and org is not None:
        return None  # the body was not in the clause: keep what was read
    return new_position or head, new_org


def settle_relative_clauses(speakers: Iterable[SpeakerDraft]) -> None:
    """Read each position again without the relative clause closing it, in place."""
    for speaker in speakers:
        found = before_clause(speaker.position, speaker.organisation)
        if found is not None:
            speaker.position, speaker.organisation = found
