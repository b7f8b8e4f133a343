"""A body's long form taken for a person: "jefe del Servicio de Regadíos, Confederación
Hidrográfica del Almenara (CHA)" read as a person "Confederación Hidrográfica del Almenara" of
the body "CHA". A name whose capitalised words spell the short form after it is the long form
of a body, no person; the person before it on the page, whose line it closes, works there
(their unit, if one was taken for their body, goes to the role)."""

from __future__ import annotations

import re

from webinar_archive.domain.model import SpeakerDraft

from .names import is_unit_word
from .unit_genitives import as_written


def spells(name: str, short: str | None) -> bool:
    """Whether the capitalised words of ``name`` spell ``short`` ("CHA")."""
    if not short or not short.isupper() or not 2 <= len(short) <= 8:
        return False
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(name.split()) >= 3 and initials == short


def without_spelled_bodies(speakers: list[SpeakerDraft], text: str) -> list[SpeakerDraft]:
    """``speakers`` without bodies taken for people, each given to the person it follows."""
    kept: list[SpeakerDraft] = []
    for speaker in speakers:
        if speaker.position or not spells(speaker.name, speaker.organisation):
            kept.append(speaker)
            continue
        body = f"{speaker.name} ({speaker.organisation})"
        before = kept[-1] if kept else None
        if before is None:
            continue
        written = before.organisation or before.position or ""
        if not written or not re.search(re.escape(written) + r",\s+" + re.escape(body), text):
            continue
        org = before.organisation
        if org and is_unit_word(org.split()[0]):
            before.position = as_written(before.position, org, text)
            before.organisation = body
        elif not org:
            before.organisation = body
    return kept
