"""A listed person written with an initial and a family name ("D. Smith", "J. R. Brown"): the
initial is part of the name, not a title ("D." is also the Spanish "Don" before a full name)."""

from __future__ import annotations

import re

from .lexicon import HONORIFICS
from .names import NameRun, name_token

# One or two initials, then one family name, then the end of the line or what says who the
# person is (a comma, a bracket, a dash or a cell).
_INITIAL_NAME = re.compile(
    r"^((?:[^\W\d_a-z]\.\s?){1,2}[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?)"
    r"(?=\s*(?:$|[,(|]|\s[–—-]\s))"
)


def initial_runs(text: str, lang: str | None) -> list[NameRun]:
    """The name at the start of a listed line when it is initials and one family name;
    empty otherwise ("D. Ana Ruiz" is Don Ana Ruiz, read by the usual rules; "B. Ausblick",
    "C. Panel" are lettered items of a programme, the word after the letter no name)."""
    match = _INITIAL_NAME.match(text)
    if match is None or name_token(match.group(1).split()[-1], lang) is None:
        return []
    # Only where the rules would read the initial as a title ("D.", "M."); other initials
    # are left to the usual rules, which read no name from them.
    if match.group(1).split()[0] not in HONORIFICS:
        return []
    return [NameRun(0, match.end(1), match.group(1), False)]
