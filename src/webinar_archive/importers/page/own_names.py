"""Which of its names the site's body is written with when the page names it by its kind.

A page gives its own body several names (a short form in the title, the full name beside the
logo). Named by its kind ("předsedkyně asociace", "our team leader", "naszego Centrum"), the
body is written as the name holding that kind ("Asociace tlumočníků ...", "Glen Corran Mountain
Rescue Team", "Regionalne Centrum ..."), the convention of the records; with no name holding
it, the name beside the logo or the first name the site settles on."""

from __future__ import annotations

from .person_lines import names_site


def own_name(names: list[str], kind: str, logo: list[str] | None = None) -> str:
    """The name of ``names`` (not empty) to write for the site's body named by ``kind``; with
    none holding it, the first of ``logo`` (the names beside the logo), else the first."""
    fallback = logo[0] if logo else names[0]
    return next((n for n in names if names_site(kind, n)), fallback)
