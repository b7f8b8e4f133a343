"""Telling a page about one session from a page listing several (a series index, a programme)."""

from __future__ import annotations

from .blocks import Block
from .dates import find_dates
from .lexicon import LABEL_ROLES
from .speakers import TIME_PREFIX, role_from_words
from .titles import is_heading_like, is_paragraph


def _timed_head(block: Block) -> bool:
    if not is_heading_like(block) or not TIME_PREFIX.match(block.text):
        return False
    rest = TIME_PREFIX.sub("", block.text, count=1)
    return any(c.isalpha() for c in rest)


def _people_label(block: Block) -> bool:
    head, colon, _ = block.text.partition(":")
    return bool(colon) and len(head) <= 40 and role_from_words(head, LABEL_ROLES) is not None


def _by_time(blocks: list[Block]) -> list[tuple[int, int]]:
    heads = [i for i, b in enumerate(blocks) if _timed_head(b)]
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


def _by_date(blocks: list[Block]) -> list[tuple[int, int]]:
    heads = [i for i, b in enumerate(blocks) if is_heading_like(b)]
    found: list[tuple[int, int]] = []
    titles: set[str] = set()
    dates: set[tuple[int, int, int | None]] = set()
    for n, head in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        first = next((b for b in blocks[head + 1 : end] if is_paragraph(b)), None)
        repeated = blocks[head].text in titles
        titles.add(blocks[head].text)  # a repeated heading is a caption, not a new session
        if first is None or repeated:
            continue
        dated = [d for d in find_dates(first.text[:200]) if d.year is not None]
        if dated:
            dates.add((dated[0].day, dated[0].month, dated[0].year))
            found.append((head, end))
    return found if len(dates) == len(found) else []


def split_sessions(blocks: list[Block]) -> list[tuple[int, int]]:
    """(head index, end index) of each session when the page lists two or more, else []."""
    for finder in (_by_time, _by_date):
        found = finder(blocks)
        if len(found) >= 2:
            return found
    return []
