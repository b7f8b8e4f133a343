"""A booklet's overview page: the series at a glance, drawn as charts with reportlab's graphics."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.overview import Overview
from .brief import styles
from .brief_text import BriefText
from .document import Mark, mark
from .fonts import FONTS
from .markdown_flow import escape

BAR = colors.HexColor("#2f6fab")
BODY_FONT = FONTS.regular


def _label(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fill(
    chart: VerticalBarChart | HorizontalBarChart,
    labels: list[str],
    values: list[float],
    t: BriefText,
) -> None:
    """One series of bars in the brief's colour, with the brief's font on both axes and the
    language's numbers on the value axis ("0,5" in Polish)."""
    chart.data = [values]
    chart.valueAxis.labelTextFormat = lambda value: t.number(value, "#,##0.#")
    chart.categoryAxis.categoryNames = labels
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = BODY_FONT
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None


def _vertical(
    title: str, labels: Sequence[str], values: Sequence[float], width: float, t: BriefText
) -> Drawing:
    height = 62 * mm
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=BODY_FONT, fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 26
    chart.width, chart.height = width - 36, height - 46
    _fill(chart, list(labels), list(values), t)
    if len(labels) > 12:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
    drawing.add(chart)
    return drawing


def _horizontal(
    title: str, labels: Sequence[str], values: Sequence[float], width: float, t: BriefText
) -> Drawing:
    rows = max(len(labels), 1)
    height = 22 + rows * 13 + 18
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=BODY_FONT, fontSize=10))
    chart = HorizontalBarChart()
    label_room = min(width * 0.45, 8 + 4.2 * max((len(s) for s in labels), default=4))
    chart.x, chart.y = label_room, 16
    chart.width, chart.height = width - label_room - 8, rows * 13
    # Drawn bottom-up: reversed so the largest is on top.
    _fill(chart, [_label(s) for s in reversed(labels)], list(reversed(values)), t)
    chart.categoryAxis.labels.boxAnchor = "e"
    drawing.add(chart)
    return drawing


def overview_story(ov: Overview, title: str, width: float, t: BriefText) -> list[Flowable]:
    """The page's flowables: a heading, the totals, the charts that have data, and the gaps."""
    st = styles()
    heading = t.gettext("Overview")
    story: list[Flowable] = [
        mark(Paragraph(escape(heading), st.section), Mark(key="overview", title=heading, level=0)),
    ]
    hours = t.duration(ov.recorded_ms) if ov.recorded_ms else ""
    period = (
        f"{ov.first_year}–{ov.last_year}"
        if ov.first_year and ov.first_year != ov.last_year
        else str(ov.first_year or t.gettext("undated"))
    )
    recordings = t.number(ov.recordings) + (f" ({hours})" if hours else "")
    facts = [
        [t.gettext("Sessions"), t.number(ov.sessions)],
        [t.gettext("Period"), period],
        [t.gettext("Recordings"), recordings],
        [t.gettext("Without a recording"), t.number(ov.without_recording)],
        [t.gettext("Without slides"), t.number(ov.without_slides)],
        [
            t.gettext("With a speaker without an organisation"),
            t.number(ov.speaker_without_organisation),
        ],
    ]
    table = Table(
        [[Paragraph(escape(a), st.body), Paragraph(escape(b), st.body)] for a, b in facts],
        colWidths=[width * 0.55, width * 0.45],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8c8c8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [table, Spacer(1, 6 * mm)]
    charts: list[Drawing] = []
    if ov.per_year:
        charts.append(
            _vertical(
                t.gettext("Sessions per year"),
                [str(y) for y, _ in ov.per_year],
                [n for _, n in ov.per_year],
                width,
                t,
            )
        )
    for heading, tallies in (
        (t.gettext("Organisations that appear most"), ov.organisations),
        (t.gettext("Speakers who appear most"), ov.speakers),
    ):
        if tallies:
            labels, counts = [t.label for t in tallies], [t.count for t in tallies]
            charts.append(_horizontal(heading, labels, counts, width, t))
    for drawing in charts:
        story.append(KeepTogether([drawing, Spacer(1, 5 * mm)]))
    return story
