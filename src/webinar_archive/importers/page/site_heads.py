"""Which word of the site's own name a speaker's one-word body is: its kind ("the Survey's
geohazards team" on the site of the "Northmoor Geological Survey", "du Musée") stands for the
whole name, while the town the name holds beside a word for its kind ("Hohenfels" of
"Notarkammer Hohenfels", "Leeds" of "University of Leeds") is where someone works, no body:
"Notarin Dr. X, Hohenfels" names a notary with her town."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .names import is_org_word

_WORD = re.compile(r"[^\W\d_]+")


def site_place(word: str, names: list[str]) -> bool:
    """Whether ``word`` is a word of one of the site's ``names`` that is not its kind and
    follows a word of that name that is."""
    if not word[:1].isupper() or word.isupper() or is_org_word(word):
        return False
    low = fold(word)
    for name in names:
        words = _WORD.findall(name)
        folded = [fold(w) for w in words]
        # The town follows the word for the kind ("Notarkammer Hohenfels", "University of
        # Leeds"); a word before it is the body's own name ("Lumbrera Labs").
        if low in folded and any(is_org_word(w) for w in words[: folded.index(low)]):
            return True
    return False
