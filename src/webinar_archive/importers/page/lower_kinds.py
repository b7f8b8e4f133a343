"""A body written in lower case after a person: "Conservatrice du patrimoine, musée maritime",
"animatrice de la coopérative semencière". No body names itself without a capital, so such
words name a body by its kind; on a page that names its own site, the body is the site's (the
convention of the records: the site's body named by its kind is written as the site names
itself)."""

from __future__ import annotations

from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

from .blocks import PageDoc
from .lexicon import KIND_OF_BODY_WORDS
from .names import is_org_word
from .own_site import site_names
from .person_lines import names_site

_KINDS = frozenset(w.lower() for w in KIND_OF_BODY_WORDS if " " not in w)


def lower_kind(org: str) -> bool:
    """Whether ``org`` is a body's kind in lower-case words ("musée maritime")."""
    words = org.split()
    if not words or len(words) > 3 or any(not w.islower() for w in words):
        return False
    return is_org_word(words[0]) or words[0] in _KINDS


def site_for_kind(org: str, names: list[str]) -> str | None:
    """The site's name for ``org``: the first that holds its kind word, else the first."""
    if not names or not lower_kind(org):
        return None
    kind = org.split()[0]
    return next((n for n in names if names_site(kind, n)), names[0])


def settle_lower_kinds(speakers: Iterable[SpeakerDraft], doc: PageDoc) -> None:
    """Give each speaker whose body is a lower-case kind the site's body, in place."""
    # A logo's "Name – coopérative semencière" names the kind too, which is no name.
    names = [n for n in site_names(doc) if not lower_kind(n)]
    for speaker in speakers:
        if speaker.organisation:
            found = site_for_kind(speaker.organisation, names)
            if found is not None:
                speaker.organisation = found
