"""The People window: opened from the menu; its changes reach the catalogue through the shell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .shell import Shell

if TYPE_CHECKING:
    from .people_manager import PeopleManager


class PeopleController(QObject):
    """Opens the people and organisations manager and tells the others when it changed things."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.archive = shell.archive
        self.window = shell.window
        self.manager: PeopleManager | None = None
        self.window.people_action.triggered.connect(self._on_people_action_triggered)

    def _on_people_action_triggered(self) -> None:
        if self.manager is None:
            # Imported when first opened, like the other windows of the menus: the main
            # window's start does not wait for them.
            from .people_manager import PeopleManager

            self.manager = PeopleManager(self.archive, self.window)
            self.manager.changed.connect(self.shell.people_changed)
            self.manager.session_activated.connect(
                lambda session_id: self.shell.session_requested.emit(session_id, False)
            )
        self.manager.show()
