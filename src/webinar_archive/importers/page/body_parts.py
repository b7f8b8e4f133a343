"""Where in a body someone works, split from the body's name when both came as one field.

A part of a body named before it after a comma ("School of Nursing, University of X",
"Fakultät für Physik, Universität Y", "Departamento de Educación, Zoo de Z") or a
position in the same place ("Fachapothekerin für Klinische Pharmazie, Klinikum W") goes to the
position, and the body after the comma is the organisation. A position word and a word for the
kind of body before a name ("hydrolog společnosti AquaMetrik s.r.o.") leave the name alone as
the organisation. A short form in brackets closing a position with no body ("Nurse Specialist
(ABC)") is the body's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .bodies import LEGAL_FORM_AFTER_COMMA
from .body_then_position import split_body_then_position
from .names import is_org_word, is_unit_word, role_stem
from .positions import is_acronym, role_like

# Words for a part of a larger body, folded stems: a school or faculty of a university, a
# department, a laboratory, a clinic of a hospital, an institute or a chair. Named before a body
# after a comma ("Institut für X, Universität Y") it is where in that body the person works,
# so it goes to the role (the convention of the records, tests/data/pages/README.md).
_PART_STEMS = (
    "school", "faculty", "department", "dept", "laborator", "lab", "fakultat", "fachbereich",
    "klinik fur", "ecole", "faculte", "departement", "laboratoire", "dipartimento", "facolta",
    "scuola", "departamento", "facultad", "escuela", "wydzial", "fakulta", "oddeleni",
    "institut", "instytut", "istituto", "instituto", "lehrstuhl", "katedr", "catedra",
    "cattedra", "chaire", "chair of", "ustav",
    # A division of a chamber or a firm ("Bereich International, IHK X"), a university's
    # shared service ("Service commun de la documentation, Université Y"), a hospital's
    # clinic ("Klinika Chorób Płuc, Szpital Z").
    "bereich", "geschaftsbereich", "service commun", "services communs", "klinika", "clinica",
    "kommissariat", "fachkommissariat", "dezernat", "inspektion",
    # A body's board ("Junta de Gobierno del CODV"): the board stays in the role.
    "junta de gobierno", "junta directiva", "junta rectora", "consiglio direttivo",
    "conseil d'administration", "board of directors", "board of trustees",
)  # fmt: skip
# Occupations written as one word before "for"/"für"/"pour"...: "Fachapothekerin für
# Klinische Pharmazie", "Specialist for ...", folded.
_OCCUPATION_FOR = re.compile(
    r"^[^\W\d_]+(?:erin|er|istin|ist|antin|ant|entin|ent|eur|euse|ice|or|ora|ore|ista|ialist)"
    r"\s+(?:for|für|fur|pour|per|para|dla|pro)\s+\S",
    re.I,
)
_SHORT_AFTER = re.compile(r"^(?P<role>.+?)\s*\((?P<short>[^()\s]{2,10})\)$")


def _part_of_body(text: str) -> bool:
    folded = " ".join(fold(text).split())
    first = folded.split(" ")[0]
    # The lexicon writes its unit words with their accents ("sección", "oddělení", "wydział").
    written = text.split()[0] if text.split() else ""
    return (
        is_unit_word(first)
        or is_unit_word(written)
        or any(
            folded.startswith(stem) and (" " in stem or len(first) <= len(stem) + 2)
            for stem in _PART_STEMS
        )
    )


def _position(text: str) -> bool:
    first = text.split()[0]
    if is_org_word(first) or _part_of_body(text):
        return False
    return bool(_OCCUPATION_FOR.match(text)) or (len(text.split()) <= 4 and role_like(text))


def _body(text: str) -> bool:
    """ "University of Harrowgate Vale", "Zoo de Valdeoliva": a capitalised name of two words
    at least (or one word for a body), not a legal form, a part or a position of its own."""
    words = text.split()
    if not words or not words[0][:1].isupper() or LEGAL_FORM_AFTER_COMMA.search("," + text):
        return False
    if len(words) == 1 and not is_org_word(words[0]):
        return False
    return len(words) <= 8 and not _part_of_body(text) and not role_like(text)


def split_part(position: str | None, org: str | None) -> tuple[str | None, str | None]:
    """(position, organisation) with a part of the body or a position that opens ``org``
    moved to the position."""
    if not org:
        return _short_form_of_body(position, org)
    head, comma, rest = org.partition(", ")
    if comma and "," not in rest and _body(rest) and (_part_of_body(head) or _position(head)):
        return ", ".join(p for p in (position, head) if p), rest
    kinded = _position_then_kind(org)
    if kinded is not None and not position:
        return kinded
    return position, org


def _position_then_kind(org: str) -> tuple[str, str] | None:
    """("hydrolog", "AquaMetrik s.r.o.") from "hydrolog společnosti AquaMetrik s.r.o.": lower
    case words, a lower-case word for a kind of body, then a capitalised name."""
    words = org.split()
    for k in range(1, min(len(words) - 1, 4)):
        word = words[k]
        if not (word[:1].islower() and is_org_word(word)) or not words[k + 1][:1].isupper():
            continue
        before = words[:k]
        if all(w[:1].islower() and w.isalpha() and not is_org_word(w) for w in before) and (
            any(role_stem(w) for w in before) or len(before) == 1
        ):
            return " ".join(before), " ".join(words[k + 1 :])
        return None
    return None


def _short_form_of_body(position: str | None, org: str | None) -> tuple[str | None, str | None]:
    if not position or org:
        return position, org
    match = _SHORT_AFTER.match(position.strip())
    if match is None or not is_acronym(match.group("short")):
        return position, org
    return match.group("role"), match.group("short")


def settle_parts(speakers: Iterable[SpeakerDraft]) -> None:
    """Apply :func:`split_part` to each speaker, in place."""
    for speaker in speakers:
        speaker.position, speaker.organisation = split_body_then_position(
            *split_part(speaker.position, speaker.organisation)
        )
