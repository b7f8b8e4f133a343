"""A body left inside a Polish or Czech position: "wykładowczyni Akademii Muzycznej w Lubrzy",
"ředitelka Krajské knihovny v Olšanech". Those languages put the body straight after the
position, in the genitive and with no word between; when a speaker has no body and the
position goes on from lower-case words into a capitalised name whose head is a known word
for a body, that name, in the nominative, is the body and the words before it the role."""

from __future__ import annotations

from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .names import is_org_word
from .nominative import head_of, nominative_body
from .positions import role_like

# Heads that stay in the role: a municipality in its mayor's ("wójt Gminy Dolna", "starosta
# Obce Lhota"), a board or council of a body ("przewodnicząca Rady Nadzorczej"), folded.
_ROLE_HEADS = (
    "miast", "mest", "gmin", "obec", "obc", "powiat", "wojew", "kraj", "rad", "zarzad",
    "vybor", "komis", "senat", "sejm", "snem", "zastup", "zastep",
)  # fmt: skip


def split_role_body(position: str) -> tuple[str, str] | None:
    """(role, body) from a position closed by a body in the genitive; None otherwise."""
    words = position.rstrip(" .,;").split()
    for k, word in enumerate(words):
        if not word[:1].isupper():
            continue
        role, rest = " ".join(words[:k]), " ".join(words[k:])
        if k == 0 or k > 4 or len(words) - k < 2 or not role_like(role):
            return None
        masculine = _masculine_genitive(rest)
        if head_of(rest) is None and not is_org_word(word) and masculine is None:
            return None
        if fold(head_of(rest) or word).startswith(_ROLE_HEADS):
            return None
        return role, masculine or nominative_body(rest)
    return None


def _masculine_genitive(name: str) -> str | None:
    """ "Chór Miejski Radlin" from "Chóru Miejskiego Radlin": a Polish masculine noun in the
    genitive (-u) and its adjective after it (-ego), put back in the nominative."""
    words = name.split()
    if len(words) < 2 or not words[0].endswith("u") or not words[1].endswith("ego"):
        return None
    noun = words[0][:-1]
    # "Miejskiego" is "Miejski", "Nowego" is "Nowy".
    adjective = words[1][:-4] + "i" if words[1].endswith("iego") else words[1][:-3] + "y"
    if len(noun) < 3 or not adjective[:1].isupper():
        return None
    return " ".join([noun, adjective, *words[2:]])


def settle_role_bodies(speakers: Iterable[SpeakerDraft], lang: str | None) -> None:
    """Apply :func:`split_role_body` to each Polish or Czech speaker with no body, in place."""
    if lang not in ("pl", "cs"):
        return
    for speaker in speakers:
        if speaker.organisation or not speaker.position:
            continue
        found = split_role_body(speaker.position)
        if found is not None:
            speaker.position, speaker.organisation = found
