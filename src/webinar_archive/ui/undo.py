"""Undo commands: each committed field change of the editor, and moving sessions to the trash."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack


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


class MoveToTrash(QUndoCommand):
    """Sessions moved to the trash: undo restores them, redo moves them again.

    It belongs to the catalogue, not to the session shown: it stays when the editor drops the
    history of its session (``drop_field_edits``). Pushed with ``push_done`` once the move is
    done.
    """

    def __init__(
        self,
        ids: list[int],
        label: str,
        trash: Callable[[list[int]], None],
        restore: Callable[[list[int]], None],
    ) -> None:
        super().__init__(label)
        self.ids = list(ids)
        self._trash = trash
        self._restore = restore
        self.quiet = False  # while True, redo and undo only move the stack's index

    def redo(self) -> None:
        if not self.quiet:
            self._trash(self.ids)

    def undo(self) -> None:
        if not self.quiet:
            self._restore(self.ids)

    def copy(self) -> MoveToTrash:
        """The same command (clearing a stack deletes the commands it holds)."""
        return MoveToTrash(self.ids, self.text(), self._trash, self._restore)


def push_done(stack: QUndoStack, commands: list[MoveToTrash], index: int | None = None) -> None:
    """Put on ``stack`` commands whose effect is already there (QUndoStack.push would run
    them again), then set its index (default: all done, the rest of an index to redo)."""
    for command in commands:
        command.quiet = True
        stack.push(command)
    stack.setIndex(stack.count() if index is None else index)
    for command in commands:
        command.quiet = False


def drop_field_edits(stack: QUndoStack) -> None:
    """Drop the editor's history (it was made against the session shown until now), keeping
    the moves to the trash undoable (and redoable), in their order."""
    kept: list[MoveToTrash] = []
    done = 0
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, MoveToTrash):
            kept.append(command.copy())
            done += i < stack.index()
    stack.clear()
    push_done(stack, kept, done)
