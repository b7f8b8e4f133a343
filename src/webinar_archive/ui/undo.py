"""Undo commands: each committed field change of the editor, moving sessions to the trash, and
bulk edits of many sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


class CatalogueCommand(QUndoCommand):
    """A change of the catalogue, not of the session shown: it stays when the editor drops the
    history of its session (``drop_field_edits``). Pushed with ``push_done`` once done."""

    quiet = False  # while True, redo and undo only move the stack's index

    def copy(self) -> CatalogueCommand:
        """The same command (clearing a stack deletes the commands it holds)."""
        raise NotImplementedError


class MoveToTrash(CatalogueCommand):
    """Sessions moved to the trash: undo restores them, redo moves them again."""

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
        self.quiet = False

    def redo(self) -> None:
        if not self.quiet:
            self._trash(self.ids)

    def undo(self) -> None:
        if not self.quiet:
            self._restore(self.ids)

    def copy(self) -> MoveToTrash:
        """The same command (clearing a stack deletes the commands it holds)."""
        return MoveToTrash(self.ids, self.text(), self._trash, self._restore)


class BulkEditCommand(CatalogueCommand):
    """One bulk edit of many sessions as one step: ``undo(self)`` takes it back whole and
    ``redo(self)`` applies it again; both may run as a background job, and set ``change`` (the
    service's record of what to undo) when they are done."""

    def __init__(
        self,
        label: str,
        ids: list[int],
        edit: Any,
        change: Any,
        redo: Callable[[BulkEditCommand], None],
        undo: Callable[[BulkEditCommand], None],
    ) -> None:
        super().__init__(label)
        self.ids = list(ids)
        self.edit = edit
        self.change = change
        self._redo = redo
        self._undo = undo
        self.quiet = False

    def redo(self) -> None:
        if not self.quiet:
            self._redo(self)

    def undo(self) -> None:
        if not self.quiet:
            self._undo(self)

    def copy(self) -> BulkEditCommand:
        return BulkEditCommand(
            self.text(), self.ids, self.edit, self.change, self._redo, self._undo
        )


def push_done(
    stack: QUndoStack, commands: Sequence[CatalogueCommand], index: int | None = None
) -> None:
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
    the catalogue's commands (trash, bulk edits) undoable (and redoable), in their order."""
    kept: list[CatalogueCommand] = []
    done = 0
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, CatalogueCommand):
            kept.append(command.copy())
            done += i < stack.index()
    stack.clear()
    push_done(stack, kept, done)
