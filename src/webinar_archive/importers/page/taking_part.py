"""What ties a name in running text to the session, and what says it names no participant.

A person in prose counts only when the sentence says they take part: a verb for speaking,
presenting, moderating, guiding or joining comes before them in the same clause, with at most
their position between ("Moderuje koordinátorka sítě Mgr. X", "She will be joined by X and Y",
"Ne parleranno ... e la musicologa X", "Participan ...; el entrenador de nuestro equipo, X"),
or a noun for what they say does ("le témoignage de X", "a talk by X", "wykład X"). Names
around other verbs, and the performers and composers of a concert line after a talk ("Soprano
X, direttore Y", "Gustav Mahler, Sinfonia n. 4"), are not participants. The contact, author
and photographer cues that hide a line's people live here too."""

from __future__ import annotations

import re

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .lexicon import NOT_SPEAKER_CUES, words
from .names import HONORIFIC_BEFORE, name_runs, role_stem
from .occupations import is_job_word

_WHOLE_WORD_CUES = words(
    "photo foto bild credit contact kontakt contacto contatto autor auteur author email "
    "e-mail phone telefon"
)
_CUES = "|".join(
    re.escape(c) + (r"(?![^\W\d_])" if c in _WHOLE_WORD_CUES else "") for c in NOT_SPEAKER_CUES
)
# A cue counts at the start of a sentence or before a colon ("Photo: ..."), so that "contact
# tracing" in the middle of a report does not hide its speakers; an e-mail address anywhere.
NOT_PART_CUE = re.compile(
    rf"^[\W\d]*(?:{_CUES})|(?<![^\W\d_])(?:{_CUES})[^\n:]{{0,20}}:|\b[\w.+-]+@[\w-]+\.[\w.]+",
    re.I,
)

# A rank or title written as capitals before a name at the head of a person's line ("KHK Jens
# Vollrath, Kommissariat ...", "PHKin Lena Brüggemann", "OStR Eva Lind"): capitals with at
# most a few small letters between or after them, then a name of two words and a comma.
RANK_START = re.compile(
    r"^\s*([A-ZÄÖÜ][A-ZÄÖÜa-z]{0,3}[A-ZÄÖÜ](?:in)?)\s+"
    r"(?=[A-ZÄÖÜ][^\W\d_]+(?:-[^\W\d_]+)?\s+[A-ZÄÖÜ][^\W\d_]+(?:-[^\W\d_]+)?\s*,)"
)

# Verbs (and a few fixed phrases) for taking part in a session, in the pages' languages, as
# whole words or stems: speaking, presenting, moderating, guiding, joining, being the guest.
_VERBS = re.compile(
    r"(?<![^\W\d_])(?:joined by|join(?:s|ed)?|speak(?:s|ing)?|will speak|talk(?:s|ing)?|"
    r"present(?:s|ing)?|featuring|hear from|welcom(?:e|es|ing)|with (?:our )?guests?|"
    r"spricht|sprechen|referier\w*|bericht(?:et|en)|zu gast|mit dabei|diskutier\w*|"
    r"begrüß\w*|erklär(?:t|en)|berät|beraten|discut\w*|discuss\w*|dyskut\w*|debat\w*|"
    r"intervien\w*|interviend\w*|présent(?:e|ent|era|eront)|animer\w*|anime|témoign\w*|"
    r"parler\w*|expliquer\w*|raconter\w*|avec la participation d\w*|en présence d\w*|"
    r"participa\w*|intervendr\w*|habla\w*|presenta\w*|moder(?:a|ará|arán)|contaremos con|"
    r"estar(?:á|án) con nosotros|explicar(?:á|án)|contar(?:á|án)|"
    r"interv(?:iene|engono|err\w*)|parl(?:a|ano|er\w*)|conduc(?:e|ono|ono)|ospit\w*|"
    r"partecip\w*|racconter\w*|spiegher\w*|"
    r"wystąpi\w*|opowie\w*|opowiedzą|poprowadz\w*|gościem|gośćmi|zaprezentuj\w*|"
    r"przedstawi\w*|moderuje|prowadzi|wezm\w* udział|weźmie udział|wyjaśni\w*|omówi\w*|"
    r"vystoupí|promluv\w*|přidá\w*|proved(?:e|ou)|moderuje|představ(?:í|ují)|pohovoří|"
    r"hostem|hosty|přednese|přijal[aiy]?|vysvětlí|seznámí|"
    # Opening or leading the session: "introduced by", "Introdurrà i lavori", "zahájí".
    r"introduc(?:e|es|ed|ing)|led by|hosted by|chaired by|introdurr\w*|introduc\w*|"
    r"eröffne\w*|ouvrir\w*|abrir(?:á|án)|otworzy|zahájí)(?![^\W\d_])",
    re.I,
)
# The verb right after a name, after an adverb at most: "X přidá", "X spricht", "X will talk".
_VERB_FIRST = re.compile(rf"^\s*(?:[^\W\d_]+\s+)?(?:{_VERBS.pattern})", re.I)
# What someone says at the session, as a noun before their name ("le témoignage de X", "a
# talk by X", "Impulsvortrag von X", "intervento di X", "wykład X", "přednáška X").
_CONTRIBUTION = re.compile(
    r"(?<![^\W\d_])(?:témoignage|intervention|exposé|talk|lecture|keynote|testimony|"
    r"address|remarks|vortrag|impulsvortrag|impuls|grußwort|beitrag|ponencia|charla|"
    r"intervención|testimonio|intervento|relazione|testimonianza|saluto|wystąpienie|wykład|"
    r"prelekcja|przedstawienie|přednáška|vystoupení|příspěvek|svědectví)\s+"
    r"(?:(?:de|d['’]|of|by|from|von|des|del|di|della|dell['’]|da)\s*)?"
    r"(?:(?:la|le|el|the|der|dem|il)\s+)?$",
    re.I,
)
# Words that open a new clause after a verb: a relative pronoun or a sentence's own stop.
_NEW_CLAUSE = re.compile(
    r"[,;]\s*(?:who|which|that|qui|que|dont|quien|che|cui|der|die|das|który|która|które|"
    r"którzy|který|která|které|kteří|jenž)(?![^\W\d_])|[.:!?](?:\s|$)",
    re.I,
)
# Where the last item of a list begins: "and", "et", "y", "e", "i", "a", "und", "oraz", ";".
_ITEM = re.compile(r";\s*|\s+(?:and|et|y|e|i|a|und|oraz|as well as|sowie)\s+", re.I)
_LEADING = words(
    "the a an le la les l' el los las il lo gli der die das den dem des ein eine also too "
    "aussi également también además anche pure auch ebenfalls także również też také rovněž "
    "i a ještě dnes our notre nuestro nuestra nostro nostra unser unsere nasz nasza náš naše"
)
# "of" before a town or body that may run into the name after it ("di Borgoterme X").
_OF = frozenset(["di", "de", "of", "from", "von", "aus", "z", "ze", "da", "du", "des", "del"])
# An article run into the noun it goes with: "l'assessora", "dell'architetto".
_ELIDED = re.compile(r"^(?:l|d|dell|dall|all|nell)['’]", re.I)
# Endings of nouns for a person by what they do, folded: "musicologa", "entrenador",
# "moderátorka", "Setzer", "planner", "storica", "Historikerin".
_AGENT_ENDS = (
    "olog", "ologa", "ologo", "ologe", "ologin", "ista", "iste", "istin", "dor", "dora",
    "tore", "trice", "teur", "ator", "atorka", "tel", "telka", "entka", "ier",
    "iere", "nik", "nice", "er", "erin", "or", "yne", "ka", "ico", "ica", "ik", "ikerin",
)  # fmt: skip


def _position_word(word: str) -> bool:
    folded = fold(word.strip(".,;:()"))
    if len(folded) < 4 or not folded.isalpha() or not word[:1].islower():
        return False
    return bool(role_stem(word) or is_job_word(word) or folded.endswith(_AGENT_ENDS))


def taking_part(before: str, name_words: int = 2, after: str = "") -> str | None:
    """The position said between a verb for taking part and a name (``before`` is the
    sentence up to the name, of ``name_words`` words); "" when the name follows the verb, a
    noun for a contribution or another person of the same list with nothing between; None
    when nothing in the clause ties the name to the session, or when a word for a kind of
    body ends the position right before a name of three words, whose first is then the
    body's ("zakladatel start-upu Hydrolis Tomáš Kubálek"). A sentence that opens with the
    position and has the verb right after the name (``after``: "Režisérka inscenace Mgr. X
    přidá několik slov", "La storica X parlerà di ...") ties it too."""
    if _CONTRIBUTION.search(before):
        return ""
    verbs = list(_VERBS.finditer(before))
    if not verbs and _VERB_FIRST.match(after) and before.strip():
        opening = before.strip()
        verbs, before = [], f" {opening[:1].lower()}{opening[1:]}"
    elif not verbs:
        return None
    stretch = before[verbs[-1].end() :] if verbs else before
    if _NEW_CLAUSE.search(stretch) or re.search(r"\d|[\"“”„«»]", stretch):
        return None
    item = _ITEM.split(stretch)[-1]
    tokens = _ELIDED.sub("", item.strip()).split()
    while tokens and fold(tokens[0]) in _LEADING:
        tokens.pop(0)
    if not tokens:
        return ""
    if len(tokens) > 8 or not any(_position_word(t) for t in tokens[:3]):
        return None
    last = fold(tokens[-1])
    if (
        name_words >= 3
        and tokens[-1].islower()
        and not _position_word(tokens[-1])
        and last not in _OF
    ):
        return None
    return " ".join(tokens).strip(" ,")


_ARTICLE_START = re.compile(r"^(?:l['’]\s*|(?:la|il|lo|le|el|der|die|the|los|las|gli)\s+)", re.I)


def next_person(text: str, lang: str | None = None) -> bool:
    """Whether ``text``, the words after a comma behind someone's name, is the next person of
    a list: an article, one to three lower-case words for what they do, then a name ("...,
    l'architetto Tommaso Pieri dello studio ...", "..., der Dramaturg Felix Brand"), not a
    description of the one before."""
    article = _ARTICLE_START.match(text)
    if article is None:
        return False
    rest = text[article.end() :]
    runs = name_runs(rest, lang)
    if not runs or len(runs[0].text.split()) < 2:
        return False
    words = HONORIFIC_BEFORE.sub("", rest[: runs[0].start]).split()
    return 1 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)


# A concert's programme: a work by its catalogue number or key ("Sinfonia n. 4 in sol
# maggiore", "Symphony No. 5", "op. 64", "BWV 1068", "KV 550"), and the voices, instruments and
# conductor who perform it; "le sinfonie di Mahler" in a talk's blurb names no work.
_WORK = re.compile(
    r"(?<![^\W\d_])(?:(?:n|nr|no|č|op)\.\s*\d|(?:bwv|kv|hob)\s+\d|"
    r"(?:major|minor|maggiore|minore|dur|moll|majeur|mineur|mayor|menor)(?![^\W\d_]))",
    re.I,
)
_PERFORMER = re.compile(
    r"(?<![^\W\d_])(?:soprano|mezzo\w*|contralto|alto|tenor\w*|bariton\w*|bass[oe]?|piano\w*|"
    r"klavier|violin\w*|violon\w*|violín|skrzypc\w*|housl\w*|cell[oi]|violoncell\w*|viola|"
    r"flute|flauto|flöte|flûte|orgel|organ|organo|guitar\w*|chitarra|gitarre|conductor|"
    r"direttore|dirigent\w*|dirige|chef d['’]orchestre|director musical|dyrygent\w*)"
    r"(?![^\W\d_])",
    re.I,
)


def performance_line(text: str) -> bool:
    """Whether ``text``, a short paragraph, gives a concert's programme: a work and who
    performs it ("Gustav Mahler, Sinfonia n. 4. Soprano X, direttore Y.")."""
    return len(text) <= 400 and bool(_WORK.search(text) and _PERFORMER.search(text))


def without_performers(speakers: list[SpeakerDraft], paragraphs: list[str]) -> list[SpeakerDraft]:
    """``speakers`` without those named only in a concert's programme: the performers and
    composers of a concert after a talk are not its speakers."""

    def only_performing(speaker: SpeakerDraft) -> bool:
        holding = [p for p in paragraphs if speaker.name in p]
        return bool(holding) and all(performance_line(p) for p in holding)

    return [s for s in speakers if not only_performing(s)]
