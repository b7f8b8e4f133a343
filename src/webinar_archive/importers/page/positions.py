"""Splitting the words written about a person ("Director F of DG GROW") into position and body."""

from __future__ import annotations

import re

from .bodies import LEGAL_FORM_AFTER_COMMA, without_description
from .lexicon import (
    KIND_OF_BODY_WORDS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PUBLICATION_WORDS,
    ROLE_STEMS,
    WEAK_ROLE_STEMS,
)
from .names import is_org_word, is_unit_word, role_stem

_ORG_SET = frozenset(ORG_WORDS)
ADVERBS = r"(?:also|too|także|również|auch|ebenfalls|aussi|également|también|také|rovněž|anche)"
FROM_PREPOSITIONS = (
    r"(?:from|of|at|with|z|ze|aus|von|vom|de|du|des|d'|da|di|del|della|dalla|dello|"
    r"fra|od|u|bei|chez|presso)"
)
_LEADING_FROM = re.compile(rf"^(?:{ADVERBS}\s+)?{FROM_PREPOSITIONS}\s+(?=\S)", re.I)
_LEADING_ADVERB = re.compile(rf"^{ADVERBS}[\s,]+", re.I)
# A leading word for the kind of body ("der Firma Werkbank Digital") is not part of its name.
KIND_OF_BODY = (
    "(?:"
    + "|".join(re.escape(w) for w in sorted(KIND_OF_BODY_WORDS, key=len, reverse=True))
    + r")\s+(?=[^\W\d_a-z])"
)
_KIND_OF_BODY = re.compile("^" + KIND_OF_BODY)
# Words for a kind of body or publication a position is held at, without their articles.
_KINDS = sorted(
    {w for w in KIND_OF_BODY_WORDS if " " not in w and "'" not in w and "’" not in w}
    | set(PUBLICATION_WORDS),
    key=len,
    reverse=True,
)
_KIND_AFTER_LINK = re.compile(
    r"\s(?:à|au|aux|de|du|des|chez|at|of|with|for|bei|beim|der|von|vom|für|im|di|del|della|"
    r"dello|presso|al|alla|en|para|w|we|z|ze|v|ve|u|na)\s+"
    r"(?:l['’]|la\s+|le\s+|el\s+|il\s+|lo\s+|the\s+|der\s+|dem\s+|des\s+|die\s+|an\s+|a\s+)?"
    r"|\s(?:dell|all|dall|nell|d|de l|à l)['’]"
)
_KIND_AFTER_LINK = re.compile(
    "(?:" + _KIND_AFTER_LINK.pattern + ")(?:" + "|".join(re.escape(k) for k in _KINDS) + r")\s+"
    r"(?=[^\W\d_a-z]|[„“\"«‘])"
)
_QUOTED = re.compile(r"^[„“\"«‘]\s*(.+?)\s*[“”\"»’]$")
_DEFINITE_BODY = re.compile(
    r"\s(?:au|à la|à l['’]|at the|in the|im|beim|bei der|nel|nella|nell['’]|al|en el|en la)\s*"
)
# "Referentin im Wirtschaftsministerium", "vedoucí odboru na Ministerstvu vnitra", "doradca
# z kancelarii Taxpol": a position, a preposition, then the body (capitalised, or its kind).
_AT = re.compile(
    r"\s(?:(?:at|from|with|within|bei|beim|im|am|chez|presso|@|à|au|auprès de|en|w|we|ve|v|na|z|ze)"
    r"\s+|an\s+(?=de[rmn]\s)|all['’](?=[^\W\d_a-z]))(?:l['’]|la\s+|el\s+|los\s+|las\s+|der\s+|den\s+|dem\s+|des\s+|die\s+)?"
    r"(?=[^\W\d_a-z]|[\"“„‘(]|the\s|" + KIND_OF_BODY + ")"
)
_OF = re.compile(
    r"\s(?:de l|d|dell|del l)['’](?=[^\W\d_a-z])"
    r"|\s(?:of|of the|at the|for the|der|des|du|de|de la|de l'|di|del|della|dello)\s+(?=\S)"
)
_TRAILING_LINK = re.compile(
    r"\s+(?:of|of the|de|de la|del|della|dello|delle|dell['’]|di|des|der|du|von|vom)$", re.I
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]+(?:[-/][A-Z0-9]+)*$")
_SHORT_FORM = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[A-Z][A-Za-z0-9&/ -]{1,20})\)$")
# Positions whose "of" always names a body: "fondateur de MedData", "presidente di
# Confindustria Brescia", "CEO of Acme".
_OWNER_ROLE = re.compile(
    r"(?:^|\s)(?:co-?)?(?:founder|fondat(?:eur|rice)|gründer(?:in)?|mitgründer(?:in)?|"
    r"fundador(?:a)?|fondat(?:ore|rice)|założyciel(?:ka)?|zakladatel(?:ka)?|ceo|owner|"
    r"inhaber(?:in)?|propriétaire|propietari[oa]|president|presidente|présidente?|"
    r"präsident(?:in)?|prezes|předsed(?:a|kyně)|chair(?:man|woman|person)?|"
    # "editor of Energy Monthly": an editor's "of" names a publication.
    r"editor(?:-in-chief)?|rédact(?:eur|rice)(?: en chef)?|redakteur(?:in)?|redaktor(?:ka)?|"
    r"redattor[ei]|redattrice)$",
    re.I,
)
# An article is a word of its own ("El" of "Elektrolyse Nord" is not one), or "l'" run in.
# Offices held over a place: "sindaco di Prato", "maire de Saint-Genis" name a town, not a body.
_PLACE_ROLE = re.compile(
    r"(?:^|\s)(?:mayor|maire|sindac[oa]|alcalde(?:sa)?|bürgermeister(?:in)?|burmistrz|"
    r"starost(?:a|ka)|primátor(?:ka)?|wójt|prefect|préfète?|prefett[oa]|governor|gouverneur|"
    r"gobernador(?:a)?|governatore|landrat|landrätin|vojvod[ae]|wojewod[ae])$",
    re.I,
)
# The word for a municipality before its name ("starosta obce Dolní Lhota", "burmistrz Gminy
# Kępice", "Bürgermeisterin der Ortsgemeinde X"): with a mayor's office, the town is where the
# office is held, not a body the person works for.
_MUNICIPALITY = re.compile(
    r"^(?i:obec|obce|obci|obcí|městyse|městys|města|město|gmina|gminy|gminie|miasta|miasto|"
    r"gemeinde|ortsgemeinde|marktgemeinde|stadt|comune|commune|municipio|ayuntamiento|"
    r"municipality|town|village|city|borough)\s+(?=[^\W\d_a-z])"
)


def _place_of_office(position: str, rest: str) -> bool:
    """Whether ``rest`` after a mayor's office is the town it is held in ("sindaca di
    Montecastello", "starosta obce Dolní Lhota"), which stays with the position."""
    return bool(_PLACE_ROLE.search(position)) and not org_like(_MUNICIPALITY.sub("", rest.strip()))


_ARTICLE = re.compile(
    r"^(?:(?:the|la|le|les|el|los|las|der|die|das|dem|den|il|lo|gli)\s+|l['’]\s*)", re.I
)
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_POSITION_THEN_BODY = re.compile(r"^([^()]+?)\s*\(([^()]+\s[^()]+)\)$")
# The last word of a position the lexicon does not know ("Senior Hydrologist", "Landwirtin",
# "chargé d'études"): endings that make a word for someone who does something.
_OCCUPATION_END = re.compile(
    r"(?:ist|er|or|ian|ant|ent|eur|euse|rice|iste|ista|ore|ero|era|ario|aria|in|ka|ík|ník|"
    # "técnico", "técnica", "tecnico": Spanish and Italian words for a technician.
    r"cnico|cnica)$"
)
_STRONG_STEMS = tuple(s for s in ROLE_STEMS if s not in WEAK_ROLE_STEMS)
# "Moderation", "Chair", "Modérateur": a word alone for a person's part in the session.
_SESSION_PART = re.compile(
    r"^(?i:(?:moderat|modérat|moderac|moderaz|prowadz)\w*|chair(?:man|woman|person)?|host)$"
)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", text)


def is_acronym(word: str) -> bool:
    return bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


def org_like(text: str) -> bool:
    """Whether ``text`` reads like the name of a body rather than a place or a subject."""
    text = text.strip()
    if re.match(r"^the\s+[A-Z]", text):
        return True
    words = _words(text)
    if not words:
        return False
    if is_acronym(words[0]) or re.search(r"\([A-Z][A-Z0-9&]+\)\s*$", text):
        return True
    return any(is_org_word(w) for w in words)


def _strong_role(word: str) -> bool:
    stem = role_stem(word)
    return stem is not None and (stem not in WEAK_ROLE_STEMS or stem == "head")


def role_like(text: str) -> bool:
    """Whether ``text`` reads like a position ("Vice President", "team leader for ...")."""
    text = _LEADING_ADVERB.sub("", text.strip())
    words = _words(text)
    if not words:
        return False
    if words[0][0].islower() and not _LEADING_FROM.match(text):
        # "agentura CzechInvest", "advokátní kancelář X" are bodies; "project manager" is not.
        if any(_strong_role(w) for w in words[:3]):
            return True
        return not any(is_org_word(w) for w in words[:2])
    # "Danish Agricultural Advisory Service": capitalised words closed by a word for a body
    # name that body, whatever role word ("Advisory") is inside; "Prezes European Clusters
    # Alliance" opens with the position.
    if (
        len(words) >= 2
        and all(w[0].isupper() for w in words)
        and is_org_word(words[-1])
        and role_stem(words[0]) is None
    ):
        return False
    for word in words[:3]:
        if _strong_role(word):
            return True
        if not (role_stem(word) or word[0].isupper()):
            return False
    return False


def without_kind(text: str) -> str:
    """A body's name without the word for its kind ("der Firma Werkbank Digital", "w firmie
    BioEnergia", "ekspert firmy SecureNet", "prezes zarządu spółki Solaris Energia"): the
    body is SecureNet, whichever case the page puts the word for a company in."""
    return _KIND_OF_BODY.sub("", text.strip())


_FILE_NOTE = re.compile(
    r"^(?:(?:pdf|pptx?|odp|docx?|slides?|folien|\d+(?:[.,]\d+)?\s*[kMG](?:i?B|o))[\s,;/|·–-]*)+$",
    re.I,
)


_FILE_WORD = (
    r"(?:pdf|pptx?|odp|docx?|download|herunterladen|télécharger|descargar|scarica|pobierz|"
    r"stáhnout)(?![^\W\d_])"
)
_FILE_TAIL = re.compile(
    rf"\s*(?:\({_FILE_WORD}[^()]*\)|\s[–—-]\s*{_FILE_WORD}[^()]*)\s*$",
    re.I,
)


def clean_org(text: str) -> str | None:
    """An organisation as written, without "the"; a long form gives way to its acronym."""
    # "Skyfield Droni S.r.l.", "Lesy Vysočiny, s. p.": the dot of an abbreviation stays.
    # "ADEME (PDF, 2 MB)", "(Stadtwerke Kiel) – PDF": the file offered on the line is no part
    # of the body, nor are brackets around all of it.
    text = _FILE_TAIL.sub("", text)
    if re.fullmatch(r"\s*\([^()]+\)\s*", text):
        text = text.strip()[1:-1]
    abbreviated = re.search(r"(?:[^\W\d_]\.[^\W\d_]+|(?<![^\W\d_])[^\W\d_])\.\s*$", text)
    text = text.strip(" ,;:.–-") + ("." if abbreviated else "")
    text = re.sub(r"^(?:the\s+|The\s+|la\s+|le\s+|les\s+|el\s+|los\s+|las\s+|l['’])", "", text)
    if " " not in text and text.islower():
        return None  # "děkan fakulty": a word for a kind of body names none
    if _FILE_NOTE.match(text):
        return None  # "Anna Weber (PDF, 2 MB)": the file offered on the line, not a body
    match = _SHORT_FORM.match(text)
    if match:
        long = match.group("long")
        # A long form with commas is kept only as its short form; a long one without is
        # the body's name as the page gives it ("Centro de Investigación ... (CIAL)").
        if "," in long:
            text = match.group("short")
    return text or None


def _split_part(part: str) -> tuple[list[str], list[str]]:
    part = part.strip(" ,;:–-")
    if not part:
        return [], []
    match = _LEADING_FROM.match(part)
    if match:
        return [], [without_kind(part[match.end() :])]
    if _KIND_OF_BODY.match(part):  # "spolek Auto*Mat": the words say it is a body
        return [], [without_kind(part)]
    # "journaliste à l'hebdomadaire Terres du Nord", "presidente della cooperativa Energia
    # di Valle", "Redakteurin beim Fachmagazin „Netzwerk Wärme“": a position, a link, a word
    # for the kind of body, then its whole name, "de"/"di" inside it included.
    kind = _KIND_AFTER_LINK.search(part)
    if kind and role_like(part[: kind.start()]):
        name = _QUOTED.sub(r"\1", part[kind.end() :].strip())
        if name[:1].isupper() and len(name.split()) <= 8:
            return [part[: kind.start()].strip()], [name]
    # "médecin au centre de santé municipal": a body named by its kind alone, after a
    # definite article, is that one body.
    unnamed = _DEFINITE_BODY.search(part)
    if unnamed and role_like(part[: unnamed.start()]):
        rest = part[unnamed.end() :].strip()
        words = _words(rest)
        if 1 < len(words) <= 6 and rest.islower() and is_org_word(words[0]):
            return [part[: unnamed.start()].strip()], [rest]
    at = next((m for m in _AT.finditer(part) if _at_body(part, m)), None)
    if at and (role_like(part[: at.start()]) or _occupation(part[: at.start()])):
        if _town_of_unnamed_body(part[: at.start()], at.group(0), part[at.end() :]):
            return [part], []
        return [part[: at.start()].strip()], [without_kind(part[at.end() :])]
    segments = [s.strip() for s in re.split(r",\s+", part) if s.strip()]
    roles: list[str] = []
    while segments and (
        (role_like(segments[0]) and not (roles and _firm_name(segments[0])))
        or (not roles and len(segments) > 1 and _SESSION_PART.match(segments[0]))
    ):
        roles.append(segments.pop(0))  # "Moderation, Clustermanagerin, Cluster X e.V."
    # "Senior Hydrologist, Thames Water": a position the lexicon does not know, then a body.
    if (
        not roles
        and len(segments) == 2
        and _occupation(segments[0])
        and (org_like(segments[1]) or proper_name(segments[1]))
    ):
        roles.append(segments.pop(0))
    if roles and not segments:
        last = roles[-1]
        # "Team Member of the X Platform", "Director F of DG GROW": the body follows "of".
        splits = list(_OF.finditer(last))
        for k in range(len(splits) - 1, -1, -1):
            of = splits[k]
            rest = last[of.end() :]
            # "de l'Interprofession" names a body; "chargée d'études" does not.
            elided = of.group(0).endswith(("'", "’")) and rest[:1].isupper()
            owner = _OWNER_ROLE.search(last[: of.start()]) and rest[:1].isupper()
            # "chargée de projets": a body is named with a capital ("de la Dirección ...").
            named = org_like(rest) and _ARTICLE.sub("", rest)[:1].isupper()
            # "directeur général de Fromagerie Lefebvre", "responsabile innovazione di
            # Confartigianato Piemonte": outside English, a capital after "de"/"di"/"der"
            # starts the name of a body even without a word for one ("Head of Customer
            # Experience" names a field, so English "of" is left out).
            romance = of.group(0).strip().lower() not in ("of", "of the", "at the", "for the")
            romance = romance and not _PLACE_ROLE.search(last[: of.start()])
            # "propietaria de la tienda Ultramarinos Gallardo": a lower-case word for what
            # the body is, then its capitalised name, to the end.
            bare_rest = _ARTICLE.sub("", rest.strip())
            if romance and k == len(splits) - 1 and _kind_then_name(bare_rest):
                roles[-1] = last[: of.start()].strip()
                return roles, [bare_rest.split(maxsplit=1)[1]]
            named = named or (romance and proper_name(rest))
            if named or of.group(0).strip().endswith("the") or elided or owner:
                # "presidenta de la Red de Clústeres": a body word before this "de" means
                # the body's name began earlier.
                # So does a capitalised name after an earlier "de" ("de Laiterie des Monts").
                # A lower-case word for a body there is part of the position ("técnica de
                # proyectos europeos de la Cámara ...").
                # A unit in front ("Leiter der Abteilung Digitalisierung der Stadtbibliothek
                # Lindenau") is where in the body the person works: it stays with the position
                # ("direttore del Dipartimento di Scienze Agrarie" names no body after it).
                while (
                    k > 0
                    and not (
                        _unit_first(last[splits[k - 1].end() : of.start()])
                        and _named_body(last[of.end() :])
                    )
                    and (
                        _named_body(last[splits[k - 1].end() : of.start()])
                        or (
                            romance
                            and proper_name(last[splits[k - 1].end() :])
                            # "profesor de Economía de la Universidad ...", "directora general
                            # de Industria de la Generalitat ...": a field before a body that
                            # opens with a word for one is part of the position.
                            and not _opens_with_body(last[of.end() :])
                        )
                    )
                ):
                    k -= 1
                    of = splits[k]
                # "alcaldesa de Villanueva de Duero": the whole town stays with its mayor.
                if _place_of_office(last[: of.start()], last[of.end() :]):
                    break
                roles[-1] = last[: of.start()].strip()
                return roles, [without_kind(last[of.end() :])]
        # "Prezes European Clusters Alliance": a role word straight before the body, maybe
        # with lower-case words of its own ("prezes zarządu spółki Solaris Energia",
        # "ekspertka Narodowego Funduszu ...": Polish and Czech name the body in the genitive).
        words = last.split()
        for i in range(1, len(words)):
            head, rest = " ".join(words[:i]), " ".join(words[i:])
            if _lower_unit(words[i]) and any(w[:1].isupper() for w in words[i + 1 :]):
                continue  # "vedoucí historického oddělení Regionálního muzea": the unit is held
            named = rest[0].isupper() or is_org_word(words[i])  # "starostka obce Lipnice"
            lead = role_stem(words[0]) is not None and all(
                role_stem(w) or _complement(w) or _lower_unit(w) for w in words[1:i]
            )
            # A single capitalised word after a German position is its field ("Leiterin
            # Digitalisierung"); a longer name is a body ("Narodowego Funduszu ...").
            body = org_like(rest) or (
                rest[0].isupper()
                and len(rest.split()) >= 2
                and len(words[i]) > 1  # "Director F – Industrial Policy" is one position
                and not _SPACED_DASH.search(rest)
                and proper_name(rest)
            )
            town = _place_of_office(words[0], rest)
            if lead and body and named and not town:
                # "presidente della" + "cooperativa Energia Appennino": the word that
                # joined the position to the body's kind is neither's.
                roles[-1] = _TRAILING_LINK.sub("", head)
                return roles, [without_kind(rest)]
    if not roles and len(segments) == 1:
        split = _position_of_body(segments[0])
        if split is not None:
            return [split[0]], [split[1]]
    # "Ministerstvo zemědělství, odbor rozvoje venkova": a unit after its body is where in
    # the body the person works.
    while len(segments) > 1 and is_unit_word(_words(segments[-1])[0]) and org_like(segments[0]):
        roles.append(segments.pop())
    if len(segments) == 1:
        return roles, [without_kind(segments[0])]  # "paysagiste, agence Terres Fertiles"
    return roles, [", ".join(segments)] if segments else []


def _lower_unit(word: str) -> bool:
    return word[:1].islower() and is_unit_word(word)


def _kind_then_name(text: str) -> bool:
    words = text.split()
    return (
        len(words) >= 3
        and words[0].isalpha()
        and words[0].islower()
        and words[1][:1].isupper()
        and words[-1][:1].isupper()
        and all(
            w[:1].isupper() or w in ("y", "e", "et", "i", "a", "&", "and", "und") for w in words[1:]
        )
        and proper_name(" ".join(words[1:]))
    )


def _town_of_unnamed_body(position: str, at: str, rest: str) -> bool:
    """ "directrice d'école à Villeurbanne", "teacher at a school in Leeds": a body the
    position names only by its kind, then the one place it is in; no body is named."""
    place = _words(rest)
    return (
        at.strip().lower() in ("à", "in", "en", "w", "we", "v", "ve")
        and len(place) == 1
        and place[0][:1].isupper()
        and not is_acronym(place[0])
        and not org_like(rest)
        and any(w[:1].islower() and is_org_word(w) for w in re.findall(r"[^\W\d_]+", position))
    )


def _firm_name(text: str) -> bool:
    """ "Hernández Asesores", "Morgan Consultants": a capitalised name, then a word for a
    trade in the plural, after a position, is a firm; a position is one person's."""
    words = _words(text)
    if len(words) < 2 or not words[0][:1].isupper() or role_stem(words[0]) is not None:
        return False
    last = words[-1]  # "Asesores", "Abogados", "Partners": the plural of a position
    return last.endswith("s") and bool(role_stem(last[:-1]) or role_stem(last[:-2]))


def _unit_first(text: str) -> bool:
    words = _words(text)
    return bool(words) and is_unit_word(words[0])


def _opens_with_body(text: str) -> bool:
    """Whether ``text`` starts (after an article) with a capitalised word for a body."""
    words = _words(_ARTICLE.sub("", text.strip()))
    return bool(words) and words[0][:1].isupper() and is_org_word(words[0])


def unit_to_position(position: str | None, org: str | None) -> tuple[str | None, str | None]:
    """A unit named with its body goes to the position, the body stays the organisation:
    ("Webredaktion", "Stadt Marburg") from (None, "Webredaktion der Stadt Marburg"),
    ("kierownik Wydziału Informatyki", "Urzędu Miasta Gdyni") from ("kierownik",
    "Wydziału Informatyki Urzędu Miasta Gdyni"), ("kierownik działu IT", "Szpitala ...") from
    ("kierownik działu", "IT Szpitala ...")."""
    if not org:
        return position, org
    words = list(re.finditer(r"\S+", org))
    unit_first = is_unit_word(words[0].group(0))
    # A position ending in a lower-case unit word names the unit's field first ("działu" +
    # "IT"); "Expert in Analysis Department" has named its unit already.
    last = position.split()[-1] if position else ""
    unit_before = last[:1].islower() and is_unit_word(last)
    if not (unit_first or unit_before) or len(words) < 2:
        return position, org
    if not unit_first and is_org_word(words[0].group(0)):
        return position, org  # "naczelnik wydziału" + "Urzędzie Miasta": the body opens it
    for i in range(1, min(len(words), 5)):
        word = words[i].group(0)
        if not (word[:1].isupper() and is_org_word(word)):
            continue
        start = words[i].start()
        unit = org[:start].strip()
        link = _OF.search(" " + unit[len(words[0].group(0)) :] + " ")
        # The unit's own words, without the "of"/"der" that joins it to its body.
        trailing = re.search(
            r"\s+(?:of the|of|der|des|du|de la|de l['’]|del|della|di|de|at|at the)\s*$", unit
        )
        if trailing:
            unit = unit[: trailing.start()]
        if not unit or (link is None and not unit_before and not unit_first):
            return position, org
        body = org[start:].strip()
        return " ".join(x for x in (position, unit) if x), body
    return position, org


def _position_of_body(text: str) -> tuple[str, str] | None:
    """("Técnico", "Agencia Tributaria en Murcia") from "Técnico de la Agencia Tributaria en
    Murcia", ("Vorsitzender", "Bürgerbusvereins Vilsbiburg") from "Vorsitzender des
    Bürgerbusvereins Vilsbiburg": a word for someone who does something, then "of" and a
    capitalised body, is a position held at that body, not part of the body's name."""
    of = _OF.search(text)
    if of is None or of.group(0).strip().lower() in ("of", "of the", "at the", "for the"):
        return None
    head, rest = text[: of.start()].strip(), _ARTICLE.sub("", text[of.end() :].strip())
    if len(head.split()) != 1 or not rest[:1].isupper() or len(rest.split()) < 2:
        return None
    if _PLACE_ROLE.search(head) or not (role_like(head) or _occupation(head)):
        return None
    if not (org_like(rest) or proper_name(rest)):
        return None
    return head, without_kind(rest)


def _place_in_name(text: str, at: re.Match[str]) -> bool:
    """ "Urząd Miejski w Kościerzynie", "Fundusz ... w Gdańsku": a Slavic "in" between a
    body's capitalised name and one place name belongs to the name."""
    before = text[: at.start()].split()
    after = text[at.end() :].strip().split()
    return (
        at.group(0).strip().lower() in ("w", "we", "v", "ve")
        and bool(before)
        # "Szkoła Podstawowa nr 2 w Sierakowicach": a numbered body too.
        and (before[-1][:1].isupper() or before[-1].isdigit())
        and len(after) == 1
    )


def _complement(word: str) -> bool:
    """A lower-case word of a position after its role word ("zarządu" of "prezes zarządu");
    not a preposition ("de"), an abbreviation ("ds.") or a word for a body."""
    return word[:1].islower() and len(word) > 3 and word[-1].isalpha() and not is_org_word(word)


def _at_body(part: str, at: re.Match[str]) -> bool:
    """Whether ``at`` links a position to its body: not inside a place's name, and "from"
    only before a body ("volunteer from the X Support Group", not "from the valley")."""
    rest = _ARTICLE.sub("", part[at.end() :])
    return not _place_in_name(part, at) and ("from" not in at.group(0) or org_like(rest))


def _occupation(text: str) -> bool:
    words = _words(text)
    return (
        0 < len(words) <= 4
        and not any(c.isdigit() for c in text)
        and not org_like(text)
        and (bool(_OCCUPATION_END.search(words[-1].lower())) or role_stem(words[-1]) is not None)
    )


def proper_name(text: str) -> bool:
    """Whether ``text`` is a short capitalised name that is neither a position nor made only of
    subject words ("Aceros del Norte", "Stavby Morava"; not "Industrial Policy")."""
    text = _ARTICLE.sub("", text.strip())
    words = _words(text)
    if not words or len(words) > 8 or not text[:1].isupper() or role_like(text):
        return False
    capitals = [w for w in words if w[:1].isupper()]
    return any(w not in NOT_NAME_WORDS for w in capitals)


def _named_body(text: str) -> bool:
    return org_like(text) and _ARTICLE.sub("", text.strip())[:1].isupper()


def _body_first(text: str) -> bool:
    """Whether ``text`` opens with a body, not with the rest of a position ("Industrial Policy
    and Innovation of DG GROW" names the body only after "of")."""
    if not org_like(text):
        return False
    of = _OF.search(text)
    if of is None or org_like(text[: of.start()]):
        return True
    # "Communauté de communes du Pays de Bitche": a lower-case word for a body right after
    # the first "de" belongs to the name that opens with a capital.
    after = _words(text[of.end() :])
    return text[:1].isupper() and bool(after) and after[0].islower() and is_org_word(after[0])


def split_descriptor(text: str) -> tuple[str | None, str | None]:
    """(position, organisation) from what a page writes after a name."""
    text = without_description(text).strip(" ,;:–-")
    if not text:
        return None, None
    form = LEGAL_FORM_AFTER_COMMA.search(text)  # "spolku Diabetici Podhoří, z. s."
    position, org = split_descriptor(text[: form.start()]) if form else (None, None)
    if form and org:
        return position, org + form.group(0)
    # "prof. UWM (Katedra Ichtiologii, Uniwersytet ...)": a position, then its body in brackets.
    bracket = _POSITION_THEN_BODY.match(text)
    if (
        bracket
        and role_like(bracket.group(1))
        and not org_like(bracket.group(1))  # "... at the Commission's DG (DG GROW)"
        and org_like(bracket.group(2))
    ):
        return bracket.group(1).strip(), clean_org(bracket.group(2))
    # "role – organisation" ("Referatsleiter - Ministerium für Wirtschaft"): dashes between
    # the two; a dash inside a role ("Director F – Industrial Policy") has no body after it.
    dashed = [p.strip() for p in _SPACED_DASH.split(text) if p.strip()]
    # A capitalised name after the role is the body too ("senior researcher – Building Research
    # Establishment"), unless it is made of subject words or names a body after "of".
    plain_name = (proper_name(dashed[-1]) or _firm_name(dashed[-1])) and not any(
        org_like(dashed[-1][of.end() :]) for of in _OF.finditer(dashed[-1])
    )
    if len(dashed) == 2 and role_like(dashed[0]) and (_body_first(dashed[1]) or plain_name):
        position, org = split_descriptor(dashed[0])
        # "Directora del Departamento de Asesoría Fiscal - Cámara ...": a unit named inside
        # the position is where in the body after the dash the person works.
        if org is None or any(is_unit_word(w) for w in _words(dashed[0])):
            return (position if org is None else dashed[0]), clean_org(dashed[1])
    # "Installateur- und Heizungsbaumeister – Haustechnik Yılmaz GmbH", "Moderation –
    # Energieagentur ...": a few words that name no body, then a body, are what the person
    # does and where (a position the lexicon does not know is still a position).
    if (
        len(dashed) == 2
        and len(dashed[0].split()) <= 4
        and not org_like(dashed[0])
        and not dashed[0].isupper()  # "VŠB – Technická univerzita Ostrava" is one body
        and _named_body(dashed[1])
        and _body_first(dashed[1])
    ):
        return dashed[0], clean_org(dashed[1])
    roles: list[str] = []
    orgs: list[str] = []
    for part in re.split(r"\s*;\s*|(?<=[^\s/])/(?=[^\s/])", text):
        part_roles, part_orgs = _split_part(part)
        if any(part_roles):  # "Moderation, Clustermanagerin": as written, comma and all
            roles.append(", ".join(r for r in part_roles if r))
        orgs.extend(o for o in part_orgs if o)
    cleaned = [c for c in (clean_org(o) for o in orgs) if c]
    return unit_to_position("; ".join(roles) or None, " / ".join(cleaned) or None)
