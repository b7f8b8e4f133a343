"""A body's short form given back its long form when the person's line writes both:
"Forstdirektorin Dr. X, Abteilung Waldschutz, Forstliche Versuchsanstalt Lauterbronn (FVL)"
works for "Forstliche Versuchsanstalt Lauterbronn (FVL)", not for "FVL" alone.

The records write a body "as written, with its short form as the page gives it" (the
convention of tests/data/pages/README.md). When the rule that read the line kept only the
short form in brackets, the capitalised words right before the bracket that spell it are put
back in front of it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .nominative import nominative_body
from .spelled_bodies import spells

_SMALL = frozenset(
    ["de", "del", "della", "di", "du", "des", "der", "für", "of", "the", "and", "y", "e", "et",
     "und", "la", "le", "el", "für", "pro", "na", "w", "v", "i", "a"]
)  # fmt: skip


def long_form(short: str, line: str) -> str | None:
    """ "Long Name (SHORT)" as ``line`` writes it, or None when it does not."""
    at = line.find(f"({short})")
    if at < 0:
        return None
    words = re.split(r"\s+", line[:at].strip())
    taken: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(",;:")
        if bare != word or not (bare[:1].isupper() or bare.lower() in _SMALL):
            break  # a comma or a lower-case word ends the name
        taken.insert(0, bare)
        capitals = [w for w in taken if w[:1].isupper()]
        if capitals and capitals[0] == taken[0] and spells(" ".join(capitals), short):
            return f"{' '.join(taken)} ({short})"
    return None


_BRACKETED_SHORT = re.compile(r"\s+\((?P<short>[A-ZÀ-Ý]{2,8})\)")


def grown_to_short(org: str, line: str) -> str | None:
    """ "Svaz energetických společenství (SVES)" for "Svaz energetických" cut before its
    lower-case word: ``line`` goes on from the body (in any case) through at most three more
    words to a short form in brackets opening with the body's letter."""
    words = org.split()
    if len(words) < 2 or "(" in org:
        return None
    stem = re.escape(words[0][:4])
    pattern = (
        rf"(?<![^\W\d_])(?P<name>{stem}[^\W\d_]*\s+"
        + r"\s+".join(re.escape(w) for w in words[1:])
        + r"(?:\s+[^\W\d_]+){1,3})"
        + _BRACKETED_SHORT.pattern
    )
    match = re.search(pattern, line)
    if match is None or match["short"][0] != words[0][0].upper():
        return None
    name = nominative_body(match["name"])
    if not name.startswith(words[0]):
        return None
    return f"{name} ({match['short']})"


def settle_long_forms(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Give each body known by its short form alone the long form the person's line writes
    before it after the person's name, in place ("Teodora X, także z ECCP" after "Jan Y z
    European Cluster Collaboration Platform (ECCP)" keeps "ECCP")."""
    lines = text.splitlines()
    for speaker in speakers:
        org = speaker.organisation
        if not org:
            continue
        for line in lines:
            if speaker.name in line:
                # What the line writes after the name: another person's body may come before.
                after = line[line.index(speaker.name) + len(speaker.name) :]
                short = org.isupper() and " " not in org
                found = long_form(org, after) if short else grown_to_short(org, after)
                if found is not None:
                    speaker.organisation = found
                    break
