"""Finding or creating the authority rows (people, organisations, series, tags) a session uses.

Storage-internal: these return ORM rows for other repositories to link; services get ids.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session as OrmSession

from ...domain.errors import ValidationError
from ...domain.text import fold, sort_name
from .. import orm as o
from .base import get_or_raise


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
        return get_or_raise(db, o.PersonRow, person_id, "person")
    name = " ".join(name.split())
    if not name:
        raise ValidationError("A speaker needs a name.")
    row = find_person(db, name)
    if row is None:
        row = o.PersonRow(display_name=name, sort_name=sort_name(name), name_folded=fold(name))
        db.add(row)
        db.flush()
    # A name matched through folding or an alias keeps the authority record's spelling.
    return row


def find_organisation(db: OrmSession, name: str) -> o.OrganisationRow | None:
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
    return db.scalars(
        select(o.OrganisationRow)
        .join(o.OrganisationAliasRow)
        .where(o.OrganisationAliasRow.alias_folded == key)
        .order_by(o.OrganisationRow.id)
    ).first()


def organisation_for(
    db: OrmSession, name: str | None, org_id: int | None = None
) -> o.OrganisationRow | None:
    if org_id is not None:
        return get_or_raise(db, o.OrganisationRow, org_id, "organisation")
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
