"""Labels for a kind of session that frame a title without being it, in shapes the lists of
meeting words do not hold: a lead saying how the session is held after what it is
("Nachbarschaftsdialog online:", "Degustazione guidata online:", "Charla online con
cuidadores:"), a meeting noun with one word for its purpose ("Webinar de lanzamiento:",
"Seminar of welcome:"), and the same kind of label after a dash at the end ("... – spotkanie
online dla mieszkańców")."""

from __future__ import annotations

import re

from webinar_archive.domain.text import fold

from .meeting_words import is_meeting_label, meeting_noun

# Words saying a session is held at a distance or live, folded, as whole words: the mark of a
# label ("Tasting online", "Visita guidata live") that a topic seldom carries after its noun.
_HOW_HELD = frozenset(
    ["online", "live", "virtual", "virtuel", "virtuelle", "virtuale", "virtualny", "virtualni",
     "en ligne", "en linea", "in linea", "na zywo", "w sieci"]
)  # fmt: skip
# Small words between a meeting noun and the one word of its purpose.
_OF = frozenset(["de", "di", "of", "du", "des", "del", "della", "do", "d"])
_LEAD = re.compile(r"^(?P<head>[^:]{3,50}?)\s*:\s+(?P<rest>\S.*)$")
_TAIL = re.compile(r"^(?P<rest>.+?)\s+[–—-]\s+(?P<tail>[^–—-]{3,60})$")


def _words(text: str) -> list[str]:
    return " ".join(fold(text).split()).split(" ")


def _held_after_first(head: str) -> bool:
    """ "Degustazione guidata online", "Charla online con cuidadores": at most four words, a
    word for how it is held among them but not first ("Online safety" is a topic)."""
    words = _words(head)
    if not 2 <= len(words) <= 4 or not head[:1].isupper():
        return False
    if any(not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w) for w in words):
        return False
    pairs = {" ".join(words[k : k + 2]) for k in range(1, len(words) - 1)}
    return any(w in _HOW_HELD for w in words[1:]) or bool(pairs & _HOW_HELD)


def _noun_of_purpose(head: str) -> bool:
    """ "Webinar de lanzamiento", "Seminario di benvenuto": a meeting noun, a small "of" and
    one word."""
    words = _words(head)
    return len(words) == 3 and meeting_noun(words[0]) and words[1] in _OF and words[2].isalpha()


def is_kind_lead(head: str) -> bool:
    """Whether ``head``, the text before a title's colon, names a kind of session."""
    head = head.strip()
    return _held_after_first(head) or _noun_of_purpose(head) or is_meeting_label(head)


def without_kind_frame(title: str) -> str:
    """``title`` without a kind-of-session label before its colon or after its last dash.
    What is left must be three words at least and start with a capital."""
    match = _LEAD.match(title)
    if match is not None:
        head, rest = match.group("head").strip(), match.group("rest").strip()
        if len(rest.split()) >= 3 and rest[:1].isupper() and is_kind_lead(head):
            title = rest
    match = _TAIL.match(title)
    if match is not None:
        rest, tail = match.group("rest").strip(), match.group("tail").strip()
        if len(rest.split()) >= 3 and (is_meeting_label(tail) or _held_after_first(tail)):
            title = rest
    return title
