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
    known = {n.rstrip(".") for n in names}  # the site's names lose a legal form's last dot
    if not org or len(logo) != 1 or logo[0] == org or logo[0].rstrip(".") not in known:
        return None
    if org not in names or fold(org) in fold(text):
        return None
    # "FBG Oberes Lautertal" from the title, the logo "Forstbetriebsgemeinschaft Oberes
    # Lautertal w.V.": the logo's full name is how the body writes itself too.
    return logo[0] if _short_of(logo[0], org) or _short_for(org, logo[0]) else None


def _short_for(short: str, full: str) -> bool:
    """Whether ``short`` is an acronym opening like ``full`` and then ``full``'s own words
    ("FBG Oberes Lautertal" of "Forstbetriebsgemeinschaft Oberes Lautertal w.V.")."""
    parts = short.split()
    words = [fold(w) for w in full.split()]
    if len(parts) < 2 or not parts[0].isupper() or len(parts[0]) < 2 or not words:
        return False
    return words[0].startswith(fold(parts[0])[0]) and all(fold(p) in words for p in parts[1:])


def settle_logo_names(
    speakers: Iterable[SpeakerDraft], names: list[str], logo: list[str], text: str
) -> None:
    """Write the site's body as its logo does, in place (see :func:`logo_written`)."""
    for speaker in speakers:
        found = logo_written(speaker.organisation, names, logo, text)
        if found is not None:
            speaker.organisation = found
