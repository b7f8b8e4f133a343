"""A unit of the body whose site the page is on, named without that body: the body is the
organisation and the unit stays in the role.

"Leiterin des Referats Videoüberwachung" on a data-protection authority's site, "Felix Nordmann,
Referat Wärmewende" on a ministry's, "naczelnik wydziału, Departament Polityki Miejskiej" on a
ministry's, "direttore del Dipartimento di Scienze Agrarie" or "děkan fakulty" on a
university's: the unit is the host's own (the convention of the records,
tests/data/pages/README.md). Only a site named as a body made of units (a university or
academy, a ministry, an authority or office) takes a unit in: "Klinik für Geriatrie" on a care
network's site or "Dirección General de Economía" on an agency's stay bodies of their own."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .blocks import PageDoc
from .body_parts import _part_of_body
from .own_site import site_names
from .unit_genitives import as_written

# Folded stems of a body made of units, and the kinds of unit each holds: a university's
# faculties, departments, institutes and chairs; a ministry's or an authority's departments,
# sections and offices.
_ACADEMIC = ("univers", "univerz", "uniwersyt", "hochschul", "politechn", "polytechn", "akadem")
_PUBLIC = (
    "ministerst", "ministeri", "ministry", "minister", "urad", "urzad", "hacienda", "diputacion",
    "ayuntamiento", "consejeria", "conselleria", "regierung", "magistrat", "prefecture",
)  # fmt: skip
_PUBLIC_ENDS = ("behorde", "amt", "ministerium", "verwaltung")
# Folded stems of an academic unit (what only a university or academy holds) and of a unit
# of a public body, with at most a case ending after them ("Referats", "fakulty", "wydziału").
_ACADEMIC_UNITS = (
    "fakult", "facult", "facolt", "dipartiment", "departament", "department", "departement",
    "katedr", "lehrstuhl", "ustav", "instytut", "institut", "istitut", "fachbereich",
)  # fmt: skip
_PUBLIC_UNITS = (
    "referat", "departament", "abteilung", "wydzial", "odbor", "oddelen", "dzial", "sekc",
    "direction", "direccion", "direzion", "division", "stabsstelle", "subdireccion",
    "subdirection", "servicio", "seccion", "negociado",
)  # fmt: skip


def _stem_of(word: str, stems: tuple[str, ...]) -> bool:
    folded = fold(word).strip(".,;:’'")
    return any(folded.startswith(s) and len(folded) - len(s) <= 3 for s in stems)


def _host(names: list[str], unit: str, text: str = "") -> str | None:
    """The name of the site's body that holds ``unit`` (a word for it), if any; of two, the
    one the page's ``text`` names ("de la Hacienda Foral", not the Diputación over it)."""
    found: list[str] = []
    for name in names:
        words = [fold(w) for w in name.split()]
        academic = any(w.startswith(_ACADEMIC) for w in words)
        public = any(w.startswith(_PUBLIC) or w.endswith(_PUBLIC_ENDS) for w in words)
        if (academic and _stem_of(unit, _ACADEMIC_UNITS)) or (
            public and _stem_of(unit, _PUBLIC_UNITS)
        ):
            found.append(name)
    said = [n for n in found if " ".join(n.split()[:2]) in text]
    return (said or found)[0] if found else None


def _unit_in_position(position: str) -> str | None:
    """The word for a unit a position closes on after its role word: "Leiterin des Referats
    X", "děkan fakulty", "head of the Division for X"."""
    words = position.split()
    for i, word in enumerate(words[1:5], start=1):
        # "vedoucí oddělení daně ...": a unit right after the role word names it, too.
        closing = word[:1].isupper() or i in (1, len(words) - 1)
        if closing and _stem_of(word, _ACADEMIC_UNITS + _PUBLIC_UNITS):
            return word
    return None


def _unit_after(position: str, text: str) -> str | None:
    """A lower-case word for a unit the page writes right after ``position`` ("děkan" of
    "děkan fakulty"), where it was left out of the position."""
    for match in re.finditer(re.escape(position) + r"\s+(?P<unit>[^\W\d_]+)\s*(?:[.;,\n]|$)", text):
        if match["unit"].islower() and _stem_of(match["unit"], _ACADEMIC_UNITS + _PUBLIC_UNITS):
            return match["unit"]
    return None


def _role_with_unit(position: str | None, org: str, text: str) -> str:
    """The position and the unit as the page writes them: "Leiterin des Referats X", or
    "Dekanin der Fakultät" where the unit is the site's own, named by its kind."""
    if position:
        joined = re.search(re.escape(position) + r"(?:\s+\S{1,5}){0,2}\s+" + re.escape(org), text)
        if joined is not None:
            return " ".join(joined.group(0).split())
    written = as_written(position, org, text)
    if position and " ".join(written.split()) not in " ".join(text.split()):
        kind = re.search(re.escape(position) + r"\s+((?:\w+\s+)?(?P<unit>\w+))", text)
        if kind and _stem_of(kind["unit"], _ACADEMIC_UNITS + _PUBLIC_UNITS):
            return f"{position} {kind[1]}"
    return written


_JOIN = re.compile(r"\s(?:de la|del|de l['’]|des|der|of the|della|dell['’]|do|da)\s*(?=[A-ZÀ-Ý])")


def _site_named_after_unit(
    position: str | None, org: str, names: list[str], text: str
) -> tuple[str, str] | None:
    """(position, site) when the words taken for a body close on the site's name after a
    unit cut from the position: "jefa del Servicio" and "Atención a la Ciudadanía de la
    Hacienda Foral" on the site of "Hacienda Foral de Altamira"."""
    if not position or not _stem_of(position.split()[-1], _PUBLIC_UNITS + _ACADEMIC_UNITS):
        return None
    for join in _JOIN.finditer(org):
        tail = fold(org[join.end() :])
        # "des Finanzamts": a German genitive's "-s" is no part of the site's name.
        tails = (tail, tail[:-1]) if tail.endswith("s") else (tail,)
        site = next((n for n in names if len(tail) >= 8 and fold(n).startswith(tails)), None)
        if site is None:
            continue
        unit = org[: join.start()]
        written = re.search(re.escape(position) + r"(?:\s+\S+)?\s+" + re.escape(unit), text)
        return (" ".join(written.group(0).split()) if written else f"{position} {unit}"), site
    return None


def host_unit(
    position: str | None, org: str | None, names: list[str], text: str
) -> tuple[str | None, str | None]:
    """(position, organisation) with a unit of the site's body moved to the role (as the
    page's ``text`` writes them together: "Leiterin des Referats X")."""
    if not names:
        return position, org
    if org:
        named = _site_named_after_unit(position, org, names, text)
        if named is not None:
            return named
        words = org.split()
        # "Institut agronomique de l'Ouest (IAO)": a unit with a short form of its own names
        # a body of its own.
        is_unit = _part_of_body(org) or _stem_of(words[0], _ACADEMIC_UNITS + _PUBLIC_UNITS)
        if len(words) > 8 or "(" in org or not words[0][:1].isupper() or not is_unit:
            return position, org
        host = _host(names, words[0], text)
        if host is None or fold(host) in fold(org) or fold(org) in fold(host):
            return position, org
        return _role_with_unit(position, org, text), host
    if position:
        unit = _unit_in_position(position)
        after = None if unit else _unit_after(position, text)
        word = unit or after
        host = _host(names, word, text) if word else None
        if host is not None:
            return (f"{position} {after}" if after else position), host
    return position, org


def settle_host_units(speakers: Iterable[SpeakerDraft], doc: PageDoc, text: str) -> None:
    """Apply :func:`host_unit` to each speaker, in place."""
    names = site_names(doc) + doc.parent_names
    for speaker in speakers:
        speaker.position, speaker.organisation = host_unit(
            speaker.position, speaker.organisation, names, text
        )
