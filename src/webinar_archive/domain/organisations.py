"""When two spellings name one organisation: acronyms, bracketed acronyms, accents and case."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .messages import _t
from .text import fold

# "Council of European BioRegions (CEBR)", "Regional Council of Lapland [RCL]"
_BRACKETED = re.compile(r"^(?P<name>.*\S)\s*[(\[](?P<acronym>[^()\[\]]+)[)\]]\s*$")
# "CEBR", "DG GROW", "EU-OSHA", "I3": capitals and digits, a few short words at most
_ACRONYM = re.compile(r"^[A-Z0-9&][A-Z0-9&.\-]*(?:\s[A-Z0-9&][A-Z0-9&.\-]*){0,2}$")
# Words an acronym leaves out ("Council of European BioRegions" is CEBR, not COEBR).
_SMALL_WORDS = frozenset(
    {
        "of",
        "and",
        "for",
        "the",
        "on",
        "in",
        "at",
        "to",
        "a",
        "an",
        "de",
        "del",
        "della",
        "des",
        "du",
        "la",
        "le",
        "les",
        "et",
        "für",
        "und",
        "der",
        "die",
        "das",
        "van",
        "von",
        "voor",
        "en",
        "y",
        "i",
        "e",
    }
)
_WORD = re.compile(r"[^\W_]+")
_HUMP = re.compile(r"(?<=[a-z])[A-Z]")  # the R of BioRegions


def split_acronym(name: str) -> tuple[str, str | None]:
    """``("Council of European BioRegions", "CEBR")`` from the name with its bracketed acronym;
    ``(name, None)`` when the name carries none."""
    name = " ".join(name.split())
    match = _BRACKETED.match(name)
    if match and is_acronym(match["acronym"].strip()):
        return match["name"], match["acronym"].strip()
    return name, None


def is_acronym(text: str) -> bool:
    """True for short all-capital names such as "CEBR", "DG GROW" or "EU-OSHA"."""
    text = " ".join(text.split())
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(text) <= 16 and len(letters) >= 1 and bool(_ACRONYM.match(text))


def initials(name: str) -> str:
    """The acronym a full name would have: first letters of its words, small words left out,
    and the inner capitals of words such as BioRegions ("Council of European BioRegions" is
    "CEBR")."""
    letters = []
    for word in _WORD.findall(name):
        if word.casefold() in _SMALL_WORDS:
            continue
        letters.append(word[0])
        letters.extend(_HUMP.findall(word))
    return "".join(letters).upper()


def acronym_of(name: str) -> str | None:
    """The acronym an organisation's name gives: the bracketed one ("… (CEBR)"), or the name
    itself when it is an acronym ("DG GROW"); None for a plain full name."""
    full, acronym = split_acronym(name)
    if acronym:
        return acronym
    return full if is_acronym(full) else None


def same_organisation(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` name the same organisation?

    Accents, case and spacing aside; a name with its bracketed acronym matches the name alone
    and the acronym alone ("Council of European BioRegions (CEBR)" ⇄ "CEBR"), and an acronym
    matches a full name whose initials it is ("CEBR" ⇄ "Council of European BioRegions").
    """
    full_a, bracketed_a = split_acronym(a)
    full_b, bracketed_b = split_acronym(b)
    if not fold(full_a) or not fold(full_b):
        return False
    if fold(full_a) == fold(full_b):
        return True
    # A single word typed in any case ("cebr") against a bracketed acronym.
    if bracketed_b and " " not in full_a and _acronym_key(full_a) == _acronym_key(bracketed_b):
        return True
    if bracketed_a and " " not in full_b and _acronym_key(full_b) == _acronym_key(bracketed_a):
        return True
    if not is_acronym(full_a) and not is_acronym(full_b):
        # Two full names that differ are two bodies, whatever their acronyms or initials:
        # "Regional Innovation Agency (RIA)" is not "Rural Investment Alliance".
        return False
    # One side is an acronym alone: compare it with the other's acronym or initials.
    acronym_a = acronym_of(a) or initials(full_a)
    acronym_b = acronym_of(b) or initials(full_b)
    return _acronym_key(acronym_a) == _acronym_key(acronym_b)


@dataclass(frozen=True, slots=True)
class OrganisationMatch:
    """What the library already holds for an organisation named on an imported page.

    ``known`` lists (id, name as shown) of every record the name may mean: one is the record
    the speaker will be linked to; several are an acronym the library cannot decide on (not
    guessed: a new organisation of the name as written is made); none, a new organisation.
    """

    name: str
    known: tuple[tuple[int, str], ...] = ()
    # Other organisations the same page names that an acronym alone could also mean
    # ("RIA" beside "Regional Innovation Agency", when the library knows another RIA).
    on_page: tuple[str, ...] = ()

    @property
    def organisation_id(self) -> int | None:
        return self.known[0][0] if len(self.known) == 1 and not self.on_page else None

    @property
    def ambiguous(self) -> bool:
        return len(self.known) + len(self.on_page) > 1

    @property
    def candidates(self) -> tuple[str, ...]:
        """Every organisation the name may mean, as shown: the library's, then the page's."""
        return (*(shown for _id, shown in self.known), *self.on_page)

    def describe(self) -> str:
        """One line for a review: "matches existing: …", the candidates, or a new record."""
        if self.organisation_id is not None:
            return _t("matches existing: {name}").format(name=self.known[0][1])
        if self.ambiguous:
            names = _t(" or ").join(f"\u201c{shown}\u201d" for shown in self.candidates)
            return _t(
                "\u201c{name}\u201d could be {names}: not guessed, saved as a new organisation"
            ).format(name=self.name, names=names)
        return _t("new organisation")


def shown_name(name: str, acronym: str | None) -> str:
    """An organisation's name with its acronym when the record keeps one apart:
    "Centre for Economics and Business Research (CEBR)"."""
    if not acronym or fold(acronym) == fold(name) or split_acronym(name)[1]:
        return name
    return f"{name} ({acronym})"


def completion_keys(name: str, acronym: str | None = None, aliases: tuple[str, ...] = ()) -> str:
    """Folded text a completer matches typing against: the name, its acronym (given, bracketed
    or from its initials) and its aliases, so "cebr" and "bioregions" both offer the name."""
    keys = [name, acronym or "", *aliases, acronym_of(name) or ""]
    full, bracketed = split_acronym(name)
    if not bracketed and not is_acronym(full):
        keys.append(initials(full))
    return " | ".join(fold(k) for k in keys if k)


def _acronym_key(acronym: str) -> str:
    return "".join(ch for ch in fold(acronym) if ch.isalnum())
