"""The body a speaker works for, settled after the speakers are found: the site's own body
named by its kind ("des Verbands", "du musée", "del Colegio") is the body the page's logo,
title or metadata names; a unit written before its body ("département des peintures, Musée
...", "Wydział Badań Demograficznych US Lesznowola") goes to the role; "PSA's customer
relations lead" is a role at PSA."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .blocks import PageDoc
from .dates import MONTHS
from .lexicon import UNIT_WORDS
from .names import is_org_word
from .nominative import nominative_body
from .person_lines import own_body, site_body

_MONTHS = frozenset(fold(m) for m in MONTHS)
_TITLE_PARTS = re.compile(r"\s+[|│–—-]\s+")
_SITE_TYPES = ("Organization", "GovernmentOrganization", "NGO", "Corporation", "WebSite")
# Units of a body, folded, beyond the lexicon's departments: chairs, committees, newsrooms.
_UNITS = frozenset(fold(w) for w in UNIT_WORDS) | frozenset(
    [
        "katedra", "katedry", "komise", "comision", "commission", "kommission", "commissione",
        "komisja", "ausschuss", "committee", "comite", "lehrstuhl", "stabsstelle", "referat",
        "pracownia", "oddzial", "biuro", "redakce", "redakcja", "redazione",
        "redaccion", "redaction", "team", "equipe", "equipo", "gruppo", "zespol", "tym",
        "departement", "service", "servizio", "dzial", "wydzial", "oddeleni", "odbor",
    ]
)  # fmt: skip
# Heads of a body a unit belongs to, folded stems: "Katedra ... Univerzity Jižních Čech".
_OUTER_HEADS = ("univer", "uniwer", "hochschul", "politec", "politech", "akadem", "academ")
_ACRONYM = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&]{1,9}$")
_POSSESSIVE = re.compile(r"^(?P<body>[A-Z][^\s']*(?:\s+[A-Z][^\s']*){0,4})['’]s\s+(?P<role>.+)$")
_LEGAL_TAIL = re.compile(
    r"^(?:s\.?\s?[alrpc]\.?.*|gmbh.*|ltd\.?|inc\.?|llc|sas|sarl|sa|spa|ag|kg|e\.\s?v\.?|"
    r"sp\.\s?z.*|z\.\s?s\.?|o\.\s?p\.\s?s\.?|plc)$",
    re.I,
)


def _json_ld_names(items: Iterable[object], depth: int = 0) -> list[str]:
    found: list[str] = []
    for item in items:
        if isinstance(item, list):
            found += _json_ld_names(item, depth + 1)
        if not isinstance(item, dict) or depth > 4:
            continue
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        name = item.get("name")
        if any(k in _SITE_TYPES for k in kinds if isinstance(k, str)) and isinstance(name, str):
            found.append(" ".join(name.split()))
        found += _json_ld_names(
            [v for v in item.values() if isinstance(v, (dict, list))], depth + 1
        )
    return found


def site_names(doc: PageDoc) -> list[str]:
    """Every name the page gives its own site: the body ``site_body`` settles on, the
    logo's names, <title>'s parts after the first, og:site_name, the copyright holder and
    the bodies the page's JSON-LD names."""
    parts = _TITLE_PARTS.split(doc.title_tag or "")
    names = [site_body(doc), *doc.logo_names, *parts[1:], doc.site_name, doc.copyright_holder]
    names += _json_ld_names(doc.json_ld)
    kept: list[str] = []
    for name in names:
        # a legal form keeps its dot ("Nubeluz Software S.L."), a sentence's is dropped
        name = (name or "").strip(" ,")
        if not _LEGAL_END.search(name):
            name = name.strip(" .,")
        if name and len(name.split()) <= 10 and name not in kept:
            kept.append(name)
    return kept


def _forms(word: str) -> set[str]:
    """Folded forms of a body's kind as a name may hold it: "Verbands" is "verband"."""
    low = fold(word).strip("’'.,;:")
    forms = {low}
    for ending in ("es", "s", "u", "y", "a", "i", "e", "ie", "ii", "ego", "iej", "em"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            forms.add(low[: -len(ending)])
    return forms


def _holds_kind(name: str, kind: str) -> bool:
    """Whether ``name`` has ``kind`` among its words, a compound ending in it included
    ("Wasserverband" holds "Verband")."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", name)]
    for form in _forms(kind):
        for word in words:
            if word == form or (len(form) >= 5 and (word.startswith(form) or word.endswith(form))):
                return True
    return False


def _own_name(word: str, names: list[str], text: str) -> bool:
    """Whether a body named in one word names it by its own name, the word the site's name
    opens with, written after a bare "de"/"of"/"von" ("responsable de marketing de Nubeluz"),
    not by its kind ("du musée", "dell'Orchestra", "des Vereins")."""
    if word[:1].islower() or is_org_word(word):
        return False
    if not any(name.split()[0] == word for name in names if name.split()):
        return False
    bare = rf"(?<![^\W\d_'’])(?:de|di|da|of|von|from|at|bei|chez)\s+{re.escape(word)}(?![^\W\d_])"
    return re.search(bare, text) is not None


def _kind_body(kind: str, names: list[str]) -> str | None:
    """The longest of the site's ``names`` holding ``kind``."""
    held = [n for n in names if _holds_kind(n, kind)]
    return max(held, key=len) if held else None


def _acronym_holds(kind: str, acronym: str) -> bool:
    """ "du service" on the site of the "SFHV": a body's kind whose initial the short form
    of the site's name has."""
    return bool(_ACRONYM.match(acronym)) and is_org_word(kind) and fold(kind)[:1] in fold(acronym)


def _short_form(word: str) -> bool:
    """ "ZPÚ", "HWK", "LfS", "FSv": capitals only, or two capitals in a short word."""
    if _ACRONYM.match(word):
        return True
    return len(word) <= 5 and word[:1].isupper() and sum(c.isupper() for c in word) >= 2


def _unit_split(org: str) -> tuple[str, str] | None:
    """(unit, body) when ``org`` names a unit and then its body: "département des
    peintures, Musée des Beaux-Arts de Valdrieu", "Nachwuchswerbung, HWK Obertal",
    "oddělení vzdělávání ZPÚ", "Katedra žurnalistiky ... Univerzity Jižních Čech"."""
    head, comma, tail = org.partition(", ")
    tail = tail.strip()
    if comma and tail and "," not in tail and not _LEGAL_TAIL.match(tail):
        # "département des peintures, Musée ..." (in lower case) and a bare word for what
        # the unit does ("Nachwuchswerbung, HWK Obertal") go to the role; a capitalised unit
        # before the comma ("Katedra Ichtiologii, Uniwersytet ...") is left to body_parts.
        unit_first = fold(head.split()[0]) in _UNITS and head[:1].islower()
        bare = len(head.split()) == 1 and not is_org_word(head) and not _ACRONYM.match(head)
        if (unit_first or bare) and (
            _ACRONYM.match(tail.split()[0]) or any(is_org_word(w) for w in tail.split())
        ):
            return head.strip(), tail
    words = org.split()
    if len(words) < 3 or fold(words[0]) not in _UNITS or comma:
        return None
    for k in range(1, len(words)):
        if not _short_form(words[k]):
            continue
        # "Katedra geomatiky FAST TU Kralovice": a faculty's short form before its
        # university's is a chain of bodies the name keeps whole.
        if k + 1 < len(words) and _short_form(words[k + 1]):
            return None
        # "oddělení vzdělávání ZPÚ" (a unit in lower case), "Comisión de Deontología del
        # ICAVB" (the body after "of"), "Katedra geodézie VŠ Polná" (a unit named with a
        # capital): the unit goes to the role, the body's short form is the organisation.
        unit = " ".join(words[:k])
        for link in (" del", " de la", " de", " des", " der", " of the", " of"):
            if unit.endswith(link):
                unit = unit.removesuffix(link)
                break
        return unit, " ".join(words[k:])
    for k in range(len(words) - 1, 0, -1):
        if fold(words[k]).startswith(_OUTER_HEADS) and words[k][:1].isupper():
            return " ".join(words[:k]), nominative_body(" ".join(words[k:]))
    return None


# "instruktor naszego domu kultury", "moderátorka naší stanice", "our events team": the site's
# own body by its kind, said with "our", one to three words at the end of the position.
_OWN_TAIL = re.compile(
    r"\s+(?:our|unser\w*|notre|nos|nuestr[oa]s?|nostr[oaie]|nasz\w*|náš|naš\w+)\s+"
    r"(?P<kind>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\.?$",
    re.I,
)


def _own_tail(position: str, names: list[str]) -> tuple[str, str] | None:
    match = _OWN_TAIL.search(position)
    if match is None:
        return None
    held = [n for n in names if any(_holds_kind(n, w) for w in match["kind"].split())]
    if not held:
        return None
    return position[: match.start()].strip(), max(held, key=len)


def _named_at_end(position: str, names: list[str]) -> tuple[str, str] | None:
    """ "ověřovatel faktů z redakce zpravodajství Rádia Vltava-Jih": the site's name, in
    another case, closing the position (each word alike in its first four letters, one the
    same)."""
    words = position.split()
    for name in sorted(names, key=len, reverse=True):
        own = name.split()
        if len(own) < 2 or len(own) >= len(words):
            continue
        tail = words[-len(own) :]
        pairs = [(fold(a).strip(".,"), fold(b)) for a, b in zip(tail, own, strict=True)]
        if all(a[:4] == b[:4] for a, b in pairs) and any(a == b for a, b in pairs):
            return " ".join(words[: -len(own)]), name
    return None


# "pro", "für", "for", "dla", "per", "para", "of": a body's name may go on past its head
# with what it is for, in lower case ("Ministerstvo pro místní rozvoj").
_FOR_LINK = r"(?:pro|für|for|dla|per|para|pour|of)"


def _completed(org: str, text: str) -> str:
    """ "Ministerstvo pro místní inovace" for "Ministerstvo" when the page writes the head
    (in any case) and then its purpose after "pro" / "für" / "for" up to the line's end."""
    if " " in org or not is_org_word(org) or len(org) < 6:
        return org
    stem = re.escape(org[:5])
    pattern = re.compile(
        rf"(?<![^\W\d_]){stem}[^\W\d_]*\s+(?P<rest>{_FOR_LINK}\s+(?:[^\W\d_A-Z]"
        rf"[^\W\d_]*\s+){{0,3}}[^\W\d_A-Z][^\W\d_]*)\s*(?:[.;,)]|$)",
        re.M,
    )
    match = pattern.search(text)
    return f"{org} {match['rest']}" if match else org


# A legal form closing a body's name: "Arbogast & Lindqvist SAS", "Holzbau Kern GmbH".
_LEGAL_END = re.compile(
    r"(?<![^\W\d_])(?:SAS|SARL|SA|SpA|S\.p\.A\.|Srl|S\.r\.l\.|S\.L\.P?\.?|S\.A\.|GmbH(?:\s&\sCo\.\sKG)?|"
    r"AG|KG|e\.\s?V\.|Ltd\.?|plc|LLP|Inc\.?|s\.\s?r\.\s?o\.|a\.\s?s\.|sp\.\s?z\s?o\.\s?o\.|"
    r"S\.C\.C\.|S\.Coop\.)$"
)


def _firm_at_end(position: str) -> tuple[str, str] | None:
    """ "restauratrice de peintures, atelier Arbogast & Lindqvist SAS": the last part of a
    position, closed by a legal form, is the body, without the lower-case word for its kind
    in front ("atelier", "cabinet", "Studio" stays: it is capitalised, part of the name)."""
    head, comma, tail = position.rpartition(", ")
    if not comma or not head.strip() or not _LEGAL_END.search(tail):
        return None
    words = tail.split()
    while words and words[0][:1].islower():
        words = words[1:]
    if len(words) < 2:
        return None
    return head.strip(), " ".join(words)


_LINK_BEFORE_BODY = re.compile(
    r"\s(?:de|of|at|with|bei|von|chez|di|w|v|z|ze|u)\s+(?=[^\W\d_]*[A-ZÀ-Þ])", re.I
)


def _legal_form_rejoined(org: str, position: str, text: str) -> tuple[str, str] | None:
    """(position, body) when ``org`` is only a legal form cut from the body's name at its
    comma: "socio de Ochoa & Brea Abogados" and "S.L.P" are a partner of "Ochoa & Brea
    Abogados, S.L.P." (the form written as the page writes it)."""
    if not _LEGAL_END.fullmatch(org.strip()) and not _LEGAL_END.fullmatch(f"{org.strip()}."):
        return None
    links = list(_LINK_BEFORE_BODY.finditer(position))
    if not links:
        return None
    name = position[links[-1].end() :].strip()
    if not name[:1].isupper():
        return None
    written = re.search(rf"{re.escape(name)},\s*{re.escape(org.strip())}\.?", text)
    body = written.group(0) if written else f"{name}, {org.strip()}"
    return position[: links[-1].start()].strip(), body


# Polish neuter heads ending in "-um", the same in every case of the singular: only the
# adjective after one shows the case ("z Archiwum Państwowego" is Archiwum Państwowe).
_PL_UM_HEADS = frozenset(
    ["archiwum", "muzeum", "centrum", "liceum", "gimnazjum", "konserwatorium", "kolegium",
     "laboratorium", "technikum", "seminarium", "audytorium", "sanatorium", "obserwatorium"]
)  # fmt: skip


_CS_UM_GENITIVES = frozenset(["gymnazia", "muzea", "centra", "lycea", "planetaria", "akvaria"])


def _um_nominative(org: str) -> str:
    """ "Archiwum Państwowe w Rybnie" for "Archiwum Państwowego w Rybnie": the adjective right
    after a Polish "-um" head, in the genitive, put back in the nominative."""
    words = org.split(" ")
    # Czech puts the head itself in the genitive: "učitelka Gymnázia Lipnice" is at the
    # Gymnázium Lipnice, "z Muzea Vysočiny" from the Muzeum Vysočiny.
    if len(words) >= 2 and fold(words[0]) in _CS_UM_GENITIVES and words[0][:1].isupper():
        words[0] = words[0][:-1] + "um"
        return " ".join(words)
    if len(words) < 2 or fold(words[0]) not in _PL_UM_HEADS:
        return org
    adjective = words[1]
    if adjective[:1].isupper() and adjective.endswith("ego") and len(adjective) > 5:
        words[1] = adjective[:-3] + "e"
    return " ".join(words)


def _with_role(position: str | None, extra: str) -> str:
    return f"{position}, {extra}" if position else extra


def _unit_as_written(position: str | None, unit: str, body: str, text: str) -> str | None:
    """ "naczelnik Wydziału Badań Demograficznych" when the page writes the position, then
    the unit in the case its sentence asks for, then the body: the role as written."""
    if not position or not text:
        return None
    pattern = re.escape(position) + r"\s+(?P<unit>[^,;:()\n]{3,80}?)\s+" + re.escape(body)
    match = re.search(pattern, text)
    if match is None or len(match["unit"].split()) != len(unit.split()):
        return None
    if fold(match["unit"])[:4] != fold(unit)[:4]:
        return None
    return f"{position} {match['unit']}"


def without_dated_bodies(speakers: list[SpeakerDraft]) -> list[SpeakerDraft]:
    """Without the "people" who are part of a place: "at the Eastern Container Terminal from
    March" names a place and a date, not "Container Terminal" of "March"; a "person" with no
    position whose body is a month, or none, and whose name is inside another speaker's
    body ("Eastern Container Terminal Saltmere Ltd") is that place."""
    bodies = [f" {fold(s.organisation)} " for s in speakers if s.organisation]

    def place(speaker: SpeakerDraft) -> bool:
        if speaker.position:
            return False
        org = fold(speaker.organisation or "").strip(". ")
        if org and org in _MONTHS:
            return True
        name = f" {fold(speaker.name)} "
        return not org and any(name in body for body in bodies)

    return [s for s in speakers if not place(s)]


def settle_bodies(speakers: list[SpeakerDraft], doc: PageDoc, text: str = "") -> None:
    """Put each speaker's body right, in place (see the module's text); ``text`` is the
    page's text, where a body cut short is written in full."""
    names = site_names(doc)
    main = names[0] if names else None
    for speaker in speakers:
        org = speaker.organisation
        if org:
            rejoined = _legal_form_rejoined(org, speaker.position or "", text)
            if rejoined is not None:
                speaker.position, speaker.organisation = rejoined
                continue
            possessive = _POSSESSIVE.match(org)
            if possessive and possessive["role"][:1].islower():
                speaker.organisation = possessive["body"]
                speaker.position = speaker.position or possessive["role"]
                continue
            unit = _unit_split(org)
            if unit is not None:
                written = _unit_as_written(speaker.position, *unit, text)
                speaker.position = written or _with_role(speaker.position, unit[0])
                speaker.organisation = unit[1]
                continue
            # "du musée", "der Kammer": the site's body named by its kind is its full name;
            # a name of its own ("de Nubeluz") is written as the page gives it.
            if (
                names
                and len(org.split()) == 1
                and not _ACRONYM.match(org)
                and not _own_name(org, names, text)
            ):
                whole = _kind_body(org, names)
                if whole:
                    speaker.organisation = whole
                    continue
            speaker.organisation = _um_nominative(_completed(org, text))
            continue
        if not speaker.position:
            continue
        found = _firm_at_end(speaker.position)
        if found is not None:
            speaker.position, speaker.organisation = found
            continue
        if not names:
            continue
        found = _own_tail(speaker.position, names) or _named_at_end(speaker.position, names)
        if found is not None:
            speaker.position, speaker.organisation = found
            continue
        for name in names:
            own = own_body(speaker.position, name)
            if own is not None:
                speaker.position = own[0]
                speaker.organisation = name
                break
        else:
            tail = re.search(
                r"\s+(?:du|de la|del|della|des|der|of the|de l['’])\s*([^\W\d_]+)\.?$",
                speaker.position,
            )
            if tail and main and _acronym_holds(tail.group(1), main):
                speaker.position = speaker.position[: tail.start()].strip()
                speaker.organisation = main
