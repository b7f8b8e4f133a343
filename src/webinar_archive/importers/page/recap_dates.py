"""A report on a past session is dated twice: the report's own day stands alone on a line in
figures ("02.11.2026 · Rückblick", "5.03.2026" under a headline), while the session's day is
told in a sentence with its weekday ("waren am Donnerstag, dem 29. Oktober 2026, dabei", "W
sobotę 28 lutego 2026 r. ponad dwieście osób ..."). The sentence's date is the session's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from webinar_archive.domain.text import fold

# Words a report's date line may hold beside the date, folded.
_REPORT_WORDS = frozenset(
    [
        "ruckblick", "bericht", "recap", "review", "report", "retour", "compte", "rendu",
        "cronica", "resumen", "resoconto", "relacja", "sprawozdanie", "ohlednuti", "reportaz",
        "zprava", "news", "aktuelles", "actualite", "noticia", "notizia", "aktualnosci",
        "aktuality",
    ]
)  # fmt: skip
_FIGURES = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}$")
# A sentence goes on around a date: at least this many letters on its line.
_SENTENCE_LETTERS = 40


class _Dated(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _line(text: str, start: int, end: int) -> tuple[str, str]:
    """(the line around ``text[start:end]`` without it, the line as a whole)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    return text[line_start:start] + " " + text[end:line_end], text[line_start:line_end]


def report_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is written in figures on a line of its own, with
    at most a word for a report beside it."""
    if not _FIGURES.match(text[start:end].strip()):
        return False
    rest, _ = _line(text, start, end)
    words = re.findall(r"[^\W\d_]+", fold(rest))
    return not re.search(r"\d", rest) and all(w in _REPORT_WORDS for w in words)


M = TypeVar("M", bound=_Dated)


def session_in_sentence(text: str, ranked: Sequence[M], weekday: re.Pattern[str]) -> M:
    """The first of ``ranked`` unless it is a report's date and another date is told in a
    sentence after a weekday; then that one."""
    best = ranked[0]
    if not report_date(text, best.start, best.end):
        return best
    for mention in ranked[1:]:
        _, line = _line(text, mention.start, mention.end)
        if len(re.findall(r"[^\W\d_]", line)) < _SENTENCE_LETTERS:
            continue
        if weekday.search(text[max(0, mention.start - 30) : mention.start]):
            return mention
    return best
