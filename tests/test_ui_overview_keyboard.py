"""The Overview's charts by keyboard: Tab reaches a chart, arrows move between its bars, Enter
opens the bar's list, and the bar is named for screen readers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from webinar_archive.domain import model as m
from webinar_archive.domain.overview import Overview, Tally
from webinar_archive.ui.dashboard_view import OverviewDialog

FIGURES = Overview(
    sessions=6,
    first_year=2020,
    last_year=2022,
    per_year=((2020, 1), (2021, 3), (2022, 2)),
    organisations=(Tally("DG GROW", 4, key=11), Tally("CEBR", 2, key=12), Tally("VUT", 1, key=13)),
)


def _dialog(qtbot) -> tuple[OverviewDialog, list[object]]:
    dialog = OverviewDialog()
    qtbot.addWidget(dialog)
    dialog.show_overview(FIGURES)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    chosen: list[object] = []
    dialog.filter_chosen.connect(chosen.append)
    return dialog, chosen


def test_tab_reaches_the_first_chart_and_enter_opens_a_bar(qtbot) -> None:
    """From the series choice, Tab lands on the first chart, on its first bar; Right moves to
    the next year and Enter lists that year's sessions."""
    dialog, chosen = _dialog(qtbot)
    dialog.scope.setFocus()
    qtbot.waitUntil(dialog.scope.hasFocus)
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.years
    assert dialog.years.current == 0
    assert dialog.years.accessibleName() == "Sessions per year, 2020: 1 sessions"
    qtbot.keyClick(dialog.years, Qt.Key.Key_Right)
    assert dialog.years.accessibleName().endswith("2021: 3 sessions")
    qtbot.keyClick(dialog.years, Qt.Key.Key_Return)
    assert chosen == [m.SessionFilter(year=2021)]
    qtbot.keyClick(dialog.years, Qt.Key.Key_End)
    qtbot.keyClick(dialog.years, Qt.Key.Key_Right)  # stays on the last bar
    qtbot.keyClick(dialog.years, Qt.Key.Key_Space)
    assert chosen[-1] == m.SessionFilter(year=2022)


def test_horizontal_chart_starts_at_the_top_bar_and_down_goes_down(qtbot) -> None:
    """In a chart of names, the first bar is the top one (the most frequent) and Down moves to
    the one drawn under it; the bar is shown selected while the chart has focus."""
    dialog, chosen = _dialog(qtbot)
    chart = dialog.organisations
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    assert chart.accessibleName().endswith("DG GROW: 4 sessions")
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.accessibleName().endswith("CEBR: 2 sessions")
    assert chart._bars is not None and chart._bars.selectedBars() == [chart.current]
    qtbot.keyClick(chart, Qt.Key.Key_Enter)
    assert chosen == [m.SessionFilter(organisation_id=12)]
    dialog.years.setFocus()
    qtbot.waitUntil(dialog.years.hasFocus)
    assert chart.accessibleName() == chart.title
    assert chart._bars.selectedBars() == []
