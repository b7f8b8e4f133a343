"""Transcription settings: the engine, the language spoken and faster-whisper's model."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..media.transcribe.whisper import MODEL_SIZES, SIZE_NAMES
from . import settings as keys
from .settings import Settings


def sizes_html() -> str:
    rows = "".join(
        f"<tr><td>{s.name}</td><td align='right'>{s.download_mb:,} MB</td>"
        f"<td align='right'>{s.cpu_speed:g}×</td></tr>"
        for s in MODEL_SIZES
    )
    head = QCoreApplication.translate(
        "TranscriptionSettings", "<tr><th>Size</th><th>Download</th><th>Speed on a CPU</th></tr>"
    )
    return f"<table cellspacing='6'>{head}{rows}</table>"


def ask_download_consent(parent: QWidget | None, size: str, folder: Path) -> bool:
    """Ask before anything is fetched: which model, how big, from where, where it is kept."""
    [chosen] = [s for s in MODEL_SIZES if s.name == size]
    text = (
        QCoreApplication.translate(
            "TranscriptionSettings",
            "<p>faster-whisper's <b>%1</b> model is not on this computer yet. Download it now "
            "(%2 MB, once, from Hugging Face) into %3?</p><p>Nothing else leaves or reaches "
            "the computer: the recordings are heard here. The sizes (speed: seconds of speech "
            "per second of work on a 4-core CPU, roughly):</p>",
        )
        .replace("%1", size)
        .replace("%2", f"{chosen.download_mb:,}")
        .replace("%3", str(folder))
        + sizes_html()
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("TranscriptionSettings", "Download a Speech Model?"),
        text,
    )
    return answer == QMessageBox.StandardButton.Yes


class TranscriptionSettingsDialog(QDialog):
    """Engine, language and model, kept in this computer's settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(
            QCoreApplication.translate("TranscriptionSettings", "Transcription Settings")
        )
        self.engine = QComboBox()
        self.engine.addItem(
            QCoreApplication.translate("TranscriptionSettings", "pocketsphinx (English, built in)"),
            "pocketsphinx",
        )
        self.engine.addItem(
            QCoreApplication.translate(
                "TranscriptionSettings", "faster-whisper (many languages, needs a model)"
            ),
            "faster-whisper",
        )
        self.engine.setCurrentIndex(
            max(self.engine.findData(settings.get(keys.TRANSCRIPTION_ENGINE)), 0)
        )
        self.language = QLineEdit(settings.get(keys.TRANSCRIPTION_LANGUAGE))
        self.language.setPlaceholderText("en")
        self.language.setAccessibleName(
            QCoreApplication.translate("TranscriptionSettings", "Language spoken")
        )
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.addItems(list(SIZE_NAMES))
        self.model.setEditText(settings.get(keys.WHISPER_MODEL))
        self.model.setAccessibleName(
            QCoreApplication.translate("TranscriptionSettings", "faster-whisper model")
        )
        self.model.setToolTip(
            QCoreApplication.translate(
                "TranscriptionSettings",
                "A size to download once, or the folder of a model you have",
            )
        )
        browse = QPushButton(QCoreApplication.translate("TranscriptionSettings", "Folder…"))
        browse.clicked.connect(self._on_browse_clicked)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(browse)
        sizes = QLabel(sizes_html())
        sizes.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("TranscriptionSettings", "Engine:"), self.engine)
        form.addRow(
            QCoreApplication.translate("TranscriptionSettings", "Language spoken:"), self.language
        )
        form.addRow(
            QCoreApplication.translate("TranscriptionSettings", "faster-whisper model:"), model_row
        )
        form.addRow(sizes)
        form.addRow(
            QLabel(
                QCoreApplication.translate(
                    "TranscriptionSettings",
                    "Everything is heard on this computer; a model is downloaded only when "
                    "you agree to it.",
                )
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("TranscriptionSettings", "Model Folder")
        )
        if folder:
            self.model.setEditText(folder)

    def accept(self) -> None:
        self.settings.set(keys.TRANSCRIPTION_ENGINE, str(self.engine.currentData()))
        self.settings.set(keys.TRANSCRIPTION_LANGUAGE, self.language.text().strip().lower() or "en")
        self.settings.set(keys.WHISPER_MODEL, self.model.currentText().strip())
        super().accept()
