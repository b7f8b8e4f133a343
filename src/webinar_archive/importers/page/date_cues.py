"""Where a date sits tells whose day it is: "Aktuelles · 02.11.2025" over a news item dates
the item, not the session it reports on ("Am Mittwoch, 22. Oktober, ...")."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

# Words for a news item or a post, folded: a line that gives one and a date is the item's
# byline, in the pages' languages.
_NEWS_WORDS = frozenset(
    [
        "news", "press", "release", "blog", "post", "article", "story", "update", "updates",
        "aktuelles", "aktuell", "neuigkeiten", "nachricht", "nachrichten", "meldung",
        "pressemitteilung", "beitrag", "artikel", "actualite", "actualites", "actu", "breve",
        "communique", "noticia", "noticias", "actualidad", "comunicado", "notizia", "notizie",
        "comunicato", "articolo", "aktualnosci", "aktualnosc", "wiadomosci", "komunikat",
        "artykul", "aktuality", "aktualita", "novinky", "novinka", "zpravy", "zprava", "clanek",
        "tiskova", "de", "di", "la", "of", "and", "y", "e", "et", "und", "i", "a",
    ]
)  # fmt: skip
_PARTS = re.compile(r"\s*[·•|/–—]\s*")


def byline_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` stands on a line that only says what kind of
    item the page is ("News | 12.03.2026", "Notizia · 3 novembre 2025", "Aktualności – ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    rest = line[: start - line_start] + " " + line[end - line_start :]
    if not _PARTS.search(line):
        return False
    words = re.findall(r"[^\W\d_]+", fold(rest))
    return bool(words) and len(words) <= 4 and all(w in _NEWS_WORDS for w in words)
