"""A word for a session in another case than the one the word lists hold: "Plan dyżuru",
"plan spotkania", "plán semináře", "plan konferencji" name the plan of a session as much as
"session plan" does."""

from __future__ import annotations

from webinar_archive.domain.text import fold

from .meeting_words import meeting_noun

# The endings a session's noun has in the nominative after the stem a case ending leaves
# ("dyżur-u": "dyżur", "spotkani-a": "spotkanie", "seminář-e": "seminář", "konferencj-i":
# "konferencja").
_ENDINGS = ("", "a", "e", "o")


def inflected_meeting_noun(word: str) -> bool:
    """Whether ``word`` is a word for a session as it is, or with its last one to three
    letters a case ending: a stem of four letters or more that, with a nominative ending,
    is one."""
    if meeting_noun(word):
        return True
    folded = fold(word)
    for cut in range(1, 4):
        stem = folded[:-cut]
        if len(stem) >= 4 and any(meeting_noun(stem + end) for end in _ENDINGS):
            return True
    return False
