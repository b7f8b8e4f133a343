"""The overview: figures on a real catalogue, the charts and their clicks, PNG, booklet page."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import draft
from translation_helpers import english  # noqa: F401
from ui_helpers import Main, add_recording_row, main, settings  # noqa: F401
from webinar_archive.cli import run as cli_main
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive


def _library(archive: Archive) -> dict[str, int]:
    """Five sessions over two years and two series; one recorded, one speaker without org."""
    ids = {}
    ids["a"] = archive.sessions.create(draft("Clusters A", date=dt.date(2020, 9, 11))).id
    ids["b"] = archive.sessions.create(draft("Clusters B", date=dt.date(2020, 9, 25))).id
    ids["c"] = archive.sessions.create(draft("Clusters C", date=dt.date(2021, 3, 2))).id
    ids["d"] = archive.sessions.create(
        draft(
            "Other series",
            date=dt.date(2021, 3, 9),
            series="Smart Specialisation Days",
            speakers=[m.SpeakerDraft("Kevin Morgan", None)],
        )
    ).id
    ids["e"] = archive.sessions.create(draft("Undated", date=None)).id
    add_recording_row(archive, ids["a"], 90 * 60 * 1000)
    return ids


def test_figures_count_what_is_in_the_catalogue(archive: Archive) -> None:
    """Per year, month, series, organisation and speaker, hours, and the gaps are right."""
    ids = _library(archive)
    archive.sessions.trash([ids["b"]])  # the trash is not counted
    ov = archive.overview.overview()
    assert ov.sessions == 4
    assert ov.per_year == ((2020, 1), (2021, 2))
    assert (ov.first_year, ov.last_year) == (2020, 2021)
    assert ov.per_month[-1] == (2021, 3, 2) and len(ov.per_month) == 24
    assert (2020, 9, 1) in ov.per_month and (2020, 10, 0) in ov.per_month
    assert [(t.label, t.count) for t in ov.per_series] == [
        ("Regional Innovation Talks", 3),
        ("Smart Specialisation Days", 1),
    ]
    assert ov.organisations[0].count == 3 and ov.organisations[0].label in (
        "CEBR",
        "Regional Council of Lapland",
    )
    assert {t.label: t.count for t in ov.speakers}["Kevin Morgan"] == 1
    assert ov.recordings == 1 and ov.recorded_hours == pytest.approx(1.5)
    assert ov.hours_per_year == ((2020, 1.5),)
    assert ov.without_recording == 3
    assert ov.without_slides == 4
    assert ov.speaker_without_organisation == 1
    assert ov.undated == 1

    series_id = ov.per_series[1].key
    one = archive.overview.overview(series_id)
    assert one.sessions == 1 and one.series_id == series_id
    assert [t.label for t in one.speakers] == ["Kevin Morgan"]


def test_a_month_filter_lists_that_month(archive: Archive) -> None:
    """The month bars' filter: year and month together; a month out of range is refused."""
    ids = _library(archive)
    found = archive.sessions.ids(m.SessionFilter(year=2020, month=9))
    assert sorted(found) == sorted([ids["a"], ids["b"]])
    assert archive.sessions.ids(m.SessionFilter(year=2021, month=12)) == []
    assert archive.sessions.ids(m.SessionFilter(year=2021, month=3)) != []
    with pytest.raises(Exception, match="month 13"):
        archive.sessions.ids(m.SessionFilter(year=2021, month=13))


def _open_overview(main: Main, qtbot) -> object:  # noqa: F811
    main.app.overview.action.trigger()
    dialog = main.app.overview.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=10_000)
    return dialog


@pytest.mark.sqlite_only
def test_window_charts_and_a_click_shows_those_sessions(
    archive: Archive,
    main: Main,  # noqa: F811
    qtbot,
    tmp_path: Path,
    monkeypatch,
    english: None,  # noqa: F811
) -> None:
    """The charts carry the figures; a year bar, a speaker bar and a gap filter the table."""
    ids = _library(archive)
    main.controller.refresh_browser()
    main.controller.refresh_table()
    dialog = _open_overview(main, qtbot)
    assert "5 sessions" in dialog.summary.text() and "2020–2021" in dialog.summary.text()
    assert dialog.years.labels == ["2020", "2021"] and dialog.years.values == [2, 2]
    assert "Kevin Morgan: 1" in dialog.speakers.accessibleDescription()

    model = main.controller.table_model
    dialog.years._on_bar_clicked(1)  # 2021
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5_000)
    assert {model.session_id(r) for r in range(2)} == {ids["c"], ids["d"]}

    speakers = dialog.speakers
    speakers._on_bar_clicked(speakers.labels.index("Kevin Morgan"))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert model.session_id(0) == ids["d"]

    dialog.no_organisation.click()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)

    # Scoped to one series, a click keeps the series.
    dialog.scope.setCurrentIndex(dialog.scope.findText("Regional Innovation Talks"))
    qtbot.waitUntil(lambda: dialog.overview.series_id is not None, timeout=5_000)
    assert dialog.overview.sessions == 4
    dialog.years._on_bar_clicked(0)  # 2020, in that series
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5_000)

    out = tmp_path / "charts.png"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out)[:-4], ""))
    )
    dialog.save_button.click()
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.sqlite_only
def test_window_follows_changes(archive: Archive, main: Main, qtbot) -> None:  # noqa: F811
    """A session added while the window is open is counted again without reopening it."""
    _library(archive)
    dialog = _open_overview(main, qtbot)
    before = dialog.overview.sessions
    archive.sessions.create(draft("Late addition", date=dt.date(2022, 1, 5)))
    main.app.shell.catalogue_changed.emit()
    qtbot.waitUntil(lambda: dialog.overview.sessions == before + 1, timeout=10_000)
    assert "2022" in dialog.years.labels


def test_series_booklet_with_an_overview_page(tmp_path: Path, capsys) -> None:
    """`brief --series S --overview` puts the charts after the cover; without --series it is
    refused before anything is written."""
    library = tmp_path / "lib"
    with Archive.open(library, None) as archive:
        _library(archive)
    out = tmp_path / "booklet.pdf"
    args = ["--library", str(library), "brief", "--series", "Regional Innovation Talks"]
    assert cli_main([*args, "--overview", "--quiet", "-o", str(out)]) == 0
    page = PdfReader(out).pages[1].extract_text()
    assert "Overview" in page and "Sessions per year" in page
    assert "Without a recording" in page and "2020" in page
    plain = tmp_path / "plain.pdf"
    assert cli_main([*args, "--quiet", "-o", str(plain)]) == 0
    assert "Sessions per year" not in PdfReader(plain).pages[1].extract_text()
    capsys.readouterr()
    refused = tmp_path / "refused.pdf"
    assert (
        cli_main(["--library", str(library), "brief", "1", "--overview", "-o", str(refused)]) == 1
    )
    assert "--series" in capsys.readouterr().err and not refused.exists()


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))


def test_overview_stays_on_a_screen_shorter_than_its_usual_size(qtbot) -> None:
    """On a screen shorter than its usual size the overview stays on the screen: its Save
    and Close buttons were below the edge of a 1280x800 screen."""
    from webinar_archive.ui.dashboard_view import OverviewDialog

    dialog = OverviewDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= area.height()
    assert dialog.frameGeometry().width() <= area.width()
