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
    """Every person or organisation matching a text, as the editor's completions, the People
    window and the exchange file list them; ``uow.directory``.

    Read on Core tables: the editor's completion lists are read as the window starts, and
    need no ORM.
    """

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

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
        aliases: dict[int, list[str]] = defaultdict(list)
        owner_column = alias_table.c[owner]
        alias_query = select(owner_column, alias_table.c.alias).order_by(alias_table.c.id)
        if limit is not None:  # a short list: its aliases only; else every alias at once
            alias_query = alias_query.where(owner_column.in_([r.id for r in rows]))
        for owner_id, alias in conn.execute(alias_query):
            aliases[owner_id].append(alias)
        return rows, aliases
