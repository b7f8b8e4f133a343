"""The site's own body named by its kind in the genitive after a position, in shapes the
first reading split differently: "prezes Zarządu Związku" (a unit of the body, then the body's
kind, both capitalised, read as a body "Zarząd Związku") and "ředitel školy" (one position
word and the kind, in a table cell). Both name the body whose site the page is on."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .blocks import PageDoc
from .names import role_stem
from .nominative import head_of
from .own_site import site_names
from .person_lines import names_site, own_body


def _as_written(position: str, org: str, text: str) -> str | None:
    """The words after ``position`` in ``text`` standing for ``org`` (its case as written);
    None when a preposition or article comes between ("chargé de mission au Réseau X"): a
    body named after one is a body of its own name, not the site's named by its kind."""
    count = len(org.split())
    match = re.search(re.escape(position) + r"((?:\s+\S+){" + str(count) + "})", text)
    if match is None:
        return None
    words = match.group(1).split()
    after = re.search(re.escape(position) + r"\s+(\S+)\s+(\S+)", text)
    opens_body = after is not None and fold(after[2]).startswith(fold(org.split()[0])[:3])
    if after and opens_body and len(after[1]) <= 4 and after[1].islower():
        return None
    return " ".join(words).rstrip(".,;:")


def site_unit(
    position: str | None, org: str | None, sites: list[str], text: str
) -> tuple[str | None, str | None]:
    """(position, organisation), with the site's body where the words name it by kind;
    ``sites`` are the names the page gives its site, the first one the page settles on."""
    if not sites or not position:
        return position, org
    if org and len(org.split()) <= 3:
        written = _as_written(position, org, text)
        for site in sites if written else []:
            own = own_body(f"{position} {written}", site)
            if own is not None and own[0] != position:
                return own
        return position, org
    site = sites[0]
    words = position.split()
    if (
        not org
        and len(words) == 2
        and role_stem(words[0])
        and words[1].islower()
        and head_of(words[1]) is not None
        and names_site(words[1], site)
    ):
        return words[0], site
    return position, org


def settle_site_units(speakers: Iterable[SpeakerDraft], doc: PageDoc, text: str) -> None:
    """Apply :func:`site_unit` to each speaker, in place."""
    sites = site_names(doc)
    for speaker in speakers:
        speaker.position, speaker.organisation = site_unit(
            speaker.position, speaker.organisation, sites, text
        )
