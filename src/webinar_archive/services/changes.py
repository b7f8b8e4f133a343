"""Whether someone else changed the catalogue: what a window polls to stay current."""

from __future__ import annotations

from ..storage.catalogue import Catalogue


class ChangeService:
    """``archive.changes.poll()``: True when a change was committed since the last poll.

    Cheap enough to call every few seconds (one pragma on SQLite, one round trip on
    PostgreSQL), but it may wait on the network: call it off the GUI thread. Our own commits
    count too (they are made on other connections); a refresh after them is harmless.
    """

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def poll(self) -> bool:
        return self._cat.changes.changed()
