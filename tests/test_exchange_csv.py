"""CSV exchange: a spreadsheet-friendly export and an import that reports bad rows by number."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from webinar_archive.domain import model as m
from webinar_archive.domain.errors import ValidationError
from webinar_archive.importers.spreadsheet import parse_csv_date, parse_speakers
from webinar_archive.services.archive import Archive


def test_export_has_a_bom_and_one_row_per_session(archive: Archive, tmp_path: Path) -> None:
    demo, _ = archive.sessions.create_demo()
    archive.sessions.create(m.SessionDraft(title="Ça va? Émile's talk", date=dt.date(2021, 2, 3)))
    target = tmp_path / "sessions.csv"
    result = archive.exchange.export_csv(target)
    assert result.sessions == 2
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert [r["title"] for r in rows] == ["Ça va? Émile's talk", demo.title]
    s3 = rows[1]
    assert s3["id"] == str(demo.id)
    assert s3["date"] == "2020-09-11"
    assert s3["speakers"].startswith("Kevin Morgan (Cardiff University); Anaïs Le Corvec (CEBR)")
    assert s3["organisations"].split("; ")[:2] == ["Cardiff University", "CEBR"]
    assert s3["materials"] == "0"
    assert s3["links"].startswith("recording: https://www.youtube.com/")


def test_export_then_import_gives_the_same_rows(archive: Archive, tmp_path: Path) -> None:
    archive.sessions.create_demo()
    target = tmp_path / "sessions.csv"
    archive.exchange.export_csv(target)
    with Archive.open(tmp_path / "other") as other:
        report = other.exchange.import_csv(target)
        assert len(report.created) == 1 and not report.refused
        again = tmp_path / "again.csv"
        other.exchange.export_csv(again)
    assert target.read_text(encoding="utf-8-sig") == again.read_text(encoding="utf-8-sig")


def test_import_reports_bad_rows_and_imports_the_rest(archive: Archive, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "Title;Series;Date;Speakers;Tags;Theme;Language;Summary\n"
        'Good one;Cluster Talks;11/09/2020;"Anaïs Le Corvec (CEBR); Kevin Morgan";a, b;S3;en;Hi\n'
        ";Cluster Talks;2020-09-12;;;;;\n"
        "Bad date;;31/02/2020;;;;;\n"
        "Written date;;5 January 2021;Sławomir Tokarski (DG GROW);;;;\n"
        "Bad speaker;;2021-01-06;(CEBR);;;;\n",
        encoding="utf-8",
    )
    report = archive.exchange.import_csv(source)
    assert len(report.created) == 2
    reasons = {r.item: r.reason for r in report.refused}
    assert set(reasons) == {"row 3", "row 4", "row 6"}
    assert reasons["row 3"] == "no title"
    assert "31/02/2020" in reasons["row 4"]
    good = archive.sessions.get(report.created[0])
    assert good.date == dt.date(2020, 9, 11)
    assert good.series == "Cluster Talks"
    assert [(a.person_name, a.organisation_name) for a in good.appearances] == [
        ("Anaïs Le Corvec", "CEBR"),
        ("Kevin Morgan", None),
    ]
    assert good.tags == ("a", "b")
    assert (good.theme, good.language, good.summary) == ("S3", "en", "Hi")
    written = archive.sessions.get(report.created[1])
    assert written.date == dt.date(2021, 1, 5)
    assert "row 4" in report.summary()
    assert "(CEBR)" in reasons["row 6"]

    again = archive.exchange.import_csv(source)
    assert again.created == [] and len(again.duplicates) == 2


def test_dry_run_saves_nothing(archive: Archive, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("title,date\nOne,2020-01-01\nTwo,\n", encoding="utf-8")
    report = archive.exchange.import_csv(source, dry_run=True)
    assert report.planned == ["2020-01-01 One", "Two"]
    assert archive.sessions.count() == 0


def test_a_file_without_title_column_is_refused(archive: Archive, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("name,date\nOne,2020-01-01\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no 'title' column"):
        archive.exchange.import_csv(source)


def test_date_forms() -> None:
    assert parse_csv_date("2020-09-11") == dt.date(2020, 9, 11)
    assert parse_csv_date("2020-09-11 00:00:00") == dt.date(2020, 9, 11)
    assert parse_csv_date("11.09.2020") == dt.date(2020, 9, 11)
    assert parse_csv_date("09/13/2020") == dt.date(2020, 9, 13)
    assert parse_csv_date("11 Sep 2020") == dt.date(2020, 9, 11)
    assert parse_csv_date("September 11, 2020") == dt.date(2020, 9, 11)
    with pytest.raises(ValidationError):
        parse_csv_date("someday")


def test_speaker_forms() -> None:
    speakers = parse_speakers("Anaïs Le Corvec (CEBR); Kevin Morgan ;")
    assert [(s.name, s.organisation) for s in speakers] == [
        ("Anaïs Le Corvec", "CEBR"),
        ("Kevin Morgan", None),
    ]
