"""Scripts DejaVu lacks (CJK, Thai, Devanagari) print in a system font, or the user is told.

The checks install fonts-wqy-zenhei and fonts-noto-core (scripts/_setup.sh), so the fallback
fonts exist here; the no-font case is simulated by replacing the font lookup.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from brief_helpers import demo, pdftotext
from webinar_archive.cli import run
from webinar_archive.export import fonts
from webinar_archive.export.brief import render_brief
from webinar_archive.export.options import BriefOptions

SAMPLES = {
    "Chinese": "区域创新合作",
    "Japanese": "日本語のリスト",
    "Korean": "한국어 목록",
    "Thai": "ความร่วมมือ",
    "Devanagari": "क्षेत्रीय सहयोग",
}
# Letters only: spaces and combining marks may be drawn by either font.
_LETTER = re.compile(r"[\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


@pytest.fixture()
def no_fallback_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine where fontconfig knows no font for these scripts."""
    monkeypatch.setattr(fonts, "font_finder", lambda char: [])
    fonts.forget_fallbacks()
    yield
    monkeypatch.undo()
    fonts.forget_fallbacks()


def _session():
    base = demo()
    speaker = dataclasses.replace(
        base.appearances[0], person_name="王小明", organisation_name="東京大学"
    )
    summary = "\n\n".join(f"**{name}**: {text}" for name, text in SAMPLES.items())
    return dataclasses.replace(
        base,
        title=f"{SAMPLES['Chinese']} {SAMPLES['Thai']} {SAMPLES['Devanagari']}",
        summary=summary + "\n\n- " + SAMPLES["Korean"] + "\n- `" + SAMPLES["Japanese"] + "`",
        appearances=(speaker, *base.appearances[1:]),
    )


def _letters_by_font(path: Path) -> dict[str, set[str]]:
    """Which letters of those scripts each font of the PDF draws."""
    drawn: dict[str, set[str]] = {}

    def visit(text, cm, tm, font, size) -> None:
        if font is not None:
            drawn.setdefault(str(font.get("/BaseFont")), set()).update(_LETTER.findall(text))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return drawn


def test_other_scripts_print_in_a_font_that_has_them(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    fonts.forget_fallbacks()
    with fonts.collect_missing_glyphs() as missing:
        render_brief(_session(), path, BriefOptions(qr_codes=False))
    assert missing == set()
    text = pdftotext(path)
    for sample in SAMPLES.values():
        for word in sample.split():
            assert word in text
    drawn = _letters_by_font(path)
    in_dejavu = set().union(*(v for k, v in drawn.items() if "DejaVu" in k))
    assert in_dejavu == set(), f"drawn as boxes in DejaVu: {''.join(sorted(in_dejavu))}"
    elsewhere = set().union(*(v for k, v in drawn.items() if "DejaVu" not in k))
    assert set(_LETTER.findall("".join(SAMPLES.values()))) <= elsewhere


def test_running_header_draws_the_title_in_the_fallback_font(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    session = dataclasses.replace(_session(), summary="", appearances=())
    render_brief(session, path, BriefOptions(qr_codes=False, sections=("summary",)))
    # The title appears twice on page 1: as the heading and in the running header.
    assert pdftotext(path).count(SAMPLES["Chinese"]) == 2
    drawn = _letters_by_font(path)
    assert not any(v for k, v in drawn.items() if "DejaVu" in k)


def test_without_a_font_the_brief_still_renders_and_names_what_to_install(
    tmp_path: Path, no_fallback_fonts: None
) -> None:
    path = tmp_path / "brief.pdf"
    with fonts.collect_missing_glyphs() as missing:
        pages = render_brief(_session(), path, BriefOptions(qr_codes=False))
    assert pages >= 1
    assert set(_LETTER.findall("".join(SAMPLES.values()))) <= missing
    message = fonts.missing_glyphs_message(missing)
    assert "Thai (" in message and "Devanagari (" in message
    assert "Chinese/Japanese/Korean (" in message and "Hangul (" in message
    assert "fonts-noto-core" in message and "fonts-wqy-zenhei" in message


def test_cli_warns_about_characters_it_could_not_draw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_fallback_fonts: None
) -> None:
    lib = str(tmp_path / "lib")
    run(["--library", lib, "add", "--title", "ความร่วมมือ ระดับภูมิภาค", "--summary", "中文"])
    capsys.readouterr()
    out = tmp_path / "brief.pdf"
    assert run(["--library", lib, "brief", "1", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert out.is_file()
    assert "warning:" in err and "print as boxes" in err
    assert "Thai (" in err and "Chinese/Japanese/Korean (" in err
    assert "sudo apt install fonts-noto-core fonts-wqy-zenhei" in err


def test_cli_says_nothing_when_every_character_has_a_font(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fonts.forget_fallbacks()
    lib = str(tmp_path / "lib")
    run(["--library", lib, "add", "--title", "ความร่วมมือ", "--summary", "中文 Zażółć"])
    capsys.readouterr()
    assert run(["--library", lib, "brief", "1", "-o", str(tmp_path / "b.pdf")]) == 0
    assert "warning" not in capsys.readouterr().err


def test_a_long_paragraph_without_spaces_keeps_every_character(tmp_path: Path) -> None:
    """Chinese has no spaces to cut a long paragraph at: it is cut inside the font run and
    every character still prints, in the fallback font."""
    sentence = "区域创新合作与智慧专业化。"
    path = tmp_path / "brief.pdf"
    session = dataclasses.replace(demo(), summary=sentence * 1500)
    render_brief(session, path, BriefOptions(qr_codes=False, sections=("summary",)))
    text = pdftotext(path)
    assert text.count("区") == text.count("。") == 1500
    assert not any(v for k, v in _letters_by_font(path).items() if "DejaVu" in k)
