"""The body a unit belongs to when it is named by its short form or by its kind alone.

A unit named with its body goes to the role and the body is the organisation (the convention
of the records, tests/data/pages/README.md). `unit_genitives.py` takes the body when it is
written out; three shapes it leaves are taken here:

- the unit, then the body's short form: "z Kliniki Diabetologii USK", "Servicio de Urgencias
  HUCA", "Institut für Geodäsie TUK" (the body is the short form as written);
- the unit, then the site's own body named by the word for its kind: "dyrektor Wydziału Nadzoru
  Pedagogicznego Kuratorium" on the site of "Kuratorium Oświaty w X", "Presidente della
  Commissione Patrocinio dell'Ordine" on the site of "Ordine degli Avvocati di Y" (the body is
  the site's name holding that word), and a position before that word alone ("Consigliera
  dell'Ordine");
- a position closing on a unit word with the unit's own name taken for the body's:
  "otorrinolaringóloga del Servicio" and "ORL del Hospital Universitario de Z" (the unit's name
  goes back to the role).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .blocks import PageDoc
from .names import is_org_word, is_unit_word
from .own_site import site_names
from .person_lines import names_site
from .unit_genitives import _parent_name, _unit, as_written

# A body's commission or committee, folded stems: a part of the body named after it.
_COMMITTEES = (
    "commission", "comision", "kommission", "komisj", "komise", "comitato", "comite",
    "committee", "ausschuss", "consulta", "sezione", "sekcj", "sekce",
)  # fmt: skip
_SHORT = re.compile(r"^[A-ZÀ-Ý]{2,6}$")
# The word before a body's kind: an article and "of" in the languages that write them, or none
# (a Polish or Czech genitive).
_KIND_LAST = re.compile(
    r"^(?P<front>.+?)(?:\s+(?:der|des|of the|of|del|della|dello|de la|du|de)\s+|\s+dell['’]|"
    r"\s+de l['’]|\s+)(?P<kind>[^\W\d_]{4,})$"
)
_JOIN = re.compile(r"\s+(?:del|de la|de|della|dell['’]|di|der|des|of the|of|du)\s*(?=[A-ZÀ-Ý])")


def _short_form_body(position: str | None, org: str, text: str) -> tuple[str, str] | None:
    words = org.split()
    if len(words) < 2 or not _SHORT.match(words[-1]) or any(_SHORT.match(w) for w in words[:-1]):
        return None
    front = " ".join(words[:-1])
    if not _unit(front):
        return None
    return as_written(position, front, text), words[-1]


def _head_is(kind: str, site: str) -> bool:
    """Whether ``kind`` is the first word of ``site`` in any case ("Urzędu" of "Urząd X"), and
    not a longer word sharing its start ("Pflegewissenschaft" is no "Pflegenetz")."""
    head = site.split()[0] if site.split() else ""
    return names_site(kind, site, head_only=True) and abs(len(kind) - len(head)) <= 3


def _site_kind_body(
    position: str | None, org: str, names: list[str], text: str
) -> tuple[str, str] | None:
    match = _KIND_LAST.match(org)
    if match is None or not names:
        return None
    kind, front = match["kind"], match["front"].strip()
    if is_unit_word(kind) or not (kind[:1].isupper() or is_org_word(kind)):
        return None
    # The kind is the head of the site's name ("Ordine" of "Ordine degli Avvocati di X").
    site = next((n for n in names if _head_is(kind, n)), None)
    if site is None or fold(org) == fold(site):
        return None
    words = front.split()
    part = _unit(front) or fold(words[0]).startswith(_COMMITTEES)
    if len(words) > 6 or (is_org_word(words[0]) and not part):
        return None  # "Museo dell'Ordine" is a body of its own
    if position:  # "Presidente" of the "Commissione Patrocinio dell'Ordine"
        return as_written(position, front, text), site
    return front, site  # "Consigliera dell'Ordine", "Wydział Kadr Kuratorium"


def _unit_name_taken(position: str | None, org: str, text: str) -> tuple[str, str] | None:
    if not position or not is_unit_word(position.split()[-1]):
        return None
    join = _JOIN.search(org)
    if join is None:
        return None
    name, body = org[: join.start()], org[join.end() :]
    if not 1 <= len(name.split()) <= 3 or not _parent_name(body):
        return None
    written = re.search(re.escape(position) + r"\s+(?:\S{1,4}\s+)?" + re.escape(name), text)
    if written is None:
        return None
    return " ".join(written.group(0).split()), body


def unit_owner(
    position: str | None, org: str, names: list[str], text: str
) -> tuple[str, str] | None:
    """(position, organisation) when ``org`` is a unit with its body named by a short form or
    the site's kind, or the name of a unit ``position`` closes on; None when it is not."""
    return (
        _short_form_body(position, org, text)
        or _site_kind_body(position, org, names, text)
        or _unit_name_taken(position, org, text)
    )


def settle_unit_owners(speakers: Iterable[SpeakerDraft], doc: PageDoc, text: str) -> None:
    """Apply :func:`unit_owner` to each speaker with a body, in place."""
    names = site_names(doc)
    for speaker in speakers:
        if not speaker.organisation:
            continue
        found = unit_owner(speaker.position, speaker.organisation, names, text)
        if found is not None:
            speaker.position, speaker.organisation = found
