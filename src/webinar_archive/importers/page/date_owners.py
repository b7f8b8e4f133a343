"""Whose a date on a page is: a start time belongs to the date right before it, not to one
with another date between them ("Eingestellt am 29.01.2027 / Donnerstag, 18. Februar, 18:30
Uhr": 18:30 is the Thursday's); and the words that say a page was put online, which the
shorter list in dates.py misses ("Eingestellt am", "Mis en ligne le", "Stand:", "Data
pubblicazione", "Data dodania", "Datum vydání")."""

from __future__ import annotations

import re

_POSTED = re.compile(
    r"(?<![^\W\d_])(?:eingestellt|erschienen|online seit|stand\s*:|zuletzt geändert|"
    r"mis en ligne|mise en ligne|en ligne depuis|modifié|date de publication|"
    r"fecha de publicación|subido|modificado|"
    r"data (?:di )?pubblicazione|pubblicazione|modificato|"
    r"data (?:publikacji|dodania|modyfikacji)|zamieszczon\w*|umieszczon\w*|"
    r"datum (?:vydání|zveřejnění|publikace)|vydáno|upraveno|"
    r"uploaded|created|written on|last updated|first published)(?![^\W\d_])",
    re.I,
)


def posted(before: str) -> bool:
    """Whether the words before a date on its line say when the page was put online."""
    return bool(_POSTED.search(before))


def own_time(text: str, date_end: int, time_start: int) -> bool:
    """Whether a time after a date is that date's: no figure stands between them (another
    date, a day or a number of anything)."""
    return not re.search(r"\d", text[date_end:time_start])
