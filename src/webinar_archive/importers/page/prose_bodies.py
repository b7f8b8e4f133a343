"""The body of someone found in running prose with a position and no body: the site's own
body when the position names it by "our" and a noun ("moderátorka naší stanice", "entrenador
de nuestro equipo inclusivo") or, after one word of a position, by a bare word for its kind
in the genitive that a word of the site's name holds ("koordinátorka sítě" on the site of
"Národní síť adaptace měst"); or the body a later sentence gives them by their first name
alone ("She will be joined by Tomasz Wielgosz ... Tomasz is a mission planner at the Northern
Space Agency")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .blocks import PageDoc
from .names import role_stem
from .own_site import site_names
from .positions import clean_org, split_descriptor

_OWN = re.compile(
    r"(?<![^\W\d_])(?:our|unser\w*|notre|nos|nuestr[oa]s?|nostr[oaie]|nasz\w*|naš\w*|náš)\s+"
    r"[^\W\d_]+",
    re.I,
)
_COPULA = r"(?:is|was|ist|war|est|était|es|era|è|jest|był[a]?|je|byl[a]?)"
_ARTICLE = r"(?:(?:an?|the|ein|eine|un|une|una|uno|el|la|il|der|die)\s+)?"


def _same_word(kind: str, word: str) -> bool:
    """ "sítě" and "síť", "stanice" and "Stanice": one word in two cases."""
    a, b = fold(kind), fold(word)
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 2:
        return False
    return _prefix(a, b) >= max(3, min(len(a), len(b)) - 1)


def _prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _site_holding(kind: str, names: list[str]) -> str | None:
    return next((n for n in names if any(_same_word(kind, w) for w in n.split())), None)


def settle_prose_bodies(speakers: Iterable[SpeakerDraft], doc: PageDoc, text: str) -> None:
    """Give a body to each speaker with none, where the page says which, in place."""
    names = site_names(doc)
    for speaker in speakers:
        if speaker.organisation:
            continue
        position = speaker.position or ""
        words = position.split()
        own = _OWN.search(position)
        if names and own:
            kind = own[0].split()[-1]
            speaker.organisation = _site_holding(kind, names) or (doc.logo_names or names)[0]
        elif names and len(words) == 2 and role_stem(words[0]) and words[-1].islower():
            speaker.organisation = _site_holding(words[-1], names)
        if not speaker.organisation:
            found = _first_name_sentence(speaker.name, text)
            if found is not None:
                speaker.position = speaker.position or found[0]
                speaker.organisation = found[1]


def _first_name_sentence(name: str, text: str) -> tuple[str | None, str] | None:
    """(position, body) from a sentence part opening with the first name alone and a verb
    "to be": "Tomasz is a mission planner at the Northern Space Agency and worked on ...";
    None when no such part names a body."""
    parts = name.split()
    if len(parts) < 2:
        return None
    pattern = re.compile(
        rf"(?:^|[.;:!?]\s+|\n){re.escape(parts[0])}\s+{_COPULA}\s+{_ARTICLE}([^.;\n]{{4,160}})",
    )
    for match in pattern.finditer(text):
        # Up to where the clause goes on about something else: ", the company that ...",
        # " and worked on ...".
        clause = re.split(r",\s+|\s+(?:and|und|et|y|e|i|a)\s+(?=[^\W\d_A-Z])", match[1])[0]
        position, org = split_descriptor(clause)
        body = clean_org(org) if org else None
        if body:
            return position, body
    return None
