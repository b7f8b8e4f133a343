"""Polish and Czech names of bodies and positions put back in the nominative ("z Fundacji X"
is Fundacja X, "naczelnikowi" is naczelnik)."""

from __future__ import annotations

import re
from functools import lru_cache

from webinar_archive.domain.text import fold

from .czech_feminine import czech_same_form_nominative
from .feminine_heads import feminine_nominative
from .names import role_stem

# A body's name in running Polish or Czech text takes the case its sentence asks for ("z
# Fundacji Wolne Rzeki", "vedoucí Katedry geomatiky", "w Ministerstwie Finansów"); the record
# names it as the body names itself. The words that change are the head noun (the word for
# the kind of body) and the adjectives that agree with it; the words after the head that are
# in the genitive of their own ("Okręg Polskiego Związku Wędkarskiego") stay as they are.
#
# Head nouns, each with its case forms (genitive, dative, locative, instrumental, accusative),
# and the gender its adjectives agree in: m, f, n, or p (plural).


def _pl_fem(nom: str, gen: str, loc: str) -> tuple[str, str, list[str]]:
    return nom, "f", [gen, loc, nom[:-1] + "ę", nom[:-1] + "ą"]


def _pl_masc(nom: str, stem: str, gen: str, loc: str) -> tuple[str, str, list[str]]:
    ins = stem + ("iem" if stem.endswith(("k", "g")) else "em")
    return nom, "m", [stem + gen, stem + "owi", loc, ins]


def _pl_neut(nom: str, loc: str) -> tuple[str, str, list[str]]:
    stem = nom[:-1]
    return nom, "n", [stem + "a", stem + "u", loc, stem + "em"]


def _cs_fem(nom: str, loc: str) -> tuple[str, str, list[str]]:
    stem = nom[:-1]
    return nom, "f", [stem + "y", loc, stem + "u", stem + "ou"]


def _cs_soft_fem(nom: str) -> tuple[str, str, list[str]]:
    # "nemocnice", "společnost", "kancelář": the genitive is "-e"/"-i", the instrumental "-í".
    if nom.endswith("e"):
        return nom, "f", [nom[:-1] + "i", nom[:-1] + "í"]
    return nom, "f", [nom + "i", nom + "í", nom + "e"]


def _cs_masc(nom: str, stem: str, loc: str) -> tuple[str, str, list[str]]:
    return nom, "m", [stem + "u", loc, stem + "em"]


def _cs_neut(nom: str, loc: str) -> tuple[str, str, list[str]]:
    stem = nom[:-2] if nom.endswith("um") else nom[:-1]
    return nom, "n", [stem + "a", stem + "u", loc, stem + "em"]


def _pl_soft_genitive(nom: str) -> str:
    return nom[:-1] if nom.endswith(("nia", "cia", "sia", "zia")) else nom[:-1] + "i"


# "fundacja": "fundacji" in the genitive, dative and locative alike; a soft "-nia", "-cia",
# "-sia" or "-zia" only drops its "a" ("spółdzielnia": "spółdzielni", "uczelnia": "uczelni").
_PL_SOFT_FEMININE = (
    "fundacja", "agencja", "organizacja", "federacja", "konfederacja", "komisja", "inspekcja",
    "administracja", "koalicja", "akademia", "kancelaria", "spółdzielnia", "uczelnia",
    "pracownia", "poradnia", "przychodnia",
)  # fmt: skip
_CS_SOFT_FEMININE = (
    "nemocnice", "organizace", "asociace", "inspekce", "nadace", "komise", "federace", "unie",
    "společnost", "část", "kancelář",
)  # fmt: skip
_PL_NOUNS = [
    *(_pl_fem(n, _pl_soft_genitive(n), _pl_soft_genitive(n)) for n in _PL_SOFT_FEMININE),
    _pl_fem("katedra", "katedry", "katedrze"),
    _pl_fem("szkoła", "szkoły", "szkole"),
    _pl_fem("politechnika", "politechniki", "politechnice"),
    _pl_fem("biblioteka", "biblioteki", "bibliotece"),
    _pl_fem("klinika", "kliniki", "klinice"),
    _pl_fem("spółka", "spółki", "spółce"),
    _pl_fem("izba", "izby", "izbie"),
    _pl_fem("grupa", "grupy", "grupie"),
    _pl_fem("rada", "rady", "radzie"),
    _pl_fem("gmina", "gminy", "gminie"),
    _pl_fem("platforma", "platformy", "platformie"),
    _pl_fem("wspólnota", "wspólnoty", "wspólnocie"),
    _pl_masc("urząd", "urzęd", "u", "urzędzie"),
    _pl_masc("uniwersytet", "uniwersytet", "u", "uniwersytecie"),
    _pl_masc("instytut", "instytut", "u", "instytucie"),
    _pl_masc("departament", "departament", "u", "departamencie"),
    _pl_masc("okręg", "okręg", "u", "okręgu"),
    _pl_masc("fundusz", "fundusz", "u", "funduszu"),
    _pl_masc("związek", "związk", "u", "związku"),
    _pl_masc("szpital", "szpital", "a", "szpitalu"),
    _pl_masc("klaster", "klastr", "a", "klastrze"),
    _pl_masc("port", "port", "u", "porcie"),
    _pl_masc("pensjonat", "pensjonat", "u", "pensjonacie"),
    _pl_masc("zespół", "zespoł", "u", "zespole"),
    _pl_masc("zakład", "zakład", "u", "zakładzie"),
    _pl_masc("ośrodek", "ośrodk", "a", "ośrodku"),
    _pl_masc("wydział", "wydział", "u", "wydziale"),
    _pl_masc("zarząd", "zarząd", "u", "zarządzie"),
    _pl_masc("klub", "klub", "u", "klubie"),
    _pl_masc("bank", "bank", "u", "banku"),
    _pl_masc("teatr", "teatr", "u", "teatrze"),
    _pl_masc("hotel", "hotel", "u", "hotelu"),
    _pl_masc("park", "park", "u", "parku"),
    _pl_masc("powiat", "powiat", "u", "powiecie"),
    _pl_masc("inkubator", "inkubator", "a", "inkubatorze"),
    _pl_neut("ministerstwo", "ministerstwie"),
    _pl_neut("towarzystwo", "towarzystwie"),
    _pl_neut("starostwo", "starostwie"),
    _pl_neut("województwo", "województwie"),
    _pl_neut("przedsiębiorstwo", "przedsiębiorstwie"),
    _pl_neut("wydawnictwo", "wydawnictwie"),
    _pl_neut("biuro", "biurze"),
    _pl_neut("radio", "radiu"),
    _pl_neut("stowarzyszenie", "stowarzyszeniu"),
    _pl_neut("zrzeszenie", "zrzeszeniu"),
    _pl_neut("porozumienie", "porozumieniu"),
    ("wody", "p", ["wód", "wodom", "wodach", "wodami"]),
    ("wodociągi", "p", ["wodociągów", "wodociągom", "wodociągach", "wodociągami"]),
]
_CS_NOUNS = [
    _cs_fem("katedra", "katedře"),
    _cs_fem("skupina", "skupině"),
    _cs_fem("agentura", "agentuře"),
    _cs_fem("komora", "komoře"),
    _cs_fem("univerzita", "univerzitě"),
    _cs_fem("fakulta", "fakultě"),
    _cs_fem("rada", "radě"),
    _cs_fem("knihovna", "knihovně"),
    _cs_fem("škola", "škole"),
    _cs_fem("správa", "správě"),
    _cs_fem("dílna", "dílně"),
    *(_cs_soft_fem(n) for n in _CS_SOFT_FEMININE),
    _cs_masc("úřad", "úřad", "úřadě"),
    _cs_masc("ústav", "ústav", "ústavu"),
    _cs_masc("institut", "institut", "institutu"),
    _cs_masc("svaz", "svaz", "svazu"),
    _cs_masc("klastr", "klastr", "klastru"),
    _cs_masc("podnik", "podnik", "podniku"),
    _cs_masc("spolek", "spolk", "spolku"),
    _cs_masc("odbor", "odbor", "odboru"),
    _cs_masc("fond", "fond", "fondu"),
    _cs_masc("klub", "klub", "klubu"),
    _cs_masc("magistrát", "magistrát", "magistrátu"),
    _cs_neut("ministerstvo", "ministerstvu"),
    _cs_neut("družstvo", "družstvu"),
    _cs_neut("centrum", "centru"),
    _cs_neut("muzeum", "muzeu"),
    _cs_neut("město", "městě"),
    _cs_neut("rádio", "rádiu"),
    _cs_neut("divadlo", "divadle"),
]

# Oblique endings of adjectives and the nominative ending they give back, per language and
# gender; the longest ending that fits is taken ("Wrocławskiej" is "Wrocławska").
_PL_ADJ = {
    "f": (("kiej", "ka"), ("giej", "ga"), ("ej", "a"), ("ą", "a")),
    "m": (
        ("kiego", "ki"), ("giego", "gi"), ("iego", "i"), ("ego", "y"), ("kiemu", "ki"),
        ("emu", "y"), ("kim", "ki"), ("gim", "gi"), ("ym", "y"), ("im", "i"),
    ),
    "n": (
        ("kiego", "kie"), ("giego", "gie"), ("ego", "e"), ("kiemu", "kie"), ("emu", "e"),
        ("kim", "kie"), ("gim", "gie"), ("ym", "e"), ("im", "ie"),
    ),
    "p": (("kich", "kie"), ("gich", "gie"), ("ych", "e"), ("ich", "ie")),
}  # fmt: skip
_CS_ADJ = {
    "f": (("ovy", "ova"), ("iny", "ina"), ("ově", "ova"), ("é", "á"), ("ou", "á")),
    "m": (("ího", "í"), ("ímu", "í"), ("ého", "ý"), ("ému", "ý"), ("ém", "ý"), ("ým", "ý")),
    "n": (("ího", "í"), ("ímu", "í"), ("ého", "é"), ("ému", "é"), ("ém", "é"), ("ým", "é")),
    "p": (("ých", "é"), ("ích", "í")),
}


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, str, str]]:
    """Each oblique form of a head noun: (its nominative, gender, language)."""
    table: dict[str, tuple[str, str, str]] = {}
    for lang, nouns in (("pl", _PL_NOUNS), ("cs", _CS_NOUNS)):
        for nom, gender, forms in nouns:
            for form in forms:
                if form != nom:
                    table.setdefault(form, (nom, gender, lang))
    return table


_NOMINATIVES = frozenset(n for n, _, _ in (*_PL_NOUNS, *_CS_NOUNS))


def _like(word: str, model: str) -> str:
    """``model`` written with the capital ``word`` starts with."""
    return model[:1].upper() + model[1:] if word[:1].isupper() else model


def _adjective(word: str, gender: str, lang: str) -> str | None:
    """The nominative of an adjective in an oblique case, or None if ``word`` is not one."""
    low = word.lower()
    for ending, nominative in (_PL_ADJ if lang == "pl" else _CS_ADJ)[gender]:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return word[: len(word) - len(ending)] + nominative
    return None


def _unchanged_adjective(word: str, lang: str) -> bool:
    # Czech soft adjectives ("Místní", "akční") read the same in every case of the singular.
    return lang == "cs" and word.lower().endswith("í") and len(word) > 3


def nominative_body(name: str, named: str = "") -> str:
    """``name`` with its head noun and the adjectives agreeing with it in the nominative:
    "Fundacji Wolne Rzeki" is "Fundacja Wolne Rzeki", "Místní akční skupiny X" is "Místní akční
    skupina X", "Pomorskiej Agencji Rozwoju" is "Pomorska Agencja Rozwoju". A name whose head
    is in the nominative already, or that opens with no known head, is left as written.
    ``named`` is where the body names itself (the site's name): an adjective it writes after
    the head is the head's even when another noun's genitive follows it."""
    same_form = czech_same_form_nominative(name)
    if same_form is not None:
        return same_form
    tokens = name.split(" ")
    forms = _forms()
    for head in range(min(len(tokens), 4)):
        word = tokens[head]
        low = word.lower()
        found = forms.get(low)
        if low in _NOMINATIVES:
            # "Urząd Marszałkowskiego Województwa": the head put back, its adjective not.
            found = next((f for f in forms.values() if f[0] == low and f[2] == "pl"), None)
            if found is None or head + 1 >= len(tokens) or not named:
                return name
        if found is None and head == 0:
            found = _vowel_change(word)
        if found is None:
            continue
        nom, gender, lang = found
        before = []
        for other in tokens[:head]:
            adjective = _adjective(other, gender, lang)
            if adjective is None and not _unchanged_adjective(other, lang):
                return name
            before.append(adjective or other)
        after: list[str] = []
        rest = tokens[head + 1 :]
        # "Szkoły Podstawowej nr 2", "Uniwersytetu Ekonomicznego w Poznaniu": Polish puts
        # the agreeing adjective after the head; one that opens a genitive of its own
        # ("Okręgu Polskiego Związku") is followed by another body's head noun.
        while lang == "pl" and rest:
            adjective = _adjective(rest[0], gender, lang)
            following = rest[1].lower() if len(rest) > 1 else ""
            if adjective is None:
                break
            if following in forms or following in _NOMINATIVES:
                # "Okręgu Polskiego Związku": the adjective opens another body's genitive,
                # unless the body writes it after its own head where it names itself.
                own = " ".join([_like(word, nom), *after, adjective, rest[1]])
                if fold(own) not in fold(named):
                    break
            after.append(adjective)
            rest = rest[1:]
        if lang == "cs":
            after, rest = _cs_adjectives_after(rest, gender)
        return " ".join([*before, _like(word, nom), *after, *rest])
    return feminine_nominative(name, _NOMINATIVES)


# A Polish masculine noun in "-ół" loses its "ó" in the other cases: "Zespołu", "Kościoła"
# are "Zespół", "Kościół" (the "ł" says the word is Polish).
_OL_GENITIVE = re.compile(r"^(?P<stem>[^\W\d_]{2,})o(?:łu|ła|łowi|łem|le)$")


def _vowel_change(word: str) -> tuple[str, str, str] | None:
    """(nominative, gender, language) of a capitalised Polish head with that vowel change."""
    match = _OL_GENITIVE.match(word)
    if match is None or not word[:1].isupper() or word.lower() in _NOMINATIVES:
        return None
    return match["stem"].lower() + "ół", "m", "pl"


def _cs_adjectives_after(rest: list[str], gender: str) -> tuple[list[str], list[str]]:
    """Czech adjectives written after their head ("Vysoké školy báňské", "Univerzity Karlovy",
    "Fakulty lesnické a krajinné") put in the nominative, when they close the name (or come
    before "v", a dash or a comma): followed by a noun, an adjective opens a genitive of its
    own ("Ministerstva životního prostředí" keeps it)."""
    run: list[str] = []
    end = len(rest)
    for i, word in enumerate(rest):
        bare = word.rstrip(",")
        if word == "a" and run:
            continue
        if word in ("v", "ve", "–", "-"):
            end = i
            break
        # A capitalised word is a possessive adjective only in "-ovy" ("Univerzity Karlovy"):
        # "Energetické agentury Vysočiny" ends in a region's name in the genitive.
        capital = bare[:1].isupper() and not bare.endswith("ovy")
        if capital or _adjective(bare, gender, "cs") is None:
            return [], rest
        run.append(bare)
        if bare != word:
            end = i + 1
            break
    taken = rest[:end]
    if not run or taken[-1] == "a":
        return [], rest
    nominative = [w if w == "a" else (_adjective(w.rstrip(","), gender, "cs") or w) for w in taken]
    if taken[-1].endswith(","):
        nominative[-1] += ","
    return nominative, rest[end:]


_WORD = re.compile(r"[^\W\d_]+")


def head_of(name: str) -> str | None:
    """The nominative of the head noun ``name`` opens with, if it is a known one."""
    first = _WORD.search(name)
    if first is None:
        return None
    low = first.group(0).lower()
    if low in _NOMINATIVES:
        return low
    found = _forms().get(low)
    return found[0] if found else None


def _nominative_needs_a(stem: str) -> bool:
    """Whether a Polish or Czech role stem cannot end a word without its vowel.

    Stems cut before a feminine or masculine -a ("starostk", "zastępc", "analytičk") end in
    -k or -c after a consonant, which no nominative of such a role does; "naczelnik" and
    "dyrektor" are whole words and their -a is a case ending. A Polish participle stem
    ("przewodnicząc", "prowadząc") ends no word either: its "-a" is the feminine nominative.
    """
    consonant_before = stem[-2:-1] not in tuple("aeiouyąęóáéěíůúý")
    return len(stem) > 2 and (stem.endswith("ąc") or (stem[-1] in "kc" and consonant_before))


# Role stems of masculine nouns whose nominative itself ends in -a ("předseda", "starosta",
# "wojewoda"): their -a is not the genitive's, so it stays.
_A_NOMINATIVE_STEMS = frozenset({"předsed", "místopředsed", "starost", "přednost", "wojewod"})


def inflected_role(role: str, lang: str | None) -> tuple[str, bool]:
    """Put the first word of a role back in the nominative; tell whether it was inflected."""
    words = role.split(" ", 1)
    first = words[0]
    stem = role_stem(first)
    if stem is None or lang not in ("pl", "de", "cs"):
        return role, False
    prefix = first[: first.lower().rfind(stem)] if "-" in first else ""
    core = first[len(prefix) :]
    rest = core[len(stem) :]
    endings = {
        "pl": ("a", "owi", "em", "u"),
        "de": ("en", "n", "s", "es"),
        "cs": ("a", "em", "ovi"),
    }
    if (
        rest == "a"
        and lang in ("pl", "cs")
        and (_nominative_needs_a(stem) or stem.lower() in _A_NOMINATIVE_STEMS)
    ):
        return role, False  # "starostka", "zastępca", "předseda": the -a is the nominative's
    if rest and rest in endings[lang]:
        words[0] = prefix + core[: len(stem)]
        return " ".join(words), True
    return role, False
