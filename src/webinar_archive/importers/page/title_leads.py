"""What stands before a title's colon without being the title: a label for the kind of
session ("Online poradna:", "Virtual clinic:") or the name of its series, which the page also
shows on a line of its own ("Ask a Space Scientist" over "Listening to comets")."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .meeting_words import is_meeting_label

# Nouns for a session where people bring their questions ("Online poradna", "Virtuelle
# Sprechstunde", "Live Q&A", "Permanence en ligne"), folded; a label of their own kind, which
# the list of meeting nouns does not hold.
_ADVICE_NOUNS = frozenset(
    [
        "poradna", "konzultace", "konsultace", "sprechstunde", "beratung", "clinic",
        "consultation", "consultations", "surgery", "permanence", "consulta", "consulenza",
        "asesoria", "konsultacje", "porada", "dyzur", "q&a", "ama", "helpdesk", "office hours",
    ]
)  # fmt: skip
# How such a session is held: online, live, virtual, open, free.
_MODES = (
    "online", "live", "virtu", "digit", "web", "offen", "open", "ouvert", "abiert", "aperta",
    "otwart", "otevr", "verejn", "gratu", "zdarm", "bezpl", "kostenl", "en ligne", "en linea",
    "in linea",
)  # fmt: skip
_LEAD = re.compile(r"^(?P<head>[^:]{2,40}?)\s*:\s+(?P<rest>\S.*)$")


def _advice_label(head: str) -> bool:
    """ "Online poradna", "Live Q&A", "Virtuelle Sprechstunde": at most one word of how,
    around one noun for a session of questions."""
    folded = " ".join(fold(head).split())
    for noun in _ADVICE_NOUNS:
        if noun not in folded:
            continue
        rest = " ".join(folded.replace(noun, " ").split())
        if not rest or (len(rest.split()) <= 2 and rest.startswith(_MODES)):
            return True
    return False


def without_kind_label(title: str) -> str:
    """``title`` without a lead naming the kind of session rather than its topic: "Online
    poradna: Jak si ochránit vynález" is "Jak si ochránit vynález". The rest must be three
    words at least and start with a capital, so "Live: a night at the opera" stays whole."""
    match = _LEAD.match(title)
    if match is None:
        return title
    head, rest = match.group("head").strip(), match.group("rest").strip()
    if len(rest.split()) < 3 or not rest[:1].isupper() or len(head.split()) > 3:
        return title
    if _advice_label(head) or is_meeting_label(head):
        return rest
    return title


_SPLIT = re.compile(r"\s*:\s+|\s+[–—|]\s+")


def standing_lead(title: str, lines: list[str], others: list[str]) -> tuple[str, str] | None:
    """(title, series) when ``title`` joins two things the page gives apart: a lead that
    stands on a line of its own (``lines``) and, after a colon or a dash, a name another
    source gives alone (``others``, the h1 under a kicker). "Ask a Space Scientist: Listening
    to comets" in <title>, over a page with "Ask a Space Scientist" above its h1 "Listening to
    comets", is the session "Listening to comets" of the series "Ask a Space Scientist"."""
    parts = _SPLIT.split(title, maxsplit=1)
    if len(parts) != 2:
        return None
    head, rest = parts[0].strip(), parts[1].strip()
    if not head or len(rest.split()) < 2:
        return None

    def same(a: str, b: str) -> bool:
        return " ".join(fold(a).split()) == " ".join(fold(b).split())

    if not any(same(head, line) for line in lines):
        return None
    # The rest may still carry the site's name: "... Listening to comets - Space Agency".
    pieces = re.split(r"\s+[-–—|]\s+", rest)
    for k in range(len(pieces), 0, -1):
        named = next((o for o in others if same(" ".join(pieces[:k]), o)), None)
        if named is None and k == len(pieces):
            named = next((o for o in others if same(rest, o)), None)
        if named is not None:
            return named, head
    return None
