"""The site's own body named with "our" or inside a job word.

"kierowniczka Działu Organizacji Poboru Krwi naszego Centrum", "our team leader, X" and
"Museumsleiterin X" on that centre's, team's or museum's site (or "responsabile comunicazione
della società" on a company's): the page's own body, written
with the name of the site that holds the kind ("Regionalne Centrum ...", "... Rescue Team"),
and the words before "our" stay in the role."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .blocks import PageDoc
from .names import is_org_word
from .own_names import own_name
from .own_site import site_names
from .person_lines import names_site
from .positions import role_like
from .unit_genitives import as_written

_OWN = (
    r"(?:our|unser(?:es|er|em|en)?|notre|nos|nuestr[oa]s?|(?:del|della|dello)\s+nostr[oa]"
    r"|nostr[oa]|nasz(?:ego|ej|ym|a)?|naš(?:eho|í|em|e)|našeho)"
)
_OWN_KIND = re.compile(rf"^(?P<front>.*?)\s*\b{_OWN}\s+(?P<kind>[^\W\d_]+)$", re.I)


def own_kind_split(org: str) -> tuple[str, str] | None:
    """(words before, kind) when ``org`` closes on "our" and a word for a body."""
    match = _OWN_KIND.match(org.strip())
    if match is None or not is_org_word(match["kind"]):
        return None
    return match["front"].strip(), match["kind"]


_ARTICLE_KIND = (
    r"\s+(?:del|della|dello|dell['’]|de\s+la|de\s+l['’]|du|des|der|of\s+the|al|alla|au)\s*"
    r"(?P<kind>[^\W\d_A-Z]{4,})\s*(?:[.;,\n]|$)"
)


def kind_written_after(position: str, text: str) -> str | None:
    """A word for a body the page writes after ``position`` with an article, where it was
    left out of the position ("responsabile comunicazione della società.")."""
    for match in re.finditer(re.escape(position) + _ARTICLE_KIND, text):
        if is_org_word(match["kind"]):
            return match["kind"]
    return None


def _said_as_own(position: str, text: str) -> bool:
    return re.search(rf"\b{_OWN}\s+{re.escape(position)}\b", text, re.I) is not None


def _compound_kind(position: str, names: list[str]) -> str | None:
    """The site's kind opening a one-word position ("Museumsleiterin")."""
    if " " in position:
        return None
    folded = fold(position)
    for name in names:
        first = name.split()[0]
        starts = len(first) >= 4 and folded.startswith(fold(first))
        if starts and is_org_word(first) and len(folded) > len(first) + 3:
            return first
    return None


def settle_own_possessives(speakers: Iterable[SpeakerDraft], doc: PageDoc, text: str) -> None:
    """Give each speaker the site's body where the page names it as its own, in place."""
    names = site_names(doc)
    if not names:
        return
    for speaker in speakers:
        if speaker.organisation:
            split = own_kind_split(speaker.organisation)
            if split is None:
                continue
            front, kind = split
            if front:
                speaker.position = as_written(speaker.position, front, text)
            speaker.organisation = own_name(names, kind)
            continue
        position = speaker.position
        if not position:
            continue
        found = _compound_kind(position, names) or kind_written_after(position, text)
        # A German job noun the lexicon does not know ("unser Setzer") is one capitalised word.
        job = role_like(position) or (" " not in position and position.istitle())
        if found is None and job and _said_as_own(position, text):
            found = next((w for w in position.split() if any(names_site(w, n) for n in names)), "")
        if found is not None:
            speaker.organisation = own_name(names, found, doc.logo_names) if found else names[0]
