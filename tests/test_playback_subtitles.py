"""Subtitle files of three formats and several encodings become transcript cues."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from playback_helpers import SAMPLE_SRT, SAMPLE_VTT
from webinar_archive.domain.model import TranscriptCue
from webinar_archive.media.subtitles import cue_at, decode_text, load_subtitles, parse_subtitles

EXPECTED = [
    TranscriptCue(500, 2000, "Hello and welcome."),
    TranscriptCue(2500, 4000, "Today we talk about archives."),
    TranscriptCue(4200, 5800, "Thank you for watching!"),
]

CZECH = (
    "1\n00:00:01,000 --> 00:00:03,000\nPříliš žluťoučký kůň úpěl ďábelské ódy.\n\n"
    "2\n00:00:03,500 --> 00:00:06,000\n"
    "Vážení účastníci, děkujeme za pozornost, těšíme se příště.\n\n"
    "3\n00:00:06,500 --> 00:00:09,000\nŘečníci zodpoví otázky účastníků v diskusi.\n"
)


@pytest.mark.parametrize("path", [SAMPLE_SRT, SAMPLE_VTT], ids=["srt", "vtt"])
def test_committed_samples(path: Path) -> None:
    loaded = load_subtitles(path)
    assert loaded.cues == EXPECTED
    assert loaded.warnings == []


def test_sbv_without_numbers_and_with_multiline_text(tmp_path: Path) -> None:
    path = tmp_path / "talk.sbv"
    path.write_text(
        "0:00:00.500,0:00:02.000\nHello and\nwelcome.\n\n0:00:02.500,0:00:04.000\nSecond\n",
        encoding="utf-8",
    )
    loaded = load_subtitles(path)
    assert loaded.cues == [
        TranscriptCue(500, 2000, "Hello and\nwelcome."),
        TranscriptCue(2500, 4000, "Second"),
    ]


def test_vtt_identifiers_notes_styles_tags_and_settings() -> None:
    text = (
        "WEBVTT - a title\nKind: captions\n\nSTYLE\n::cue { color: red }\n\n"
        "NOTE a comment\nspanning lines\n\nintro\n00:01.000 --> 00:02.500 align:start line:0\n"
        "<v Anna>Hi &amp; <b>welcome</b></v>\n\n00:03.000 --> 00:04.000\nBye\n"
    )
    cues, warnings = parse_subtitles(text)
    assert cues == [TranscriptCue(1000, 2500, "Hi & welcome"), TranscriptCue(3000, 4000, "Bye")]
    assert warnings == []


def test_srt_without_numbers_or_blank_lines_and_with_garbage() -> None:
    text = (
        "00:00:01,000 --> 00:00:02,000\nOne\n00:00:03,000 --> 00:00:04,000\nTwo\n\n"
        "this line belongs nowhere\n\n7\n00:00:05,000 --> 00:00:04,000\nBackwards\n\n"
        "8\n00:00:06,000 --> 00:00:07,000\n{\\an8}Three\n"
    )
    cues, warnings = parse_subtitles(text)
    assert [c.text for c in cues] == ["One", "Two", "Three"]
    assert len(warnings) == 2
    assert "belongs nowhere" in warnings[0]
    assert "ends before it starts" in warnings[1]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CZECH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + CZECH.encode("utf-8"), "utf-8-sig"),
        (CZECH.encode("utf-16"), "utf-16"),  # Python writes a BOM
        (codecs.BOM_UTF16_BE + CZECH.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_encodings_with_bom_or_utf8(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "cz.srt"
    path.write_bytes(data)
    loaded = load_subtitles(path)
    assert loaded.encoding == encoding
    assert loaded.cues[0].text == "Příliš žluťoučký kůň úpěl ďábelské ódy."
    assert len(loaded.cues) == 3


def test_windows_1250_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "cz.srt"
    path.write_bytes(CZECH.encode("cp1250"))
    loaded = load_subtitles(path)
    assert loaded.cues[1].text == "Vážení účastníci, děkujeme za pozornost, těšíme se příště."
    assert loaded.encoding.replace("-", "").replace("_", "").lower() in {"cp1250", "windows1250"}


def test_encoding_hint_wins_over_detection() -> None:
    text, used = decode_text("Žluťoučký".encode("iso-8859-2"), "iso-8859-2")
    assert (text, used) == ("Žluťoučký", "iso-8859-2")


def test_file_with_no_cues_warns(tmp_path: Path) -> None:
    path = tmp_path / "empty.vtt"
    path.write_text("WEBVTT\n\n", encoding="utf-8")
    loaded = load_subtitles(path)
    assert loaded.cues == []
    assert "no subtitle cues" in loaded.warnings[-1]


def test_cue_at() -> None:
    assert cue_at(EXPECTED, 0) is None
    assert cue_at(EXPECTED, 500) == 0
    assert cue_at(EXPECTED, 2200) is None
    assert cue_at(EXPECTED, 3999) == 1
    assert cue_at(EXPECTED, 5800) is None
    assert cue_at([], 10) is None
