"""Spotting personal names in running text and putting inflected ones back in the nominative."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from webinar_archive.domain.text import fold

from .common_nouns import is_common_noun
from .dates import MONTHS
from .lexicon import (
    ALL_STOPWORDS,
    HONORIFICS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PLACEHOLDERS,
    ROLE_STEMS,
    SERIES_NOUNS,
    SURNAMES_TOO,
    UNIT_WORDS,
    words,
)
from .work_words import never_a_name

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_PARTICLES = words(
    "de da di del della dos das du le la van von der den ten ter zu af al el bin ibn y De "
    "Da Di Del Della Du Le La Van Von Ten Ter Dal Dalla Dalle Dai Lo"
)
# Words for a room, hall or building in front of the name it is called after: "Sala Ovidio",
# "Salle Molière", "Aula Magna", "Palazzo Vecchio" are places, not people; so is a campus,
# real or online ("Campus Virtual", "Kampus Północny").
_VENUE_WORDS = words(
    "Sala Salle Saal Aula Auditorium Auditorio Room Hall Raum Hörsaal Sál Palazzo Palais "
    "Palacio Castello Château Schloss Teatro Théâtre Villa Piazza Plaza Platz Rue Calle Via "
    "Ulica Ulice Campus Kampus"
)
# "Spring Lecture", "Cyklus Úterky v muzeu": a word for a series or a kind of event names
# no person ("cycle" of talks in several languages besides the series nouns).
_EVENT_WORDS = frozenset(SERIES_NOUNS) | words("cyklus cykl ciclo cycle zyklus")
# Polish case endings written after an apostrophe on foreign names ("Thierry'ego").
_APOSTROPHE_CASES = frozenset(["ego", "emu", "em", "a", "owi", "u", "ie", "m"])
_ORG_SET = frozenset(ORG_WORDS) | frozenset(fold(w) for w in ORG_WORDS)
# Endings an inflected word for a body may take in place of its last letter ("komory",
# "Kammern"); "Schulte" is not a form of "Schule".
_CASE_ENDINGS = words("a e i o u y ą ę ie ii ią om em ou ě é í ów ach ami ze ne es s n en ym")
_COMPOUND_ORG_ENDS = (
    "kammer", "agentur", "verband", "institut", "zentrum", "ministerium", "gesellschaft",
    "stiftung", "netzwerk", "stadtwerke", "behörde", "verein", "hochschule", "universität",
    "akademie", "cluster", "genossenschaft", "amt", "amts", "schule", "zentrale", "büro",
    "bibliothek", "archiv", "museum",
)  # fmt: skip
# "Ekocentrum", "Infocentrum", "Ecocentro": Slavic and Romance compounds, short prefixes.
_COMPOUND_CENTRE_ENDS = ("centrum", "centra", "centro")
_COMPOUND_UNIT_ENDS = ("abteilung", "referat", "redaktion")  # "Webredaktion"
_COMPOUND_ROLE_ENDS = (
    "leiter", "direktor", "referent", "manager", "berater", "koordinator", "sprecher",
    "präsident", "vorsitzende", "vorsitzender", "beauftragte", "beauftragter", "führer",
    "experte", "expertin", "ingenieur", "wissenschaftler", "forscher", "entwickler", "anwalt",
    "lehrer", "dozent", "bibliothekar", "kurator", "mitarbeiter", "arzt", "ärztin", "mitglied",
)  # fmt: skip
_ONE_HONORIFIC = (
    "(?:"
    + "|".join(re.escape(h.rstrip(".")) for h in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?"
)
# Titles come stacked ("Prof. Dr.", "Jun.-Prof. Dr.", "dr hab. inż."): all of them are taken.
_HONORIFIC = rf"({_ONE_HONORIFIC}(?:\s+{_ONE_HONORIFIC})*)"
# Degrees written after a name ("Pavel Dvořák, Ph.D."): not part of what follows.
POSTNOMINAL = re.compile(
    # "Name, PhD researcher, ...": a degree followed by a word is part of a position.
    r"^,?\s*(?:Ph\.\s?D\.|PhD|DPhil|MBA|CSc\.|DrSc\.|MSc|M\.Sc\.|LL\.M\.|DiS\.)"
    r"(?=\s*[,(]|\s*$|\s+[-–—])"
)
HONORIFIC_BEFORE = re.compile(r"(?:^|(?<=[\s(„\"“]))" + _HONORIFIC + r"\s*$")
HONORIFIC_START = re.compile(r"^\s*" + _HONORIFIC + r"\s+")


@dataclass(frozen=True, slots=True)
class NameRun:
    start: int
    end: int
    text: str
    genitive: bool  # a token carried a case ending after an apostrophe


@lru_cache(maxsize=65536)
def is_org_word(word: str) -> bool:
    """Whether ``word`` is a word for a body, allowing a changed case ending ("komory")."""
    low = word.lower().strip("’'.,;:")
    if low in _ORG_SET or fold(low) in _ORG_SET:
        return True
    # German compounds put the body last ("Handwerkskammer", "Innovationsagentur").
    if any(low.endswith(end) and len(low) > len(end) + 3 for end in _COMPOUND_ORG_ENDS):
        return True
    if any(low.endswith(end) and len(low) > len(end) + 2 for end in _COMPOUND_CENTRE_ENDS):
        return True
    # A case ending in place of the last letter ("komory") or after it ("klastru", "úřadu").
    return any(
        (len(org) >= 6 and low[: len(org) - 1] == org[:-1] and low[len(org) - 1 :] in _CASE_ENDINGS)
        or (len(org) >= 4 and low.startswith(org) and low[len(org) :] in _CASE_ENDINGS)
        for org in _ORG_SET
    )


@lru_cache(maxsize=65536)
def is_unit_word(word: str) -> bool:
    """Whether ``word`` names a unit inside a body ("Abteilung", "działu", "odbor",
    "Webredaktion"), in any case the language puts it."""
    low = word.lower().strip("’'.,;:")
    if any(low.endswith(u) and len(low) > len(u) + 2 for u in _COMPOUND_UNIT_ENDS):
        return True
    return any(
        low == unit
        or (low.startswith(unit) and low[len(unit) :] in _CASE_ENDINGS)
        # "wydziale": Polish changes the ł of the stem before this ending.
        or (unit.endswith("ł") and low == unit[:-1] + "le")
        for unit in UNIT_WORDS
    )


_SHORT_STEM_ENDINGS = frozenset(["in", "innen", "ers", "er", "ess", "ing", "-", "ka", "ová"])
# What may follow a role stem inside one word: a case, gender or plural ending ("Leiterinnen",
# "dyrektorka", "předsedkyně", "coordinatrice", "avvocatessa"), never other letters of a
# name that happens to open like one ("Mairena" is no "maire", "Chairez" no "chair").
_STEM_ENDINGS = (
    _SHORT_STEM_ENDINGS
    | frozenset(
        ["ky", "kou", "ce", "ca", "czyni", "kyně", "kyní", "essa", "esse", "erin", "ende", "ender",
         "enden", "eur", "euse", "rice", "or", "ore", "ora", "ero", "era", "as", "os", "sa", "owi",
         "iem", "ek", "ki", "ko", "ung", "ern", "ie", "yně", "yní", "ovi", "em", "ům", "y", "ách",
         "zyni", "ist", "ists", "ista", "iste", "istin", "isten", "ian", "ians", "ienne"]
    )
)  # fmt: skip


@lru_cache(maxsize=65536)
def role_stem(word: str) -> str | None:
    """The role stem ``word`` starts with (allowing a short inflection), or None."""
    low = word.lower().strip(".,;:")
    if "-" in low:
        low = low.rsplit("-", 1)[1]
    # "Vorstandsmitglied" ends as an English participle does, but is a member.
    english = low.endswith(("ing", "ship", "ed")) and not low.endswith("mitglied")
    if low.endswith(("’s", "'s")) or (english and len(low) > 6):
        return None
    if is_org_word(low):
        return None
    for stem in ROLE_STEMS:
        # A short stem takes only a case ending: "chefin", "jefes", "leaders", not the first
        # name "Vicente" after "vice" or "Hostert" after "host".
        rest = low[len(stem) :]
        if low.startswith(stem) and len(rest) <= 5:
            if rest and rest not in _CASE_ENDINGS and rest not in _STEM_ENDINGS:
                continue
            if (
                len(stem) <= 4
                and rest
                and rest not in _CASE_ENDINGS
                and rest not in _SHORT_STEM_ENDINGS
            ):
                continue
            return stem
    # German compounds put the role last ("Referatsleiter", "Projektleiterin").
    for stem in _COMPOUND_ROLE_ENDS:
        if low.endswith((stem, stem + "in")) and len(low) > len(stem) + 3:
            return stem
    return None


def is_role_word(word: str) -> bool:
    return role_stem(word) is not None


def is_placeholder(text: str) -> bool:
    low = text.strip(" .:;,()[]-–").lower()
    return low in PLACEHOLDERS or any(low.startswith(p + " ") for p in PLACEHOLDERS[:8])


def _part_ok(part: str) -> bool:
    if len(part) < 2 or not part[0].isupper():
        return False
    rest = part[1:]
    if rest.islower():
        return True
    # McGill, MacDonald, DeLuca: one inner capital after a known prefix; O'Connor, D'Amico,
    # and the Italian family names that begin with an elided "dell'"/"dall'" (Dell'Olio).
    return bool(re.fullmatch(r"(?:c|ac|e|a|i)[A-Z][a-z]+", rest)) or bool(
        (part[0] in "ODL" and re.fullmatch(r"['’][A-Z][a-z]+", rest))
        or (part[0] == "D" and re.fullmatch(r"(?:ell|all|e)['’][A-Z][a-z]+", rest))
    )


@lru_cache(maxsize=65536)
def name_token(token: str, lang: str | None) -> tuple[str, bool] | None:
    """The bare name part of ``token`` and whether it was inflected, or None if no name."""
    base, inflected = token, False
    for mark in ("'", "’"):
        if mark in token:
            head, _, tail = token.partition(mark)
            if tail in _APOSTROPHE_CASES:
                base, inflected = head, True
            elif tail == "s":
                return None  # English possessive: the person's, not the person
    if not all(_part_ok(p) for p in base.split("-")):
        return None
    if base in NOT_NAME_WORDS or base in HONORIFICS or base.lower() in ALL_STOPWORDS:
        return None
    low = base.lower()
    # A month's short form is also a first name ("Jan Nowak"); a lone "Jan" makes no run.
    if (low in MONTHS and len(low) > 3) or is_org_word(low) or is_role_word(base):
        return None
    if low in _EVENT_WORDS or never_a_name(low, lang):
        return None
    if is_common_noun(low, lang):
        return None
    return base, inflected


def name_runs(text: str, lang: str | None = None) -> list[NameRun]:
    """Runs of 2-4 capitalised name words (particles allowed inside) in ``text``."""
    runs: list[NameRun] = []
    current: list[tuple[re.Match[str], str, bool]] = []
    pending: list[re.Match[str]] = []  # particles waiting for a following name word

    def close() -> None:
        # "Sala Ovidio", "Hörsaal Lessing": a room or a building named after someone.
        while current and current[0][1] in _VENUE_WORDS:
            current.pop(0)
        names = [c for c in current if c[1]]
        if 2 <= len(names) <= 4:
            words = [c[1] for c in current]
            runs.append(
                NameRun(
                    current[0][0].start(),
                    current[-1][0].end(),
                    " ".join(words),
                    any(c[2] for c in current),
                )
            )
        current.clear()
        pending.clear()

    last_end = -1
    for match in _WORD.finditer(text):
        token = match.group(0)
        gap = text[last_end : match.start()] if last_end >= 0 else None
        adjacent = gap == " "
        if current and not adjacent:
            close()
        found = name_token(token, lang)
        if found is None and adjacent and _surname_too(token, current, text[match.end() :]):
            found = (token, False)
        if found is not None:
            if any(p.group(0) == "i" for p in pending) and re.match(
                r" [^\W\d_]*[^\W\d_a-z]", text[match.end() :]
            ):
                close()  # "Anna Nowak i Jan Lis": "and" between two people, not one name
            if pending:
                current.extend((p, p.group(0), False) for p in pending)
                pending.clear()
            current.append((match, found[0], found[1]))
        elif current and (token in _PARTICLES or _catalan_joiner(token, current, lang)):
            pending.append(match)
        elif current:
            close()
        last_end = match.end()
    if current:
        close()
    return runs


def _catalan_joiner(
    token: str, current: list[tuple[re.Match[str], str, bool]], lang: str | None
) -> bool:
    """Whether ``token`` is the "i" joining a Catalan name's two family names ("Montserrat
    Valls i Puig"): after a first name and a family name, where "i" is not the Polish or
    Czech "and"."""
    return token == "i" and lang not in ("pl", "cs", "sk") and sum(1 for c in current if c[1]) >= 2


def _surname_too(token: str, current: list[tuple[re.Match[str], str, bool]], after: str) -> bool:
    """Whether ``token``, a word that is no name by itself, is the family name of the single
    first name before it ("Rachel Green"), with no capitalised word after it."""
    return (
        token in SURNAMES_TOO
        and len(current) == 1
        and not re.match(r"[ \-][^\W\d_]*[^\W\d_a-z]", after)
    )


def bare_name(text: str, lang: str | None = None) -> str | None:
    """``text`` if it is nothing but a name (an honorific in front allowed)."""
    text = text.strip(" ,;:()")
    text = HONORIFIC_START.sub("", text, count=1)
    runs = name_runs(text, lang)
    # "doc. Mgr. Lukáš Hrubeš, Ph.D.": a degree after the name is no part of it.
    if len(runs) == 1 and runs[0].start == 0 and runs[0].end < len(text):
        rest = text[runs[0].end :]
        if POSTNOMINAL.match(rest) and not POSTNOMINAL.sub("", rest).strip(" ,"):
            return runs[0].text
    if len(runs) == 1 and runs[0].start == 0 and runs[0].end == len(text):
        return runs[0].text
    return None


def polish_nominative(word: str) -> str:
    """A Polish genitive name or role word back in the nominative (common patterns only)."""
    for ending, replacement in (
        ("skiego", "ski"),
        ("ckiego", "cki"),
        ("dzkiego", "dzki"),
        ("skiej", "ska"),
        ("ckiej", "cka"),
        ("iego", "i"),
        ("ego", "y"),
    ):
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    if len(word) > 3 and word.endswith("a") and word[-2] not in "aeiouyąęó":
        return word[:-1]
    return word
