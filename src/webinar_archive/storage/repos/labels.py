"""Series and tags as records of their own: rename and merge them everywhere. ``uow.labels``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, delete, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from ...domain.errors import ValidationError
from ...domain.messages import _mark, _t
from ...domain.text import clean_line, fold
from .. import orm as o
from .. import tables as t
from ..search.events import mark_sessions_changed
from .base import get_or_raise

_SESSION = t.session
_SESSION_TAG = t.session_tag


# Whole sentences per kind of label: a translation cannot build them from the noun alone.
_NEEDS_NAME = {"series": _mark("A series needs a name."), "tag": _mark("A tag needs a name.")}
_TWIN = {
    "series": _mark(
        "There is already a series called {name!r}. To make the two one, merge them instead of "
        "renaming."
    ),
    "tag": _mark(
        "There is already a tag called {name!r}. To make the two one, merge them instead of "
        "renaming."
    ),
}


def _name(text: str, what: str) -> str:
    name = " ".join(clean_line(text).split())
    if not name:
        raise ValidationError(_t(_NEEDS_NAME[what]))
    return name


class LabelRepository:
    def __init__(self, db: OrmSession) -> None:
        self.db = db

    def tag_id(self, name: str) -> int | None:
        return self.db.scalars(
            select(o.TagRow.id).where(o.TagRow.name_folded == fold(name))
        ).first()

    def rename_series(self, series_id: int, new_name: str) -> None:
        """Rename a series for every session in it; a ValidationError when another series has
        that name already (merge them instead)."""
        row = get_or_raise(self.db, o.SeriesRow, series_id, "series")
        name = _name(new_name, "series")
        self._refuse_twin(o.SeriesRow, series_id, name, "series")
        row.name, row.name_folded = name, fold(name)
        self.db.flush()
        self._touch(_SESSION.c.series_id == series_id, "series")

    def rename_tag(self, tag_id: int, new_name: str) -> None:
        row = get_or_raise(self.db, o.TagRow, tag_id, "tag")
        name = _name(new_name, "tag")
        self._refuse_twin(o.TagRow, tag_id, name, "tag")
        row.name, row.name_folded = name, fold(name)
        self.db.flush()
        self._touch(
            _SESSION.c.id.in_(
                select(_SESSION_TAG.c.session_id).where(_SESSION_TAG.c.tag_id == tag_id)
            ),
            "tag",
        )

    def merge_series(self, keep_id: int, other_id: int) -> None:
        """Fold series ``other_id`` into ``keep_id``: its sessions move over, its organiser,
        address and description fill what the kept one lacks, and it is deleted."""
        if keep_id == other_id:
            raise ValidationError(_t("Cannot merge a series into itself."))
        keep = get_or_raise(self.db, o.SeriesRow, keep_id, "series")
        other = get_or_raise(self.db, o.SeriesRow, other_id, "series")
        self._touch(_SESSION.c.series_id == other_id, "series")
        conn = self.db.connection()
        conn.execute(
            update(_SESSION).where(_SESSION.c.series_id == other_id).values(series_id=keep_id)
        )
        keep.organiser = keep.organiser or other.organiser
        keep.url = keep.url or other.url
        keep.description = keep.description or other.description
        self.db.delete(other)
        self.db.flush()

    def merge_tags(self, keep_id: int, other_id: int) -> None:
        """Fold tag ``other_id`` into ``keep_id``: every session with it gets the kept one."""
        if keep_id == other_id:
            raise ValidationError(_t("Cannot merge a tag into itself."))
        get_or_raise(self.db, o.TagRow, keep_id, "tag")
        other = get_or_raise(self.db, o.TagRow, other_id, "tag")
        st = _SESSION_TAG.c
        with_other = select(st.session_id).where(st.tag_id == other_id)
        self._touch(_SESSION.c.id.in_(with_other), "tag")
        conn = self.db.connection()
        kept = set(conn.scalars(select(st.session_id).where(st.tag_id == keep_id)))
        lacking = set(conn.scalars(with_other)) - kept
        if lacking:
            conn.execute(
                insert(_SESSION_TAG),
                [{"session_id": sid, "tag_id": keep_id} for sid in sorted(lacking)],
            )
        conn.execute(delete(_SESSION_TAG).where(st.tag_id == other_id))
        self.db.delete(other)
        self.db.flush()

    def _refuse_twin(self, table: Any, ident: int, name: str, what: str) -> None:
        twin = self.db.scalars(
            select(table).where(table.name_folded == fold(name), table.id != ident)
        ).first()
        if twin is not None:
            raise ValidationError(_t(_TWIN[what]).format(name=twin.name))

    def _touch(self, clause: ColumnElement[bool], kind: str) -> None:
        """Bump the version of the sessions concerned (an open editor then sees a conflict)
        and re-index their ``kind`` of place (series or tag) before the commit."""
        conn = self.db.connection()
        ids = {int(i) for i in conn.scalars(select(_SESSION.c.id).where(clause))}
        if not ids:
            return
        conn.execute(
            update(_SESSION)
            .where(clause)
            .values(version=_SESSION.c.version + 1, updated_at=o.utcnow())
        )
        mark_sessions_changed(self.db, ids, {kind})
