"""Words of a body in the genitive taken into a name after a position: "prezes Zarządu
Spółdzielni Halina Nowak", "předseda Rady Obce Jan Novák". Polish and Czech name the body in
the genitive between the position and the person; a word in an oblique case of a noun or an
adjective ("Zarządu", "Rady", "Nadzorczej") opening a longer name is the body's, not the
person's, and goes back to the position."""

from __future__ import annotations

from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

# Endings of a genitive noun or adjective that no first name in the nominative has.
_GENITIVE = (
    "u",
    "ej",
    "ego",
    "ych",
    "ich",
    "ího",
    "ého",
    "ské",
    "cké",
    "ny",
    "dy",
    "ki",
    "ni",
    "ji",
    "ii",
)


def without_genitive_lead(name: str) -> tuple[str, str]:
    """(words of a body opening ``name``, the rest); the rest keeps two words at least."""
    tokens = name.split()
    k = 0
    while len(tokens) - k > 2 and tokens[k].lower().endswith(_GENITIVE) and "-" not in tokens[k]:
        k += 1
    return " ".join(tokens[:k]), " ".join(tokens[k:])


def settle_genitive_leads(speakers: Iterable[SpeakerDraft], lang: str | None) -> None:
    """Move a body's genitive words from the front of each name to its position, in place,
    on Polish and Czech pages; only after a position ("prezes"), where the genitive belongs."""
    if lang not in ("pl", "cs"):
        return
    for speaker in speakers:
        lead, rest = without_genitive_lead(speaker.name)
        if lead and speaker.position:
            speaker.name = rest
            speaker.position = f"{speaker.position} {lead}"
