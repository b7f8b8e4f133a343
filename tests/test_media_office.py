"""Office-to-PDF conversion through LibreOffice (media/office.py), with a stand-in command."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from webinar_archive.domain.errors import ArchiveError
from webinar_archive.media.office import convert_to_pdf


def _command(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_the_converted_pdf_is_returned(tmp_path: Path) -> None:
    """The PDF written into the output folder, named after the source, is the result."""
    source = tmp_path / "deck.pptx"
    source.write_bytes(b"slides")
    # --headless --convert-to pdf --outdir OUT SOURCE: $5 is the output folder.
    command = _command(tmp_path, 'printf "%%PDF" > "$5/deck.pdf"\n')
    out = tmp_path / "out"
    out.mkdir()
    assert convert_to_pdf(source, out, command) == out / "deck.pdf"


def test_a_failed_conversion_names_the_file(tmp_path: Path) -> None:
    """LibreOffice exiting with an error gives an ArchiveError naming the document."""
    source = tmp_path / "deck.pptx"
    source.write_bytes(b"slides")
    command = _command(tmp_path, 'echo "source file could not be loaded" >&2; exit 1\n')
    with pytest.raises(ArchiveError, match=r"deck\.pptx.*could not be loaded"):
        convert_to_pdf(source, tmp_path, command)


def test_no_pdf_written_is_an_error(tmp_path: Path) -> None:
    """A run that writes nothing is reported, not taken for success."""
    source = tmp_path / "deck.pptx"
    source.write_bytes(b"slides")
    with pytest.raises(ArchiveError, match="produced no PDF"):
        convert_to_pdf(source, tmp_path, _command(tmp_path, "exit 0\n"))
