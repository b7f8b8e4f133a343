"""The Help menu: the keyboard shortcuts read from the window and the player, and the guide."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

import ui_helpers
from ui_helpers import Main
from webinar_archive.playback.fake import FakeBackend
from webinar_archive.resources import resource_path
from webinar_archive.ui import help as app_help
from webinar_archive.ui.player.widget import PlayerWidget

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
settings = ui_helpers.settings
main = ui_helpers.main

NATIVE = QKeySequence.SequenceFormat.NativeText


def _rows(dialog: app_help.ShortcutsDialog) -> dict[str, dict[str, str]]:
    tree = dialog.tree
    groups = {}
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        groups[head.text(0)] = {
            head.child(j).text(0): head.child(j).text(1) for j in range(head.childCount())
        }
    return groups


def _keys(groups: dict[str, dict[str, str]]) -> set[str]:
    return {keys for rows in groups.values() for keys in rows.values()}


def test_help_menu_offers_the_guide_and_the_shortcuts(main: Main) -> None:
    w = main.window
    assert w.help_menu.actions()[:2] == [w.guide_action, w.shortcuts_action]


def test_shortcuts_list_the_window_and_the_player_keys(main: Main, qtbot) -> None:
    """The dialog lists menu keys by menu and every player key, J/K/L, C, F and M included."""
    main.window.shortcuts_action.trigger()
    dialog = main.window.findChild(app_help.ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    groups = _rows(dialog)
    print_keys = main.window.export_brief_action.shortcut().toString(NATIVE)
    assert groups["Session"]["Export Brief…"] == print_keys
    assert groups["Edit"]["Edit Title"] == "F2"
    assert groups["Edit"]["Undo"] == QKeySequence(QKeySequence.StandardKey.Undo).toString(NATIVE)
    player = groups["Player (while it has the focus)"]
    for key in ("Space", "J", "K", "L", "C", "F", "M", "Esc"):
        assert key in player.values(), key
    assert player["Add a chapter at the current time"] == "C"
    dialog.close()


def test_shortcuts_list_the_overview_chart_keys(main: Main, qtbot) -> None:
    """The Overview's charts are driven by keys of their own: the list names them too."""
    main.window.shortcuts_action.trigger()
    dialog = main.window.findChild(app_help.ShortcutsDialog)
    assert dialog is not None
    charts = _rows(dialog)["Overview charts (while one has the focus)"]
    assert charts["List the bar's sessions"] == "Return, Enter, Space"
    assert charts["First or last bar"] == "Home, End"
    dialog.close()


def test_shortcuts_follow_the_actions_themselves(main: Main, qtbot) -> None:
    """A key given to an action shows up without anyone editing a list of keys."""
    w = main.window
    w.people_action.setShortcut(QKeySequence("Ctrl+Alt+Y"))
    dialog = app_help.show_shortcuts(w)
    shown = _rows(dialog)
    assert shown["Edit"]["People and Organisations…"] == QKeySequence("Ctrl+Alt+Y").toString(NATIVE)
    dialog.close()


def test_player_keys_listed_are_the_keys_installed(main: Main, qtbot, tmp_path) -> None:
    """What Help lists for the player is exactly what the player widget listens to."""
    player = PlayerWidget(FakeBackend(), snapshot_dir=tmp_path)
    qtbot.addWidget(player)
    installed = {
        s.key().toString(NATIVE) for s in player.findChildren(QShortcut) if s.parent() is player
    }
    dialog = app_help.show_shortcuts(main.window)
    listed = set(_rows(dialog)["Player (while it has the focus)"].values())
    assert listed == installed
    assert {"J", "K", "L", "C", "F", "M"} <= installed
    dialog.close()


def test_user_guide_opens_inside_the_application(main: Main, qtbot) -> None:
    """Help > User Guide shows the bundled guide in a window of the application (twice asked,
    one window), with the three users' tasks."""
    main.window.guide_action.trigger()
    main.window.guide_action.trigger()
    guides = main.window.findChildren(app_help.GuideWindow)
    assert len(guides) == 1 and guides[0].isVisible()
    text = guides[0].browser.toPlainText()
    for heading in (
        "Import a session from its web page",
        "Fix a session",
        "Attach slides, documents and recordings",
        "Play a recording",
        "Print a brief or a booklet",
    ):
        assert heading in text
    assert "**" not in text  # rendered as Markdown, not shown as source
    guides[0].close()
    QApplication.processEvents()


def test_guide_is_a_bundled_resource() -> None:
    """The guide is found the way the fonts are (docs/ is not installed with the application)."""
    guide = resource_path(*app_help.GUIDE)
    assert guide.read_text(encoding="utf-8").startswith("# Webinar Archive")
