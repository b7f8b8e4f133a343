"""Per-library settings (JSON values by key) and saved searches."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from .. import orm as o


class SettingsRepository:
    """Library settings and saved searches; ``uow.settings``."""

    def __init__(self, db: OrmSession) -> None:
        self.db = db

    def get_setting(self, key: str) -> Any:
        row = self.db.get(o.SettingRow, key)
        return json.loads(row.value) if row is not None else None

    def set_setting(self, key: str, value: Any) -> None:
        row = self.db.get(o.SettingRow, key)
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if row is None:
            self.db.add(o.SettingRow(key=key, value=text))
        else:
            row.value = text

    def saved_searches(self) -> list[tuple[int, str, str]]:
        rows = self.db.execute(
            select(o.SavedSearchRow.id, o.SavedSearchRow.name, o.SavedSearchRow.query).order_by(
                o.SavedSearchRow.name
            )
        ).all()
        return [(int(i), n, q) for i, n, q in rows]

    def save_search(self, name: str, query: str) -> int:
        row = self.db.scalars(select(o.SavedSearchRow).where(o.SavedSearchRow.name == name)).first()
        if row is None:
            row = o.SavedSearchRow(name=name, query=query)
            self.db.add(row)
        else:
            row.query = query
        self.db.flush()
        return row.id

    def delete_saved_search(self, search_id: int) -> None:
        self.db.execute(delete(o.SavedSearchRow).where(o.SavedSearchRow.id == search_id))
