"""Who spoke: people named in agenda lines, speaker lists and report sentences, with their roles."""

from __future__ import annotations

import re

from webinar_archive.domain.model import AppearanceRole, SpeakerDraft
from webinar_archive.domain.text import fold

from .blocks import HEADING, ITEM, Block
from .clauses import without_clause
from .context import (
    COPULAS,
    NOT_APPOSITION,
    PASSIVE,
    RELATIVE_CLAUSE,
    apposition,
    continues_body_name,
    from_org,
    kind_apposition,
    names_list,
    org_phrase,
    prefix_role,
    split_sentences,
    starts_with_name,
)
from .initials import initial_runs
from .inline_labels import labelled_sentence, prose
from .lexicon import ACTION_ROLES, LABEL_ROLES
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
from .nominative import head_of, inflected_role, nominative_body
from .person_lines import (
    CELL,
    DOC_LINK,
    OWN_POSSESSIVE,
    OWN_ROLE,
    ROLE_THEN_NAME,
    TIME_PREFIX,
    another_person,
    at_site_body,
    is_document_link,
    merge_person_lines,
    name_dash_line,
    names_site,
    only_a_date,
    own_body,
    people_list,
    role_from_words,
    semicolon_list,
    session_part,
    table_columns,
    with_rank,
    without_file_labels,
    without_portfolio,
)
from .places import names_a_place, place_after
from .positions import clean_org, org_like, role_like, split_descriptor, without_kind
from .prose_people import described_body, signs_a_work, site_kind_role
from .taking_part import NOT_PART_CUE, RANK_START, next_person, taking_part

_DASH = re.compile(r"\s+[-–—]\s+|[–—]|:\s+|\s*\|\s*")
# ", s. p.", ", s.r.o.", ", Inc.", ", e.V.": a legal form after a comma ends the body's name.
_LEGAL_FORM = (
    r"(?:s\.\s?p|s\.\s?r\.\s?o|a\.\s?s|z\.\s?s|z\.\s?ú|o\.\s?p\.\s?s|spol|inc|ltd|llc|"
    r"gmbh|s\.?p\.?a|s\.r\.l|e\.\s?v)\.?(?![^\W\d_])"
)
_ARTICLE_FIRST = re.compile(r"^(?:an?|un|une|una|uno|ein|eine|einer)\s+(?=[^\W\d_A-Z])")
_RANK = re.compile(r"[^\W\d_][^\W\d_-]+\s+")
_ENTRY_COMMA = re.compile(rf"[,?]\s+(?=\S)(?!{_LEGAL_FORM})", re.I)
_DESC_SPLIT = re.compile(rf",(?!\s*{_LEGAL_FORM})|\s+(?:and|und|et|y|i|a|e)\s+", re.I)
# "X is ...": a thing being described, rarely a person reported as speaking.


class _Collector:
    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        self.found: list[SpeakerDraft] = []
        self._index: dict[str, int] = {}
        self.text = ""  # the page's text, to tell a body named by its head alone
        self.site: str | None = None  # the body whose site the page is on
        self._titled: set[str] = set()  # people whose position is only their honorific
        self.lone: set[str] = set()  # people whose body is a head noun at the end of a clause

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
            desc_position, desc_org = described_body(desc)
            position = position or desc_position
            # What is written about the person beats the topic of their line ("Praxisbericht
            # der Stadt Marburg: Kevin Braun, Webredaktion der Stadt Marburg").
            org = desc_org or org
        if self.site:
            # "naší agentury", "rzecznik Urzędu", "(Haut-Vernois Tourisme)": the site's body
            position, org = at_site_body(position, org, self.site, self.text)
        if position:
            position, was_inflected = inflected_role(position, self.lang)
            genitive = genitive or (was_inflected and self.lang == "pl")
        if genitive and self.lang in (None, "pl"):
            words = name.split()
            name = " ".join(words[:1] + [polish_nominative(w) for w in words[1:]])
        if position:
            # "Maire,", "naczelnik ... –"; "a hydrologist", "un historien": the article too.
            position = _ARTICLE_FIRST.sub("", position.strip(" ,;:–—-")) or None
        titled = not position and not org and bool(honorific)
        if titled:
            position = honorific
        # "z Ministerstva zemědělství" cut short names another ministry than the page's.
        if (
            org
            and " " not in org
            and head_of(org)
            and not re.search(rf"(?<![^\W\d_]){re.escape(org)}\s+[^\W\d_]", self.text)
        ):
            self.lone.add(fold(name))
        if org and self.lang in ("pl", "cs"):
            # "z Fundacji Wolne Rzeki": Fundacja Wolne Rzeki, as the page names it
            org = nominative_body(org, f"{self.site or ''}\n{self.text}")
        key = fold(name)
        if key in self._index:
            old = self.found[self._index[key]]
            old.organisation = old.organisation or org
            # An honorific stood in for the position ("doc. Ing.") until one or a body is
            # written (it is the role only when neither is given).
            if key in self._titled and (position or org) and not titled:
                old.position = None
                self._titled.discard(key)
            old.position = old.position or position
            if old.role == AppearanceRole.SPEAKER and role:
                old.role = role
            return
        self._index[key] = len(self.found)
        if titled:
            self._titled.add(key)
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


def _own_action(head: str) -> AppearanceRole | None:
    """The role a line's own head gives ("Closing remarks: Name"), which beats the label
    carried from the lines above it ("Keynote: ..."): None unless the head ends in a colon."""
    return _action(head) if head.rstrip().endswith(":") else None


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
        self.site: str | None = None  # the body whose site the page is on

    # -- one person's line -------------------------------------------------------------
    def _entry(
        self,
        text: str,
        label: AppearanceRole | None,
        whole_line: bool = False,
        files: tuple[str, ...] = (),
    ) -> bool:
        text = TIME_PREFIX.sub("", text, count=1).strip()
        if not text or is_placeholder(text) or NOT_PART_CUE.search(text):
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
        cells = list(CELL.finditer(text))
        if (
            described is None
            and len(cells) >= 2
            and bare_name(text[cells[-2].end() : cells[-1].start()], self.lang)
        ):
            described, skipped = cells[-2].end(), cells[-1].end()
        for start in starts:
            if skipped is not None and start == skipped:
                continue
            # "Panel: Name (Body), Name (Body) and Name – Body": one entry per person, so that
            # the description of one does not run on into the next.
            people = people_list(text[start:], self.lang, label is not None, whole_line)
            if people is not None:
                list_role = (
                    _own_action(text[:start])
                    or label
                    or _action(text[:start])
                    or AppearanceRole.SPEAKER
                )
                for person in people:
                    self._entry(person, list_role, files=files)
                return True
            rest = text[start:]
            honorific = None
            # "Ministerialrätin Dr. Name", "Fraunhofer Dr. Name": a rank or body before the title.
            rank = _RANK.match(rest) if start == 0 else None
            rank = rank if rank and HONORIFIC_START.match(rest[rank.end() :]) else None
            rest = rest[rank.end() :] if rank else rest
            hon = None if initial_runs(rest, self.lang) else HONORIFIC_START.match(rest)
            hon = hon or RANK_START.match(rest)  # "KHK Jens Vollrath, ..."
            if hon:
                honorific, rest = hon.group(1), rest[hon.end() :]
            runs = initial_runs(rest, self.lang) or name_runs(rest, self.lang)
            if not runs or runs[0].start != 0:
                continue
            run = runs[0]
            tail = POSTNOMINAL.sub("", rest[run.end :]).strip()
            tail = with_rank(rank.group(0).strip(), tail) if rank else tail
            if tail.startswith(":") and starts_with_name(HONORIFIC_START.sub("", tail[1:].strip())):
                continue  # "Aktuelle Bedrohungslage: Daniel Krause": a topic, then the person
            if tail and not tail.startswith((",", "(", "–", "-", "—", ":", "|")):
                continue
            if not tail and start == 0 and label is None:
                continue
            desc, part = session_part(
                without_clause(without_file_labels(tail, files)).strip(" ,–-—:|")
            )
            # "Name | Role | Body": cells after the name read as "Role, Body".
            desc = ", ".join(cell for cell in CELL.split(desc) if cell)
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
            if another_person(desc, self.lang):
                return False  # "A, role at X, and B, role at Y.": a sentence naming several
            if desc and only_a_date(desc):
                return False  # "Tag der Lehre – 12.11.2026": another event and its day
            topic = text[:start]
            org = position = None
            if topic.rstrip().endswith(":"):
                head = topic.rstrip()[:-1].strip()
                if org_like(head) and not role_from_words(head, LABEL_ROLES):
                    # "Einkaufsleiterin, Brakemann Federn GmbH: Name": who they are, then them.
                    position, org = split_descriptor(head)
                    if org is None:
                        position, org = None, clean_org(head)
                    # "Fachbereich X: Prof. Dr. Name – Mündliche Kurzprüfungen ...": after the
                    # body before the colon, what follows a dash is the talk, not a body.
                    if (
                        tail.startswith(("–", "-", "—"))
                        and not org_like(desc)
                        and not role_like(desc)
                    ):
                        desc = ""
            role = part or _own_action(topic) or label or _action(topic) or None
            self.people.add(
                run.text,
                genitive=run.genitive,
                desc=desc or None,
                org=org,
                position=position,
                honorific=honorific,
                role=role,
            )
            return True
        return False

    # -- people inside running text ---------------------------------------------------
    def _sentence(self, sentence: str, label: AppearanceRole | None) -> None:
        inline = labelled_sentence(sentence) if label is None else None
        if NOT_PART_CUE.search(sentence) or (
            inline and self._entry(inline[1], inline[0], False, ())
        ):
            return
        consumed = 0
        for run in name_runs(sentence, self.lang):
            run = without_portfolio(sentence, run)
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
        # "Grupo de Investigación en Desarrollo Territorial", "Loopwise Furniture, a social
        # enterprise": the words around the run say it names a body, not a person.
        if continues_body_name(before) or kind_apposition(after) or names_a_place(before, run.text):
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
        relative = RELATIVE_CLAUSE.match(after)
        if paren and not is_placeholder(paren.group(1)):
            desc, rest = paren.group(1), after[paren.end() :]
        elif relative and org_like(relative.group(1)):
            # "Name, who leads the X Group at the University of Y, showed ...": what the
            # clause says of them, when it names a body, is who they are.
            desc, rest = relative.group(1), after[relative.end() :]
        elif re.match(r"\s*,\s", after):
            appos = apposition(after)
            if (
                appos
                and len(appos) <= 220
                and not (names_list(appos, self.lang) or next_person(appos, self.lang))
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
        if role_text is None:
            found_kind = site_kind_role(before, self.site)
            if found_kind:
                role_text, owner = found_kind
        if not role_text and signs_a_work(before, desc) and taking_part(before, 3) is None:
            return run.end  # "la musique originale de Rémi Vautrin, enregistrée ..."
        # "Our procurement officer Deborah Okonkwo", "by our events lead Samir Haddad": a
        # position at the body whose page this is.
        own = OWN_ROLE.search(before)
        if own and self.site and any(role_stem(w) for w in own.group(1).split()):
            role_text, owner = own.group(1).strip(), self.site
        possessive = OWN_POSSESSIVE.search(before) if self.site and not own else None
        if possessive and self.site and names_site(possessive["kind"], self.site):
            role_text, owner = possessive["role"], self.site
        # "la direttrice del museo, Lucia Bernasconi, che ...": the position, then the name.
        held = ROLE_THEN_NAME.search(before) if not role_text else None
        # "Camille Rey, coordinatrice du réseau, Laurent Faure, ...": the position after a
        # name and a comma is that person's.
        if held and before[: held.start()].rstrip().endswith(","):
            held = None
        if held and role_stem(held.group(1).split()[0]):
            role_text, owner = held.group(1), None
            found_own = own_body(role_text, self.site)
            if found_own:
                role_text, owner = found_own
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
        if not (desc or org or role_text or initial or wrapped or passive or verb_first) and (
            place_after(after) is None  # "Vystoupí Jana Horká z Prahy": a person from a town
        ):
            desc = taking_part(before, len(run.text.split()), after)  # "Moderuje ... X"
            if desc is None:
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

    # -- a table whose header names its columns ----------------------------------------
    def _row(self, cells: list[str], columns: dict[str, int], label: AppearanceRole | None) -> bool:
        """One row of a table of people: the name, position and body from their own columns
        ("Name | Funktion | Unternehmen / Institution | Vortrag")."""
        name_cell = cells[columns["name"]]
        hon = HONORIFIC_START.match(name_cell)
        name = bare_name(name_cell, self.lang)
        if name is None:
            return False

        def cell(kind: str) -> str | None:
            index = columns.get(kind)
            value = cells[index].strip() if index is not None else ""
            return value if any(c.isalpha() for c in value) and not is_placeholder(value) else None

        position, org = cell("position"), cell("organisation")
        self.people.add(
            name,
            desc=None if org else position,
            org=clean_org(without_kind(org)) if org else None,
            position=position if org else None,
            honorific=hon.group(1) if hon else None,
            role=label,
        )
        return True

    # -- the page ----------------------------------------------------------------------
    def feed(self, blocks: list[Block]) -> list[SpeakerDraft]:
        label: AppearanceRole | None = None
        columns: dict[str, int] | None = None
        width = 0
        for block in merge_person_lines(blocks, self.lang):
            text = block.text
            if block.kind == ITEM and " | " in text:
                cells = CELL.split(text)
                header = table_columns(text)
                if header is not None:
                    columns, width = header, len(cells)
                    label = label or AppearanceRole.SPEAKER
                    continue
                if columns is not None and len(cells) == width and self._row(cells, columns, label):
                    continue
            else:
                columns = None
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
            elif colon and len(head) <= 40 and not TIME_PREFIX.match(text) and not prose(head):
                found = role_from_words(head, LABEL_ROLES)
                if not tail or found:
                    label = found
                    if not tail or is_placeholder(tail):
                        continue
                    text = tail
            elif len(text) > 200:
                label = None
            if is_document_link(block):
                continue
            entry_like = (
                label is not None
                or block.kind == ITEM
                or TIME_PREFIX.match(text)
                or name_dash_line(text, self.lang)
                or semicolon_list(text, self.lang) is not None
            )
            files = tuple(a.text for a in block.anchors if DOC_LINK.search(a.href) and a.text)
            if entry_like and self._entry(text, label, text == block.text, files):
                continue
            if block.kind != ITEM:
                label = None  # a line that names nobody ends the list under the label
            for sentence in split_sentences(TIME_PREFIX.sub("", text, count=1)):
                self._sentence(sentence, label)
        return self.people.found


def find_speakers(
    blocks: list[Block], lang: str | None, site: str | None = None
) -> list[SpeakerDraft]:
    finder = SpeakerFinder(lang)
    finder.site = finder.people.site = site
    finder.people.text = "\n".join(b.text for b in blocks)
    people = finder.feed(blocks)
    return _named_in_full([p for p in people if fold(p.name) in finder.people.lone], people)


def _named_in_full(lone: list[SpeakerDraft], people: list[SpeakerDraft]) -> list[SpeakerDraft]:
    """ "rzecznik prasowy Urzędu." after "Urząd Miasta Zielonowo": a body named by its head
    noun alone, at the end of its clause, is the one the page named in full with that head."""
    for person in lone:
        org = person.organisation
        head = head_of(org) if org else None
        if head is None:
            continue
        full = {
            other.organisation
            for other in people
            if other.organisation and " " in other.organisation
            and head_of(other.organisation) == head
        }  # fmt: skip
        if len(full) == 1:
            person.organisation = full.pop()
    return people
