"""The Help menu's windows: the keyboard shortcuts, read from the actions, and the user guide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from webinar_archive.resources import resource_path
from webinar_archive.ui.chart_keys import CHART_KEYS
from webinar_archive.ui.player.keys import PLAYER_KEYS

GUIDE = ("guide", "user-guide.md")
"""The user guide among the bundled resources (docs/ is not installed with the application)."""


def _keys(action: QAction) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


def _label(action: QAction) -> str:
    # "&Find" -> "Find"; a "\tSpace" hint after the text is the key, shown in its own column.
    return action.text().split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every key of the window, by menu, then the player's: [(group, [(what, keys)])].

    Read from the actions and the player's key table themselves, so the list cannot fall behind
    a shortcut that is added or changed."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    listed: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = []
        for action in menu.actions():
            if action.shortcuts() and id(action) not in listed:
                listed.add(id(action))
                rows.append((_label(action), _keys(action)))
        if rows:
            groups.append((_label(menu_action), rows))
    # Keys that belong to no menu: the filter box's Escape, actions of the table ...
    other = [
        (_label(action), _keys(action))
        for action in window.findChildren(QAction)
        if action.shortcuts() and id(action) not in listed and not action.menu()
    ]
    if other:
        groups.append(
            (QCoreApplication.translate("Help", "Elsewhere in the window"), sorted(set(other)))
        )
    player = [
        (
            QCoreApplication.translate("PlayerWidget", key.label),
            QKeySequence(key.key).toString(QKeySequence.SequenceFormat.NativeText),
        )
        for key in PLAYER_KEYS
    ]
    groups.append((QCoreApplication.translate("Help", "Player (while it has the focus)"), player))
    charts = [
        (
            QCoreApplication.translate("Overview", str(label)),
            ", ".join(
                QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys
            ),
        )
        for label, keys in CHART_KEYS
    ]
    heading = QCoreApplication.translate("Overview", "Overview charts (while one has the focus)")
    groups.append((heading, charts))
    return groups


class ShortcutsDialog(QDialog):
    """Help > Keyboard Shortcuts: one table of every key, grouped as the menus are."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Help", "Action"),
                QCoreApplication.translate("Help", "Keys"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        for group, rows in shortcut_groups(window):
            head = QTreeWidgetItem(self.tree, [group])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for text, keys in rows:
                QTreeWidgetItem(head, [text, keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(520, 640)


class GuideWindow(QDialog):
    """Help > User Guide: the bundled Markdown guide in a browser inside the application."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("Help", "Webinar Archive User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(QCoreApplication.translate("Help", "User guide"))
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setMarkdown(resource_path(*GUIDE).read_text(encoding="utf-8"))
        except OSError as exc:  # a damaged installation: say so where the guide would be
            self.browser.setPlainText(
                QCoreApplication.translate(
                    "Help",
                    "The user guide could not be read (%1). "
                    "Reinstalling the application brings it back.",
                ).replace("%1", str(exc))
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 760)


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_guide(window: QMainWindow) -> GuideWindow:
    # One guide window: asking again brings it to the front instead of opening a second.
    existing = window.findChild(GuideWindow)
    guide = existing if isinstance(existing, GuideWindow) else GuideWindow(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
