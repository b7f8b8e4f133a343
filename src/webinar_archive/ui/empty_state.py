"""The first-run page shown instead of an empty table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyStatePage(QWidget):
    """Explains what the archive is for and offers the three ways to start."""

    demo_requested = Signal()
    add_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(self.tr("Your archive is empty"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Keep every webinar session you attend or organise: who spoke, for which "
                "organisation, the slides, the recording and a summary of what was said.\n\n"
                "Start with the demo session to see how a catalogued session looks, or add "
                "your own."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(520)

        self.demo_button = QPushButton(self.tr("Create the Demo Session"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setDefault(True)
        self.add_button = QPushButton(self.tr("Add a Session"), self)
        self.add_button.setObjectName("addButton")
        self.import_button = QPushButton(self.tr("Import a Session Page…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setVisible(False)
        for b in (self.demo_button, self.add_button, self.import_button):
            b.setMinimumWidth(260)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        for b in (self.demo_button, self.add_button, self.import_button):
            layout.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

        self.demo_button.clicked.connect(self.demo_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.import_button.clicked.connect(self.import_requested)
