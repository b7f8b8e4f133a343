"""The archive at a glance, for the dashboard and a booklet's overview page."""

from __future__ import annotations

from ..domain.overview import Overview
from ..storage.catalogue import Catalogue


class OverviewService:
    """``archive.overview``: read-only figures over every live session, or one series."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def overview(self, series_id: int | None = None, top: int = 10) -> Overview:
        """The figures, with the ``top`` series, organisations and speakers by sessions."""
        with self._cat.uow() as uow:
            return uow.overview.overview(series_id, top)
