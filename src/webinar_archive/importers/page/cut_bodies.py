"""Bodies cut short or given a word too many, put right from the page's text once the speakers
are found:

- a bare word for a kind of body ("Ministerstvo", "Ministerium") names no body on its own: the
  page goes on after it with the lower-case words of its name ("z Ministerstva financí,
  odbor ...", "ze Sdružení obcí, ..."), which are taken back;
- a name's last words after a particle ("Causse" of "au centre de soins Les Ailes du Causse",
  "Roble" of "en la asociación Amigos del Roble") are widened back to the capitalised words
  before the particle;
- a legal form cut at its first dot ("Skanex sp" of "z firmy Skanex sp. z o.o.", "Vinařství
  Dvůr s" of "... s.r.o.") takes back the rest the page writes;
- a position closing on a kind of body and its proper name with no body of its own
  ("présidente de l'association étudiante Vét'Faune", "socia della cooperativa Terra Viva")
  gives that name as the body, without the lower-case word for its kind;
- a lawyer's bar given by its town ("avocat au barreau de Lorient", "avvocata del foro di
  Cuneo") names no body: the town stays in the role;
- a position written before its body with "for the" ("Seasonal Inspector for the National
  Plant Unit", "Referentin für die Landesstelle ...") goes to the role."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .lexicon import ALL_STOPWORDS, ORG_WORDS
from .names import is_org_word
from .nominative import nominative_body
from .positions import org_like

_KINDS = frozenset(fold(w) for w in ORG_WORDS)
# How far after a speaker's name the page is searched for the rest of their body.
_REACH = 300
_WORD = r"[^\W\d_]+"
# Up to three lower-case words closing a name before a comma or a stop.
_LOWER_TAIL = re.compile(
    r"((?:\s+[a-záčďéěíňóřšťúůýžąćęłńśźżàâçèêëîïôûü]+){1,3})(?=\s*[,.;:()–—]|$)"
)
# Legal forms with dots, as they may be cut after their first letters.
_LEGAL_FORM = re.compile(
    r"^(?:sp\.\s?z\s?o\.\s?o\.|s\.\s?r\.\s?o\.|s\.\s?p\.\s?a\.|s\.\s?r\.\s?l\.|s\.\s?a\.|"
    r"s\.\s?l\.(?:\s?p\.)?|s\.\s?c\.|sp\.\s?[jkp]\.|a\.\s?s\.|z\.\s?s\.|o\.\s?p\.\s?s\.|e\.\s?v\.)$",
    re.I,
)
_DOTTED = re.compile(r"\.(?:\s?[^\W\d_]{1,2}\.){0,3}")
# "de l'association étudiante X": a particle, a word for a kind of body, at most two lower-case
# words agreeing with it, then the body's own name in capitals.
_KIND_THEN_NAME = re.compile(
    r"^(?P<role>.+?)\s+(?:(?:de\s+la|del|della|du|des|de|di|of\s+the|der|dello|degli|of)\s+|"
    r"(?:de\s+l|dell|d)['’])(?P<kind>[^\W\d_]+)(?P<adj>(?:\s+[a-zà-öø-ÿ][^\W\d_]*){0,2})\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\s]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][^\s]*){0,3})$"
)
# A court's bar, which a lawyer belongs to by its town.
_BARS = frozenset(["barreau", "foro", "bar"])
# Particles inside a body's name between its capitalised words.
_PARTICLE = (
    r"(?:du|de\s+la|de\s+l['’]|des|de|d['’]|del|de\s+los|de\s+las|della|dello|delle|degli|"
    r"dei|di|of\s+the|of|von|van|der)"
)
_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:['’\-][^\W\d_]+)*"
# "for the" and its kin between a position and the body it is held for.
_HELD_FOR = re.compile(
    r"^(?P<role>.+?)\s+(?:for\s+the|for|für\s+(?:die|den|das)|pour\s+(?:la|le|l['’])|"
    r"per\s+(?:la|il|lo|l['’])|para\s+(?:la|el))\s*(?P<body>[A-ZÀ-ÖØ-Þ].+)$"
)


def _after_name(name: str, text: str) -> str:
    """The page's text in reach after ``name``'s last word, or "" when the page does not
    write it so."""
    last = name.split()[-1] if name.split() else ""
    at = text.find(last) if last else -1
    return text[at + len(last) : at + len(last) + _REACH] if at >= 0 else ""


def _lower_tail(head: str, near: str) -> str | None:
    """The head as written in ``near`` with the lower-case words after it up to a comma, a
    stop or a function word: "Ministerstva financí"."""
    low = fold(head)
    if len(low) < 5:
        return None
    for match in re.finditer(_WORD, near):
        word = match.group(0)
        if not word[:1].isupper() or fold(word)[: len(low) - 1] != low[:-1]:
            continue
        if abs(len(word) - len(head)) > 3:
            continue
        tail = _LOWER_TAIL.match(near[match.end() :])
        if tail is None:
            return None
        words = tail.group(1).split()
        if any(w in ALL_STOPWORDS for w in words):
            return None
        return " ".join([word, *words])
    return None


def with_lower_tail(org: str, near: str) -> str:
    """``org`` when it is more than a bare kind of body; else the kind with the lower-case
    words of its name that ``near`` writes after it, in the nominative."""
    if len(org.split()) != 1 or fold(org) not in _KINDS:
        return org
    found = _lower_tail(org, near)
    if found is None:
        return org
    whole = nominative_body(found)
    # The head put back as the speaker's entry had it: "Ministerstvo financí".
    return (
        " ".join([org, *whole.split()[1:]])
        if fold(whole.split()[0])[:3] == fold(org)[:3]
        else whole
    )


def widened_name(org: str, near: str) -> str:
    """``org`` with the capitalised words and particle written before it in ``near`` when the
    run follows a lower-case word: "centre de soins Les Ailes du Causse" makes "Causse" "Les
    Ailes du Causse"."""
    if len(org.split()) != 1 or org.isupper() or not org[:1].isupper() or is_org_word(org):
        return org
    pattern = re.compile(
        rf"(?<![^\W\d_])[a-zà-öø-ÿ][^\W\d_]*\s+(?P<run>(?:{_CAPITAL}\s+)+{_PARTICLE}\s*)"
        + re.escape(org)
        + r"(?![^\W\d_])"
    )
    match = pattern.search(near)
    if match is None:
        return org
    run = match.group("run")
    capitals = re.findall(_CAPITAL, run)
    if not 1 <= len(capitals) <= 3 or is_org_word(capitals[0]) or org_like(run):
        return org
    return (run + org).replace("  ", " ").strip()


def with_legal_form(org: str, near: str) -> str:
    """``org`` with the rest of the legal form it ends on cut at the first dot, as ``near``
    writes it after the name: "Skanex sp" is "Skanex sp. z o.o."."""
    words = org.split()
    if len(words) < 2 or len(words[-1]) > 2:
        return org
    at = near.find(org)
    if at < 0:
        return org
    dotted = _DOTTED.match(near, at + len(org))
    if dotted is None:
        return org
    # "sp. z o.o.": a lone letter between the dots.
    rest = dotted.group(0)
    more = re.match(r"\s?z\s?o\.\s?o\.", near[dotted.end() :]) if rest == "." else None
    if more is not None:
        rest += more.group(0)
    if not _LEGAL_FORM.match(words[-1] + rest):
        return org
    return org + rest


def named_after_kind(position: str) -> tuple[str, str] | None:
    """(role, body) when ``position`` closes on a word for a kind of body and the body's
    name: "présidente de l'association étudiante Vét'Faune" is the president of Vét'Faune."""
    match = _KIND_THEN_NAME.match(position)
    if match is None or not match.group("kind").islower() or not is_org_word(match.group("kind")):
        return None
    adjectives = match.group("adj").split()
    if any(is_org_word(w) or w in ALL_STOPWORDS or len(w) < 4 for w in adjectives):
        return None
    return match.group("role").strip(" ,"), match.group("name").strip(" ,.")


def bar_of_town(org: str, position: str, near: str) -> str | None:
    """The role with the town of the bar it closes on, when ``org`` is that town: "avocat au
    barreau" and "Lorient" of "avocat au barreau de Lorient"."""
    words = position.split()
    if not words or words[-1].lower() not in _BARS or len(org.split()) > 2:
        return None
    match = re.search(
        rf"(?<![^\W\d_]){re.escape(words[-1])}\s+(?:de|d['’]|di|del|of)\s*{re.escape(org)}", near
    )
    if match is None:
        return None
    return " ".join([*words[:-1], match.group(0)])


def held_for(org: str) -> tuple[str, str] | None:
    """(position, body) when ``org`` is a position held for a body: "Seasonal Bee Inspector
    for the National Bee Unit (NBU)"; a body named for a purpose ("Centre for the Study of
    ...", "Society for the Protection of ...") stays whole."""
    match = _HELD_FOR.match(org)
    if match is None:
        return None
    role, body = match.group("role").strip(" ,"), match.group("body").strip()
    if len(role.split()) > 4 or org_like(role) or not org_like(body):
        return None
    if any(is_org_word(w) for w in re.findall(_WORD, role)):
        return None
    return role, body


def settle_cut_bodies(speakers: Iterable[SpeakerDraft], text: str) -> None:
    """Put each speaker's body right as the module's text says, in place."""
    for speaker in speakers:
        org = speaker.organisation
        if not org:
            named = named_after_kind(speaker.position or "")
            if named is not None:
                speaker.position, speaker.organisation = named
            continue
        split = held_for(org)
        if split is not None:
            role, body = split
            speaker.position = f"{role}, {speaker.position}" if speaker.position else role
            speaker.organisation = body
            continue
        near = _after_name(speaker.name, text)
        if not near:
            continue
        town = bar_of_town(org, speaker.position or "", near)
        if town is not None:
            speaker.position, speaker.organisation = town, None
            continue
        org = with_legal_form(with_lower_tail(org, near), near)
        widened = widened_name(org, near)
        if widened != org and speaker.position:
            # "soigneuse au refuge Les Amis" lent the body's first words to the role.
            lead = widened[: -len(org)].strip()
            lead = re.sub(rf"\s+{_PARTICLE}$", "", lead)
            if speaker.position.endswith(lead):
                speaker.position = speaker.position[: -len(lead)].strip(" ,") or None
        speaker.organisation = widened
