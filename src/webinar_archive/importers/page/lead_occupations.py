"""A German job noun taken into a name: "die Schriftgestalterin Liv Amsel-Barre", "unser
Setzer Rolf Kämmerling". German writes every noun with a capital, so a job the lexicon does
not know reads like a first name; an article or a possessive before it says it is a noun,
which no first name takes, and the word goes to the position; so does a long compound ending
like a job ("Waldbesitzer Georg X")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .names import role_stem

_ARTICLE = (
    r"(?:der|die|den|dem|des|ein|eine|einen|einem|einer|unser|unsere|unserem|unseren|unserer"
    r"|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen)"
)


def lead_noun(name: str, text: str) -> str | None:
    """The noun opening ``name`` when ``text`` writes an article or a possessive before it."""
    words = name.split()
    if len(words) < 3 or not words[0][:1].isupper() or "-" in words[0]:
        return None
    if _compound_job(words[0]):
        return words[0]
    rest = r"\s+".join(re.escape(w) for w in words[1:])
    pattern = rf"(?<![^\W\d_]){_ARTICLE}\s+{re.escape(words[0])}\s+(?:[^\W\d_]+\.\s+)*{rest}"
    return words[0] if re.search(pattern, text) else None


# "Waldbesitzer", "Imkermeisterin", "Restauratorin": a long compound ending like a person's
# job reads as no first name even with no article before it (a first name this long and
# ending so, "Christopher", is the exception the list keeps).
_JOB_ENDS = ("besitzer", "besitzerin", "meister", "meisterin", "erin", "eurin", "istin", "orin")
_LONG_NAMES = frozenset(["christopher", "maximiliane"])


def _compound_job(word: str) -> bool:
    low = word.lower()
    return len(low) >= 10 and low.endswith(_JOB_ENDS) and low not in _LONG_NAMES


def settle_lead_occupations(speakers: Iterable[SpeakerDraft], text: str, lang: str | None) -> None:
    """Move a job noun from the front of each name to the position, in place, on German pages;
    a position that reads as no role (the rest of a sentence) gives way to it with its body."""
    if lang != "de":
        return
    for speaker in speakers:
        noun = lead_noun(speaker.name, text)
        if noun is None:
            continue
        speaker.name = speaker.name.split(maxsplit=1)[1]
        if speaker.position and not _sentence_rest(speaker.position):
            speaker.position = f"{noun}, {speaker.position}"
        else:
            speaker.position, speaker.organisation = noun, None


def _sentence_rest(position: str) -> bool:
    """ "wie eine Zeile ... entsteht": lower-case words with no word for a job in them."""
    words = position.split()
    return words[0][:1].islower() and not any(role_stem(w) for w in words)
