"""More ways a page says that a recording, slides or an agenda is there, in the pages'
languages: a live stream that stays to be watched afterwards ("La diretta resterà disponibile
sul nostro canale", "the livestream will remain online"), a file sent by e-mail in any tense
("will be emailed", "prześlemy mailem", "zašleme", "invieremo"), a plan of the session as a
document ("session plan (PDF)", "plan de la séance") and sentences that do not end at a title
before a name ("Le slide del prof. Marangon saranno inviate ...")."""

from __future__ import annotations

import re

from .inflected_meetings import inflected_meeting_noun
from .names import HONORIFIC_BEFORE

# A live broadcast, then within the sentence a verb for staying: it is there to be watched
# later, so it is the recording ("Der Livestream bleibt abrufbar", "la retransmisión quedará
# disponible", "přenos zůstane ke zhlédnutí", "transmisja pozostanie dostępna").
RECORDING_MORE = (
    r"(?:diretta|directo|direct|live-?stream\w*|stream(?:ing)?|retransmisi[oó]n|transmisj\w*|"
    r"přenos\w*|prenos\w*|übertragung|broadcast|webcast)(?![^\W\d_])[^.!?]{0,60}?"
    r"(?<![^\W\d_])(?:rester\w*|rimarr\w*|rimane|bleib\w*|quedar\w*|queda|permanecer\w*|"
    r"pozosta\w*|zůstan\w*|zůstává|remain\w*|stay\w*|will be kept|is kept)(?![^\W\d_])"
)
# Sent to those who came, in the tenses and persons the fixed stems miss: "emailed",
# "e-mailed", "prześlemy", "wyślemy", "zašleme", "pošleme", "enviaremos", "invieremo",
# "enverrons", "transmettrons", "zusenden", "zugeschickt".
POINTER_MORE = (
    r"e-?mail(?:ed|s)(?![^\W\d_])|mailed(?![^\W\d_])|prześl\w*|wyśl\w*|zašl\w*|pošl\w*|"
    r"rozešl\w*|envi(?:aremos|amos|aré)(?![^\W\d_])|invi(?:eremo|eranno|amo)(?![^\W\d_])|"
    r"enverr\w*|transmettr\w*|zusend\w*|zuschick\w*|senden(?![^\W\d_])"
)

# "session plan", "plan de la séance", "plan del taller", "Seminarplan": a plan of the session
# itself, a meeting noun beside the word for a plan.
_PLAN_AFTER = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)[\s-]+(?:pl[aá]n|planning)(?![^\W\d_])|"
    r"(?<![^\W\d_])(?:pl[aá]n|planning|piano)\s+(?:(?:de\s+la|de\s+l['’]|del|de|du|des|of\s+the|"
    r"of|della|dello|dell['’]|di)\s*)?([^\W\d_]+)",
    re.I,
)


# A document labelled by the session's running order ("Ablauf (PDF)", "Déroulé de la
# matinée", "Scaletta", "Schedule") is its agenda; in running text these words mean other
# things ("schedule a call"), so only a document's own label counts.
_RUNNING_ORDER = re.compile(
    r"(?<![^\W\d_])(?:ablauf|ablaufplan|zeitplan|déroulé|deroule|déroulement|scaletta|"
    r"running order|orario|schedule|timetable|cronograma|horario|rozvrh|časový plán|"
    r"pl[aá]n (?:spotk|wydarz|konfer|webin|warsztat|szkole|zaj[eę]|semin)\w*)(?![^\W\d_])",
    re.I,
)


def running_order(label: str) -> bool:
    """Whether a document's label names the session's running order or plan."""
    return bool(_RUNNING_ORDER.search(label)) or session_plan(label)


def session_plan(label: str) -> bool:
    """Whether a document's label names the plan of a session ("Session plan (PDF)")."""
    for match in _PLAN_AFTER.finditer(label):
        noun = match.group(1) or match.group(2)
        if noun and inflected_meeting_noun(noun):
            return True
    return any(
        inflected_meeting_noun(word[: -len("plan")])
        for word in re.findall(r"[^\W\d_]{6,}plan(?![^\W\d_])", label, re.I)
    )


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
# "M. Kolářová", "J. Brown": an initial before a surname ends no sentence either.
_INITIAL = re.compile(r"(?<![^\s(])[^\W\d_a-z]\.$")


def sentences(text: str) -> list[str]:
    """``text`` cut at the end of each sentence, but not after a title or an initial that
    stands before a name ("del prof. Marangon", "Dr. Weiss", "M. Kolářová")."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if out and out[-1].endswith(".") and piece[:1].isupper() and _before_name(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _before_name(text: str) -> bool:
    return bool(HONORIFIC_BEFORE.search(text) or _INITIAL.search(text))
