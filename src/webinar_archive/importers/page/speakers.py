"""Who spoke: people named in agenda lines, speaker lists and report sentences, with their roles."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from webinar_archive.domain.model import AppearanceRole, SpeakerDraft
from webinar_archive.domain.text import fold

from .blocks import HEADING, ITEM, Block
from .context import (
    COPULAS,
    NOT_APPOSITION,
    PASSIVE,
    apposition,
    from_org,
    names_list,
    org_phrase,
    prefix_role,
    starts_with_name,
)
from .dates import MONTHS, find_dates
from .lexicon import ACTION_ROLES, LABEL_ROLES, NOT_SPEAKER_CUES, WEEKDAYS, words
from .names import (
    HONORIFIC_BEFORE,
    HONORIFIC_START,
    POSTNOMINAL,
    NameRun,
    bare_name,
    is_placeholder,
    name_runs,
    polish_nominative,
    role_stem,
)
from .positions import (
    clean_org,
    inflected_role,
    org_like,
    role_like,
    split_descriptor,
)

# "14:00", "9.30", "10h15" and the French "9 h 30", alone or as a range.
_CLOCK = r"\d{1,2}(?:[:.h]|\sh\s)\d{2}"
TIME_PREFIX = re.compile(rf"^\s*{_CLOCK}(?:\s*[-–—]\s*{_CLOCK})?\s*(?:h|Uhr)?\s*[:|│,\-–—]?\s*")
_DASH = re.compile(r"\s+[-–—]\s+|[–—]|:\s+|\s*\|\s*")
# ", s. p.", ", s.r.o.", ", Inc.", ", e.V.": a legal form after a comma ends the body's name.
_LEGAL_FORM = (
    r"(?:s\.\s?p|s\.\s?r\.\s?o|a\.\s?s|z\.\s?s|z\.\s?ú|o\.\s?p\.\s?s|spol|inc|ltd|llc|"
    r"gmbh|s\.?p\.?a|s\.r\.l|e\.\s?v)\.?(?![^\W\d_])"
)
_ENTRY_COMMA = re.compile(rf"[,?]\s+(?=\S)(?!{_LEGAL_FORM})", re.I)
_DESC_SPLIT = re.compile(rf",(?!\s*{_LEGAL_FORM})|\s+(?:and|und|et|y|i|a|e)\s+", re.I)
_CELL = re.compile(r"\s*\|\s*")
_DOC_LINK = re.compile(r"\.(?:pdf|pptx?|odp|docx?|odt|key|zip)(?:$|[?#])", re.I)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[\"“„‘(]?[^\W\d_])")
_ABBREVIATIONS = words(
    "dr prof mr mrs ms st ds nr no vs etc e.g i.e z.b u.a ca approx dott ing mgr inż hab "
    "doc jr sr hon rt ph.d phd mme m r ul al np tj ok"
)
_WHOLE_WORD_CUES = words(
    "photo foto bild credit contact kontakt contacto contatto autor auteur author email "
    "e-mail phone telefon"
)
_CUES = "|".join(
    re.escape(c) + (r"(?![^\W\d_])" if c in _WHOLE_WORD_CUES else "") for c in NOT_SPEAKER_CUES
)
# A cue counts at the start of a sentence or before a colon ("Photo: ..."), so that "contact
# tracing" in the middle of a report does not hide its speakers; an e-mail address anywhere.
_CUE_RE = re.compile(
    rf"^[\W\d]*(?:{_CUES})|(?<![^\W\d_])(?:{_CUES})[^\n:]{{0,20}}:|\b[\w.+-]+@[\w-]+\.[\w.]+",
    re.I,
)
# "X is ...": a thing being described, rarely a person reported as speaking.


def split_sentences(text: str) -> list[str]:
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


class _Collector:
    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        self.found: list[SpeakerDraft] = []
        self._index: dict[str, int] = {}

    def get(self, name: str) -> SpeakerDraft | None:
        index = self._index.get(fold(name))
        return None if index is None else self.found[index]

    def add(
        self,
        name: str,
        *,
        genitive: bool = False,
        desc: str | None = None,
        org: str | None = None,
        position: str | None = None,
        honorific: str | None = None,
        role: AppearanceRole | None = None,
    ) -> None:
        if desc:
            desc_position, desc_org = split_descriptor(desc)
            position = position or desc_position
            # What is written about the person beats the topic of their line ("Praxisbericht
            # der Stadt Marburg: Kevin Braun, Webredaktion der Stadt Marburg").
            org = desc_org or org
        if position:
            position, was_inflected = inflected_role(position, self.lang)
            genitive = genitive or (was_inflected and self.lang == "pl")
        if genitive and self.lang in (None, "pl"):
            words = name.split()
            name = " ".join(words[:1] + [polish_nominative(w) for w in words[1:]])
        if not position and not org and honorific:
            position = honorific
        key = fold(name)
        if key in self._index:
            old = self.found[self._index[key]]
            old.organisation = old.organisation or org
            old.position = old.position or position
            if old.role == AppearanceRole.SPEAKER and role:
                old.role = role
            return
        self._index[key] = len(self.found)
        self.found.append(
            SpeakerDraft(
                name=name,
                organisation=org,
                role=role or AppearanceRole.SPEAKER,
                position=position,
            )
        )


# "Helen Marsh is Programme Director at ...", "Ingrid Solberg runs the repair service at
# Fjord Outdoor": a sentence about someone already named says where they are from.
_BIO_ARTICLE = re.compile(r"^(?:a|an|ein|eine|un|une|una|uno)\s+", re.I)
_BIO_AT = re.compile(
    r"\s(?:at|bei|beim|chez|presso|of|für|for|de|di|del|della|du)\s+"
    r"(?:the\s+|der\s+|den\s+|dem\s+|des\s+|la\s+|el\s+|il\s+)?(?=[^\W\d_a-z])"
)


def _action(text: str) -> AppearanceRole | None:
    return role_from_words(text[:80], ACTION_ROLES)


def _biography(after: str) -> tuple[str | None, str | None]:
    """(position, organisation) from the rest of a sentence that opens with someone's name."""
    words = after.split()
    if not words or not words[0][:1].islower() or len(after) > 240:
        return None, None
    rest = after.strip().rstrip(".!;")[len(words[0]) :].strip()
    if words[0] in COPULAS:
        position, org = split_descriptor(_BIO_ARTICLE.sub("", rest))
        return (position, org) if org else (None, None)
    match = _BIO_AT.search(rest)
    if match is None:
        return None, None
    org = org_phrase(rest[match.end() :])
    if not org or not (match.group(0).split()[0] in ("at", "bei", "beim", "chez", "presso")
                       or org_like(org)):  # fmt: skip
        return None, None
    return None, clean_org(org)


class SpeakerFinder:
    """Walks a page's blocks once and collects the people who took part, in page order."""

    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        self.people = _Collector(lang)

    # -- one person's line -------------------------------------------------------------
    def _entry(self, text: str, label: AppearanceRole | None, whole_line: bool = False) -> bool:
        text = TIME_PREFIX.sub("", text, count=1).strip()
        if not text or is_placeholder(text) or _CUE_RE.search(text):
            return bool(text)  # nobody, or a contact, author or photographer
        # The person is at the start ("Name, role"), after a dash ("Topic – Name"), after the
        # last comma of an agenda item ("Item title, Name") or after a colon ("Department:
        # Prof. Dr. Name", where what comes before the colon is their organisation).
        commas = list(_ENTRY_COMMA.finditer(text))
        starts = [0] + [m.end() for m in reversed(list(_DASH.finditer(text)))]
        starts += [m.end() for m in reversed(commas)]
        # "Item title, Name, Body": a name alone between the last two commas is the person and
        # what follows the last comma says where they are from, even when it reads like a name.
        described = None
        skipped = None
        if len(commas) >= 2 and bare_name(text[commas[-2].end() : commas[-1].start()], self.lang):
            described, skipped = commas[-2].end(), commas[-1].end()
        # "10:00 | Bienvenida | Raquel Sanz | Agroinnova Aragón": table cells, the same way.
        cells = list(_CELL.finditer(text))
        if (
            described is None
            and len(cells) >= 2
            and bare_name(text[cells[-2].end() : cells[-1].start()], self.lang)
        ):
            described, skipped = cells[-2].end(), cells[-1].end()
        for start in starts:
            if skipped is not None and start == skipped:
                continue
            rest = text[start:]
            honorific = None
            hon = HONORIFIC_START.match(rest)
            if hon:
                honorific, rest = hon.group(1), rest[hon.end() :]
            runs = name_runs(rest, self.lang)
            if not runs or runs[0].start != 0:
                continue
            run = runs[0]
            tail = POSTNOMINAL.sub("", rest[run.end :]).strip()
            if tail.startswith(":") and starts_with_name(HONORIFIC_START.sub("", tail[1:].strip())):
                continue  # "Aktuelle Bedrohungslage: Daniel Krause": a topic, then the person
            if tail and not tail.startswith((",", "(", "–", "-", "—", ":", "|")):
                continue
            if not tail and start == 0 and label is None:
                continue
            desc = tail.strip(" ,–-—:|")
            # "Name | Role | Body": cells after the name read as "Role, Body".
            desc = ", ".join(cell for cell in _CELL.split(desc) if cell)
            if desc.startswith("(") and desc.endswith(")"):
                desc = desc[1:-1]
            first = _DESC_SPLIT.split(desc)[0]
            # "Slides: Name, Name" lists people; a line of its own with one comma ("Dott. Matteo
            # Leone, Confcommercio Umbria", "Débat – Name, Body") gives the person, then where
            # they are from.
            # A table cell of its own is such a line too ("17:00 | Talk | Name, Body").
            after_dash = text[:start].rstrip()[-1:] in ("-", "–", "—", "|")
            one_person = whole_line and (start == 0 or after_dash) and "," not in desc
            if (
                tail.startswith(",")
                and bare_name(first, self.lang)
                and start != described
                and not one_person
            ):
                desc = ""  # a list of names ("Slides: Name, Name"), not a description
            if _another_person(desc, self.lang):
                return False  # "A, role at X, and B, role at Y.": a sentence naming several
            if desc and _only_a_date(desc):
                return False  # "Tag der Lehre – 12.11.2026": another event and its day
            topic = text[:start]
            org = None
            if topic.rstrip().endswith(":"):
                head = topic.rstrip()[:-1].strip()
                if org_like(head) and not role_from_words(head, LABEL_ROLES):
                    org = clean_org(head)
                    # "Fachbereich X: Prof. Dr. Name – Mündliche Kurzprüfungen ...": after the
                    # body before the colon, what follows a dash is the talk, not a body.
                    if (
                        tail.startswith(("–", "-", "—"))
                        and not org_like(desc)
                        and not role_like(desc)
                    ):
                        desc = ""
            role = label or _action(topic) or None
            self.people.add(
                run.text,
                genitive=run.genitive,
                desc=desc or None,
                org=org,
                honorific=honorific,
                role=role,
            )
            return True
        return False

    # -- people inside running text ---------------------------------------------------
    def _sentence(self, sentence: str, label: AppearanceRole | None) -> None:
        if _CUE_RE.search(sentence):
            return
        consumed = 0
        for run in name_runs(sentence, self.lang):
            run = _without_portfolio(sentence, run)
            if run.start >= consumed:
                consumed = max(consumed, self._candidate(sentence, run, label))

    def _candidate(self, sentence: str, run: NameRun, label: AppearanceRole | None) -> int:
        """Add the person if the words around the name say they took part; return where the
        words about them end, so names inside a description are not taken as people."""
        before = sentence[: run.start]
        after = POSTNOMINAL.sub("", sentence[run.end :])
        honorific = None
        hon = HONORIFIC_BEFORE.search(before)
        if hon:
            honorific, before = hon.group(1), before[: hon.start()]
        if after.startswith(("’s", "'s")):
            return run.end
        known = self.people.get(run.text)
        if known is not None and not before.strip(' "„“‘(') and not known.organisation:
            bio_position, bio_org = _biography(after)
            if bio_org:
                known.organisation = bio_org
                known.position = known.position or bio_position
                return len(sentence)
        wrapped = before.rstrip().endswith("(") and after.lstrip().startswith(")")
        desc: str | None = None
        org: str | None = None
        rest = after
        paren = re.match(r"\s*\(([^()]{1,200})\)", after)
        if paren and not is_placeholder(paren.group(1)):
            desc, rest = paren.group(1), after[paren.end() :]
        elif re.match(r"\s*,\s", after):
            appos = apposition(after)
            if (
                appos
                and len(appos) <= 220
                and not names_list(appos, self.lang)
                and (role_like(appos) or org_like(appos) or re.search(r"\b[^\W\d_a-z]", appos))
                and appos.split()[0].lower() not in NOT_APPOSITION
            ):
                desc = appos
                rest = after[after.find(appos) + len(appos) :]
        else:
            org = from_org(after)
            if org:
                rest = after[after.find(org) + len(org) :]
        role_text, lead_org, owner = prefix_role(before, self.lang)
        next_word = after.split(maxsplit=1)[0] if after.split() else ""
        initial = not before.strip(' "„“‘(') and (
            after.strip().startswith(("...", "…"))
            or (
                next_word[:1].islower()
                and next_word not in COPULAS
                # "Generative Sprachmodelle verändern ...": a German verb in the plural
                # follows a noun in the plural, not one person.
                and not (
                    self.lang == "de"
                    and len(next_word) > 4
                    and next_word.rstrip(",;:").endswith(("en", "ern"))
                )
            )
        )
        passive = PASSIVE.search(before)
        # "Spotkanie poprowadziła Ewa Dąbrowska": the verb of what they did right before them.
        previous = before.split()[-1] if before.split() else ""
        verb_first = bool(previous) and _action(previous) is not None
        if not (desc or org or role_text or initial or wrapped or passive or verb_first):
            return run.end
        if passive and not label:
            label = _action(passive.group(1)) or AppearanceRole.SPEAKER
        position = None
        if role_text:
            position, _ = inflected_role(role_text, self.lang if self.lang != "pl" else None)
            org = org or owner
            if desc:
                desc_position, desc_org = split_descriptor(desc)
                org = org or desc_org
                position = "; ".join(p for p in (position, desc_position) if p)
                desc = None
            if not org and lead_org:
                org = lead_org
                position = position[len(lead_org) :].strip() if position else position
        role = label or _action(rest.lstrip(" ,"))
        if role is None and not name_runs(before, self.lang):
            # Verb first ("Seminář zahájil Tomáš Novák", "Einführende Worte von ...").
            role = _action(before[-60:])
        self.people.add(
            run.text,
            genitive=run.genitive,
            desc=desc,
            org=clean_org(org) if org else None,
            position=position,
            honorific=honorific,
            role=role,
        )
        return len(sentence) - len(rest)

    # -- the page ----------------------------------------------------------------------
    def feed(self, blocks: list[Block]) -> list[SpeakerDraft]:
        label: AppearanceRole | None = None
        for block in _merge_person_lines(blocks, self.lang):
            text = block.text
            head, colon, tail = text.partition(":")
            tail = tail.strip()
            # A short line on its own ("Intervenants", "Ponentes") heads a list like a heading.
            as_heading = block.kind == HEADING or (
                not colon and len(text.split()) <= 3 and role_from_words(text, LABEL_ROLES)
            )
            if as_heading:
                label = role_from_words(head, LABEL_ROLES) if len(head) <= 60 else None
                if label is None:
                    self._sentence(TIME_PREFIX.sub("", text, count=1), None)
                    continue
                if not tail or is_placeholder(tail):
                    continue
                text = tail
            elif colon and len(head) <= 40 and not TIME_PREFIX.match(text):
                found = role_from_words(head, LABEL_ROLES)
                if not tail or found:
                    label = found
                    if not tail or is_placeholder(tail):
                        continue
                    text = tail
            elif len(text) > 200:
                label = None
            if _is_document_link(block):
                continue
            entry_like = (
                label is not None
                or block.kind == ITEM
                or TIME_PREFIX.match(text)
                or _name_dash_line(text, self.lang)
            )
            if entry_like and self._entry(text, label, whole_line=text == block.text):
                continue
            if block.kind != ITEM:
                label = None  # a line that names nobody ends the list under the label
            for sentence in split_sentences(TIME_PREFIX.sub("", text, count=1)):
                self._sentence(sentence, label)
        return self.people.found


_WEEKDAYS = frozenset(fold(d) for d in WEEKDAYS)
_MONTHS = frozenset(fold(m) for m in MONTHS)


# "assessora al Bilancio Silvia Mancinelli", "Beauftragte für Umwelt Jana Roth": a position,
# a short linking word, then the capitalised field the position covers, then the name.
_PORTFOLIO_LINK = re.compile(
    r"([^\W\d_]+)\s+(?:al|alla|allo|ai|agli|alle|all['’]|for|für|pour|à|aux|para|del|de|"
    r"ds\.|do|pro)\s*$",
    re.I,
)


def _without_portfolio(sentence: str, run: NameRun) -> NameRun:
    words = run.text.split()
    link = _PORTFOLIO_LINK.search(sentence[: run.start])
    if len(words) < 3 or link is None or role_stem(link.group(1)) is None:
        return run
    start = sentence.index(words[1], run.start + len(words[0]))
    return NameRun(start, run.end, " ".join(words[1:]), run.genitive)


def _only_a_date(text: str) -> bool:
    """ "12.11.2026", "3 December 2026", "Mittwoch, 4. März": a day and nothing about a person."""
    if not find_dates(text):
        return False
    rest = re.findall(r"[^\W\d_]+", fold(text))
    return all(w in _MONTHS or len(w) <= 2 or w in _WEEKDAYS for w in rest)


def _name_dash_line(text: str, lang: str | None) -> bool:
    """Whether a short line on its own reads "Name – role – body", a person under no heading."""
    if len(text) > 200 or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    rest = HONORIFIC_START.sub("", text, count=1)
    runs = name_runs(rest[:120], lang)
    return (
        bool(runs)
        and runs[0].start == 0
        and re.match(r"\s+[-–—]\s", rest[runs[0].end :]) is not None
    )


_AND_NEXT = re.compile(r"[,;]?\s+(?:and|und|sowie|et|y|e|ed|i|oraz|a)\s+")


def _another_person(desc: str, lang: str | None) -> bool:
    """Whether a description goes on to name a further person after an "and"."""
    return any(
        starts_with_name(HONORIFIC_START.sub("", desc[m.end() :]), lang)
        for m in _AND_NEXT.finditer(desc)
    )


def _is_document_link(block: Block) -> bool:
    return any(
        _DOC_LINK.search(a.href) and len(a.text) >= len(block.text) * 0.6 for a in block.anchors
    )


def _merge_person_lines(blocks: list[Block], lang: str | None) -> list[Block]:
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
            card_lines = 1 if card else 0
            continue
        merged.append(block)
    return merged


def _describes(block: Block, lang: str | None) -> bool:
    """A short line that says who someone is: a position or a body."""
    return (
        len(block.text) <= 160
        and not block.text.endswith((".", ":", "!", "?"))
        and not bare_name(block.text, lang)
        and (role_like(block.text) or org_like(block.text))
    )


def _card_line(block: Block, lang: str | None) -> bool:
    """A line that may stand under a name on a speaker's card: short, no sentence, no name."""
    return (
        block.kind != HEADING
        and len(block.text) <= 100
        and not block.text.endswith((".", ":", "!", "?"))
        and not bare_name(block.text, lang)
        and not TIME_PREFIX.match(block.text)
        and not _labelled_person(block.text, lang)
    )


def _labelled_person(text: str, lang: str | None) -> bool:
    """Whether ``text`` is another person's line under a label ("Animation : Bertrand Lhomme,
    journaliste ..."), not more words about the person above it."""
    head, colon, tail = text.partition(":")
    if not colon or len(head) > 40 or role_from_words(head, LABEL_ROLES) is None:
        return False
    return starts_with_name(HONORIFIC_START.sub("", tail.strip()), lang)


def find_speakers(blocks: list[Block], lang: str | None) -> list[SpeakerDraft]:
    return SpeakerFinder(lang).feed(blocks)
