"""Dates, numbers and sizes in the window follow the locale of the app's language."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale

from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive
from webinar_archive.ui import formats
from webinar_archive.ui.browser import BrowserModel
from webinar_archive.ui.session_table_model import COL_DATE, SessionTableModel

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only


@pytest.fixture
def polish() -> Iterator[None]:
    """The app's language set to Polish, as the app sets it at start; restored afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale("pl_PL"))
    yield
    QLocale.setDefault(before)


def test_polish_formats(polish: None) -> None:
    """Polish dates, grouped numbers, decimal commas."""
    assert formats.date_text(dt.date(2020, 9, 11)) == "11.09.2020"
    assert formats.number_text(1_234_567) == "1\u00a0234\u00a0567"
    assert formats.size_text(2_483_112) == "2,4 MB"
    assert formats.size_text(900) == "900 B"
    assert formats.date_time_text(dt.datetime(2020, 9, 11, 10, 5)) == "11.09.2020 10:05"
    assert formats.decimal_text(2.5) == "2,5"
    assert formats.decimal_text(3.0) == "3"
    assert formats.month_text(2020, 9) == "wrz 20"


def test_english_formats_keep_the_whole_year() -> None:
    """A locale whose short date has a two-digit year still shows all four digits: an archive
    spans decades. Without any language ("C"), dates are ISO."""
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert formats.date_text(dt.date(2020, 9, 11)) == "9/11/2020"
        assert formats.number_text(1_234_567) == "1,234,567"
        assert formats.size_text(1536) == "1.5 kB"
        QLocale.setDefault(QLocale.c())
        assert formats.date_text(dt.date(2020, 9, 11)) == "2020-09-11"
    finally:
        QLocale.setDefault(before)


def test_dates_formatted_in_bulk_read_as_one_by_one(polish: None) -> None:
    """A page of table rows formats its dates with one lookup of the locale: the same text
    as date_text, for repeated dates and no date too."""
    days = [dt.date(2020, 9, 11), dt.date(1999, 1, 2), dt.date(2020, 9, 11), None]
    texts = formats.date_texts()
    assert [texts(d) for d in days] == [formats.date_text(d) for d in days]
    assert texts(days[0]) == "11.09.2020" and texts(None) == ""


def test_session_table_in_polish(polish: None, archive: Archive) -> None:
    """The session table's date column uses the Polish form."""
    for day in (11, 12):
        archive.sessions.create(m.SessionDraft(title=f"S{day}", date=dt.date(2020, 9, day)))
    model = SessionTableModel(archive.sessions)
    model.refresh()
    shown = {model.index(r, COL_DATE).data() for r in range(model.rowCount())}
    assert shown == {"11.09.2020", "12.09.2020"}


def test_browser_counts_in_polish(polish: None, archive: Archive) -> None:
    """The browser's counts are grouped the Polish way (a space, not a comma)."""
    for i in range(3):
        archive.sessions.create(m.SessionDraft(title=f"S{i}", date=dt.date(2020, 9, 1)))
    model = BrowserModel(archive)
    model.rebuild()
    counts = [model.item(r, 1).text() for r in range(model.rowCount()) if model.item(r, 1)]
    assert "3" in counts
    assert model._row("Many", 12_345, "filter")[1].text() == "12\u00a0345"


def _dark_pixels_left_of_plot(chart_view: object) -> int:
    """Dark pixels between the widget's edge and the plot: the value axis's labels, if drawn."""
    image = chart_view.grab().toImage()  # type: ignore[attr-defined]
    area = chart_view.chart().plotArea()  # type: ignore[attr-defined]
    return sum(
        1
        for x in range(int(area.left()) - 4)
        for y in range(int(area.top()), int(area.bottom()))
        if image.pixelColor(x, y).lightness() < 110
    )


@pytest.mark.parametrize("values", [[0.8, 2.5, 1.2], [3.0, 12_000.0]])
def test_overview_axes_write_numbers_as_the_language_does(
    polish: None, qtbot, values: list[float]
) -> None:
    """The Overview's value axes said "0.8" and "80.0" in a Polish window. They now take the
    window's locale; Qt's localised labels draw nothing for a "%d" format, so the labels of
    whole counts (and of hours) are checked to be drawn at all."""
    from webinar_archive.ui.dashboard_view import BarChart

    chart = BarChart("Godziny nagrań", horizontal=False)
    qtbot.addWidget(chart)
    chart.resize(500, 360)
    chart.show_bars([f"{i}" for i in range(len(values))], values, "%1", [None] * len(values))
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.chart().localizeNumbers()
    assert chart.chart().locale().name() == "pl_PL"
    assert _dark_pixels_left_of_plot(chart) > 20
