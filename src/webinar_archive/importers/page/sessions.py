"""Telling a page about one session from a page listing several (a series index, a programme)."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .blocks import HEADING, ITEM, Block
from .dates import find_dates, is_deadline
from .field_dates import is_date_label
from .lexicon import LABEL_ROLES
from .links import leads_elsewhere
from .meeting_words import numbered_line
from .person_lines import TIME_PREFIX, role_from_words
from .titles import is_field, is_heading_like, is_paragraph


def _timed_head(block: Block) -> bool:
    if not is_heading_like(block) or not TIME_PREFIX.match(block.text):
        return False
    # "10:00 – 12:30 (BST)" gives a time and its zone, not a session's name.
    rest = re.sub(r"\([^)]*\)", "", TIME_PREFIX.sub("", block.text, count=1))
    return any(c.isalpha() for c in rest)


def _people_label(block: Block) -> bool:
    head, colon, _ = block.text.partition(":")
    return bool(colon) and len(head) <= 40 and role_from_words(head, LABEL_ROLES) is not None


def _by_time(blocks: list[Block]) -> list[tuple[int, int]]:
    timed = [i for i, b in enumerate(blocks) if _timed_head(b)]
    # Three or more timed lines one right after another are the rows of one programme, not
    # sessions each described below its own head.
    rows = {
        i
        for i in timed
        if {i - 2, i - 1} <= set(timed)
        or {i - 1, i + 1} <= set(timed)
        or {i + 1, i + 2} <= set(timed)
    }
    heads = [i for i in timed if i not in rows]
    found = []
    for n, head in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        body = blocks[head + 1 : end]
        described = any(
            len(b.text) >= 80 and not TIME_PREFIX.match(b.text) and is_paragraph(b) for b in body
        )
        if described or any(_people_label(b) for b in body):
            found.append((head, end))
    return found


# "À vos agendas", "Save the date", "Prochain webinaire : ...", "Nächster Termin": a section
# pointing to a later session, described elsewhere, not one of this page's (matched folded).
_NEXT = re.compile(
    r"^(?:next|upcoming|coming up|save the date|nachste[rsn]?|demnachst|vormerken|"
    r"prochaine?s?|a vos agendas|a noter|proxim[oa]s?|prossim[oa]|prossimi|nastepn\w*|"
    r"kolejn\w*|pristi\w*|nadchazejici)(?![^\W\d_])"
)


def _points_ahead(text: str) -> bool:
    return bool(_NEXT.match(fold(text).strip()))


# Lines about the page or the session's particulars, never a session's heading: "Zveřejněno
# 7. 9. 2026", "Published on 3 May", and a "Venue: ..." / "Místo: ..." / "Ort: ..." field however
# long its value (matched folded).
_PAGE_STAMP = re.compile(
    r"^(?:posted|published|updated|last updated|veroffentlicht|aktualisiert|publie|mis a jour|"
    r"publicado|actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano|zverejneno|"
    r"aktualizovano|publikovano)(?![^\W\d_])"
)
_PLACE_FIELD = re.compile(
    r"^(?:venue|place|location|where|ort|wo|veranstaltungsort|lieu|ou|lugar|donde|sede|luogo|"
    r"dove|miejsce|gdzie|misto|kde)\s*:"
)


def _no_session_head(text: str) -> bool:
    folded = fold(text).strip()
    return bool(_PAGE_STAMP.match(folded) or _PLACE_FIELD.match(folded))


def _by_date(blocks: list[Block]) -> list[tuple[int, int]]:
    heads = [
        i
        for i, b in enumerate(blocks)
        if is_heading_like(b) and not is_date_label(b.text) and not _no_session_head(b.text)
    ]
    found: list[tuple[int, int]] = []
    titles: set[str] = set()
    dates: set[tuple[int, int, int | None]] = set()
    for n, head in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        # The session's first sentence, or a "Fecha: martes 13 de octubre de 2026" line
        # right under its head.
        first = next(
            (
                b
                for n, b in enumerate(blocks[head + 1 : end])
                if is_paragraph(b) or (n == 0 and b.kind != ITEM and is_field(b.text))
            ),
            None,
        )
        repeated = blocks[head].text in titles
        titles.add(blocks[head].text)  # a repeated heading is a caption, not a new session
        if first is None or repeated:
            continue
        # "Prochain webinaire : « ... », le jeudi 16 avril", under whatever heading.
        if _points_ahead(blocks[head].text) or _points_ahead(first.text):
            continue
        # "Zgłoszenia przyjmujemy do 30 listopada 2026 r.": a deadline dates no session.
        dated = [
            d
            for d in find_dates(first.text[:200])
            if d.year is not None and not is_deadline(first.text, d)
        ]
        if dated:
            dates.add((dated[0].day, dated[0].month, dated[0].year))
            found.append((head, end))
    if len(dates) != len(found):
        return []
    # A session runs to the next session's head, past its own "Imparte: Name, ..." lines.
    spans = [(head, found[n + 1][0]) for n, (head, _) in enumerate(found[:-1])]
    if found:
        head, end = found[-1]
        spans.append((head, _section_end(blocks, head, end)))
    return spans


def _section_end(blocks: list[Block], head: int, end: int) -> int:
    """Where the section under heading ``head`` ends: the next heading of its level or above."""
    level = blocks[head].level
    if blocks[head].kind != HEADING or not level:
        return end
    for j in range(head + 1, len(blocks)):
        if blocks[j].kind == HEADING and 0 < blocks[j].level <= level:
            return j
    return len(blocks)


def dated_kicker(block: Block) -> bool:
    """ "Session 1 · Thursday 15 January 2026", "Sesja 2 – 12.02.2026": a short line numbering a
    session of a series and giving its day, over the heading that names the session."""
    if block.kind == ITEM or len(block.text) > 100:
        return False
    rest = numbered_line(block.text)
    return rest is not None and bool(find_dates(rest))


def _by_kicker(blocks: list[Block]) -> list[tuple[int, int]]:
    """Sessions each under a dated "Session N" line over its own heading, told apart by
    their days; each runs to the next such line (the last to the end of its section)."""
    heads = [
        i
        for i in range(len(blocks) - 1)
        if dated_kicker(blocks[i])
        and is_heading_like(blocks[i + 1])
        and not dated_kicker(blocks[i + 1])
        and not _points_ahead(blocks[i + 1].text)
    ]
    days = {
        tuple((d.day, d.month) for d in find_dates(numbered_line(blocks[i].text) or "")[:1])
        for i in heads
    }
    if len(heads) < 2 or len(days) != len(heads) or not _listed_by_the_page(blocks, heads):
        return []
    spans = [(head, heads[n + 1]) for n, head in enumerate(heads[:-1])]
    last = heads[-1]
    return [*spans, (last, _section_end(blocks, last + 1, len(blocks)))]


def _listed_by_the_page(blocks: list[Block], heads: list[int]) -> bool:
    """Whether the sessions under ``heads`` are the page's own, not other sessions listed
    below one it describes ("Other webinars in this series", "Weitere Termine der Reihe"):
    the heading they are listed under, if any, is the page's main one and points nowhere
    else."""
    level = blocks[heads[0] + 1].level
    if blocks[heads[0] + 1].kind != HEADING or not level:
        return True
    above = [
        i for i in range(heads[0]) if blocks[i].kind == HEADING and 0 < blocks[i].level < level
    ]
    if not above:
        return True
    over = blocks[above[-1]]
    if leads_elsewhere(over.text) or _points_ahead(over.text):
        return False
    # The page's main heading: no heading of its rank or above comes before it.
    return not any(b.kind == HEADING and 0 < b.level <= over.level for b in blocks[: above[-1]])


# "Další jednání", "Weitere Termine", "Najbliższe wydarzenia", "More events": a heading over other
# events of the site (matched folded, with _points_ahead and leads_elsewhere).
_OTHER_EVENTS = re.compile(
    r"^(?:dalsi|weitere|further|more|other|najblizsze|nejblizsi|autres|otr[oa]s|altri|altre|"
    r"inne|pozostale|ostatni)\s+(?:[^\W\d_]+\s+)?(?:events?|termine|veranstaltungen|"
    r"jednani|akce|udalosti|setkani|wydarzenia|spotkania|terminy|rendez-vous|evenements|"
    r"eventos|actividades|eventi|appuntamenti|incontri|webinar\w*|sessions?|seminar\w*)\b"
)


def _over_other_events(block: Block) -> bool:
    if block.kind != HEADING or len(block.text) > 60:
        return False
    text = block.text
    return bool(
        _OTHER_EVENTS.match(fold(text).strip()) or leads_elsewhere(text) or _points_ahead(text)
    )


def without_other_events(blocks: list[Block]) -> list[Block]:
    """The blocks without a list of the site's other events under its own heading ("Další
    jednání" over dated links): its items are events, never the session's people. Only a
    section of list items or short lines is such a list."""
    kept: list[Block] = []
    i = 0
    while i < len(blocks):
        end = _section_end(blocks, i, len(blocks)) if _over_other_events(blocks[i]) else i
        section = blocks[i + 1 : end]
        if section and all(b.kind == ITEM or len(b.text) <= 120 for b in section):
            i = end
            continue
        kept.append(blocks[i])
        i += 1
    return kept


def split_sessions(blocks: list[Block]) -> list[tuple[int, int]]:
    """(head index, end index) of each session when the page lists two or more, else []."""
    for finder in (_by_time, _by_date, _by_kicker):
        found = finder(blocks)
        if len(found) >= 2:
            return found
    return []
