"""Finding or creating the authority rows (people, organisations, series, tags) a session uses.

Storage-internal: these return ORM rows for other repositories to link; services get ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ...domain.errors import ValidationError
from ...domain.messages import _t
from ...domain.organisations import (
    acronym_of,
    initials,
    is_acronym,
    same_organisation,
    split_acronym,
)
from ...domain.text import fold, sort_name
from .. import orm as o
from .base import escape_like


def find_person(db: OrmSession, name: str) -> o.PersonRow | None:
    key = fold(name)
    if not key:
        return None
    row = db.scalars(
        select(o.PersonRow).where(o.PersonRow.name_folded == key).order_by(o.PersonRow.id)
    ).first()
    if row is not None:
        return row
    return db.scalars(
        select(o.PersonRow)
        .join(o.PersonAliasRow)
        .where(o.PersonAliasRow.alias_folded == key)
        .order_by(o.PersonRow.id)
    ).first()


def person_for(db: OrmSession, name: str, person_id: int | None = None) -> o.PersonRow:
    if person_id is not None:
        pinned = db.get(o.PersonRow, person_id)
        if pinned is not None:
            return pinned
        # The record is gone (removed as unused, say, before an undo brought the speaker
        # back): the name decides, as for a new speaker.
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_t("A speaker needs a name."))
    row = find_person(db, name)
    if row is None:
        row = o.PersonRow(display_name=name, sort_name=sort_name(name), name_folded=fold(name))
        db.add(row)
        db.flush()
    # A name matched through folding or an alias keeps the authority record's spelling.
    return row


def find_organisation(db: OrmSession, name: str) -> o.OrganisationRow | None:
    found = organisation_candidates(db, name)
    return db.get(o.OrganisationRow, found[0]) if len(found) == 1 else None


def organisation_candidates(db: OrmSession, name: str) -> list[int]:
    """The organisations ``name`` may mean: the one of that name, acronym or alias (accents
    and case aside); else every one it names by acronym (``organisation_by_acronym``). One id
    is a match; several are an acronym the library cannot decide on; none, a new body."""
    row = organisation_by_name(db, name)
    return [row.id] if row is not None else _acronym_candidates(db, name)


def organisation_by_name(db: OrmSession, name: str) -> o.OrganisationRow | None:
    """The organisation of that name, acronym or alias, accents and case aside; no guessing
    from initials."""
    key = fold(name)
    if not key:
        return None
    row = db.scalars(
        select(o.OrganisationRow)
        .where(
            or_(
                o.OrganisationRow.name_folded == key,
                func.lower(o.OrganisationRow.acronym) == key,
            )
        )
        .order_by(o.OrganisationRow.id)
    ).first()
    if row is not None:
        return row
    row = db.scalars(
        select(o.OrganisationRow)
        .join(o.OrganisationAliasRow)
        .where(o.OrganisationAliasRow.alias_folded == key)
        .order_by(o.OrganisationRow.id)
    ).first()
    return row


def organisation_by_acronym(db: OrmSession, name: str) -> int | None:
    """The one organisation that ``name`` means by acronym or bracketed acronym ("CEBR" for
    "Council of European BioRegions (CEBR)" and back), decided by ``same_organisation``; None
    when none or several do."""
    found = _acronym_candidates(db, name)
    # An acronym two bodies share ("RIA") is not a match: a new record beats a wrong one.
    return found[0] if len(found) == 1 else None


def _acronym_candidates(db: OrmSession, name: str) -> list[int]:
    """Every organisation ``name`` means by acronym or bracketed acronym, by id.

    SQL narrows the rows to those that could match (same full name with a bracket, the same
    acronym, or a name starting with the acronym's first letter); Python decides.
    """
    full, keys = _acronym_keys(name)
    if not keys:
        return []
    org, alias = o.OrganisationRow, o.OrganisationAliasRow

    def could_match(column: Any) -> ColumnElement[bool]:
        conditions = [column.in_(keys), column.like(escape_like(fold(full)) + " (%", escape="\\")]
        for key in keys:  # "… (CEBR)" for CEBR, cebr or the initials of a full name
            conditions.append(column.like("%(" + escape_like(key) + ")", escape="\\"))
        if is_acronym(full):  # the full names whose initials it could be
            conditions.append(column.like(escape_like(fold(full)[:1]) + "%", escape="\\"))
        return or_(*conditions)

    names: dict[int, list[str]] = {}
    rows = db.execute(
        select(org.id, org.name, org.acronym).where(
            or_(could_match(org.name_folded), func.lower(org.acronym).in_(keys))
        )
    )
    for org_id, org_name, org_acronym in rows:
        extra = [org_acronym, f"{org_name} ({org_acronym})"] if org_acronym else []
        names[org_id] = [org_name, *extra]
    for org_id, alias_name in db.execute(
        select(alias.organisation_id, alias.alias).where(could_match(alias.alias_folded))
    ):
        names.setdefault(org_id, []).append(alias_name)
    return [i for i in sorted(names) if any(same_organisation(name, n) for n in names[i])]


def _acronym_keys(name: str) -> tuple[str, set[str]]:
    """The folded full name and the keys ``organisation_by_acronym`` narrows rows by."""
    full, _bracketed = split_acronym(name)
    acronym = acronym_of(name) or initials(full)
    return full, {k for k in (fold(full), fold(acronym)) if k}


class AcronymRule:
    """``organisation_by_acronym`` over organisations held in memory, for a batch of names.

    Asked once per new organisation of an imported file, the SQL version costs two scans of
    the organisation tables and a flush of the batch's rows so far each time (most of a bulk
    import's matching time). This reads the organisations once and keeps the same narrowing
    as dictionaries (the folded value itself, its prefixes before " (", its bracketed endings,
    its first letter; the lowered acronym), so the decision, ``same_organisation`` over the
    narrowed names, is the same. Rows the batch creates or changes are told with ``note``.
    """

    def __init__(self, db: OrmSession, lower: Any) -> None:
        self._lower = lower
        self._rows: dict[int, o.OrganisationRow] = {}
        self._seen: dict[int, tuple[str, ...]] = {}
        self._exact: dict[str, set[tuple[int, str | None]]] = {}
        self._prefix: dict[str, set[tuple[int, str | None]]] = {}
        self._bracket: dict[str, set[tuple[int, str | None]]] = {}
        self._first: dict[str, set[tuple[int, str | None]]] = {}
        self._acronym: dict[str, set[tuple[int, str | None]]] = {}
        rows = db.scalars(
            select(o.OrganisationRow).options(selectinload(o.OrganisationRow.aliases))
        )
        for row in rows:
            self.note(row)

    def note(self, row: o.OrganisationRow) -> None:
        """Take in ``row`` as it is now (new, or with an acronym or aliases added)."""
        key = id(row)
        self._rows[key] = row
        state = (row.name_folded, row.acronym or "", *(a.alias_folded for a in row.aliases))
        if self._seen.get(key) == state:
            return
        self._seen[key] = state
        self._add(row.name_folded, (key, None))
        if row.acronym:
            self._acronym.setdefault(self._lower(row.acronym), set()).add((key, None))
        for alias_row in row.aliases:
            self._add(alias_row.alias_folded, (key, alias_row.alias))

    def _add(self, value: str, entry: tuple[int, str | None]) -> None:
        self._exact.setdefault(value, set()).add(entry)
        self._first.setdefault(value[:1], set()).add(entry)
        at = value.find(" (")
        while at >= 0:
            self._prefix.setdefault(value[:at], set()).add(entry)
            at = value.find(" (", at + 1)
        if value.endswith(")"):
            at = value.find("(")
            while at >= 0:
                self._bracket.setdefault(value[at + 1 : -1], set()).add(entry)
                at = value.find("(", at + 1)

    def match(self, name: str) -> o.OrganisationRow | None:
        """The one organisation ``name`` means by acronym; None when none or several do."""
        full, keys = _acronym_keys(name)
        if not keys:
            return None
        found: set[tuple[int, str | None]] = set()
        for key in keys:
            found |= self._exact.get(key, set()) | self._bracket.get(key, set())
            found |= self._acronym.get(key, set())
        found |= self._prefix.get(fold(full), set())
        if is_acronym(full):
            found |= self._first.get(fold(full)[:1], set())
        names: dict[int, list[str]] = {}
        for row_key, alias_name in found:
            row = self._rows[row_key]
            if alias_name is not None:
                names.setdefault(row_key, []).append(alias_name)
                continue
            extra = [row.acronym, f"{row.name} ({row.acronym})"] if row.acronym else []
            names.setdefault(row_key, []).extend([row.name, *extra])
        matches = [k for k in names if any(same_organisation(name, n) for n in names[k])]
        return self._rows[matches[0]] if len(matches) == 1 else None


def organisation_for(
    db: OrmSession, name: str | None, org_id: int | None = None
) -> o.OrganisationRow | None:
    if org_id is not None:
        pinned = db.get(o.OrganisationRow, org_id)
        if pinned is not None:
            return pinned
        # Gone since it was pinned (see person_for): found or made again by its name.
    if name is None or not name.strip():
        return None
    name = " ".join(name.split())
    row = find_organisation(db, name)
    if row is None:
        row = o.OrganisationRow(name=name, name_folded=fold(name))
        db.add(row)
        db.flush()
    return row


def series_for(db: OrmSession, name: str | None) -> o.SeriesRow | None:
    if name is None or not name.strip():
        return None
    name = " ".join(name.split())
    row = db.scalars(select(o.SeriesRow).where(o.SeriesRow.name_folded == fold(name))).first()
    if row is None:
        row = o.SeriesRow(name=name, name_folded=fold(name))
        db.add(row)
        db.flush()
    return row


def tag_rows(db: OrmSession, names: Iterable[str]) -> list[o.TagRow]:
    rows: list[o.TagRow] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())
        key = fold(name)
        if not key or key in seen:
            continue
        seen.add(key)
        row = db.scalars(select(o.TagRow).where(o.TagRow.name_folded == key)).first()
        if row is None:
            row = o.TagRow(name=name, name_folded=key)
            db.add(row)
            db.flush()
        rows.append(row)
    return rows
