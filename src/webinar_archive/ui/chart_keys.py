"""The keys of an Overview chart with the focus, in a module of their own so that Help >
Keyboard Shortcuts lists them without importing the charts (QtCharts loads when the Overview
first opens)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

# dashboard_view.BarChart.keyPressEvent acts on these; Help lists them from CHART_KEYS.
MOVE_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
END_KEYS = (Qt.Key.Key_Home, Qt.Key.Key_End)
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
CHART_KEYS: tuple[tuple[object, tuple[Qt.Key, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Overview", "Previous or next bar"), MOVE_KEYS),
    (QT_TRANSLATE_NOOP("Overview", "First or last bar"), END_KEYS),
    (QT_TRANSLATE_NOOP("Overview", "List the bar's sessions"), OPEN_KEYS),
)
