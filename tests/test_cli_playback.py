"""Chapters and notes from the command line, on a recording attached for real."""

from __future__ import annotations

import json
from pathlib import Path

from webinar_archive.cli import run

MEDIA = Path(__file__).parent / "data" / "media"


def _setup(tmp_path, capsys):
    lib = str(tmp_path / "lib")
    run(["--library", lib, "add", "--title", "Talk", "--json"])
    sid = json.loads(capsys.readouterr().out)["id"]
    run(["--library", lib, "attach", str(sid), str(MEDIA / "sample.mp4"), "--json"])
    rec = json.loads(capsys.readouterr().out)[0]["recording_id"]
    return lib, rec


def test_chapters_import_then_export_as_plain_and_webvtt(tmp_path, capsys):
    """A 'mm:ss Title' list replaces the embedded chapters and exports back in both formats."""
    lib, rec = _setup(tmp_path, capsys)
    listing = tmp_path / "chapters.txt"
    listing.write_text("0:00 Welcome\n0:02 Kevin Morgan, Cardiff University\nnot a line\n")
    assert run(["--library", lib, "chapters", str(rec), "--import", str(listing)]) == 0
    assert "Line 3" in capsys.readouterr().err
    run(["--library", lib, "chapters", str(rec), "--export", "-"])
    assert capsys.readouterr().out.splitlines() == [
        "0:00 Welcome",
        "0:02 Kevin Morgan, Cardiff University",
    ]
    run(["--library", lib, "chapters", str(rec), "--export", "-", "--webvtt"])
    vtt = capsys.readouterr().out
    assert vtt.startswith("WEBVTT") and "00:00:02.000 -->" in vtt


def test_chapters_import_without_any_chapter_changes_nothing(tmp_path, capsys):
    """A file with no timecodes is refused and the embedded chapters stay."""
    lib, rec = _setup(tmp_path, capsys)
    junk = tmp_path / "junk.txt"
    junk.write_text("hello\nworld\n")
    assert run(["--library", lib, "chapters", str(rec), "--import", str(junk)]) == 1
    assert "No chapter found" in capsys.readouterr().err
    run(["--library", lib, "chapters", str(rec), "--json"])
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_note_at_a_time(tmp_path, capsys):
    """`note REC 0:03 text` stores a note that `show --json` lists at 3000 ms."""
    lib, rec = _setup(tmp_path, capsys)
    assert run(["--library", lib, "note", str(rec), "0:03", "Key point about I3"]) == 0
    capsys.readouterr()
    run(["--library", lib, "show", "--json"])
    notes = json.loads(capsys.readouterr().out)["recordings"][0]["notes"]
    assert [(n["at_ms"], n["text"]) for n in notes] == [(3000, "Key point about I3")]
    assert run(["--library", lib, "note", str(rec), "3 min", "x"]) == 1
