"""Undo commands for the session editor: each committed field change is one command."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class FieldEdit(QUndoCommand):
    """Set one draft field from ``old`` to ``new``; ``apply(name, value)`` stores it."""

    def __init__(
        self, name: str, label: str, old: Any, new: Any, apply: Callable[[str, Any], bool]
    ) -> None:
        super().__init__(label)
        self.name = name
        self.old = old
        self.new = new
        self._apply = apply

    def redo(self) -> None:
        if not self._apply(self.name, self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        self._apply(self.name, self.old)
