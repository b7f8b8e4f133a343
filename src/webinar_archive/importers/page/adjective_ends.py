"""A body's name cut after an adjective that needs its noun: "Krajská hospodářská komora
Vysočanského" for "... Vysočanského kraje". Polish and Czech write the region or district
after the body in the genitive as a capitalised adjective and a lower-case noun ("Vysočanského
kraje", "Lipnickiego powiatu"); a name that ends on such an adjective while the page goes on
with a lower-case noun in the genitive takes that noun back."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .lexicon import ALL_STOPWORDS

# Genitive endings of an adjective, Czech and Polish (masculine and neuter, feminine).
_ADJ_GENITIVE = ("ského", "ckého", "ého", "ího", "skiego", "ckiego", "iego", "ego", "skiej")
# The noun after it, in the genitive: "kraje", "okresu", "města", "powiatu", "województwa".
_NEXT_WORD = r"\s+(?P<noun>[a-ząćęłńóśźżáčďéěíňřšťúůýž]{3,}(?:a|e|ě|u|y|i|í|ów))(?![^\W\d_])"


def completed_body(org: str, text: str) -> str:
    """``org`` with the noun its closing adjective needs, taken from ``text``."""
    words = org.split()
    last = words[-1] if words else ""
    if len(words) < 2 or not last[:1].isupper() or not last.endswith(_ADJ_GENITIVE):
        return org
    # The name may have been put in the nominative; its closing adjective is as written.
    match = re.search(r"(?<![^\W\d_])" + re.escape(last) + _NEXT_WORD, text)
    if match is None or match.group("noun") in ALL_STOPWORDS:
        return org
    return f"{org} {match.group('noun')}"


def complete_bodies(speakers: Iterable[SpeakerDraft], text: str, lang: str | None) -> None:
    """Apply :func:`completed_body` to each speaker's organisation, in place, on Polish and
    Czech pages."""
    if lang not in ("pl", "cs"):
        return
    for speaker in speakers:
        if speaker.organisation:
            speaker.organisation = completed_body(speaker.organisation, text)
