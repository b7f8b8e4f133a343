"""The lists of people and organisations (with their aliases and counts) on Core tables."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Select, Table, exists, func, or_, select

from ...domain import model as m
from ...domain.text import fold
from .. import convert
from .. import tables as t
from .base import like


class DirectoryReads:
    """Every person or organisation matching a text, as the People window and the exchange
    file list them, and the bare names and aliases the editor's completion offers;
    ``uow.directory``.

    Read on Core tables: tens of thousands of records in a large library need no ORM.
    """

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def person_names(self) -> list[tuple[str, tuple[str, ...]]]:
        """Every person's display name and aliases, in no order: what completion offers and
        matches, without the appearance counts and records of ``list_people``."""
        conn = self._connection()
        aliases = self._aliases(conn, t.person_alias, "person_id")
        rows = conn.execute(select(t.person.c.id, t.person.c.display_name))
        return [(name, tuple(aliases.get(pid, ()))) for pid, name in rows]

    def organisation_names(self) -> list[tuple[str, str | None, tuple[str, ...]]]:
        """Every organisation's name, acronym and aliases, in no order (for completion)."""
        conn = self._connection()
        o = t.organisation.c
        aliases = self._aliases(conn, t.organisation_alias, "organisation_id")
        rows = conn.execute(select(o.id, o.name, o.acronym))
        return [(name, acronym, tuple(aliases.get(oid, ()))) for oid, name, acronym in rows]

    @staticmethod
    def _aliases(
        conn: Connection, alias_table: Table, owner: str, owners: list[int] | None = None
    ) -> dict[int, list[str]]:
        """Each owner's aliases in the order they were added (of ``owners`` only, if given)."""
        owner_column = alias_table.c[owner]
        found: dict[int, list[str]] = defaultdict(list)
        query = select(owner_column, alias_table.c.alias).order_by(alias_table.c.id)
        if owners is not None:
            query = query.where(owner_column.in_(owners))
        for owner_id, alias in conn.execute(query):
            found[owner_id].append(alias)
        return found

    def list_people(self, text: str = "", limit: int | None = None) -> list[m.Person]:
        p, a = t.person.c, t.person_alias.c
        count = (
            select(func.count(t.appearance.c.id))
            .where(t.appearance.c.person_id == p.id)
            .scalar_subquery()
        )
        query = select(*t.person.c, count.label("appearances"))
        for word in fold(text).split():
            pattern = like(word)
            query = query.where(
                or_(
                    p.name_folded.like(pattern, escape="\\"),
                    exists().where(a.person_id == p.id, a.alias_folded.like(pattern, escape="\\")),
                )
            )
        query = query.order_by(p.sort_name, p.id)
        rows, aliases = self._with_aliases(query, limit, t.person_alias, "person_id")
        return [convert.person(r, int(r.appearances), aliases[r.id]) for r in rows]

    def list_organisations(self, text: str = "", limit: int | None = None) -> list[m.Organisation]:
        o, a = t.organisation.c, t.organisation_alias.c
        count = (
            select(func.count(t.appearance.c.id))
            .where(t.appearance.c.organisation_id == o.id)
            .scalar_subquery()
        )
        query = select(*t.organisation.c, count.label("appearances"))
        for word in fold(text).split():
            pattern = like(word)
            query = query.where(
                or_(
                    o.name_folded.like(pattern, escape="\\"),
                    func.lower(func.coalesce(o.acronym, "")).like(pattern, escape="\\"),
                    exists().where(
                        a.organisation_id == o.id, a.alias_folded.like(pattern, escape="\\")
                    ),
                )
            )
        query = query.order_by(o.name_folded, o.id)
        rows, aliases = self._with_aliases(query, limit, t.organisation_alias, "organisation_id")
        return [convert.organisation(r, int(r.appearances), aliases[r.id]) for r in rows]

    def _with_aliases(
        self, query: Select[Any], limit: int | None, alias_table: Table, owner: str
    ) -> tuple[list[Any], dict[int, list[str]]]:
        """The rows of ``query`` and each one's aliases in the order they were added."""
        conn = self._connection()
        rows = list(conn.execute(query if limit is None else query.limit(limit)))
        # A short list: its aliases only; else every alias at once.
        owners = [r.id for r in rows] if limit is not None else None
        return rows, self._aliases(conn, alias_table, owner, owners)
