"""People and organisations (and series) as authority records: list, edit, merge, match."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, exists, func, or_, select, update
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased, selectinload

from ...domain import model as m
from ...domain.errors import ConflictError, ValidationError
from ...domain.messages import _t
from ...domain.organisations import OrganisationMatch, shown_name
from ...domain.text import fold
from ...domain.text import sort_name as derive_sort_name
from .. import convert
from .. import orm as o
from .. import tables as t
from . import authority
from .base import get_or_raise, unique_names

# (display name, sort name or None, aliases, notes) of a person to find or make.
PersonRecord = tuple[str, str | None, Sequence[str], str]
# (name, acronym, aliases, identifier, parent: the position of an earlier record or None).
OrganisationRecord = tuple[str, str | None, Sequence[str], str | None, int | None]


class PeopleRepository:
    """People, organisations and series; ``uow.people``."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    # ------------------------------------------------------------------ people

    def find_person_id(self, name: str) -> int | None:
        """The person this name (or alias) means, accents and case aside."""
        row = authority.find_person(self.db, name)
        return row.id if row is not None else None

    def get_person(self, person_id: int) -> m.Person:
        row = get_or_raise(self.db, o.PersonRow, person_id, "person")
        count = self.db.scalar(
            select(func.count(o.AppearanceRow.id)).where(o.AppearanceRow.person_id == person_id)
        )
        return convert.person(row, int(count or 0))

    def claim(self, kind: str, ids: Sequence[int]) -> None:
        """Take these people (or organisations) for this transaction before reading them: a row
        lock on PostgreSQL, the write lock on SQLite, so what is read next is what is changed
        and a concurrent merge or edit of the same records waits for this one. One that another
        program deleted or merged away meanwhile is a ConflictError naming it."""
        table = t.person if kind == "person" else t.organisation
        wanted = sorted(set(ids))  # always in the same order: two merges cannot deadlock
        # Core, not the ORM: the search index has nothing to re-index for this no-op update.
        result = self.db.connection().execute(
            update(table).where(table.c.id.in_(wanted)).values(id=table.c.id)
        )
        if result.rowcount != len(wanted):
            found = set(self.db.scalars(select(table.c.id).where(table.c.id.in_(wanted))))
            gone = next(i for i in wanted if i not in found)
            raise ConflictError(kind, gone)

    def update_person(
        self,
        person_id: int,
        display_name: str,
        aliases: Sequence[str],
        notes: str,
        sort: str | None,
        expected: m.Person | None = None,
    ) -> None:
        """Rename and re-alias; with ``expected`` (the person as the editor showed it), a
        ConflictError when someone changed them since."""
        if expected is not None:
            self.claim("person", [person_id])
            if not _same_person(self.get_person(person_id), expected):
                raise ConflictError("person", person_id)
        row = get_or_raise(self.db, o.PersonRow, person_id, "person")
        name = " ".join(display_name.split())
        if not name:
            raise ValidationError(_t("A person needs a name."))
        row.display_name = name
        row.name_folded = fold(name)
        row.sort_name = sort or derive_sort_name(name)
        row.notes = notes
        wanted = unique_names(aliases, exclude=fold(name))
        row.aliases = [o.PersonAliasRow(alias=a, alias_folded=fold(a)) for a in wanted]
        self.db.flush()

    def merge_people(self, keep_id: int, other_id: int) -> None:
        if keep_id == other_id:
            raise ValidationError(_t("Cannot merge a person into itself."))
        self.claim("person", [keep_id, other_id])
        keep = get_or_raise(self.db, o.PersonRow, keep_id, "person")
        other = get_or_raise(self.db, o.PersonRow, other_id, "person")
        # A session where both appear keeps the kept person's appearance; the other one's
        # chapter and material ties move over to it.
        for app in list(
            self.db.scalars(select(o.AppearanceRow).where(o.AppearanceRow.person_id == other_id))
        ):
            twin = self.db.scalars(
                select(o.AppearanceRow).where(
                    o.AppearanceRow.session_id == app.session_id,
                    o.AppearanceRow.person_id == keep_id,
                )
            ).first()
            if twin is None:
                app.person_id = keep_id
                continue
            for table in (o.ChapterRow, o.MaterialRow):
                self.db.execute(
                    update(table).where(table.appearance_id == app.id).values(appearance_id=twin.id)
                )
            if not twin.organisation_id and app.organisation_id:
                twin.organisation_id = app.organisation_id
            if not twin.contribution and app.contribution:
                twin.contribution = app.contribution
            self.db.delete(app)
        self.db.flush()
        aliases = (
            [a.alias for a in keep.aliases]
            + [other.display_name]
            + [a.alias for a in other.aliases]
        )
        notes = "\n".join(x for x in (keep.notes, other.notes) if x)
        self.db.delete(other)
        self.db.flush()
        self.update_person(keep_id, keep.display_name, aliases, notes, keep.sort_name)
        self._touch_sessions_of(o.AppearanceRow.person_id == keep_id)

    def delete_person(self, person_id: int) -> None:
        row = get_or_raise(self.db, o.PersonRow, person_id, "person")
        used = self.db.scalar(select(func.count()).where(o.AppearanceRow.person_id == person_id))
        if used:
            raise ValidationError(
                _t(
                    "{display_name} appears in {used} session(s); remove those appearances "
                    "or merge the person into another one first."
                ).format(display_name=row.display_name, used=used)
            )
        self.db.delete(row)

    def ensure_people(self, people: Sequence[PersonRecord]) -> list[int]:
        """``ensure_person`` for many (display name, sort name, aliases, notes), in order, with
        the same matching, in a few queries: the people the names could match are read at
        once, and a person made for an earlier record is matched by a later one."""
        wanted: set[str] = set()
        for name, _, aliases, _ in people:
            wanted |= {fold(" ".join(x.split())) for x in [name, *aliases]}
        wanted.discard("")
        by_name: dict[str, o.PersonRow] = {}
        by_alias: dict[str, o.PersonRow] = {}
        keys = sorted(wanted)
        found: set[int] = set()
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            found |= set(
                self.db.scalars(select(o.PersonRow.id).where(o.PersonRow.name_folded.in_(part)))
            )
            found |= set(
                self.db.scalars(
                    select(o.PersonAliasRow.person_id).where(
                        o.PersonAliasRow.alias_folded.in_(part)
                    )
                )
            )
        ids = sorted(found)
        for start in range(0, len(ids), 500):
            rows = self.db.scalars(
                select(o.PersonRow)
                .where(o.PersonRow.id.in_(ids[start : start + 500]))
                .options(selectinload(o.PersonRow.aliases))
                .order_by(o.PersonRow.id)
            )
            for known_row in rows:  # by id: the first match wins, as in ``find_person``
                by_name.setdefault(known_row.name_folded, known_row)
                for alias_row in known_row.aliases:
                    by_alias.setdefault(alias_row.alias_folded, known_row)
        result: list[o.PersonRow] = []
        for display_name, sort_name, aliases, notes in people:
            name = " ".join(display_name.split())
            if not name:
                raise ValidationError(_t("A person needs a name."))
            match: o.PersonRow | None = None
            for candidate in [name, *aliases]:
                key = fold(candidate)
                match = by_name.get(key) or by_alias.get(key)
                if match is not None:
                    break
            if match is not None:
                row = match
                if notes and not row.notes:
                    row.notes = notes
            else:
                row = self._new_person(name, sort_name, notes)
                by_name.setdefault(row.name_folded, row)
            for key in _add_aliases(row, [name, *aliases]):
                by_alias.setdefault(key, row)
            result.append(row)
        self.db.flush()
        return [row.id for row in result]

    def ensure_person(
        self, display_name: str, sort_name: str | None, aliases: Sequence[str], notes: str
    ) -> int:
        """Match by folded name or alias (never duplicating a person); else create with aliases."""
        name = " ".join(display_name.split())
        if not name:
            raise ValidationError(_t("A person needs a name."))
        row = authority.find_person(self.db, name)
        for alias in aliases:
            if row is not None:
                break
            row = authority.find_person(self.db, alias)
        if row is None:
            # A new person has no aliases to read back (one query and one flush fewer).
            row = self._new_person(name, sort_name, notes)
        elif notes and not row.notes:
            row.notes = notes
        _add_aliases(row, [name, *aliases])
        self.db.flush()
        return row.id

    def _new_person(self, name: str, sort_name: str | None, notes: str) -> o.PersonRow:
        row = o.PersonRow(
            display_name=name,
            sort_name=sort_name or derive_sort_name(name),
            name_folded=fold(name),
            notes=notes or "",
            aliases=[],
        )
        self.db.add(row)
        return row

    # ------------------------------------------------------------------ organisations

    def find_organisation_id(self, name: str) -> int | None:
        """The organisation this name, acronym or alias means, accents and case aside."""
        row = authority.find_organisation(self.db, name)
        return row.id if row is not None else None

    def organisation_match(self, name: str) -> OrganisationMatch:
        """The records ``name`` may mean (``authority.organisation_candidates``), as shown."""
        name = " ".join(name.split())
        known = []
        for org_id in authority.organisation_candidates(self.db, name):
            row = self.db.get(o.OrganisationRow, org_id)
            if row is not None:
                known.append((org_id, shown_name(row.name, row.acronym)))
        return OrganisationMatch(name, tuple(known))

    def organisation_id_for(self, name: str) -> int:
        """The organisation ``name`` means (``find_organisation_id``), made when none is."""
        row = authority.organisation_for(self.db, name)
        if row is None:
            raise ValidationError(_t("An organisation needs a name."))
        return row.id

    def organisation_named(self, name: str) -> int:
        """The organisation of exactly this name (accents and case aside, or an alias), made
        when there is none: for a name that must not be matched by its initials."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError(_t("An organisation needs a name."))
        row = authority.organisation_by_name(self.db, name)
        if row is None:
            row = o.OrganisationRow(name=name, name_folded=fold(name))
            self.db.add(row)
            self.db.flush()
        return row.id

    def get_organisation(self, org_id: int) -> m.Organisation:
        row = get_or_raise(self.db, o.OrganisationRow, org_id, "organisation")
        count = self.db.scalar(
            select(func.count(o.AppearanceRow.id)).where(o.AppearanceRow.organisation_id == org_id)
        )
        return convert.organisation(row, int(count or 0))

    def update_organisation(
        self,
        org_id: int,
        name: str,
        acronym: str | None,
        aliases: Sequence[str],
        identifier: str | None,
        parent_id: int | None,
        expected: m.Organisation | None = None,
    ) -> None:
        """Change an organisation; with ``expected`` (as the editor showed it), a
        ConflictError when someone changed it since."""
        if expected is not None:
            self.claim("organisation", [org_id])
            if not _same_organisation(self.get_organisation(org_id), expected):
                raise ConflictError("organisation", org_id)
        row = get_or_raise(self.db, o.OrganisationRow, org_id, "organisation")
        name = " ".join(name.split())
        if not name:
            raise ValidationError(_t("An organisation needs a name."))
        if parent_id == org_id:
            raise ValidationError(_t("An organisation cannot be its own parent."))
        row.name = name
        row.name_folded = fold(name)
        row.acronym = (acronym or "").strip() or None
        row.identifier = (identifier or "").strip() or None
        row.parent_id = parent_id
        wanted = unique_names(aliases, exclude=fold(name))
        row.aliases = [o.OrganisationAliasRow(alias=a, alias_folded=fold(a)) for a in wanted]
        self.db.flush()

    def merge_organisations(self, keep_id: int, other_id: int) -> None:
        if keep_id == other_id:
            raise ValidationError(_t("Cannot merge an organisation into itself."))
        self.claim("organisation", [keep_id, other_id])
        keep = get_or_raise(self.db, o.OrganisationRow, keep_id, "organisation")
        other = get_or_raise(self.db, o.OrganisationRow, other_id, "organisation")
        self.db.execute(
            update(o.AppearanceRow)
            .where(o.AppearanceRow.organisation_id == other_id)
            .values(organisation_id=keep_id)
        )
        self.db.execute(
            update(o.OrganisationRow)
            .where(o.OrganisationRow.parent_id == other_id)
            .values(parent_id=keep_id)
        )
        aliases = [a.alias for a in keep.aliases] + [other.name] + [a.alias for a in other.aliases]
        if other.acronym and other.acronym != keep.acronym:
            aliases.append(other.acronym)
        self.db.delete(other)
        self.db.flush()
        self.db.expire_all()
        self.update_organisation(
            keep_id,
            keep.name,
            keep.acronym or other.acronym,
            aliases,
            keep.identifier,
            keep.parent_id,
        )
        self._touch_sessions_of(o.AppearanceRow.organisation_id == keep_id)

    def ensure_organisations(self, records: Sequence[OrganisationRecord]) -> list[int]:
        """``ensure_organisation`` for many, in order, with the same matching: name, acronym,
        then alias (the first by id winning; read for all at once), then the acronym rule. A
        record's parent is the position of an earlier record in ``records``."""
        wanted: set[str] = set()
        for name, acronym, aliases, _, _ in records:
            wanted |= {fold(x) for x in [name, *aliases, *([acronym] if acronym else [])]}
        wanted.discard("")
        keys = sorted(wanted)
        org, alias = o.OrganisationRow, o.OrganisationAliasRow
        found: set[int] = set()
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            found |= set(
                self.db.scalars(
                    select(org.id).where(
                        or_(org.name_folded.in_(part), func.lower(org.acronym).in_(part))
                    )
                )
            )
            found |= set(
                self.db.scalars(select(alias.organisation_id).where(alias.alias_folded.in_(part)))
            )
        # The database's lower() decides what an acronym matches, as in ``find_organisation``
        # (SQLite's folds ASCII letters only).
        ascii_only = self.db.get_bind().dialect.name == "sqlite"

        def lower(text: str) -> str:
            return (
                "".join(c.lower() if c.isascii() else c for c in text)
                if ascii_only
                else text.lower()
            )

        primary: dict[str, o.OrganisationRow] = {}
        by_alias: dict[str, o.OrganisationRow] = {}
        ids = sorted(found)
        for start in range(0, len(ids), 500):
            for known_row in self.db.scalars(
                select(org)
                .where(org.id.in_(ids[start : start + 500]))
                .options(selectinload(org.aliases))
                .order_by(org.id)
            ):
                primary.setdefault(known_row.name_folded, known_row)
                if known_row.acronym:
                    primary.setdefault(lower(known_row.acronym), known_row)
                for alias_row in known_row.aliases:
                    by_alias.setdefault(alias_row.alias_folded, known_row)
        result: list[o.OrganisationRow] = []
        # The acronym rule's organisations, read when a name first needs it.
        rule: authority.AcronymRule | None = None
        for name, acronym, aliases, identifier, parent in records:
            clean = " ".join(name.split())
            if not clean:
                raise ValidationError(_t("An organisation needs a name."))
            match: o.OrganisationRow | None = None
            for candidate in [clean, *aliases, *([acronym] if acronym else [])]:
                key = fold(candidate)
                if not key:
                    continue
                match = primary.get(key) or by_alias.get(key)
                if match is None:  # the last rule of ``find_organisation``: by acronym
                    if rule is None:
                        rule = authority.AcronymRule(self.db, lower)
                        for made in result:
                            rule.note(made)
                    match = rule.match(candidate)
                if match is not None:
                    break
            if match is not None:
                row = match
            else:
                row = org(name=clean, name_folded=fold(clean), aliases=[])
                self.db.add(row)
                primary.setdefault(row.name_folded, row)
            row.acronym = row.acronym or (acronym or "").strip() or None
            if row.acronym:
                primary.setdefault(lower(row.acronym), row)
            row.identifier = row.identifier or (identifier or "").strip() or None
            parent_row = result[parent] if parent is not None else None
            if row.parent_id is None and parent_row is not None and parent_row is not row:
                if parent_row.id is None:
                    self.db.flush()  # the parent was made just now: it needs its id
                if parent_row.id != row.id:
                    row.parent_id = parent_row.id
            known = {row.name_folded} | {a.alias_folded for a in row.aliases}
            for text in [clean, *aliases]:
                text = " ".join(text.split())
                key = fold(text)
                if key and key not in known:
                    known.add(key)
                    row.aliases.append(alias(alias=text, alias_folded=key))
                    by_alias.setdefault(key, row)
            result.append(row)
            if rule is not None:
                rule.note(row)
        self.db.flush()
        return [row.id for row in result]

    def ensure_organisation(
        self,
        name: str,
        acronym: str | None,
        aliases: Sequence[str],
        identifier: str | None,
        parent_id: int | None,
    ) -> int:
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError(_t("An organisation needs a name."))
        row = authority.find_organisation(self.db, clean)
        for other in [*aliases, *([acronym] if acronym else [])]:
            if row is not None:
                break
            row = authority.find_organisation(self.db, other)
        if row is None:
            row = o.OrganisationRow(name=clean, name_folded=fold(clean), aliases=[])
            self.db.add(row)
        row.acronym = row.acronym or (acronym or "").strip() or None
        row.identifier = row.identifier or (identifier or "").strip() or None
        if row.parent_id is None and parent_id is not None and parent_id != row.id:
            row.parent_id = parent_id
        known = {row.name_folded} | {a.alias_folded for a in row.aliases}
        for alias in [clean, *aliases]:
            alias = " ".join(alias.split())
            key = fold(alias)
            if key and key not in known:
                known.add(key)
                row.aliases.append(o.OrganisationAliasRow(alias=alias, alias_folded=key))
        self.db.flush()
        return row.id

    # ------------------------------------------------------------------ unused records

    def unused_person_ids(self, among: Sequence[int] | None = None) -> list[int]:
        """People no session names (trashed sessions count: they can come back)."""
        used = exists().where(o.AppearanceRow.person_id == o.PersonRow.id)
        query = select(o.PersonRow.id).where(~used).order_by(o.PersonRow.id)
        if among is not None:
            query = query.where(o.PersonRow.id.in_(list(among)))
        return list(self.db.scalars(query))

    def unused_organisation_ids(self, among: Sequence[int] | None = None) -> list[int]:
        """Organisations no session names and no other organisation has as its parent."""
        child = aliased(o.OrganisationRow)
        used = exists().where(o.AppearanceRow.organisation_id == o.OrganisationRow.id)
        parent = exists().where(child.parent_id == o.OrganisationRow.id)
        query = select(o.OrganisationRow.id).where(~used, ~parent).order_by(o.OrganisationRow.id)
        if among is not None:
            query = query.where(o.OrganisationRow.id.in_(list(among)))
        return list(self.db.scalars(query))

    def delete_unused(self, person_ids: Sequence[int], org_ids: Sequence[int]) -> tuple[int, int]:
        """Delete those of these records that are still unused now; how many of each went."""
        people = self.unused_person_ids(person_ids) if person_ids else []
        orgs = self.unused_organisation_ids(org_ids) if org_ids else []
        for ident in people:
            self.db.delete(self.db.get(o.PersonRow, ident))
        for ident in orgs:
            self.db.delete(self.db.get(o.OrganisationRow, ident))
        self.db.flush()
        return len(people), len(orgs)

    # ------------------------------------------------------------------ series

    def ensure_series(
        self, name: str, organiser: str | None, url: str | None, description: str
    ) -> int:
        """The series of that name (accents and case aside), created or completed."""
        row = authority.series_for(self.db, name)
        if row is None:
            raise ValidationError(_t("A series needs a name."))
        row.organiser = row.organiser or organiser or None
        row.url = row.url or url or None
        row.description = row.description or description or ""
        self.db.flush()
        return row.id

    def _touch_sessions_of(self, clause: ColumnElement[bool]) -> None:
        """Bump the version of sessions whose speakers changed under an editor's feet."""
        ids = select(o.AppearanceRow.session_id).where(clause)
        self.db.execute(
            update(o.SessionRow)
            .where(o.SessionRow.id.in_(ids))
            .values(version=o.SessionRow.version + 1, updated_at=o.utcnow())
            .execution_options(synchronize_session=False)
        )


def _same_person(a: m.Person, b: m.Person) -> bool:
    return (a.display_name, a.sort_name, sorted(a.aliases), a.notes) == (
        b.display_name,
        b.sort_name,
        sorted(b.aliases),
        b.notes,
    )


def _same_organisation(a: m.Organisation, b: m.Organisation) -> bool:
    fields = ("name", "acronym", "identifier", "parent_id")
    return [getattr(a, f) for f in fields] + [sorted(a.aliases)] == [
        getattr(b, f) for f in fields
    ] + [sorted(b.aliases)]


def _add_aliases(row: o.PersonRow, names: Sequence[str]) -> list[str]:
    """Keep each spelling the person is not yet known by as an alias; the folded keys added."""
    known = {fold(row.display_name)} | {a.alias_folded for a in row.aliases}
    added = []
    for alias in names:
        alias = " ".join(alias.split())
        key = fold(alias)
        if key and key not in known:
            known.add(key)
            row.aliases.append(o.PersonAliasRow(alias=alias, alias_folded=key))
            added.append(key)
    return added
