"""A speaker's label written inside running text ("... dei fondi. Relatrice: Paola Serra.
Segue ...", "Interviene Paola Serra.", "Intervient : Claire Dubois."): the sentence that opens
with it names the person as a list under that label would."""

from __future__ import annotations

import re

from webinar_archive.domain.model import AppearanceRole

from .context import split_sentences
from .lexicon import LABEL_ROLES
from .names import role_stem
from .person_lines import role_from_words

# A label of at most three words, then a colon, or a verb of speaking that the name follows
# straight away ("Interviene", "Intervient", "Spricht", "Speaks").
_LABEL_COLON = re.compile(r"^([^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+){0,2})\s*:\s+(?=[^\W\d_a-z])")
_LABEL_VERB = re.compile(
    r"^((?i:interviene|intervengono|intervient|interviennent|interviendra|interviendront|"
    r"interviene|intervendrá|spricht|sprechen|referiert|przemawia|wystąpi|vystoupí|speaks))"
    r"\s+(?=[^\W\d_a-z])"
)


def labelled_sentence(sentence: str) -> tuple[AppearanceRole, str] | None:
    """(the label's role, the words after it) when ``sentence`` opens with a speaker's label
    and a capitalised word follows; None otherwise."""
    match = _LABEL_COLON.match(sentence) or _LABEL_VERB.match(sentence)
    if match is None:
        return None
    role = role_from_words(match.group(1), LABEL_ROLES)
    # "Referentin: Julia Berger": a word that is also a position is read with the name as one.
    if role is None or any(role_stem(w) for w in match.group(1).split()):
        return None
    return role, sentence[match.end() :].rstrip(" .;")


def prose(head: str) -> bool:
    """Whether the words before a colon hold the end of a sentence ("The webinar covers
    funding. Speaker"): the label is then inside running text, read sentence by sentence."""
    return len(split_sentences(head)) > 1
