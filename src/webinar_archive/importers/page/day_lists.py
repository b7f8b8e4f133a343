"""Days of one event listed before their month: "les 16, 17 et 18 mars 2026", "on 3, 4 and 5
May", "am 7., 8. und 9. Mai", "12, 13 i 14 maja". The event starts on the first of them, as a
range ("16–18 mars") does."""

from __future__ import annotations

import re

# One listed day and its comma, right before the day a date or range starts with.
_LISTED_DAY = re.compile(r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|er|e|\.|º)?,\s*$", re.I)


def list_start(text: str, start: int, day: int) -> tuple[int, int]:
    """Where the list of days ending at the date starting at ``start`` (on ``day``) begins,
    and its first day: each listed day before a comma, each earlier than the one after it."""
    while match := _LISTED_DAY.search(text, max(0, start - 8), start):
        earlier = int(match.group(1))
        if not 1 <= earlier < day:
            break
        start, day = match.start(), earlier
    return start, day
