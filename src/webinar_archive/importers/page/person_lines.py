"""What a line of a page says about people: lists of several people, tables of people, the
lines of a speaker's card, and the body whose site the page is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from webinar_archive.domain.model import AppearanceRole
from webinar_archive.domain.text import fold

from .blocks import HEADING, ITEM, Block, PageDoc
from .context import starts_with_name
from .dates import MONTHS, find_dates
from .lexicon import HONORIFICS, LABEL_ROLES, WEEKDAYS, words
from .names import (
    HONORIFIC_START,
    POSTNOMINAL,
    NameRun,
    bare_name,
    is_org_word,
    name_runs,
    role_stem,
)
from .nominative import head_of
from .positions import org_like, role_like, split_descriptor

# "14:00", "9.30", "10h15" and the French "9 h 30", alone or as a range.
_CLOCK = r"\d{1,2}(?:[:.h]|\sh\s)\d{2}"
TIME_PREFIX = re.compile(rf"^\s*{_CLOCK}(?:\s*[-–—]\s*{_CLOCK})?\s*(?:h|Uhr)?\s*[:|│,\-–—]?\s*")

CELL = re.compile(r"\s*\|\s*")
# "Cluster Werkstoffe e.V.", "Talleres Ruiz, S.L.", "Acme Ltd.": a legal form's dot ends
# no sentence.
_LEGAL_FORM_END = re.compile(
    r"(?<![^\s,])(?:(?:[^\W\d_]{1,3}\.){2,}|(?i:ltd|inc|co|corp|plc|bros)\.)$"
)
# "(chair)", "(Moderation)" after what is said about someone: their part in the session.
_PART_IN_BRACKETS = re.compile(r"\s*\(([^()]{2,30})\)\s*$")
_LEADING_PARTS = tuple(
    (keys, role) for keys, role in LABEL_ROLES
    if role in (AppearanceRole.MODERATOR, AppearanceRole.CHAIR)
)  # fmt: skip
DOC_LINK = re.compile(r"\.(?:pdf|pptx?|odp|docx?|odt|key|zip)(?:$|[?#])", re.I)


def role_from_words(
    text: str, table: Iterable[tuple[tuple[str, ...], AppearanceRole]]
) -> AppearanceRole | None:
    low = text.lower()
    for keys, role in table:
        if _word_starts(keys).search(low):
            return role
    return None


@lru_cache(maxsize=64)
def _word_starts(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(k) for k in keys) + ")")


# What the header cells of a table of people call their columns, in the pages' languages.
_COLUMN_WORDS = {
    "name": words(
        "name names nom nombre nome cognome imię nazwisko jméno příjmení person speaker "
        "speakers sprecher sprecherin referent referentin referierende vortragende "
        "intervenant intervenante intervenants ponente ponentes relatore relatrice relatori "
        "prelegent prelegentka prelegenci přednášející řečník"
    ),
    "position": words(
        "funktion position role rôle function fonction titre cargo puesto ruolo funzione "
        "qualifica stanowisko funkcja funkce pozice beruf tätigkeit job"
    ),
    "organisation": words(
        "organisation organization organisations unternehmen institution institutionen firma "
        "organisme organismo entidad institución empresa ente organizzazione azienda "
        "istituzione instytucja organizacja organizace instituce affiliation company body "
        "employer arbeitgeber structure établissement afiliación affiliazione afiliacja "
        "pracoviště zaměstnavatel"
    ),
}


def table_columns(text: str) -> dict[str, int] | None:
    """The columns of a table of people from its header row ("Name | Position | Organisation",
    "Nombre | Cargo | Entidad"): which cell holds the name, the position and the body."""
    cells = CELL.split(text)
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        # "Unternehmen / Institution", "Imię i nazwisko": any word of the cell names it.
        keys = re.findall(r"[^\W\d_]+", cell.lower())
        if not keys or len(keys) > 4:
            return None
        for kind, vocabulary in _COLUMN_WORDS.items():
            if kind not in found and any(k in vocabulary for k in keys):
                found[kind] = i
                break
    if "name" in found and len(found) >= 2:
        return found
    return None


def people_row(block: Block) -> bool:
    """Whether ``block`` is a row of a table of people (its header, or a row whose first cells
    give a person's name), which reads like a menu of short items but is none."""
    if block.kind != ITEM or " | " not in block.text:
        return False
    if table_columns(block.text) is not None:
        return True
    cells = [c for c in CELL.split(block.text) if TIME_PREFIX.sub("", c).strip()]
    return any(bare_name(c) for c in cells[:2])


_WEEKDAYS = frozenset(fold(d) for d in WEEKDAYS)
_MONTHS = frozenset(fold(m) for m in MONTHS)


# "assessora al Bilancio Silvia Mancinelli", "Beauftragte für Umwelt Jana Roth": a position,
# a short linking word, then the capitalised field the position covers, then the name.
_PORTFOLIO_LINK = re.compile(
    r"([^\W\d_]+)\s+(?:al|alla|allo|ai|agli|alle|all['’]|for|für|pour|à|aux|para|del|de|"
    r"ds\.|do|pro)\s*$",
    re.I,
)


def without_portfolio(sentence: str, run: NameRun) -> NameRun:
    words = run.text.split()
    link = _PORTFOLIO_LINK.search(sentence[: run.start])
    if len(words) < 3 or link is None or role_stem(link.group(1)) is None:
        return run
    start = sentence.index(words[1], run.start + len(words[0]))
    return NameRun(start, run.end, " ".join(words[1:]), run.genitive)


def only_a_date(text: str) -> bool:
    """ "12.11.2026", "3 December 2026", "Mittwoch, 4. März": a day and nothing about a person."""
    if not find_dates(text):
        return False
    rest = re.findall(r"[^\W\d_]+", fold(text))
    return all(w in _MONTHS or len(w) <= 2 or w in _WEEKDAYS for w in rest)


def name_dash_line(text: str, lang: str | None) -> bool:
    """Whether a short line on its own reads "Name – role – body", a person under no heading."""
    if len(text) > 200 or _LEGAL_FORM_END.sub("", text.rstrip()).endswith((".", "!", "?", ":")):
        return False
    rest = HONORIFIC_START.sub("", text, count=1)
    runs = name_runs(rest[:120], lang)
    return (
        bool(runs)
        and runs[0].start == 0
        and re.match(r"\s+[-–—]\s", POSTNOMINAL.sub("", rest[runs[0].end :])) is not None
    )


_AND_NEXT = re.compile(r"[,;]?\s+(?:and|und|sowie|et|y|e|ed|i|oraz|a)\s+")


def another_person(desc: str, lang: str | None) -> bool:
    """Whether a description goes on to name a further person after an "and"."""
    return any(
        starts_with_name(HONORIFIC_START.sub("", desc[m.end() :]), lang)
        and not _inside_body_name(desc[: m.start()], m.group(0))
        for m in _AND_NEXT.finditer(desc)
    )


def _inside_body_name(before: str, joiner: str) -> bool:
    """Whether an "and" with no comma before it joins two parts of a body's name ("Fundusz
    Ochrony Środowiska i Gospodarki Wodnej", "Landbouw- en Visserijonderzoek"): the words
    since the last comma or dash name a body."""
    if joiner.lstrip()[:1] in (",", ";"):
        return False
    last = re.split(r",|\s[-–—]\s|[–—]|\)", before)[-1]
    return org_like(last) and not role_like(last)


_LIST_SEPARATOR = re.compile(rf"\s*[,;]\s+|{_AND_NEXT.pattern}")
_DESCRIBED = re.compile(r"\s*(?:\([^()]*\)|[-–—]\s.*)\s*")


def people_list(text: str, lang: str | None, labelled: bool, whole_line: bool) -> list[str] | None:
    """The entries of a line that lists several people, each a name alone, a name with what
    is said about them in brackets or after a dash; None when the line is not such a list.

    Commas inside brackets ("Anna Nowak (KTH, Stockholm)") belong to that person; an "and"
    that joins two parts of a body's name ("Fundusz Ochrony Środowiska i Gospodarki") is no
    separator."""
    text = text.rstrip()
    if text.endswith(")."):
        text = text[:-1]  # the end of a sentence, not of the last body's name
    by_semicolon = semicolon_list(text, lang)
    if by_semicolon is not None:
        return by_semicolon
    pieces: list[str] = []
    start = 0
    for match in _LIST_SEPARATOR.finditer(text):
        depth = text.count("(", 0, match.start()) - text.count(")", 0, match.start())
        if depth or match.start() < start or POSTNOMINAL.match(text[match.start() :]):
            continue  # inside brackets, or a degree after a name ("Name, PhD (Body)")
        joiner = match.group(0)
        if joiner.strip() not in (",", ";") and _inside_body_name(
            text[start : match.start()], joiner
        ):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    if len(pieces) < 2:
        return None
    described = 0
    after_dash = False
    for piece in pieces:
        rest = HONORIFIC_START.sub("", piece, count=1)
        runs = name_runs(rest, lang)
        if not runs or runs[0].start != 0:
            return None
        tail = POSTNOMINAL.sub("", rest[runs[0].end :]).strip()
        # "Name – Role, Body": what follows a dash may go on past a comma, so a name alone
        # after it may be the body the person is from.
        if after_dash and not tail:
            return None
        if tail and not _DESCRIBED.fullmatch(tail):
            return None
        described += bool(tail)
        after_dash = tail[:1] in ("-", "–", "—")
    # Names alone: a list only under a label, and not "Name, Body" on a line of its own,
    # where a body can read like a name ("Dott. Matteo Leone, Confcommercio Umbria").
    if not described and (not labelled or (whole_line and len(pieces) == 2)):
        return None
    return [piece.strip() for piece in pieces]


_SEMICOLON = re.compile(r"\s*;\s+")
_PART_LABEL = re.compile(r"^[^\W\d_][^:;,]{0,40}:\s+")


def semicolon_list(text: str, lang: str | None) -> list[str] | None:
    """The entries of a line whose people are set apart by semicolons, each with what is said
    about them after commas ("Name, role, Body; Name, role, Body"), or each after its own part
    of the programme ("Opening remarks: Name; Keynote: Name"); None when it is no such list."""
    pieces: list[str] = []
    start = 0
    for match in _SEMICOLON.finditer(text):
        if text.count("(", 0, match.start()) != text.count(")", 0, match.start()):
            continue  # "(Kraków; Wrocław)": inside brackets
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    if len(pieces) < 2:
        return None
    for piece in pieces:
        part = _PART_LABEL.match(piece)
        rest = piece[part.end() :] if part and not name_runs(part.group(0), lang) else piece
        rest = HONORIFIC_START.sub("", rest.strip(), count=1)
        runs = name_runs(rest, lang)
        if not runs or runs[0].start != 0:
            return None
    last = pieces[-1].rstrip()
    if last.endswith(".") and not re.search(r"\b\w{1,4}\.$", last[-6:]):
        pieces[-1] = last[:-1]  # the sentence's full stop, not an abbreviation's
    return [piece.strip() for piece in pieces]


def session_part(desc: str) -> tuple[str, AppearanceRole | None]:
    """What a person's description says they did in the session: "(chair)" after it, which
    is no part of their body and is dropped, or "Moderation, ..." opening it, which stays."""
    bracket = _PART_IN_BRACKETS.search(desc)
    # One word that is no body's ("(Hospital)" is where they are from).
    if bracket and len(bracket.group(1).split()) == 1 and not is_org_word(bracket.group(1)):
        part = role_from_words(bracket.group(1), LABEL_ROLES)
        if part is not None:
            return desc[: bracket.start()], part
    first = re.split(r",\s*|\s+[-–—]\s+", desc, maxsplit=1)[0]
    if len(first.split()) == 1 and not is_org_word(first):
        return desc, role_from_words(first, _LEADING_PARTS)
    return desc, None


def with_rank(rank: str, tail: str) -> str:
    """What is written after a listed person's name, with the word their line opened with
    before their title ("Ministerialrätin Dr. Name – ...", "Fraunhofer Dr. Name") put in front
    of it, the rank with the position that follows: "– Ministerialrätin, Leiterin ... – Body".
    A first title ("mgr inż. Name") or a part in the session ("Moderation Dr. Name") is not
    kept."""
    if rank in HONORIFICS or role_from_words(rank, LABEL_ROLES):
        return tail
    if tail[:1] in ("–", "—", "-", "|"):
        return f"{tail[0]} {rank}, {tail[1:].strip()}"
    return f", {rank}{tail if tail[:1] in (',', '(', '') else ' ' + tail}"


def without_file_labels(text: str, files: tuple[str, ...]) -> str:
    """``text`` without the labels of links to files ("Folien", "Slides (PDF)", "presentazione
    (PDF)"): what a link is called says nothing about the person before it."""
    for label in files:
        text = re.sub(
            r"(?:\s*[,|–—-]\s*|\s+)" + re.escape(label) + r"(?=\s*(?:[,|–—-]|$))", "", text
        )
    return text


def is_document_link(block: Block) -> bool:
    return any(
        DOC_LINK.search(a.href) and len(a.text) >= len(block.text) * 0.6 for a in block.anchors
    )


def merge_person_lines(blocks: list[Block], lang: str | None) -> list[Block]:
    """Join a name alone on its line with the dash line under it ("Mona Nemer" / "– Chief ...")."""
    merged: list[Block] = []
    card_lines = 0  # lines of a speaker's card still to be joined to its name
    for n, block in enumerate(blocks):
        prev = merged[-1] if merged else None
        # Or with the line that says who they are ("Helen Walsh" / "Programme Manager, Hub").
        describes = _describes(block, lang)
        if card_lines and prev is not None and _card_line(block, lang):
            # The card's next line: "Martina Keßler" / "Energieberaterin" / "Ingenieurbüro ...".
            card_lines -= 1
            merged[-1] = Block(
                prev.kind, f"{prev.text} – {block.text}", prev.level, prev.marker,
                prev.anchors + block.anchors, prev.section,
            )  # fmt: skip
            continue
        card_lines = 0
        # A speaker's card: the name as a small heading, who they are on a line or two under
        # it ("Installateur- und Heizungsbaumeister" / "Haustechnik Yılmaz GmbH").
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        card = (
            prev is not None
            and prev.kind == HEADING
            and (prev.level or 0) >= 3
            and _card_line(block, lang)
            and (
                describes
                or (
                    following is not None
                    and _card_line(following, lang)
                    and _describes(following, lang)
                )
            )
        )
        if (
            prev is not None
            and (block.marker in ("–", "—", "-") or (describes and block.kind == prev.kind) or card)
            and (prev.kind != HEADING or card)
            and bare_name(prev.text, lang)
        ):
            merged[-1] = Block(
                ITEM if card else prev.kind, f"{prev.text} – {block.text}", prev.level,
                prev.marker, prev.anchors + block.anchors, prev.section,
            )  # fmt: skip
            card_lines = 1 if card or _body_line_under(block, following, lang) else 0
            continue
        merged.append(block)
    return merged


def _body_line_under(block: Block, following: Block | None, lang: str | None) -> bool:
    """Whether ``following`` is the body on a line of its own under a position line that was
    joined to the name above it ("Anna Weber" / "Senior Researcher" / "Institute for Soil
    Science"), in paragraphs or list items as well as under a small heading."""
    return (
        following is not None
        and following.kind == block.kind
        and role_like(block.text)
        and split_descriptor(block.text)[1] is None  # a position that names no body
        and _card_line(following, lang)
        # "Pro Bahn Oberland e.V.": a legal form makes a name a body's, whatever its words.
        and (org_like(following.text) or _legal_name(following.text))
        and not role_like(following.text)
    )


def _legal_name(text: str) -> bool:
    return len(text.split()) >= 2 and bool(_LEGAL_FORM_END.search(text)) and text[:1].isupper()


def _describes(block: Block, lang: str | None) -> bool:
    """A short line that says who someone is: a position or a body."""
    # "Clustermanagerin, Cluster Werkstoffe e.V.": the dot of a legal form ends no sentence.
    text = _LEGAL_FORM_END.sub("", block.text)
    return (
        len(block.text) <= 160
        and not text.endswith((".", ":", "!", "?"))
        and not bare_name(block.text, lang)
        # "Jan Lis" / "Ewa Kot z firmy Archivis": the next person, with their own body.
        and not (block.kind == ITEM and starts_with_name(HONORIFIC_START.sub("", text), lang))
        and (role_like(block.text) or org_like(block.text))
    )


def _card_line(block: Block, lang: str | None) -> bool:
    """A line that may stand under a name on a speaker's card: short, no sentence, no name."""
    return (
        block.kind != HEADING
        and len(block.text) <= 100
        and not _LEGAL_FORM_END.sub("", block.text).endswith((".", ":", "!", "?"))
        and not bare_name(block.text, lang)
        and not TIME_PREFIX.match(block.text)
        # "Slides (PDF)" under the card is a link to the talk, not who the person is.
        and not is_document_link(block)
        and not _labelled_person(block.text, lang)
    )


def _labelled_person(text: str, lang: str | None) -> bool:
    """Whether ``text`` is another person's line under a label ("Animation : Bertrand Lhomme,
    journaliste ..."), not more words about the person above it."""
    head, colon, tail = text.partition(":")
    if not colon or len(head) > 40 or role_from_words(head, LABEL_ROLES) is None:
        return False
    return starts_with_name(HONORIFIC_START.sub("", tail.strip()), lang)


_TITLE_PARTS = re.compile(r"\s+[|│–—·-]\s+")
_RIGHTS = re.compile(r"[.,]?\s+(?:all rights reserved|alle rechte|tous droits|todos los derechos|"
                     r"tutti i diritti|wszelkie prawa|všechna práva)\b.*$", re.I)  # fmt: skip


def site_body(doc: PageDoc) -> str | None:
    """The body whose site the page is on: the part of ``<title>`` after the page's own name
    ("Past events - Western Dales Development Agency"), og:site_name, or the copyright holder,
    whichever reads as a body's name, is the one the page's address is named after
    ("Théâtre des Saulniers" at theatre-saulniers.fr) or is named so by two of them."""
    parts = _TITLE_PARTS.split(doc.title_tag or "")
    candidates = [parts[-1] if len(parts) > 1 else None, doc.site_name, doc.copyright_holder]
    host = fold(urlsplit(doc.canonical_url or "").hostname or "")
    others = [fold(c) for c in candidates if c]
    for candidate in candidates:
        name = _RIGHTS.sub("", candidate or "").strip(" ,")
        if not _LEGAL_FORM_END.search(name):  # "RARP S.A." keeps its legal form's dot
            name = name.strip(" .,")
        agreed = sum(o.startswith(fold(name)) for o in others) > 1
        if (
            name
            and len(name.split()) <= 10
            and (org_like(name) or agreed or _named_host(name, host))
        ):
            return name
    return None


def _named_host(name: str, host: str) -> bool:
    """Whether the longer words of ``name`` are all in the address's host name."""
    long_words = [fold(w) for w in re.findall(r"[^\W\d_]{5,}", name)]
    return bool(host) and bool(long_words) and all(w in host for w in long_words)


ROLE_THEN_NAME = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+\s+(?:(?:del|della|dello|du|de la|des|der|of the)\s+|"
    r"(?:dell|de l)['’])[^\W\d_]+),\s*$"
)
# "our", "unsere", "notre", "nuestra", "nostro", "nasz", "naší": the site's own body.
_OWN = (
    r"(?:our|unser|unsere|unserer|unseres|unserem|notre|nos|nuestr[oa]s?|nostr[oaie]|"
    r"nasz[aeiy]?|naszego|naszej|naszym|náš|naše|naší|našeho|našem|naším)"
)
# "energetická manažerka naší agentury", "direttrice del museo", "our procurement officer":
# a position held at the body the page belongs to, named by its kind.
_OWN_KIND = re.compile(
    rf"\s+(?:(?:of|at|for|with|w|v|z|ze|de|du|des|der|di|del|della|dello|bei|im|am|at the|"
    rf"of the|de la)\s+|(?:de l|dell)['’]\s*)?(?:(?P<own>{_OWN})\s+)?(?P<kind>[^\W\d_]+)$",
    re.I,
)
# "The Trust's patient experience manager, Name": a position at the body of that kind.
OWN_POSSESSIVE = re.compile(
    r"(?<![^\s(])[Tt]he\s+(?P<kind>[^\W\d_]+)['’]s\s+(?P<role>(?:[^\W\d_-]+\s+){0,3}[^\W\d_-]+),?\s*$"
)
_OWN_START = re.compile(rf"^{_OWN}\s+", re.I)
OWN_ROLE = re.compile(rf"(?<![^\W\d_]){_OWN}\s+((?:[^\W\d_-]+\s+){{1,3}})$", re.I)
_DEFINITE_LINK = re.compile(
    r"^(?:del|della|dello|dell['’]|du|de la|de l['’]|des|der|of the)$", re.I
)


def own_body(position: str, site: str | None) -> tuple[str, str] | None:
    """(position, site) when ``position`` ends in the kind of body the site is, said as "our
    agency", "the museum" or, in languages without articles, a bare genitive ("tisková mluvčí
    nemocnice", "rzeczniczka prasowa Urzędu"); None otherwise."""
    position = position.rstrip(" .;,")  # "rzeczniczka prasowa Urzędu."
    match = _OWN_KIND.search(position)
    if site is None or match is None:
        return None
    kind = match.group("kind")
    link = match.group(0).strip()[: -len(kind)].strip()
    if match.group("own"):
        link = link[: -len(match.group("own"))].strip()
    rest = position[: match.start()].strip()
    own_role = _OWN_START.match(position)
    if own_role and not is_org_word(kind) and any(role_stem(w) for w in position.split()):
        return position[own_role.end() :], site  # "our cardiac rehabilitation lead"
    bare = not link and not match.group("own") and len(rest.split()) >= 2
    definite = bool(match.group("own")) or bool(_DEFINITE_LINK.match(link)) or bare
    if not definite or not names_site(kind, site, head_only=not is_org_word(kind)):
        return None
    # "ekspert ds. funduszy RARP" on the site of "RARP S.A.": its short form, as written.
    if kind.isupper() and len(kind) >= 2 and _LEGAL_FORM_END.sub("", site).strip() == kind:
        return (rest or position), kind
    return (rest or position), site


def at_site_body(
    position: str | None, org: str | None, site: str, text: str
) -> tuple[str | None, str | None]:
    """(position, organisation) with the body whose site the page is on where the words about
    a person name it: in brackets after the position, by a capitalised word for a body alone
    ("rzecznik prasowy Urzędu", "chargé des relations de l'Office": no name follows it on
    the page), or by its kind ("naší agentury", "of the museum", "our events lead")."""
    if position and not org and position.endswith(f"({site})"):
        return position[: -len(site) - 2].strip(), site
    lone = org and " " not in org and is_org_word(org) and org[:1].isupper()
    if lone and not re.search(rf"(?<![^\W\d_]){re.escape(org or '')}\s+[^\W\d_]", text):
        return position, site
    own = own_body(position, site) if position and not org else None
    return own or (position, org)


def names_site(kind: str, site: str, head_only: bool = False) -> bool:
    """Whether ``kind`` ("théâtre", "rete", "Urzędu") is a word of the site's name
    ("Théâtre des Saulniers"); with ``head_only``, its first word."""
    forms = {fold(kind), fold(head_of(kind) or kind)}
    site_words = [fold(w) for w in site.split()[: 1 if head_only else None]]
    return any(
        (len(form) >= 5 and word.startswith(form[:5])) or (len(form) >= 3 and word == form)
        for form in forms
        for word in site_words
    )
