"""What the commands promise: a lossless export keeps the trash, an import checks every field
before writing, time zones are real ones, and an interrupt is reported truthfully."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers import make_pdf
from webinar_archive.cli import run
from webinar_archive.domain.errors import ArchiveError, ValidationError
from webinar_archive.domain.time import check_timezone, session_time
from webinar_archive.services.archive import Archive
from webinar_archive.services.attachments import AttachmentService


def _cli(library: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["--library", str(library), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_json_keeps_the_trash_and_import_puts_it_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target, file = tmp_path / "a", tmp_path / "b", tmp_path / "all.json"
    _cli(source, capsys, "add", "--title", "Live")
    _cli(source, capsys, "add", "--title", "Binned")
    _cli(source, capsys, "delete", "2")
    assert _cli(source, capsys, "export", "json", "-o", str(file))[0] == 0
    records = json.loads(file.read_text(encoding="utf-8"))["sessions"]
    assert sorted((r["title"], r["deleted_at"] is not None) for r in records) == [
        ("Binned", True),
        ("Live", False),
    ]
    assert _cli(target, capsys, "import", "json", str(file), "--yes")[0] == 0
    assert [r["title"] for r in json.loads(_cli(target, capsys, "list", "--json")[1])] == ["Live"]
    trash = json.loads(_cli(target, capsys, "list", "--trash", "--json")[1])
    assert [r["title"] for r in trash] == ["Binned"]


def _document(
    *sessions: dict[str, object], people: list[object] | None = None
) -> dict[str, object]:
    return {
        "format": "webinar-archive-exchange",
        "version": 1,
        "people": people or [],
        "sessions": list(sessions),
    }


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"title": "T", "tags": "rationals"}, "'tags' must be a list"),
        ({"title": "T", "duration_minutes": "sixty"}, "'duration_minutes' must be a whole number"),
        ({"title": "T", "summary": 42}, "'summary' must be text"),
        ({"title": "x" * 1_000_000}, "characters long"),
        ({"title": "T", "theme": "t" * 2_001}, "'theme' is 2,001 characters long"),
        ({"title": "T", "notes": ["n"]}, "the session: 'notes' must be text, not a list"),
        ({"title": "T", "links": [{"url": 7}]}, "link 1: 'url' must be text, not a number"),
        (
            {"title": "T", "appearances": [{"person": "p1", "role": True}]},
            "appearance 1: 'role' must be text, not true/false",
        ),
        ({"title": "T", "timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"title": "T", "appearances": [{"person": "p9"}]}, "unknown person"),
        (
            {
                "title": "T",
                "materials": [{"original_name": "a", "stored_path": "a", "recording": 3}],
            },
            "does not exist",
        ),
        (
            {
                "title": "T",
                "recordings": [{"original_name": "r", "stored_path": "r", "watched": "y"}],
            },
            "true or false",
        ),
    ],
)
def test_wrong_field_types_are_refused_in_the_dry_run_and_the_import(
    sqlite_archive: Archive, record: dict[str, object], message: str
) -> None:
    good = {"title": "Good one"}
    document = _document(good, record)
    dry = sqlite_archive.exchange.import_document(document, Path("."), dry_run=True)
    assert dry.planned == ["Good one"]
    assert len(dry.refused) == 1 and message in dry.refused[0].reason
    report = sqlite_archive.exchange.import_document(document, Path("."))
    assert [r.reason for r in report.refused] == [r.reason for r in dry.refused]
    assert [sqlite_archive.sessions.get(i).title for i in report.created] == ["Good one"]
    assert list(sqlite_archive.sessions.get(report.created[0]).tags) == []


def test_duplicate_keys_refuse_the_whole_file(sqlite_archive: Archive) -> None:
    people = [{"key": "p1", "display_name": "A"}, {"key": "p1", "display_name": "B"}]
    with pytest.raises(ValidationError, match="used twice"):
        sqlite_archive.exchange.import_document(_document({"title": "T"}, people=people), Path("."))
    assert sqlite_archive.sessions.count() == 0


def test_a_failure_while_writing_keeps_no_session(
    sqlite_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, the sessions before the failing one stayed saved although the dry run had said
    all would import; now the file is written in one transaction, however many batches of
    rows it takes."""
    from webinar_archive.services import exchange
    from webinar_archive.storage.repos.new_sessions import NewSessionWriter

    real = NewSessionWriter.add
    calls = []

    def failing(writer: NewSessionWriter, *args: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:  # the second batch: the first one is already written
            raise ValueError("disk trouble")
        return real(writer, *args)

    monkeypatch.setattr(exchange, "WRITE_BATCH", 2)
    monkeypatch.setattr(NewSessionWriter, "add", failing)
    document = _document(*({"title": f"S{i}"} for i in range(4)))
    with pytest.raises(ArchiveError, match="Nothing was imported"):
        sqlite_archive.exchange.import_document(document, Path("."))
    assert sqlite_archive.sessions.count() == 0


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("Europe/Brussels", "Europe/Brussels"),
        ("+02:00", "UTC+02:00"),
        ("UTC-0530", "UTC-05:30"),
        ("gmt", "Europe/London"),  # UK time all year, BST included
        ("utc", "UTC"),
        ("CEST", "CEST"),
        (None, None),
    ],
)
def test_time_zones_are_iana_names_or_offsets(given: str | None, kept: str | None) -> None:
    assert check_timezone(given) == kept


@pytest.mark.parametrize("bad", ["Mars/Olympus", "Europe", "+25:00", "../etc/passwd"])
def test_unknown_time_zones_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        check_timezone(bad)


def test_cli_refuses_an_unknown_zone_and_keeps_an_offset_in_the_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "lib"
    with pytest.raises(SystemExit):
        run(["--library", str(library), "add", "--title", "A", "--timezone", "Mars/Olympus"])
    assert "unknown time zone" in capsys.readouterr().err
    code, out, _ = _cli(library, capsys, "add", "--title", "B", "--time", "10:00+02:00", "--json")
    assert code == 0
    shown = json.loads(out)
    assert (shown["time"], shown["timezone"]) == ("10:00", "UTC+02:00")
    assert _cli(library, capsys, "edit", str(shown["id"]), "--timezone", "Asia/Tokyo")[0] == 0


def test_an_offset_that_contradicts_the_zone_is_refused() -> None:
    import datetime as dt

    start = dt.time.fromisoformat("10:00+02:00")
    assert session_time(start, "Europe/Brussels") == (dt.time(10, 0), "Europe/Brussels")
    with pytest.raises(ValidationError, match="give only one"):
        session_time(start, "+05:00")


def test_csv_and_json_imports_refuse_unknown_zones(sqlite_archive: Archive, tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text("title,timezone\nGood,Europe/Warsaw\nBad,Mars/Olympus\n", encoding="utf-8")
    report = sqlite_archive.exchange.import_csv(sheet)
    assert [r.item for r in report.refused] == ["row 3"]
    assert sqlite_archive.sessions.get(report.created[0]).timezone == "Europe/Warsaw"


def test_interrupt_says_what_was_kept_and_leaves_no_orphan_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C during a folder import: files attached before stay (and the message says so);
    the file being attached is not left in the store."""
    folder = tmp_path / "talk"
    folder.mkdir()
    for name in ("a", "b", "c"):
        make_pdf(folder / f"{name}.pdf", [f"Slides {name}"])
    real = AttachmentService._add_material
    calls: list[int] = []

    def interrupted(self: AttachmentService, *args: object) -> object:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(AttachmentService, "_add_material", interrupted)
    library = tmp_path / "lib"
    code, _, err = _cli(library, capsys, "import", "folder", str(folder), "--yes")
    assert code == 130
    assert "nothing half-saved was kept" not in err
    assert "What was saved before stays" in err
    monkeypatch.undo()
    shown = json.loads(_cli(library, capsys, "show", "--json")[1])
    assert sorted(m["file_name"] for m in shown["materials"]) == ["a.pdf", "b.pdf"]
    stored = [p for p in (library / "files").rglob("*") if p.is_file()]
    assert len(stored) == 2
