"""The Overview window's widgets: charts of the archive and its gaps, each bar a way to the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain import model as m
from ..domain.overview import Overview as OverviewData
from ..domain.overview import Tally
from .chart_keys import END_KEYS, MOVE_KEYS, OPEN_KEYS
from .formats import app_locale, decimal_text, month_text
from .i18n import TrContext
from .widgets import fit_to_screen

CHART_HEIGHT = 280

Overview = TrContext("Overview")


class BarChart(QChartView):
    """A bar chart whose bars are clickable: ``chosen`` gives the clicked bar's session filter.

    The keyboard reaches the bars too: Tab stops on the chart, the arrow keys (and Home, End)
    move between its bars, shown selected and named for screen readers ("Sessions per year,
    2020: 5"), and Enter or Space opens the current bar's list as a click does.
    """

    chosen = Signal(object)

    def __init__(self, title: str, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = title
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # The value axis writes its numbers as the window does ("2,5" and "12 000" in Polish).
        chart.setLocalizeNumbers(True)
        chart.setLocale(app_locale())
        self.setChart(chart)
        self.setAccessibleName(title)
        self.viewport().setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.filters: list[m.SessionFilter] = []
        self.current = -1  # the bar the keyboard is on
        self._bars: QBarSet | None = None
        self._tooltip = ""

    def show_bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        tooltip: str,
        filters: Sequence[m.SessionFilter],
    ) -> None:
        """Replace the bars; ``tooltip`` has %1 for the value and %2 for the label; a click on
        bar i chooses ``filters[i]``."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.labels, self.values, self.filters = list(labels), list(values), list(filters)
        self._tooltip = tooltip
        bars = QBarSet("")
        bars.append(list(values))
        bars.setColor(self.palette().highlight().color())
        # The keyboard's bar in the text colour: it stands out in light and dark palettes.
        bars.setSelectedColor(self.palette().text().color())
        self._bars = bars
        bars.clicked.connect(self._on_bar_clicked)
        bars.hovered.connect(
            lambda on, i: self.setToolTip(
                tooltip.replace("%1", _number(self.values[i])).replace("%2", self.labels[i])
                if on and 0 <= i < len(self.labels)
                else ""
            )
        )
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bars)
        # A few bars stay bars: one category would otherwise fill the whole chart.
        series.setBarWidth(min(0.7, 0.22 * max(len(labels), 1)))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(labels) or [""])
        # Names are the point of these charts: the axis takes the room they need.
        categories.setTruncateLabels(False)
        values_axis = QValueAxis()
        whole = all(float(v).is_integer() for v in values)
        # Localised labels know only the precision of f (with "%d" Qt draws none at all).
        values_axis.setLabelFormat("%.0f" if whole else "%.1f")
        top = max([0.0, *values])
        if whole and top < 5:
            # One tick per unit: nice numbers would label 0, 0, 1, 1 for a count of 1.
            values_axis.setRange(0, max(top, 1))
            values_axis.setTickCount(int(max(top, 1)) + 1)
        else:
            values_axis.setRange(0, top * 1.1)
            values_axis.applyNiceNumbers()
        chart.setTitle(
            self.title
            if labels
            else QCoreApplication.translate("Overview", "%1 (none yet)").replace("%1", self.title)
        )
        first, second = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if self.horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(categories, first)
        chart.addAxis(values_axis, second)
        series.attachAxis(categories)
        series.attachAxis(values_axis)
        if not self.horizontal and len(labels) > 12:
            categories.setLabelsAngle(-90)
        if self.horizontal:
            self.setMinimumHeight(max(CHART_HEIGHT, 60 + 24 * len(labels)))
        # Values, labels and bars read as text too (screen readers, tests).
        self.setAccessibleDescription(
            "; ".join(f"{label}: {_number(v)}" for label, v in zip(labels, values, strict=True))
        )
        self.current = -1
        if self.hasFocus():
            self._move_to(0)

    def _on_bar_clicked(self, index: int) -> None:
        if 0 <= index < len(self.filters):
            self.chosen.emit(self.filters[index])

    # -- the keyboard ---------------------------------------------------------------------------

    def bar_text(self, index: int) -> str:
        """What the bar says: its label and value, as the tooltip of a hovered bar."""
        return self._tooltip.replace("%1", _number(self.values[index])).replace(
            "%2", self.labels[index]
        )

    def _move_to(self, index: int) -> None:
        if not self.labels or self._bars is None:
            return
        self.current = max(0, min(index, len(self.labels) - 1))
        self._bars.deselectAllBars()
        self._bars.selectBar(self.current)
        text = self.bar_text(self.current)
        # Screen readers announce the focused widget's name: the chart and the bar it is on.
        self.setAccessibleName(f"{self.chart().title()}, {text}")
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        self.setToolTip(text)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._move_to(self.current if self.current >= 0 else self._first())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._bars is not None:
            self._bars.deselectAllBars()
        self.setAccessibleName(self.title)

    def _first(self) -> int:
        # A horizontal chart draws its first category at the bottom: start at the top one.
        return len(self.labels) - 1 if self.horizontal else 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        # "Forward" follows the reading order: rightwards, and downwards in a horizontal chart
        # (where the next category is drawn above the current one).
        step = -1 if self.horizontal else 1
        left, right, up, down = MOVE_KEYS
        moves = {right: step, down: step, left: -step, up: -step}
        if not self.labels:
            super().keyPressEvent(event)
        elif key in moves:
            self._move_to(self.current + moves[Qt.Key(key)])
        elif key == END_KEYS[0]:
            self._move_to(self._first())
        elif key == END_KEYS[1]:
            self._move_to(len(self.labels) - 1 - self._first())
        elif key in OPEN_KEYS:
            self._on_bar_clicked(self.current)
        else:
            super().keyPressEvent(event)


def _recorded(ms: int) -> str:
    """The length of all recordings in the unit that reads best: hours, else minutes."""
    if ms >= 3_600_000:
        return QCoreApplication.translate("Overview", "%1 hours recorded").replace(
            "%1", decimal_text(round(ms / 3_600_000, 1))
        )
    minutes = ms / 60_000
    return QCoreApplication.translate("Overview", "%1 minutes recorded").replace(
        "%1", decimal_text(round(minutes) if minutes >= 10 else round(minutes, 1))
    )


def _number(value: float) -> str:
    return decimal_text(value)


def _short(text: str, limit: int = 36) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class OverviewDialog(QDialog):
    """The window: a header with totals and the scope, the charts, the gaps; data comes later."""

    filter_chosen = Signal(object)  # the SessionFilter of a clicked bar or gap
    scope_changed = Signal(object)  # series id, or None for the whole library
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Overview", "Overview"))
        fit_to_screen(self, 1180, 820)
        self.overview: OverviewData | None = None
        self.summary = QLabel(QCoreApplication.translate("Overview", "Counting…"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scope = QComboBox()
        self.scope.setAccessibleName(QCoreApplication.translate("Overview", "Series shown"))
        self.scope.addItem(QCoreApplication.translate("Overview", "All series"), None)
        self.scope.currentIndexChanged.connect(
            lambda _i: self.scope_changed.emit(self.scope.currentData())
        )
        scope_label = QLabel(QCoreApplication.translate("Overview", "&Show:"))
        scope_label.setBuddy(self.scope)
        header = QHBoxLayout()
        header.addWidget(self.summary, 1)
        header.addWidget(scope_label)
        header.addWidget(self.scope)

        self.years = BarChart(
            QCoreApplication.translate("Overview", "Sessions per year"), horizontal=False
        )
        self.months = BarChart(
            QCoreApplication.translate("Overview", "Sessions per month, latest 24 months"),
            horizontal=False,
        )
        self.series = BarChart(
            QCoreApplication.translate("Overview", "Sessions per series"), horizontal=True
        )
        self.organisations = BarChart(
            QCoreApplication.translate("Overview", "Organisations that appear most"),
            horizontal=True,
        )
        self.speakers = BarChart(
            QCoreApplication.translate("Overview", "Speakers who appear most"), horizontal=True
        )
        self.hours = BarChart(
            QCoreApplication.translate("Overview", "Hours of recordings per year"), horizontal=False
        )
        self.gaps = QGroupBox(QCoreApplication.translate("Overview", "What is missing"))
        gaps = QVBoxLayout(self.gaps)
        self.no_recording = self._gap_button("no-recording")
        self.no_slides = self._gap_button("no-slides")
        self.no_organisation = self._gap_button("speaker-no-org")
        for button in (self.no_recording, self.no_slides, self.no_organisation):
            gaps.addWidget(button)
        self.undated = QLabel()
        self.undated.setWordWrap(True)
        gaps.addWidget(self.undated)
        gaps.addStretch(1)

        grid = QGridLayout()
        grid.addWidget(self.years, 0, 0)
        grid.addWidget(self.months, 0, 1)
        grid.addWidget(self.series, 1, 0)
        grid.addWidget(self.organisations, 1, 1)
        grid.addWidget(self.speakers, 2, 0)
        grid.addWidget(self.hours, 2, 1)
        grid.addWidget(self.gaps, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.charts = QWidget()
        self.charts.setLayout(grid)
        scroll = QScrollArea()
        scroll.setAccessibleName(QCoreApplication.translate("Overview", "Charts"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)
        # Tab goes from chart to chart (the area scrolls each into view), not to the area.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(QCoreApplication.translate("Overview", "Save as &PNG…"))
        self.save_button.setToolTip(
            QCoreApplication.translate("Overview", "Save the charts as one PNG image")
        )
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_requested)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._connect_clicks()

    def _gap_button(self, which: str) -> QPushButton:
        button = QPushButton()
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("text-align: left; text-decoration: underline;")
        button.clicked.connect(lambda: self._choose(m.SessionFilter(incomplete=which)))
        return button

    def _connect_clicks(self) -> None:
        charts = (self.years, self.months, self.series, self.organisations, self.speakers)
        for chart in (*charts, self.hours):
            chart.chosen.connect(self._choose)

    def _choose(self, flt: object) -> None:
        if isinstance(flt, m.SessionFilter) and self.overview is not None:
            if self.overview.series_id is not None and flt.series_id is None:
                flt = _with_series(flt, self.overview.series_id)
            self.filter_chosen.emit(flt)

    def set_series_choices(self, series: Sequence[m.Series]) -> None:
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(QCoreApplication.translate("Overview", "All series"), None)
        for item in series:
            self.scope.addItem(item.name, item.id)
        found = self.scope.findData(current)
        self.scope.setCurrentIndex(max(found, 0))
        self.scope.blockSignals(False)

    def show_overview(self, ov: OverviewData) -> None:
        self.overview = ov
        parts = [Overview.tr("%Ln session(s)", "", ov.sessions)]
        if ov.first_year is not None:
            same = ov.first_year == ov.last_year
            parts.append(str(ov.first_year) if same else f"{ov.first_year}–{ov.last_year}")
        parts.append(Overview.tr("%Ln recording(s)", "", ov.recordings))
        if ov.recordings:
            parts.append(_recorded(ov.recorded_ms))
        self.summary.setText(" · ".join(parts))
        self.years.show_bars(
            [str(y) for y, _ in ov.per_year],
            [n for _, n in ov.per_year],
            QCoreApplication.translate("Overview", "%2: %1 sessions"),
            [m.SessionFilter(year=y) for y, _ in ov.per_year],
        )
        self.months.show_bars(
            [month_text(y, mo) for y, mo, _n in ov.per_month],
            [n for _y, _mo, n in ov.per_month],
            QCoreApplication.translate("Overview", "%2: %1 sessions"),
            [m.SessionFilter(year=y, month=mo) for y, mo, _n in ov.per_month],
        )
        self._tallies(self.series, ov.per_series, lambda k: m.SessionFilter(series_id=k))
        self._tallies(
            self.organisations, ov.organisations, lambda k: m.SessionFilter(organisation_id=k)
        )
        self._tallies(self.speakers, ov.speakers, lambda k: m.SessionFilter(person_id=k))
        # Minutes while the recordings are short, so a 45-second demo is not an empty chart.
        in_minutes = bool(ov.hours_per_year) and max(h for _, h in ov.hours_per_year) < 2
        self.hours.title = (
            QCoreApplication.translate("Overview", "Minutes of recordings per year")
            if in_minutes
            else QCoreApplication.translate("Overview", "Hours of recordings per year")
        )
        self.hours.show_bars(
            [str(y) for y, _ in ov.hours_per_year],
            [round(h * 60 if in_minutes else h, 1) for _, h in ov.hours_per_year],
            QCoreApplication.translate("Overview", "%2: %1 minutes")
            if in_minutes
            else QCoreApplication.translate("Overview", "%2: %1 hours"),
            [m.SessionFilter(year=y) for y, _ in ov.hours_per_year],
        )
        for button, n in (
            (self.no_recording, ov.without_recording),
            (self.no_slides, ov.without_slides),
            (self.no_organisation, ov.speaker_without_organisation),
        ):
            button.setEnabled(n > 0)
        self.no_recording.setText(
            Overview.tr("%Ln session(s) without a recording", "", ov.without_recording)
        )
        self.no_slides.setText(Overview.tr("%Ln session(s) without slides", "", ov.without_slides))
        self.no_organisation.setText(
            Overview.tr(
                "%Ln session(s) with a speaker without an organisation",
                "",
                ov.speaker_without_organisation,
            )
        )
        self.undated.setText(
            Overview.tr(
                "%Ln session(s) without a date, left out of the charts by time.", "", ov.undated
            )
            if ov.undated
            else ""
        )

    def _tallies(
        self,
        chart: BarChart,
        tallies: Sequence[Tally],
        make: Callable[[int | None], m.SessionFilter],
    ) -> None:
        # Highest first, read top-down: a horizontal series draws its first category at the bottom.
        ordered = list(reversed(tallies))
        labels = _unique([_short(t.label) for t in ordered])
        chart.show_bars(
            labels,
            [t.count for t in ordered],
            QCoreApplication.translate("Overview", "%2: %1 sessions"),
            [make(t.key) for t in ordered],
        )

    def image(self) -> QPixmap:
        """Every chart as one picture (all of the scroll area, not only the part in view)."""
        return self.charts.grab()


def _unique(labels: list[str]) -> list[str]:
    """Category axes merge equal labels: two organisations of one name get a number each."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def _with_series(flt: m.SessionFilter, series_id: int) -> m.SessionFilter:
    import dataclasses

    return dataclasses.replace(flt, series_id=series_id)
