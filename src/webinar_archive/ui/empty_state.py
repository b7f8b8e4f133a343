"""The first-run page shown instead of an empty table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyStatePage(QWidget):
    """Explains what the archive is for and offers the three ways to start."""

    demo_requested = Signal()
    add_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        panel = QWidget(self)
        # A fixed-width panel: word-wrapped labels then get their true height.
        panel.setFixedWidth(540)
        title = QLabel(self.tr("Your archive is empty"), panel)
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
            panel,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.demo_button = QPushButton(self.tr("Create the Demo Session"), panel)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setDefault(True)
        self.add_button = QPushButton(self.tr("Add a Session"), panel)
        self.add_button.setObjectName("addButton")
        self.import_button = QPushButton(self.tr("Import a Session Page…"), panel)
        self.import_button.setObjectName("importButton")

        inner = QVBoxLayout(panel)
        inner.addWidget(title)
        inner.addSpacing(12)
        inner.addWidget(text)
        inner.addSpacing(24)
        for b in (self.demo_button, self.add_button, self.import_button):
            b.setMinimumWidth(280)
            inner.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

        self.demo_button.clicked.connect(self.demo_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.import_button.clicked.connect(self.import_requested)
