"""A listed person written with an initial and a family name ("D. Smith", "J. R. Brown"): the
initial is part of the name, not a title ("D." is also the Spanish "Don" before a full name)."""

from __future__ import annotations

import re

from webinar_archive.domain.model import SpeakerDraft

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
    # An initial that is no title ("J. Brown, Bee Society") is a name when a comma or a
    # bracket says who the person is; a lettered programme item ("B. Ausblick", "C. Panel
    # – 10:30") has none.
    if match.group(1).split()[0] not in HONORIFICS and not re.match(
        r"\s*[,(]", text[match.end() :]
    ):
        return []
    return [NameRun(0, match.end(1), match.group(1), False)]


def _initial_form(name: str) -> tuple[str, str] | None:
    """("H", "Dufresnoy-Katz") for "H. Dufresnoy-Katz", None for a name written in full."""
    words = name.split()
    if len(words) < 2 or not all(re.fullmatch(r"[^\W\d_]\.", w) for w in words[:-1]):
        return None
    return words[0][0], words[-1]


def without_initial_doubles(speakers: list[SpeakerDraft]) -> list[SpeakerDraft]:
    """``speakers`` without "H. Dufresnoy-Katz" when "Hélène Dufresnoy-Katz" is listed too
    (a file's link, a caption): the same person written short."""
    full = [s.name.split() for s in speakers if _initial_form(s.name) is None]

    def written_in_full(name: str) -> bool:
        form = _initial_form(name)
        return form is not None and any(
            len(words) >= 2 and words[-1] == form[1] and words[0][:1] == form[0] for words in full
        )

    return [s for s in speakers if not written_in_full(s.name)]
