"""Marks around a body's name that are not the name's own, and the ones it lost.

A note in brackets after the body, in lower case, says something about the talk ("Stadt X
(tlumočeno)", "Y GmbH (online)") and is no part of the name; a legal form written with dots
("Soc. Coop.", "S.A.", "s.r.o.") keeps its last dot where the page writes it, even when the
name closed a sentence and its dot was taken for the sentence's; a body named after its kind
at the end of a position ("neslyšící lektorka, spolek Tichý svět", "Referentin, Firma
Lichtblick") is the organisation when no other is given, the kind word dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .lexicon import KIND_OF_BODY_WORDS
from .names import is_org_word
from .positions import role_like

_KINDS = frozenset(w.lower() for w in KIND_OF_BODY_WORDS if " " not in w)

_NOTE = re.compile(r"\s*\((?P<note>[^()]+)\)$")
# A last word with a dot inside ("S.A", "s.r.o", "e.V") or after an abbreviation ("Soc. Coop").
_DOTTED_END = re.compile(r"(?:\b\w{1,4}\.\w{1,4}(?:\.\w{1,4})*|\b\w{1,5}\.\s\w{1,5})$")
# ", spolek Tichý svět": a comma, a lower-case word for a kind of body, a capitalised name.
_KIND_NAME = re.compile(r"^(?P<role>.+?),\s+(?P<kind>[^\W\d_]+)\s+(?P<name>[A-ZÀ-Ž][^,;()]+)$")


def without_note(org: str) -> str:
    """``org`` without a lower-case note in brackets closing it."""
    note = _NOTE.search(org)
    if note is None or not note.group("note")[:1].islower() or note.start() == 0:
        return org
    return org[: note.start()].strip()


def with_last_dot(org: str, text: str) -> str:
    """``org`` with the last dot of its dotted legal form where ``text`` writes it."""
    if org.endswith(".") or not _DOTTED_END.search(org):
        return org
    if re.search(re.escape(org) + r"\.(?!\w)", text):
        return org + "."
    return org


def kind_named_body(position: str) -> tuple[str, str] | None:
    """(role, body) from a position closed by a body named after its kind; None otherwise."""
    match = _KIND_NAME.match(position.strip())
    if match is None:
        return None
    kind, name = match.group("kind"), match.group("name").strip()
    known = kind.lower() in _KINDS or (kind.islower() and is_org_word(kind))
    if not known or len(name.split()) > 6:
        return None
    return match.group("role").strip(), name


def acronym_then_role(position: str) -> tuple[str, str] | None:
    """(role, body) from "BSU Vice-President Welfare": a short form in capitals opening a
    position that goes on as a role is the body's."""
    first, _, rest = position.partition(" ")
    if not (2 <= len(first) <= 6 and first.isupper() and first.isalpha()) or not rest:
        return None
    # A title-cased role after it ("IT consultant" is a field of work, no body).
    return (rest, first) if rest[:1].isupper() and role_like(rest) else None


def cell_body(position: str, org: str, text: str) -> tuple[str, str] | None:
    """(role, body) when a table row's cells were split inside the body's cell: "Housing
    Adviser | Citizens" and "Advice" are the role and "Citizens Advice Brackenford"."""
    role, bar, start = position.rpartition(" | ")
    if not bar or not start[:1].isupper() or len(start.split()) > 3:
        return None
    found = re.search(re.escape(f"{start} {org}") + r"(?:[ \t]+[A-ZÀ-Ž][\w'’-]*)*", text)
    return (role.strip(), found.group(0)) if found else None


def settle_body_marks(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Apply the rules above to each speaker, in place."""
    for speaker in speakers:
        cell = (
            cell_body(speaker.position, speaker.organisation, text)
            if speaker.position and speaker.organisation
            else None
        )
        if cell is not None:
            speaker.position, speaker.organisation = cell
        if not speaker.organisation and speaker.position:
            named = acronym_then_role(speaker.position)
            if named is not None:
                speaker.position, speaker.organisation = named
        if speaker.organisation:
            speaker.organisation = with_last_dot(without_note(speaker.organisation), text)
        elif speaker.position:
            found = kind_named_body(speaker.position)
            if found is not None:
                speaker.position, speaker.organisation = found
