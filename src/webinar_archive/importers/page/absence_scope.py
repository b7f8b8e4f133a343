"""How far a "not" reaches in a sentence about a session's links: "The session will not be
recorded, but the slides will be shared" says there is no recording and that there are slides.
Each clause of such a sentence speaks for itself; one that goes on with "nor", "noch", "ni",
"né", "ani" is said not to be there too."""

from __future__ import annotations

import re

# A comma, semicolon or dash between clauses, and the words for "but" that open a clause.
_CLAUSE_BREAK = re.compile(
    r"\s*[,;–—]\s*|\s+(?=(?:but|however|aber|jedoch|doch|mais|cependant|pero|sin embargo|"
    r"ma|però|tuttavia|ale|jednak|lecz|však|avšak)\s)",
    re.I,
)
_NOR = re.compile(
    r"^\W*(?:(?:and|und|et|y|e|i|a)\s+)?(?:nor|neither|noch|weder|ni|né|ani|ani\s+też)(?![^\W\d_])",
    re.I,
)


def clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence`` that do not go on with a negation of the one before."""
    parts = [part for part in _CLAUSE_BREAK.split(sentence) if part and part.strip()]
    return [part for part in parts if not _NOR.match(part)]
