"""`brief` from the command line: one file, a series booklet, a folder; read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from brief_helpers import session_from_draft
from input_helpers import run_cli
from webinar_archive.cli import run
from webinar_archive.domain import model as m
from webinar_archive.domain.demo import DEMO_TITLE
from webinar_archive.export.booklet import render_booklet
from webinar_archive.services.language import use_language


@pytest.fixture()
def lib(tmp_path, capsys):
    path = str(tmp_path / "lib")
    run(["--library", path, "demo"])
    run(
        [
            "--library",
            path,
            "add",
            "--title",
            "Łódź follow-up",
            "--date",
            "2020-10-02",
            "--series",
            "European Alliance Against Coronavirus Daily Webinar",
            "--speaker",
            "Sławomir Tokarski|DG GROW",
            "--summary",
            "<b>not bold</b> & 1 < 2",
        ]
    )
    run(["--library", path, "add", "--title", "Elsewhere"])
    capsys.readouterr()
    return path


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_one_brief_keeps_the_demo_speakers(lib, tmp_path, capsys):
    """`brief 1 -o f.pdf` writes the demo brief with every speaker and organisation."""
    out = tmp_path / "one.pdf"
    assert run(["--library", lib, "brief", "1", "-o", str(out)]) == 0
    text = _text(out)
    for name in (
        "Kevin Morgan",
        "Anaïs Le Corvec",
        "Valentina Pinna",
        "Ilari Havukainen",
        "Slawomir Tokarski",
        "Regional Council of Lapland",
        "DG GROW",
        "CEBR",
    ):
        assert name in text


def test_series_booklet_uses_the_series_name_and_only_its_sessions(lib, tmp_path, capsys):
    """`--series` (any case) makes a booklet titled with the series' own spelling."""
    out = tmp_path / "book.pdf"
    code = run(
        [
            "--library",
            lib,
            "brief",
            "--series",
            "EUROPEAN alliance against coronavirus daily webinar",
            "-o",
            str(out),
            "--quiet",
        ]
    )
    assert code == 0
    reader = PdfReader(out)
    assert reader.metadata.title == "European Alliance Against Coronavirus Daily Webinar"
    text = _text(out)
    assert "Łódź follow-up" in text and "Elsewhere" not in text
    assert "<b>not bold</b> & 1 < 2" in text


def test_selected_sessions_booklet_is_named_from_them_and_chronological(lib, tmp_path, capsys):
    """Ids given newest first make a booklet oldest first (undated last), titled with the
    series they share, else with their years."""
    shared = tmp_path / "shared.pdf"
    assert run(["--library", lib, "brief", "2", "1", "-o", str(shared), "--quiet"]) == 0
    reader = PdfReader(shared)
    assert reader.metadata.title == "European Alliance Against Coronavirus Daily Webinar"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[1:] == [DEMO_TITLE, "Łódź follow-up"]
    mixed = tmp_path / "mixed.pdf"
    assert run(["--library", lib, "brief", "3", "2", "1", "-o", str(mixed), "--quiet"]) == 0
    reader = PdfReader(mixed)
    assert reader.metadata.title == "Sessions, 2020"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[1:] == [
        DEMO_TITLE,
        "Łódź follow-up",
        "Elsewhere",
    ]


def test_folder_of_briefs_and_saved_options(lib, tmp_path, capsys):
    """`--folder` writes one PDF per session; `--save-options` remembers Letter paper."""
    folder = tmp_path / "briefs"
    assert (
        run(
            [
                "--library",
                lib,
                "brief",
                "1",
                "2",
                "--folder",
                "-o",
                str(folder),
                "--paper",
                "Letter",
                "--save-options",
                "--quiet",
            ]
        )
        == 0
    )
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "2020-09-11_s3-international-and-territorial-cooperation.pdf",
        "2020-10-02_lodz-follow-up.pdf",
    ]
    out = tmp_path / "later.pdf"
    run(["--library", lib, "brief", "3", "-o", str(out)])
    width = float(PdfReader(out).pages[0].mediabox.width)
    assert round(width) == 612  # Letter, remembered


def test_bad_input_is_reported(lib, tmp_path, capsys):
    """Unknown ids, unknown series and unknown sections are errors, and no file is written."""
    out = tmp_path / "x.pdf"
    assert run(["--library", lib, "brief", "42", "-o", str(out)]) == 1
    assert run(["--library", lib, "brief", "--series", "Nope", "-o", str(out)]) == 1
    assert (
        run(["--library", lib, "brief", "1", "--sections", "speakers,bogus", "-o", str(out)]) == 1
    )
    err = capsys.readouterr().err
    assert "No session with id 42" in err and "No series named 'Nope'" in err and "bogus" in err
    assert not out.exists()


def test_a_booklet_written_from_a_script_leaves_stderr_to_errors(lib, tmp_path):
    """A booklet made in a pipe or a log (a real process, stderr not a terminal) wrote
    "0/3 briefs1/3 briefs2/3 briefs3/3 briefs" there, run together on one line; progress is for
    a terminal, as with the other commands, and stderr stays clean."""
    out = tmp_path / "booklet.pdf"
    code, stdout, stderr = run_cli(Path(lib), "brief", "1", "2", "3", "-o", str(out))
    assert code == 0, stderr
    assert stderr == ""
    assert "3 sessions" in stdout


def test_booklet_progress_speaks_the_users_language(tmp_path):
    """The status line of the window and the terminal's progress line showed "Brief 1 of 3"
    and "Finishing the PDF…" in English in a Polish window."""
    use_language("pl")
    steps: list[str] = []
    sessions = [session_from_draft(m.SessionDraft(title=f"Sesja {n}"), n) for n in (1, 2)]
    render_booklet(
        sessions,
        tmp_path / "b.pdf",
        title="Zeszyt",
        progress=lambda step: steps.append(step.text) is None,
    )
    assert steps == ["Notatka 1 z 2", "Notatka 2 z 2", "Kończenie pliku PDF…"]
