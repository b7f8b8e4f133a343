"""The site's own body named by its kind alone at the end of a position, when the kind is
not a word of the site's name: "responsable de comunicación del despacho" on the site of
"Olivar & Partners Abogados", "directrice de l'infrastructure" on a research facility's,
"mluvčí společnosti" on a company's. The position ends in a definite article and one noun
(in Polish and Czech, which have no articles, one word for a body in the genitive), the
speaker has no body of their own and the page names its site: that site is the body."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .blocks import PageDoc
from .names import is_org_word, is_unit_word
from .nominative import head_of
from .own_names import own_name
from .own_site import site_names
from .positions import role_like

# An elided article runs into the kind ("dell'istituto"); any other word stands apart from it
# ("primátorka města Dubovice" holds no "du").
_DEFINITE_KIND = re.compile(
    r"^(?P<role>.+?)\s+(?:(?:del|de la|du|des|della|dello|der|of the|at the|bei der|beim|al|"
    r"alla|allo|au)\s+|(?:de l|dell|dans l)['’]\s*)(?P<kind>[^\W\d_]{4,})$",
    re.I,
)


# Words after which "de l'..." says what a person is in charge of, not where they work:
# "adjoint au maire chargé de l'environnement", "incaricata della comunicazione", folded.
_IN_CHARGE = frozenset(
    [
        "charge", "chargee", "encargado", "encargada", "incaricato", "incaricata", "delegue",
        "deleguee", "delegado", "delegada", "delegato", "delegata", "zustandig", "responsible",
    ]
)  # fmt: skip


def site_kind(position: str, lang: str | None) -> tuple[str, str] | None:
    """(role, kind) when ``position`` ends in the site's body named by its kind."""
    position = position.rstrip(" .;,")
    match = _DEFINITE_KIND.match(position)
    if match is not None and match["kind"][:1].islower() and role_like(match["role"]):
        role = match["role"].strip()
        if fold(role.split()[-1]) in _IN_CHARGE:
            return None
        return role, match["kind"]
    words = position.split()
    bare = lang in ("pl", "cs") and len(words) >= 2 and words[-1][:1].islower()
    if bare and _whole_body(words[-1]) and role_like(" ".join(words[:-1])):
        return " ".join(words[:-1]), words[-1]
    return None


# Parts of a larger body, folded stems: "děkan fakulty" names the faculty's dean, not the
# site's body (which may be the faculty itself or its university).
_PARTS = ("fakult", "wydzia", "katedr", "ustav", "instytut", "zaklad", "sekc", "sekcj")


def _whole_body(kind: str) -> bool:
    folded = fold(head_of(kind) or kind)
    return is_org_word(kind) and not is_unit_word(kind) and not folded.startswith(_PARTS)


def _kind_after(position: str, text: str) -> str | None:
    """A Polish or Czech word for a body that closes ``position`` where the page writes it
    ("Moderuje: Name, mluvčí společnosti"), when it was left out of the position."""
    pattern = re.escape(position) + r"\s+(?P<kind>[^\W\d_]+)\s*(?:[.;,\n]|$)"
    for match in re.finditer(pattern, text):
        if match["kind"][:1].islower() and _whole_body(match["kind"]):
            return match["kind"]
    return None


def settle_site_kinds(
    speakers: Iterable[SpeakerDraft], doc: PageDoc, lang: str | None, text: str = ""
) -> None:
    """Give each speaker whose position ends in the site's kind the site's body, in place;
    ``text`` is the page's text, where a Polish or Czech position is written in full."""
    names = site_names(doc)
    if not names:
        return
    for speaker in speakers:
        if speaker.organisation or not speaker.position:
            continue
        found = site_kind(speaker.position, lang)
        if found is None and lang in ("pl", "cs") and len(speaker.position.split()) <= 3:
            kind = _kind_after(speaker.position, text)
            found = (speaker.position, kind) if kind else None
        if found is not None:
            speaker.position, speaker.organisation = found[0], own_name(names, found[1])
