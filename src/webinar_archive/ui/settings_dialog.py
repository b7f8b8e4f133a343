"""The Settings dialog (Tools → Settings…): choices kept between runs, such as the language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ArchiveError
from .i18n import LANGUAGE_NAMES, choose_language, chosen_language, system_language
from .settings import Settings
from .shell import Shell


class SettingsDialog(QDialog):
    """Layout only: the language list (System default first) and what a change takes."""

    def __init__(self, parent: QWidget | None, current: str) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        system = LANGUAGE_NAMES[system_language()]
        self.language_combo.addItem(
            QCoreApplication.translate("SettingsDialog", "System default (%1)").replace(
                "%1", system
            ),
            "",
        )
        for code, name in LANGUAGE_NAMES.items():
            # Each language in its own name: whoever cannot read the current one finds theirs.
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(current), 0))
        label = QLabel(QCoreApplication.translate("SettingsDialog", "&Language:"), self)
        label.setBuddy(self.language_combo)
        note = QLabel(
            QCoreApplication.translate(
                "SettingsDialog",
                "A new language is used from the next start of Webinar Archive.",
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language_combo)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def language(self) -> str:
        """The chosen language code, "" for the system's."""
        return str(self.language_combo.currentData())


class SettingsController(QObject):
    """Opens the dialog from Tools → Settings… and stores what was chosen."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.settings: Settings = shell.settings
        self.window = shell.window
        self.dialog: SettingsDialog | None = None
        shell.window.settings_action.triggered.connect(self.show)

    def show(self) -> SettingsDialog:
        stored = chosen_language(self.settings) or ""
        dialog = self.dialog = SettingsDialog(self.window, stored)
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.open()
        return dialog

    def _save(self, dialog: SettingsDialog) -> None:
        try:
            choose_language(dialog.language())
        except ArchiveError as exc:
            QMessageBox.warning(self.window, dialog.windowTitle(), str(exc))
