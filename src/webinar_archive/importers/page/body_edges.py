"""The edges of a body's name, settled after the speakers are found: what a table row or a
sentence put around the name without being part of it.

- A year cell in front ("2011, Operations Director, Halwick Freight Ltd", "Class of 2011")
  belongs to no field; a position alone on its own only a year is no position.
- A position and "at"/"bei"/"chez"/"presso"/"for the" in front ("Engineering Manager at
  Northwind Ltd", "Seasonal Inspector for the National Apiary Unit") goes to the role.
- A field with no capital in it ("self-employed joiner", "freelance translator") names no
  body: it is the role.
- A lower-case clause after a comma or a dash ("Kestrel Hill Observatory, on location in
  Spain", "Szpital Miejski – o tym, jak ...") is no part of the name.
- A short form in brackets after lower-case words ("écologie marine (IRMAB)") is the body;
  the words before it complete the position, as the page writes them.
- A legal form's closing dot lost when the sentence was cut ("Serramenti S.r.l") comes back
  when the page writes it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .bodies import LEGAL_FORM_AFTER_COMMA
from .lexicon import ALL_STOPWORDS
from .names import is_org_word
from .nominative import head_of
from .positions import is_acronym, role_like

_YEAR_CELL = re.compile(r"^(?:(?:class\s+of|jahrgang|promo(?:tion)?|rocznik|ročník)\s+)?"
                        r"(?:19|20)\d\d\s*(?:[,;|/–—-]\s*|$)", re.I)  # fmt: skip
_AT = re.compile(
    r"^(?P<role>[^,()]+?)\s+(?P<link>at|at the|bei|chez|presso|for the)\s+(?P<body>[A-ZÀ-ÖØ-Þ&].*)$"
)
# A lower-case tail after a comma or a dash: at least two words, no capital among them.
_TAIL = re.compile(r"(?:,|\s[–—-])\s+(?P<tail>[a-zà-öø-ÿąćęłńóśźżčďěňřšťůž][^()]*)$")
_SHORT_IN_BRACKETS = re.compile(r"^(?P<words>[^\W\d_A-Z][^()]*?)\s*\((?P<short>[^()\s]{2,10})\)$")
# An abbreviation's letters, the dot after its last one lost: "S.r.l", "s.r.o", "S.A", "e.V".
_CUT_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]{1,3}\.){1,3}[^\W\d_]{1,3}$")


# Stop words that may join the nouns of a body's name: no sign of a clause on their own.
_JOINING = frozenset(
    [
        "and", "und", "et", "y", "e", "i", "a", "o", "or", "oder", "ou", "of", "de", "des",
        "du", "di", "del", "della", "der", "für", "for", "pro", "dla",
    ]
)  # fmt: skip
_LINKS = ALL_STOPWORDS - _JOINING


def _capitalised(text: str) -> bool:
    return any(w[:1].isupper() for w in re.findall(r"[^\W\d_][^\s]*", text))


def _without_tail(org: str) -> str:
    match = _TAIL.search(org)
    if match is None or LEGAL_FORM_AFTER_COMMA.search(org):
        return org
    tail = match.group("tail")
    words = tail.split()
    head = org[: match.start()].strip()
    lowered = [w.lower().strip(",;:") for w in words]
    if len(words) < 2 or not _capitalised(head) or "." in tail:
        return org
    # A clause has a preposition or an article: "on location in Spain" (a place may follow),
    # "o tym, jak"; "retail, health" or "mládeže a tělovýchovy" go on naming the body.
    if lowered[0] not in _LINKS and (
        _capitalised(tail) or not any(w in _LINKS for w in lowered[1:])
    ):
        return org
    if any(is_org_word(w) for w in words[:2]):
        return org  # "Nadace Lípa, nadační fond" goes on naming the body
    return head


# A legal form: "s.r.o.", "GmbH", "S.A.", "Ltd", "sp. z o.o.".
_LEGAL = (
    r"(?:s\.\s?r\.\s?o\.|a\.\s?s\.|spol\.\s?s\s?r\.\s?o\.|sp\.\s?z\s?o\.\s?o\.|"
    r"S\.\s?A\.|S\.\s?L\.|S\.r\.l\.|S\.p\.A\.|GmbH|AG|KG|Ltd\.?|LLC|Inc\.|SARL|SAS|"
    r"e\.\s?V\.|z\.\s?s\.|z\.\s?ú\.)"
)


def _through_legal_form(org: str, text: str) -> str:
    """ "Světloplachý film s.r.o." for "Světloplachý": a name cut before its lower-case
    words, when the page goes on from it through one to three of them to a legal form."""
    if not text or re.search(_LEGAL + r"$", org):
        return org
    pattern = (
        r"(?<![^\W\d_])" + re.escape(org)
        + r"(?P<more>(?P<words>(?:\s+[^\W\d_A-Z][^\W\d_]*){1,3}),?\s+" + _LEGAL + r")(?![^\W\d_])"
    )  # fmt: skip
    match = re.search(pattern, text)
    if match is None:
        return org
    more = match["more"]
    if any(w.lower() in ALL_STOPWORDS for w in match["words"].split()):
        return org  # "Nordlicht and others, GmbH" would join a sentence to the name
    return org + more


# Past forms of Polish and Czech verbs ("uvedlo", "ukázala"): a sentence goes on, not a name.
_SLAVIC_PAST = re.compile(r"(?:ła|ło|ły|li|la|lo|ly|ł|l)$")
_GENITIVE_WORD = r"[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]{2,}(?:í|y|ů|u|a|ch|ej|ego|ów|i|ě|e)"


def _through_genitives(org: str, text: str) -> str:
    """ "Ministerstvo financí" for "Ministerstvo": a lone word for a body whose name goes on
    in lower-case nouns in the genitive up to the clause's end, as Czech and Polish write."""
    if " " in org or not is_org_word(org) or head_of(org) is None or not text:
        return org  # a known head noun alone: "Archivis ukázala" is a name and a verb
    pattern = (
        r"(?<![^\W\d_])" + re.escape(org)
        + rf"(?P<more>(?:\s+{_GENITIVE_WORD}){{1,3}})\s*(?:[,.;:)–]|$)"
    )  # fmt: skip
    for match in re.finditer(pattern, text, re.M):
        words = match["more"].split()
        if not any(
            w.lower() in ALL_STOPWORDS or is_org_word(w) or _SLAVIC_PAST.search(w) for w in words
        ):
            return org + match["more"]
    return org


def _position_before_at(text: str) -> bool:
    """ "Engineering Manager", "Fleet Planner": a position of a few words with no word for a
    body ("University of Colorado at Boulder" is one body)."""
    words = text.split()
    if len(words) > 5 or any(is_org_word(w) for w in words):
        return False
    return role_like(text) or all(w[:1].isupper() for w in words)


def _agent(text: str) -> bool:
    """ "Seasonal Inspector", "Project Officer": a position, or words closed by a noun for
    someone who does something."""
    last = text.split()[-1].lower()
    return role_like(text) or last.endswith(("or", "er", "ist", "ant", "ent", "ician", "eur"))


def _restored_dot(org: str, text: str) -> str:
    if not _CUT_ABBREVIATION.search(org) or not text:
        return org
    return org + "." if re.search(re.escape(org) + r"\.", text) else org


def _with_role(position: str | None, extra: str) -> str:
    return f"{position}, {extra}" if position else extra


def settle_edges(
    position: str | None, org: str | None, text: str = ""
) -> tuple[str | None, str | None]:
    """(position, organisation) with the edges of the body's name settled (see the module's
    text); ``text`` is the page's text."""
    if position and _YEAR_CELL.fullmatch(position.strip()):
        position = None
    if not org:
        return position, org
    cell = _YEAR_CELL.match(org)
    if cell is not None and cell.end() < len(org):
        org = org[cell.end() :].strip()
    org = _without_tail(org)
    if not _capitalised(org) and not any(is_org_word(w) for w in org.split()) and role_like(org):
        return (_with_role(position, org) if org != position else position), None
    at = _AT.match(org)
    # "Bee Inspector for the National Bee Unit"; "for" alone may be part of a name.
    at_body = at is not None and (at["link"] != "for the" or _agent(at["role"]))
    if at is not None and at_body and not position and _position_before_at(at["role"]):
        return at.group("role").strip(), at.group("body").strip()
    short = _SHORT_IN_BRACKETS.match(org)
    if short is not None and is_acronym(short.group("short")) and position:
        words = short.group("words")
        written = re.search(re.escape(position) + r"\s+(?:[^\W\d_]+\s+)?" + re.escape(words), text)
        return (written.group(0) if written else f"{position} {words}"), short.group("short")
    return position, _through_genitives(_through_legal_form(_restored_dot(org, text), text), text)


def settle_body_edges(speakers: Iterable[SpeakerDraft], text: str = "") -> None:
    """Apply :func:`settle_edges` to each speaker, in place."""
    for speaker in speakers:
        speaker.position, speaker.organisation = settle_edges(
            speaker.position, speaker.organisation, text
        )
