"""The words around a name in a sentence: appositions, "from" phrases, roles in front of it."""

from __future__ import annotations

import re

from .lexicon import HONORIFICS, WEAK_ROLE_STEMS, words
from .names import HONORIFIC_START, is_org_word, name_runs, role_stem
from .nominative import head_of
from .places import bare_place
from .positions import ADVERBS, FROM_PREPOSITIONS, is_acronym, org_like, without_kind

_POSSESSIVES = words(
    "deren dessen its their his her jej jego ich son sa ses leur su sus jeho její jejich suo sua"
)
_CONNECTORS = words(
    "of for and & de des du für der die la le di della del i a y et und the on in d' "
    "w we v ve pro dla per para"
)
# Connectors after which an adjective may lead to the next capitalised word of a name.
_PREPOSITIONS = words("of for für de des du di del della pro dla per para")
_AND = frozenset(["and", "und", "et", "i", "a", "y", "e"])

COPULAS = frozenset(
    ["is", "are", "ist", "sind", "est", "sont", "es", "son", "jest", "są", "je", "jsou", "è"]
)
# Words that open a clause, not a description of the person before the comma.
NOT_APPOSITION = words(
    "according według selon según laut gemäß podle secondo which who whose qui que dont der "
    "die das który która które którego kdo který která jenž quien cual cui che "
    # ", e la musicologa X": the next person of a list, not a description of this one.
    "and und et y e i oraz"
)
# ", who leads the X Group at Y, showed": a clause about the person before it, up to the
# comma before the sentence goes on.
RELATIVE_CLAUSE = re.compile(
    r"\s*,\s*(?:who|qui|quien|che|który|która|který|která)\s+(?:is|est|es|è|jest|je\s+)?"
    r"([^,;()]{4,160}?),\s+(?=[^\W\d_A-Z])"
)
# "moderated by", "animée par", "gehalten von": the person after it took part.
PASSIVE = re.compile(
    r"(?<![^\W\d_])((?:moderat|moderiert|modéré|animé|moderad|moderowan|prowadzon|chaired|"
    r"présidé|presidid|opened|closed|present|given|delivered|gehalten|vorgestellt|eröffnet|"
    r"présenté|donné|prononcé|presentad|impartid|wygłoszon|przedstawion|prezentov|přednes|"
    r"presentat|tenut)[^\W\d_]*)\s+(?:by|par|von|durch|przez|por|da|od|dal|dalla)\s+$",
    re.I,
)
# "dell'Agenzia", "de l'Office", "d'Occitanie": the preposition runs into the name.
_ELIDED_FROM = r"\s+(dell|dall|all|d|de l|du l)['’]()(?=[^\W\d_])"
_APPOSITION_END = re.compile(r",\s+(?=[^\W\d_])")


def org_phrase(text: str) -> str:
    """The capitalised run at the start of ``text`` ("the Regional Council of Lapland ...")."""
    tokens = list(re.finditer(r"\([^()]{1,60}\)|[^\s,;:()]+", text))
    taken: list[re.Match[str]] = []
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        if taken and text[taken[-1].end() : tok.start()].strip():
            break
        if word.startswith("("):
            if taken:
                taken.append(tok)
            break
        bare = word.rstrip(".")
        if taken and _LEGAL_FORM_TOKEN.match(word) and taken[-1].group(0)[:1].isupper():
            taken.append(tok)  # "Energie Podhůří a.s.": the legal form ends the name
            break
        if taken and bare.isdigit() and len(bare) <= 2 and taken[-1].group(0)[:1].isupper():
            taken.append(tok)  # "Městská část Praha 7": a district's number
            break
        if bare[:1].isupper() or (bare[:1].isdigit() and any(c.isupper() for c in bare)):
            taken.append(tok)
            if word.endswith("."):
                break
            continue
        if taken and word.lower() not in _CONNECTORS and _body_word_ahead(tokens, i, text):
            taken.append(tok)  # "Energetického regulačního úřadu": lower-case words of a name
            continue
        if (
            taken
            and word[:1].islower()
            and taken[-1].group(0).lower() in _PREPOSITIONS
            and i + 1 < len(tokens)
            and tokens[i + 1].group(0)[:1].isupper()
            and not text[tok.end() : tokens[i + 1].start()].strip()
        ):
            taken.append(tok)  # "Institut für ökologische Raumentwicklung": an adjective
            continue
        nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        if taken and _genitive_word(word, nxt) and _lower_run(taken) < 3:
            taken.append(tok)  # "Komory stavebních inženýrů", "Svazu obcí regionu"
            if word.endswith("."):
                break
            continue
        if taken and word.lower() in _CONNECTORS:
            rest = text[tok.end() :].lstrip()
            if word.lower() in _AND and (HONORIFIC_START.match(rest) or starts_with_name(rest)):
                break
            if i + 1 < len(tokens):
                taken.append(tok)
                continue
        break
    while taken and taken[-1].group(0).lower() in _CONNECTORS:
        taken.pop()
    if not taken:
        return ""
    phrase = text[taken[0].start() : taken[-1].end()]
    return phrase if _LEGAL_FORM_TOKEN.match(taken[-1].group(0)) else phrase.rstrip(".")


# Czech and Polish name a body's field in the genitive after it ("Komora stavebních
# inženýrů", "Svaz obcí regionu"); a verb after the body ("ukázala", "przedstawił") ends it.
_GENITIVE_END = re.compile(
    r"(?:ých|ích|ů|ních|ního|ného|ského|ckého|ových|skich|nych|owych|ów|iego|iej|u|y)$"
)
# "-í", "-i" end genitive nouns ("prostředí", "části") and present-tense verbs ("představí"):
# such a word is taken only at the end of the name or before a capitalised word ("části
# Praha 7").
_SOFT_END = re.compile(r"(?:í|i)$")
_VERB_END = re.compile(r"(?:l|la|li|lo|ly|ł|ła|ło)$")


def _genitive_word(word: str, following: str = "") -> bool:
    bare = word.rstrip(".")
    if not (bare[:1].islower() and len(bare) >= 4 and bare.isalpha()):
        return False
    if _VERB_END.search(bare) or bare.lower() in _CONNECTORS:
        return False
    if _GENITIVE_END.search(bare):
        return True
    ends_name = word.endswith(".") or not following or following[:1].isupper()
    return bool(_SOFT_END.search(bare)) and ends_name


def _lower_run(taken: list[re.Match[str]]) -> int:
    """How many lower-case words end the run taken so far."""
    count = 0
    for tok in reversed(taken):
        if not tok.group(0)[:1].islower():
            break
        count += 1
    return count


def _body_word_ahead(tokens: list[re.Match[str]], i: int, text: str) -> bool:
    """Whether lower-case words from ``tokens[i]`` lead, within three words and with nothing
    but spaces between, to a word for a body ("regulačního úřadu", "régionale de santé")."""
    for j in range(i, min(i + 3, len(tokens))):
        if j > i and text[tokens[j - 1].end() : tokens[j].start()].strip():
            return False
        word = tokens[j].group(0)
        if not word[:1].islower() or word.endswith((".", ",")):
            return False
        if is_org_word(word):
            return True
    return False


def starts_with_name(text: str, lang: str | None = None) -> bool:
    runs = name_runs(text[:120], lang)
    return bool(runs) and runs[0].start == 0


def names_list(text: str, lang: str | None) -> bool:
    """Whether ``text`` starts with a name standing on its own ("Jane Doe and ...")."""
    runs = name_runs(text[:120], lang)
    if not runs or runs[0].start != 0:
        return False
    rest = text[runs[0].end :].lstrip()
    return not rest or rest.startswith(",") or rest.split(" ", 1)[0] in _AND


def _next_person(text: str) -> bool:
    """Whether ``text`` opens with a person who comes with words of their own."""
    runs = name_runs(text[:120])
    if not runs or runs[0].start != 0:
        return False
    rest = text[runs[0].end :]
    return bool(
        re.match(r"\s*(?:,|\(|\s(?:from|of|de|di|dell|del|von|vom|z|ze)\b|\sdell['’])", rest)
    )


def apposition(after: str) -> str | None:
    """The words between commas after a name: up to the comma before a lower-case word."""
    body = after.lstrip()[1:]
    body = body.split(";", 1)[0]  # "...; Carmen Ortega, ...": the next person of a list
    # "prof. UWM (Katedra X, Uniwersytet Y) przedstawiła ...": the brackets close what is
    # said about the person, commas inside them included, when the sentence goes on after.
    closed = _BRACKET_THEN_VERB.match(body)
    if closed:
        return closed.group(1).strip()
    for match in _APPOSITION_END.finditer(body):
        nxt = body[match.end() :]
        # Up to a lower-case word, or to the next person of a list ("..., Laura Ricci dell'").
        # "historien, maître de conférences à l'Université de Lyon": a second position goes on.
        second = role_stem(nxt.split(maxsplit=1)[0]) if nxt.split() else None
        if second is not None and second not in WEAK_ROLE_STEMS and not _next_person(nxt):
            continue
        # "prof. UN, językoznawca z Instytutu ...": a university title alone goes on too.
        if _TITLE_ONLY.match(body[: match.start()].strip()) and not _next_person(nxt):
            continue
        if match.start() > 0 and (nxt[:1].islower() or _next_person(nxt)):
            return body[: match.start()].strip()
    return body.strip().rstrip(".!?") or None


_TITLE_ONLY = re.compile(
    r"^(?:prof\.|prof|doc\.|profesor(?:a)?)\s+(?:ucz\.|[A-ZŁŚŻ][a-złśżźćńóę]{0,2}[A-Z]+[a-z]?)$"
)
_BRACKET_THEN_VERB = re.compile(r"^([^(),]*\([^()]*,[^()]*\))\s+(?=[^\W\d_A-Z][^\W\d_]*\s)")
_ELIDED = re.compile(r"^(?:l|dell|all|nell|sull|d)['’](?=[^\W\d_])", re.I)
_ELIDED_FIELD = re.compile(r"^(?:all|dall|nell|sull|dell)['’][^\W\d_a-z]")
_PORTFOLIO_LINKS = frozenset(["al", "alla", "allo", "ai", "agli", "alle", "für", "pour", "para"])
_FIELD_LINKS = _PORTFOLIO_LINKS | {"en"}
# "Le metteur en scène Name" at the start of a sentence: the article is no body before a role.
_ARTICLES = words("the le la les der die das el los las il lo gli")


def prefix_role(before: str, lang: str | None) -> tuple[str | None, str | None, str | None]:
    """(role, body in front of the role, body a possessive points to) from words before a name."""
    tokens = list(re.finditer(r"\S+", before))
    if not tokens or before[tokens[-1].end() :] != " ":
        return None, None, None
    picked: list[re.Match[str]] = []
    elided = 0  # "l'assessora": the article's letters before the role
    for n in range(len(tokens) - 1, -1, -1):
        tok = tokens[n]
        word = tok.group(0).strip("„“\"'(")
        if word != tok.group(0) and picked:
            break
        bare = _ELIDED.sub("", word)
        if role_stem(bare) and (
            not picked
            or role_stem(picked[-1].group(0))
            or picked[-1].group(0).lower() in _FIELD_LINKS
            or _ELIDED_FIELD.match(picked[-1].group(0))
        ):
            picked.append(tok)
            elided = len(word) - len(bare)
            if bare != word:
                break
        elif (
            not picked
            and _ELIDED_FIELD.match(word)
            and n > 0
            and role_stem(_ELIDED.sub("", tokens[n - 1].group(0)))
        ):
            picked.append(tok)  # "all'Ambiente" of "assessore all'Ambiente"
        elif (
            not picked
            and word[:1].isupper()
            and n > 1
            and tokens[n - 1].group(0).lower() in _PORTFOLIO_LINKS
            and role_stem(_ELIDED.sub("", tokens[n - 2].group(0)))
        ):
            picked.append(tok)  # "Bilancio" of "assessora al Bilancio"
        elif (
            not picked
            and word[:1].islower()
            and n > 1
            and tokens[n - 1].group(0) == "en"
            and role_stem(_ELIDED.sub("", tokens[n - 2].group(0)))
        ):
            picked.append(tok)  # "scène" of "metteuse en scène", "chargé en communication"
        elif (
            picked
            and word.lower() in _FIELD_LINKS
            and n > 0
            and role_stem(_ELIDED.sub("", tokens[n - 1].group(0)))
        ):
            # "assessora al Bilancio": the field the position covers, after a short link.
            picked.append(tok)
        elif picked and (
            is_acronym(word)
            or (word[:1].isupper() and len(word) > 1 and word.lower() not in _ARTICLES)
        ):
            if word.endswith((",", ":", ";", ".")):
                break
            picked.append(tok)
        else:
            break
    if not picked:
        return None, None, None
    # "jak działa program Mój Prąd": a word that is a role only beside another ("program",
    # "project", "senior") is no role on its own.
    stems = [role_stem(_ELIDED.sub("", t.group(0))) for t in picked]
    if all(stem is None or stem in WEAK_ROLE_STEMS for stem in stems):
        return None, None, None
    picked.reverse()
    role_start = next(i for i, t in enumerate(picked) if role_stem(_ELIDED.sub("", t.group(0))))
    role = before[picked[0].start() + (elided if role_start == 0 else 0) : picked[-1].end()]
    lead = " ".join(t.group(0) for t in picked[:role_start]) or None
    lead_org = lead if lead and all(is_acronym(w) for w in lead.split()) else None
    owner = None
    first = tokens.index(picked[0])
    if first > 0 and tokens[first - 1].group(0).lower() in _POSSESSIVES:
        owner = _possessive_owner(before[: tokens[first - 1].start()], lang)
    return role, lead_org, owner


def _possessive_owner(text: str, lang: str | None) -> str | None:
    tokens = list(re.finditer(r"\S+", text))
    while tokens and tokens[-1].group(0)[:1].islower():
        tokens.pop()  # "durch", "by", "par": the preposition before the possessive
        if len(tokens) and tokens[-1].group(0)[:1].isupper():
            break
    phrase: list[str] = []
    for tok in reversed(tokens):
        word = tok.group(0)
        if word[:1].isupper() and not word.endswith((",", ".", ":")):
            phrase.insert(0, word)
        else:
            article = word.lower()
            if lang == "de" and article in ("der", "des", "dem", "den"):
                phrase = [w[:-1] if w.endswith("en") and i < len(phrase) - 1 else w
                          for i, w in enumerate(phrase)]  # fmt: skip
            break
    return " ".join(phrase) or None


def from_org(after: str) -> str | None:
    match = re.match(
        rf"\s+(?:{ADVERBS}\s+)?({FROM_PREPOSITIONS})\s+(the\s+|der\s+|dem\s+|den\s+|la\s+|"
        rf"el\s+|il\s+)?(?=[^\W_])",
        after,
        re.I,
    ) or re.match(_ELIDED_FROM, after, re.I)
    if not match:
        return None
    # "z firmy Archivis": the word for the kind of body is not part of its name.
    rest = without_kind(after[match.end() :])
    phrase = org_phrase(rest)
    named_kind = len(rest) < len(after) - match.end()
    if phrase and not named_kind and bare_place(match.group(1), phrase):
        return None  # "Jana Horká z Prahy": where she comes from, not her body
    if not phrase:
        # "z biura projektowego HydroNatura", "z distribuční společnosti Energie Podhůří":
        # a few lower-case words saying what kind of body it is, then its name.
        kind = _LOWER_KIND.match(rest)
        if kind is None or not any(is_org_word(w) or head_of(w) for w in kind.group(0).split()):
            return None
        rest = rest[kind.end() :]
        phrase = org_phrase(rest)
        if not phrase:
            return None
    # "dell'ICE – Agenzia per la promozione all'estero": an acronym with its long form.
    long = re.match(r"\s+[–—-]\s+([^\W\d_][^,.;()–—]{2,80})", rest[len(phrase) :])
    if is_acronym(phrase) and long and long.group(1)[:1].isupper():
        phrase = f"{phrase} – {long.group(1).strip()}"
    if (
        match.group(1).lower() == "of"
        and not (match.group(2) or org_like(phrase))
        # "Imogen Hartley of Loopwise Furniture, a social enterprise ...": the words after
        # the name say it is a body.
        and not kind_apposition(rest[len(phrase) :])
    ):
        return None
    return phrase


_LOWER_KIND = re.compile(r"(?:[^\W\d_A-Z][^\W\d_]*\s+){1,3}(?=[^\W\d_a-z])")
# ", a social enterprise that ...", ", une association qui ...", ", ein Start-up aus ...".
_KIND_APPOSITION = re.compile(
    r"^\s*,\s+(?:a|an|une|un|una|uno|eine|ein|einem|the)\s+((?:[^\W\d_]+[\s-]+){0,2}[^\W\d_]+)"
)


def kind_apposition(text: str) -> bool:
    """Whether ``text`` opens with ", a <kind of body>": what the name before it is."""
    match = _KIND_APPOSITION.match(text)
    if match is None:
        return False
    # "a project officer with ...": a position, even with a word for a body inside it.
    found = re.split(r"[\s-]+", match.group(1))
    return any(is_org_word(w) for w in found) and not any(role_stem(w) for w in found)


def continues_body_name(before: str) -> bool:
    """Whether a capitalised run after ``before`` goes on a body's name ("Grupo de
    Investigación en Desarrollo Territorial", "Laboratorio di Restauro Tessile"): a word for a
    body, then only capitalised words and linking words up to the run."""
    tokens = before.split()
    # "... Supercomputing Centre and Mireille Laurent": "and" after a body starts a person.
    last = tokens[-1].lower() if tokens else ""
    if last not in _BODY_LINKS or last in _AND or before[-1:] != " ":
        return False
    for word in reversed(tokens[:-1][-5:]):
        bare = word.strip("„“\"'(")
        if bare != word or not bare or bare.endswith((",", ".", ":", ";")):
            return False
        if bare[:1].isupper() and is_org_word(bare):
            return True
        if not (bare[:1].isupper() or bare.lower() in _BODY_LINKS):
            return False
    return False


# Words that link the parts of a body's name ("Grupo de Investigación en Desarrollo ...").
_BODY_LINKS = _CONNECTORS | words("en sur sulla sulle sui su zur zum am im")
# A legal form closing a body's name ("Energie Podhůří a.s.", "Verde s.r.l.", "Foo e.V.").
_LEGAL_FORM_TOKEN = re.compile(
    r"^(?:a\.\s?s|s\.\s?r\.\s?o|s\.\s?p\.\s?a|s\.\s?r\.\s?l|spol|e\.\s?v|z\.\s?s|o\.\s?p\.\s?s|"
    r"sp\.\s?j|s\.\s?a|s\.\s?l)\.?$",
    re.I,
)


# -- sentences of running text --------------------------------------------------------------
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[\"“„‘(]?[^\W\d_])")
_ABBREVIATIONS = words(
    "dr prof mr mrs ms st ds nr no vs etc e.g i.e z.b u.a ca approx dott ing mgr inż hab "
    "doc jr sr hon rt ph.d phd mme m r ul al np tj ok"
) | {h.rstrip(".").lower() for h in HONORIFICS}  # "Večerem provázel Bc. Štěpán Kolář."


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``; the dot of an abbreviation, an honorific or an ordinal ends
    none."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        word = re.findall(r"[\w.]+$", text[start : match.start() + 1])
        last = word[0].rstrip(".").lower() if word else ""
        # "2. Dezember", "15. března": a German or Slavic ordinal, not the end of a sentence.
        ordinal = last.isdigit() and len(last) <= 2
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or ordinal:
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]
