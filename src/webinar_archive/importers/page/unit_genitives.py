"""A unit named with the body it belongs to, the body in the genitive after it.

"Institut für Buchwissenschaft der Universität X", "vedoucí Centra podpory ... Slezanské
univerzity", "dyrektor Departamentu Funduszy Europejskich Urzędu Marszałkowskiego ...", "del
Dipartimento di Psicologia dell'Università di Y": the unit is where in that body the person
works, so it goes to the role and the body after it, in the nominative, is the organisation (the
convention of the records, tests/data/pages/README.md). Only a body that contains units (a
university, an academy, an office or a ministry) is taken from behind a unit this way."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .body_parts import _part_of_body
from .names import is_org_word, is_unit_word
from .nominative import nominative_body

# Folded stems of a body made of units: a university, an academy or college, a public office.
_PARENT_STEMS = (
    "univers", "univerz", "uniwersyt", "hochschul", "politechn", "polytechn", "akadem",
    "academ", "college", "urad", "urzad", "ministerst", "ministeri", "ministry", "landesamt",
    # A hospital, whose clinics and wards are its units ("Kliniki ... Szpitala X").
    "szpital", "nemocnic", "krankenhaus", "klinikum", "ospedal", "hopital", "hospital",
)  # fmt: skip
# Words that join a unit to its body in the genitive, in the languages that write one.
_JOIN = re.compile(
    r"\s+(?:der\s+|des\s+|of\s+the\s+|of\s+|dell['’]|della\s+|dello\s+|del\s+|de\s+la\s+|de\s+l['’]|du\s+"
    r"|de\s+)(?=[A-ZÀ-Ý])"
)
_SMALL = frozenset(
    ("di", "de", "del", "della", "da", "für", "fur", "of", "the", "and", "y", "e", "et", "und",
     "w", "v", "na", "im", "am", "an", "zu", "la", "le")
)  # fmt: skip
# A Polish or Czech unit opening a body's name: "Centrum", "Zentrum" of a university.
_CENTRE = ("centr", "zentr", "center")
# Polish masculine adjective after its head in the genitive: "Urzędu Marszałkowskiego".
_PL_MASC_ADJ = (("kiego", "ki"), ("giego", "gi"), ("iego", "i"), ("ego", "y"))


# A chamber, whose services are its units, written as one German word ("Landwirtschaftskammer",
# "Handwerkskammer"); a Czech college, "Vysoká škola" ("Vysoké školy" in the genitive).
_PARENT_ENDS = ("kammer",)
_COLLEGE = re.compile(r"^vysok\w*\s+(?:skol|uceni)")
# A German unit run together with what it serves: "Tiergesundheitsdienst", "Beratungsstelle".
_UNIT_ENDS = ("dienst", "stelle")


def _parent(body: str) -> bool:
    words = [fold(w) for w in body.split()[:2]]
    return (
        any(w.startswith(_PARENT_STEMS) for w in words)
        or (bool(words) and words[0].endswith(_PARENT_ENDS) and len(words[0]) > 8)
        or bool(_COLLEGE.match(" ".join(words)))
    )


def _unit(text: str) -> bool:
    first = text.split()[0]
    folded = fold(first)
    return (
        _part_of_body(text)
        or is_unit_word(first)
        or folded.startswith(_CENTRE)
        or (len(text.split()) == 1 and folded.endswith(_UNIT_ENDS) and len(folded) > 9)
    )


def _body_after(text: str) -> str:
    """The capitalised name ``text`` opens with, up to a punctuation mark or a lower-case word."""
    taken: list[str] = []
    for word in text.split():
        bare = word.rstrip(".,;:)")
        if not (bare[:1].isupper() or (taken and fold(bare) in _SMALL)):
            break
        taken.append(bare)
        if bare != word:
            break
    while taken and fold(taken[-1]) in _SMALL:
        taken.pop()
    return " ".join(taken)


def as_written(role: str | None, unit: str, text: str) -> str:
    """The role with the unit as the page writes them ("Dozent am Institut für X")."""
    if not role:
        return unit
    tail = " ".join(unit.split()[1:])
    pattern = re.escape(role) + r"[,\s]+(?:\w+\s+)?\w+" + (r"\s+" + re.escape(tail) if tail else "")
    # "vocal de formación de la Junta de Gobierno": two short words before the unit.
    wider = re.escape(role) + r"[,\s]+(?:\S{1,5}\s+){0,2}" + re.escape(unit)
    found = re.search(pattern, text) or re.search(wider, text)
    return " ".join(found.group(0).split()) if found else f"{role} {unit}"


def _nominative(body: str) -> str:
    body = nominative_body(body)
    words = body.split()
    if len(words) > 1 and fold(words[0]) in ("urzad", "uniwersytet"):
        for ending, nominative in _PL_MASC_ADJ:
            if words[1].endswith(ending) and words[1][:1].isupper():
                words[1] = words[1][: -len(ending)] + nominative
                break
    return " ".join(words)


def split_unit_genitive(role: str | None, org: str, text: str) -> tuple[str | None, str] | None:
    """(role, body) when ``org`` is a unit followed by its body in the genitive (or the page
    writes its body after it); None when it is not."""
    for join in _JOIN.finditer(org):
        body = _body_after(org[join.end() :])
        if _unit(org[: join.start()]) and _parent_name(body):
            return as_written(role, org[: join.start()], text), _german_nominative(join, body)
    body_first = _body_then_unit(role, org)
    if body_first is not None:
        return body_first
    words = org.split()
    for k in range(1, len(words)):
        if not words[k][:1].isupper():
            continue
        rest = " ".join(words[k:])
        if _short_then_place(words[k:]) and _unit(" ".join(words[:k])):
            return as_written(role, " ".join(words[:k]), text), rest
        body = _nominative(rest)
        if body == rest or not _parent(body) or _completes_before(words, k):
            continue
        front = " ".join(words[:k])
        ends_in_unit = bool(role) and is_unit_word(str(role).split()[-1])
        if _unit(front) or ends_in_unit:
            return as_written(role, front, text) if _unit(front) else f"{role} {front}", body
        return None
    if _unit(org) and len(words) <= 6:
        after = re.search(re.escape(org) + _JOIN.pattern, text)
        if after is not None:
            body = _body_after(text[after.end() :])
            if _parent_name(body):
                return as_written(role, org, text), body
    return None


# Polish genitive endings of a noun and of an adjective agreeing with it: feminine ("Botaniki
# Stosowanej", "Chemii Organicznej") and masculine or neuter ("Rolnictwa Ekologicznego").
_PL_AGREE = ((("i", "y"), ("ej",)), (("u", "a"), ("ego",)))


def _completes_before(words: list[str], k: int) -> bool:
    """Whether the capitalised Polish adjective ``words[k]`` agrees with the noun before it
    and so ends the unit's name ("Instytutu Botaniki Stosowanej | Akademii ..."), while the
    body starts after it; an adjective that does not agree opens the body ("Wydziału Biologii
    | Śląskiego Uniwersytetu ...")."""
    if k < 2 or k + 1 >= len(words) or not fold(words[k + 1]).startswith(_PARENT_STEMS):
        return False
    noun, adjective = fold(words[k - 1]), fold(words[k])
    return any(
        noun.endswith(nouns) and adjective.endswith(adjectives) for nouns, adjectives in _PL_AGREE
    )


def _german_nominative(join: re.Match[str], body: str) -> str:
    """ "des Klinikums Nordstadt": the body's head without its genitive "-s"."""
    first, _, rest = body.partition(" ")
    if join.group(0).strip() == "des" and first.endswith("s") and is_org_word(first[:-1]):
        return f"{first[:-1]} {rest}".strip()
    return body


def _short(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


def _parent_name(body: str) -> bool:
    """A body made of units, by name ("Universität X") or by its short form ("TU X")."""
    words = body.split()
    return bool(words) and (
        (_parent(body) and (is_org_word(words[0]) or _COLLEGE.match(fold(body)) is not None))
        or _short(words[0])
    )


def _short_then_place(words: list[str]) -> bool:
    """ "TU Kralovice": the last short form of a chain, then its town, capitalised."""
    return (
        len(words) >= 2
        and _short(words[0])
        and all(w[:1].isupper() and not _short(w) for w in words[1:])
    )


def _body_then_unit(role: str | None, org: str) -> tuple[str | None, str] | None:
    """ "Hochschule X, Institut für Y": a body made of units, then one of its units."""
    body, comma, unit = org.partition(", ")
    if not comma or "," in unit or not _parent(body) or not is_org_word(body.split()[0]):
        return None
    if not _unit(unit):
        return None
    return (f"{role}, {unit}" if role else unit), body


def settle_unit_genitives(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Apply :func:`split_unit_genitive` to each speaker with a body, in place."""
    for speaker in speakers:
        if not speaker.organisation:
            continue
        found = split_unit_genitive(speaker.position, speaker.organisation, text)
        if found is not None:
            speaker.position, speaker.organisation = found
