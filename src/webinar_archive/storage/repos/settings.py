"""Per-library settings (JSON values by key) and saved searches."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, delete, insert, select, update

from .. import tables as t

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession


class SettingsRepository:
    """Library settings and saved searches; ``uow.settings``.

    Settings are read and written on Core tables (the window and the command line read some as
    they start, before any ORM is needed); saved searches are ORM rows, whose names and queries
    are cleaned on assignment like every text of the catalogue.
    """

    def __init__(self, connection: Callable[[], Connection], orm: Callable[[], OrmSession]) -> None:
        self._connection = connection
        self._orm = orm

    def get_setting(self, key: str) -> Any:
        value = self._connection().scalar(setting_statement(key))
        return json.loads(value) if value is not None else None

    def set_setting(self, key: str, value: Any) -> None:
        conn = self._connection()
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        found = conn.execute(
            update(t.setting).where(t.setting.c.key == key).values(value=text)
        ).rowcount
        if not found:
            conn.execute(insert(t.setting).values(key=key, value=text))

    def saved_searches(self) -> list[tuple[int, str, str]]:
        s = t.saved_search.c
        rows = self._connection().execute(select(s.id, s.name, s.query).order_by(s.name)).all()
        return [(int(i), n, q) for i, n, q in rows]

    def save_search(self, name: str, query: str) -> int:
        from .. import orm as o

        db = self._orm()
        row = db.scalars(select(o.SavedSearchRow).where(o.SavedSearchRow.name == name)).first()
        if row is None:
            row = o.SavedSearchRow(name=name, query=query)
            db.add(row)
        else:
            row.query = query
        db.flush()
        return row.id

    def delete_saved_search(self, search_id: int) -> None:
        self._connection().execute(delete(t.saved_search).where(t.saved_search.c.id == search_id))


def setting_statement(key: str) -> Select[Any]:
    """A setting's stored JSON (also compiled for ``storage/plain_reads.py``)."""
    return select(t.setting.c.value).where(t.setting.c.key == key)
