"""The player's materials: slides tied to a time of the recording, the Files tab's "shown at"
menu, and snapshots of the picture added to the session (part of the player feature)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.time import format_ms
from .materials_panel import material_label
from .tasks import TaskContext

if TYPE_CHECKING:
    from ..services.archive import Archive
    from .main_window import MainWindow
    from .player.widget import PlayerWidget
    from .shell import Shell


class MaterialsHost(Protocol):
    """What the player's materials use of the player feature (player_controller.py)."""

    archive: Archive
    window: MainWindow
    shell: Shell
    player: PlayerWidget | None
    recording: m.Recording | None
    session: m.Session | None

    def message(self, text: str) -> None: ...

    def reload_session(self) -> None: ...


class PlayerMaterials(QObject):
    """Ties materials to the playing recording and adds its snapshots to the session."""

    def __init__(self, host: MaterialsHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def extend_material_menu(self, menu: QMenu, material_id: int) -> None:
        files = self.host.window.editor.files
        material = files.materials.get(material_id)
        time = format_ms(self.host.player.current_time()) if self.host.player is not None else ""
        action = QAction(
            QCoreApplication.translate(
                "PlaybackController", "Shown in the Recording at Current Time (%1)"
            ).replace("%1", time)
            if time
            else QCoreApplication.translate(
                "PlaybackController", "Shown in the Recording at Current Time"
            ),
            menu,
        )
        action.setEnabled(
            material is not None
            and self.host.recording is not None
            and material.session_id == self.host.recording.session_id
            and not files.read_only
        )
        action.triggered.connect(lambda: self.tie_material_here(material_id))
        menu.addAction(action)
        if material is not None and material.shown_at_ms is not None:
            untie = QAction(
                QCoreApplication.translate(
                    "PlaybackController", "Not Tied to a Time in the Recording"
                ),
                menu,
            )
            untie.triggered.connect(lambda: self.untie_material(material_id))
            untie.setEnabled(not files.read_only)
            menu.addAction(untie)

    def tie_material_here(self, material_id: int) -> bool:
        """Record that the material is shown in the playing recording at the current time."""
        if self.host.recording is None or self.host.player is None:
            return False
        ms = self.host.player.current_time()
        try:
            material = self.host.archive.files.material(material_id)
            if material.session_id != self.host.recording.session_id:
                self.host.message(
                    QCoreApplication.translate(
                        "PlaybackController", "This material belongs to another session."
                    )
                )
                return False
            self.host.archive.playback.tie_material(
                material_id, self.host.recording.id, ms, material.appearance_id
            )
        except ArchiveError as exc:
            self.host.message(str(exc))
            return False
        self.host.reload_session()
        self.host.message(
            QCoreApplication.translate("PlaybackController", "“%1” is shown at %2.")
            .replace("%1", material_label(material))
            .replace("%2", format_ms(ms))
        )
        return True

    def untie_material(self, material_id: int) -> bool:
        try:
            material = self.host.archive.files.material(material_id)
            self.host.archive.playback.tie_material(material_id, None, None, material.appearance_id)
        except ArchiveError as exc:
            self.host.message(str(exc))
            return False
        self.host.reload_session()
        return True

    def on_material_reached(self, material_id: int) -> None:
        files = self.host.window.editor.files
        if material_id in files.materials:
            files.highlight_material(material_id)
        if self.host.session is not None:
            material = next((x for x in self.host.session.materials if x.id == material_id), None)
            if material is not None:
                self.host.message(
                    QCoreApplication.translate("PlaybackController", "Now shown: %1").replace(
                        "%1", material_label(material)
                    )
                )

    def on_material_selected(self, material_id: int) -> None:
        try:
            material = self.host.archive.files.material(material_id)
        except ArchiveError as exc:
            self.host.message(str(exc))
            return
        if material.kind is m.MaterialKind.PDF:
            self.host.window.show_pdf_page(material_id, 1)
            return
        view = self.host.window.editor
        if material_id in view.files.materials:
            view.tabs.setCurrentWidget(view.files)
            view.files.select_material(material_id)
        else:
            self.host.message(
                QCoreApplication.translate(
                    "PlaybackController", "“%1” belongs to the session “%2”."
                )
                .replace("%1", material_label(material))
                .replace("%2", self.host.session.title if self.host.session else "")
            )

    # ---------------------------------------------------------------- snapshots

    def on_snapshot_taken(self, path: Path) -> None:
        recording, player = self.host.recording, self.host.player
        if recording is None or player is None:
            return
        path = Path(path)
        if not path.is_file() or path.stat().st_size == 0:
            self.host.message(
                QCoreApplication.translate("PlaybackController", "The snapshot could not be saved.")
            )
            return
        ms = player.current_time()
        stem = Path(recording.original_name).stem
        named = path.with_name(f"{stem} at {format_ms(ms).replace(':', '.')}.png")
        session_id = recording.session_id
        files, playback = self.host.archive.files, self.host.archive.playback

        def job(ctx: TaskContext) -> list[m.AttachResult]:
            ctx.progress(
                QCoreApplication.translate(
                    "PlaybackController", "Adding the snapshot to the session"
                )
            )
            path.replace(named)
            try:
                results = files.attach(session_id, [named])
            finally:
                named.unlink(missing_ok=True)
            for result in results:
                if result.material_id is not None:
                    # The frame was shown at that time: it joins the recording's materials.
                    playback.tie_material(result.material_id, recording.id, ms)
            return results

        self.host.shell.tasks.submit(
            QCoreApplication.translate("PlaybackController", "Adding the snapshot"),
            job,
            lambda results: self._after_snapshot(session_id, results),
        )

    def _after_snapshot(self, session_id: int, results: list[m.AttachResult]) -> None:
        if any(r.material_id is not None for r in results):
            self.host.message(
                QCoreApplication.translate(
                    "PlaybackController", "Snapshot added to the session's materials."
                )
            )
        else:
            # A frame identical to one attached before is reported as a duplicate.
            reasons = [str(r.error or r.warning) for r in results if r.error or r.warning]
            self.host.message(
                QCoreApplication.translate("PlaybackController", "Snapshot not added: %1").replace(
                    "%1", "; ".join(reasons)
                )
            )
        if self.host.session is not None and self.host.session.id == session_id:
            self.host.reload_session()
        else:
            self.host.shell.sessions_changed.emit([session_id])
