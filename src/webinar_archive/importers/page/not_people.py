"""Runs of capitalised words that read like a person's name but name something else: a day
of the calendar ("Międzynarodowy Dzień Chorób Rzadkich", "World Water Day", "Journée
mondiale du patrimoine"), a place where people meet ("ritrovo al Varco Doganale", "Treffpunkt
am Alten Zollhaus", "meet at the Old Pier"), a firm named after its partners ("Osterloh
Weiß Rechtsanwälte", "Bianchi Rossi Associati") and a sentence opening with a number ("Drei
Jahre hat die Restaurierung gedauert": German writes its nouns with a capital)."""

from __future__ import annotations

import re

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

# Words for a day, and for the reach of a day observed every year, folded.
_DAYS = frozenset(["day", "tag", "dzien", "den", "journee", "jour", "dia", "giornata", "dnia"])
_REACH = (
    "internation", "world", "national", "europ", "global", "mondial", "welt", "swiatow",
    "miedzynarod", "mezinarod", "svetov", "evrop", "internacional", "mundial", "nazional",
    "internazional", "ogolnopols", "celostat",
)  # fmt: skip
# Plural words for a firm's partners closing its name, folded.
_FIRM_ENDS = frozenset(
    ["rechtsanwalte", "anwalte", "steuerberater", "partner", "partners", "associati",
     "associes", "avocats", "abogados", "architekten", "architects", "architetti", "notare",
     "advokati", "adwokaci", "solicitors", "lawyers", "partnerzy", "asociados"]
)  # fmt: skip
# Number words that open a sentence ("Drei Jahre", "Zwei Wochen"), folded: no first name.
_NUMBERS = frozenset(
    ["zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "zwolf",
     "zwanzig", "hundert", "tausend", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "ten", "twelve", "twenty", "hundred", "deux", "trois", "quatre", "cinq", "dix",
     "tres", "cuatro", "cinco", "diez", "tre", "quattro", "cinque", "dieci", "dwa", "trzy",
     "cztery", "piec", "dziesiec", "dva", "tri", "ctyri", "pet", "deset"]
)  # fmt: skip
# "at" a place in the pages' languages: a name right after it is where, not who.
_AT = re.compile(
    r"(?<![^\W\d_])(?:al|allo|alla|all['’]|am|im|beim|au|à la|à l['’]|en el|at the|"
    r"in the|nel|nella|sul|presso il|presso la)\s*$",
    re.I,
)


def _named_day(words: list[str]) -> bool:
    return any(w in _DAYS or w.endswith("tag") for w in words) and any(
        w.startswith(_REACH) for w in words
    )


def _a_place(name: str, text: str) -> bool:
    """Whether every time the page writes ``name`` it stands right after a word for "at"."""
    spots = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(spots) and all(_AT.search(text[max(0, s - 20) : s]) for s in spots)


def without_non_people(speakers: list[SpeakerDraft], text: str) -> list[SpeakerDraft]:
    """``speakers`` without named days, meeting places, firms named after partners and runs
    opening with a number word."""
    kept = []
    for speaker in speakers:
        words = [fold(w) for w in speaker.name.split()]
        if len(words) >= 2 and (
            _named_day(words) or words[-1] in _FIRM_ENDS or words[0] in _NUMBERS
        ):
            continue
        if _a_place(speaker.name, text):
            continue
        kept.append(speaker)
    return kept
