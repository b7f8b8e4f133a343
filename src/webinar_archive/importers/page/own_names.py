"""Which of its names the site's body is written with when the page names it by its kind.

A page gives its own body several names (a short form in the title, the full name beside the
logo). Named by its kind ("předsedkyně asociace", "our team leader", "naszego Centrum"), the
body is written as the name holding that kind ("Asociace tlumočníků ...", "Glen Corran Mountain
Rescue Team", "Regionalne Centrum ..."), the convention of the records; with no name holding
it, the name beside the logo or the first name the site settles on."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .person_lines import names_site


def own_name(names: list[str], kind: str, logo: list[str] | None = None) -> str:
    """The name of ``names`` (not empty) to write for the site's body named by ``kind``; with
    none holding it, the first of ``logo`` (the names beside the logo), else the first."""
    fallback = logo[0] if logo else names[0]
    return next((n for n in names if names_site(kind, n)), fallback)


_SMALL = frozenset(
    ["de", "la", "le", "du", "des", "di", "del", "della", "of", "the", "für", "d", "l"]
)


def _short_of(short: str, org: str) -> bool:
    """Whether ``short`` ("FMV Rocheval") is ``org``'s short form ("Faculté de médecine
    vétérinaire de Rocheval"): an acronym of its first words, then its other words."""
    words = [w for w in re.split(r"[\s'’]+", org) if w and fold(w) not in _SMALL]
    initials = "".join(fold(w)[0] for w in words)
    parts = short.split()
    acronym = parts[0]
    rest_ok = all(fold(p) in fold(org) for p in parts[1:])
    return (
        acronym.isupper() and len(acronym) >= 2 and initials.startswith(fold(acronym)) and rest_ok
    )


def logo_written(org: str | None, names: list[str], logo: list[str], text: str) -> str | None:
    """The logo's one name for the site's body when it is the short form of ``org``, another
    of the site's names, and the page's ``text`` never writes ``org`` out: the page named the
    body by its kind ("de la Faculté"), and the logo is how the body writes itself."""
    if not org or len(logo) != 1 or logo[0] == org or logo[0] not in names or org not in names:
        return None
    if fold(org) in fold(text) or not _short_of(logo[0], org):
        return None
    return logo[0]


def settle_logo_names(
    speakers: Iterable[SpeakerDraft], names: list[str], logo: list[str], text: str
) -> None:
    """Write the site's body as its logo does, in place (see :func:`logo_written`)."""
    for speaker in speakers:
        found = logo_written(speaker.organisation, names, logo, text)
        if found is not None:
            speaker.organisation = found
