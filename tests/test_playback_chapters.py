"""Chapter lists as plain text and WebVTT, both ways."""

from __future__ import annotations

from webinar_archive.domain.model import Chapter
from webinar_archive.playback.chapters import (
    ChapterLine,
    format_plain,
    format_webvtt,
    parse_plain,
    parse_webvtt,
)


def test_parse_plain_accepts_common_shapes_and_warns_on_garbage() -> None:
    parsed = parse_plain("0:00 Intro\n\n[12:34] - The talk\nno time here\n1:02:03 Q&A\n")
    assert parsed.chapters == [
        ChapterLine(0, "Intro", 754_000),
        ChapterLine(754_000, "The talk", 3_723_000),
        ChapterLine(3_723_000, "Q&A", None),
    ]
    assert len(parsed.warnings) == 1
    assert "Line 4" in parsed.warnings[0]


def test_parse_plain_sorts_and_keeps_untitled_untitled() -> None:
    """A line without a title gives a chapter without one (stored language-neutral, shown as
    "Chapter N" in the reader's language), not English words in the data."""
    parsed = parse_plain("05:00\n01:00 First\n")
    assert [(c.start_ms, c.title) for c in parsed.chapters] == [
        (60_000, "First"),
        (300_000, ""),
    ]
    assert [c.title for c in parse_webvtt("WEBVTT\n\n1\n00:01.000 --> 00:02.000\n").chapters] == [
        ""
    ]


def test_format_plain_uses_hours_for_all_once_needed() -> None:
    chapters = [
        Chapter(id=1, recording_id=1, start_ms=3_723_000, end_ms=None, title="Late"),
        Chapter(id=2, recording_id=1, start_ms=65_000, end_ms=None, title="Early"),
    ]
    assert format_plain(chapters) == "0:01:05 Early\n1:02:03 Late\n"
    assert format_plain([ChapterLine(65_000, "Only")]) == "1:05 Only\n"


def test_webvtt_round_trip() -> None:
    lines = [ChapterLine(0, "Welcome"), ChapterLine(90_500, "Main   talk")]
    text = format_webvtt(lines, 600_000)
    assert text.startswith("WEBVTT\n")
    assert "00:00:00.000 --> 00:01:30.500\nWelcome" in text
    assert "00:01:30.500 --> 00:10:00.000\nMain talk" in text
    parsed = parse_webvtt(text)
    assert parsed.warnings == []
    assert parsed.chapters == [
        ChapterLine(0, "Welcome", 90_500),
        ChapterLine(90_500, "Main talk", 600_000),
    ]


def test_parse_webvtt_tolerates_missing_header_and_crlf() -> None:
    parsed = parse_webvtt(
        "00:01.000 --> 00:02.000\r\nOne\r\n\r\n00:03.000 --> 00:04.000\r\nTwo\r\n"
    )
    assert [c.title for c in parsed.chapters] == ["One", "Two"]
    assert parsed.warnings
