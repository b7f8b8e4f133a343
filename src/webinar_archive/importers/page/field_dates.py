"""A date under a field's label on a line of its own: a "Date" term over its "14/09/2027"
value in a definition list or a table copied line by line ("Datum" over "22.04.2026", "Termín"
over "čtvrtek 21. 10. 2026", "Fecha y hora" over "12/05/2026"). The label says it is the
session's day, as "Date: 14/09/2027" does, over a period the page names in prose ("The
consultation runs from 1 to 30 September"); and such a label is no session's heading."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

# The label alone on its line, folded, with "and time" after it in any of the languages.
_LABEL_LINE = re.compile(
    r"(?:date|datum|data|fecha|termin|kdy|kiedy|wann|quand|when|quando|cuando|giorno|dzien|"
    r"den|jour|day|dia)(?:\s+(?:and|und|et|y|e|i|a)\s+(?:time|uhrzeit|heure|hora|ora|"
    r"godzina|cas))?\s*[:?]?"
)


def is_date_label(text: str) -> bool:
    """ "Date", "Kiedy?", "Datum und Uhrzeit:": a line that only labels the date under it,
    no session's heading."""
    return len(text) <= 40 and bool(_LABEL_LINE.fullmatch(fold(text).strip()))


def labelled_above(text: str, start: int, weekday: re.Pattern[str]) -> bool:
    """Whether the date at ``start`` opens its line (a weekday in front aside) and the line
    above it is a date's label and nothing more."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or weekday.sub("", text[line_start:start]).strip(" ,\t"):
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return is_date_label(above)
