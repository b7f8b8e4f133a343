"""A job word written before a person's name ("Apotheker Jonas Berg", "Dachdeckermeister Uwe
Lenz", "pharmacist Ann Lee") is no part of the name: the name is what follows it, and the job
word is the person's position when the page gives no other."""

from __future__ import annotations

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .names import is_org_word, is_role_word

# Trades and professions the position lexicon does not hold, folded stems; a German master
# craftsman's title ends in "-meister" ("Dachdeckermeister", "Tischlermeisterin").
_JOB_STEMS = (
    "apotheker", "pharmazeut", "pharmacien", "farmacist", "farmaceut", "lekarnik", "lekarnic",
    "aptekar", "tischler", "schreiner", "dachdecker", "zimmerer", "elektriker", "installateur",
    "backer", "konditor", "winzer", "landwirt", "imker", "hebamme", "physiotherapeut",
    "tierarzt", "tierarztin", "zahnarzt", "zahnarztin", "notar", "steuerberater",
)  # fmt: skip
_MASTER_ENDS = ("meister", "meisterin")


def is_job_word(word: str) -> bool:
    """ "Apotheker", "Dachdeckermeister", "pharmacist": a word for what someone does for a
    living, as it stands before a name."""
    folded = fold(word.strip(".,:;"))
    if not folded.isalpha() or is_org_word(word):
        return False
    if folded.endswith(_MASTER_ENDS) and len(folded) > len("meister") + 3:
        return True
    if any(folded.startswith(stem) and len(folded) - len(stem) <= 3 for stem in _JOB_STEMS):
        return True
    return is_role_word(word)


def without_job_word(name: str) -> tuple[str, str | None]:
    """(name, job word) with a job word before a name of two words or more split off."""
    words = name.split()
    if len(words) >= 3 and is_job_word(words[0]) and all(w[:1].isupper() for w in words[1:]):
        return " ".join(words[1:]), words[0]
    return name, None


def settle_occupations(speakers: list[SpeakerDraft]) -> list[SpeakerDraft]:
    """``speakers`` with job words taken off their names; a person then named twice is
    listed once, the details of both kept."""
    kept: list[SpeakerDraft] = []
    by_name: dict[str, SpeakerDraft] = {}
    for speaker in speakers:
        name, job = without_job_word(speaker.name)
        if job is not None:
            speaker.name = name
            if not speaker.position:
                speaker.position = job
        same = by_name.get(fold(speaker.name))
        if same is not None:
            same.organisation = same.organisation or speaker.organisation
            same.position = same.position or speaker.position
            continue
        by_name.setdefault(fold(speaker.name), speaker)
        kept.append(speaker)
    return kept
