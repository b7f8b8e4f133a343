"""Use cases on many sessions at once: bulk edit with preview and undo; rename and merge of
series and tags. ``archive.bulk``."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import model as m
from ..domain.bulk import BulkEdit, BulkPreview, BulkUndo, SharedValues, describe
from ..domain.errors import NotFoundError, ValidationError
from ..domain.messages import _t
from ..domain.progress import ReportProgress
from ..storage.catalogue import Catalogue
from ..storage.uow import UnitOfWork


class BulkService:
    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def shared_values(self, ids: Sequence[int]) -> SharedValues:
        """What the sessions ``ids`` have in common (the dialog's "(various)")."""
        with self._cat.uow() as uow:
            return uow.bulk.shared_values(ids)

    def ids(self, flt: m.SessionFilter) -> list[int]:
        """Every session a filter or search shows (its "all results"), without loading rows."""
        with self._cat.uow() as uow:
            return uow.query.session_ids(flt)

    def preview(self, ids: Sequence[int], edit: BulkEdit, limit: int = 50) -> BulkPreview:
        """How many of ``ids`` the edit changes and its first ``limit`` changes; raises what
        ``apply`` would raise (invalid expression, a title left empty...), writing nothing."""
        checked = edit.checked()
        _require(ids)
        with self._cat.uow() as uow:
            return uow.bulk.preview(ids, checked, limit)

    def apply(
        self, ids: Sequence[int], edit: BulkEdit, progress: ReportProgress | None = None
    ) -> BulkUndo:
        """Apply ``edit`` to every session of ``ids`` in one transaction (all or nothing: a
        cancel through ``progress`` leaves none of it); what ``undo`` needs to take it back."""
        checked = edit.checked()
        _require(ids)
        with self._cat.uow() as uow:
            result = uow.bulk.apply(ids, checked, describe(edit), progress)
            uow.commit()
        return result

    def undo(self, change: BulkUndo, progress: ReportProgress | None = None) -> int:
        """Take a bulk edit back whole; ConflictError (nothing changed) when one of its sessions
        was edited since. The number of sessions restored."""
        with self._cat.uow() as uow:
            versions = uow.bulk.revert(change, progress)
            uow.commit()
        return len(versions)

    # ------------------------------------------------------------------ series and tags

    def rename_series(self, series_id: int, name: str) -> m.Series:
        with self._cat.uow() as uow:
            uow.labels.rename_series(series_id, name)
            uow.commit()
        return self._series(series_id)

    def merge_series(self, keep_id: int, duplicate_id: int) -> m.Series:
        """Fold ``duplicate_id`` into ``keep_id``: its sessions join the kept series."""
        with self._cat.uow() as uow:
            uow.labels.merge_series(keep_id, duplicate_id)
            uow.commit()
        return self._series(keep_id)

    def rename_tag(self, name: str, new_name: str) -> None:
        with self._cat.uow() as uow:
            uow.labels.rename_tag(self._tag_id(uow, name), new_name)
            uow.commit()

    def merge_tags(self, keep: str, duplicate: str) -> None:
        """Every session tagged ``duplicate`` is tagged ``keep`` instead; ``duplicate`` goes."""
        with self._cat.uow() as uow:
            uow.labels.merge_tags(self._tag_id(uow, keep), self._tag_id(uow, duplicate))
            uow.commit()

    def _series(self, series_id: int) -> m.Series:
        with self._cat.uow() as uow:
            for series in uow.query.series_counts():
                if series.id == series_id:
                    return series
        raise NotFoundError("series", series_id)

    @staticmethod
    def _tag_id(uow: UnitOfWork, name: str) -> int:
        found = uow.labels.tag_id(name)
        if found is None:
            raise NotFoundError("tag", name)
        return int(found)


def _require(ids: Sequence[int]) -> None:
    if not ids:
        raise ValidationError(
            _t("No session to edit: select sessions or give a search that finds some.")
        )
