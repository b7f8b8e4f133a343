"""The speech-to-text engine layer: lazy loading, cues made of words, cues written as files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from webinar_archive.domain.model import TranscriptCue
from webinar_archive.media.subtitles import format_cues, load_subtitles
from webinar_archive.media.transcribe import TranscriptionUnavailable, engine_named
from webinar_archive.media.transcribe.cues import Word, group_words

SRC = Path(__file__).parents[1] / "src"


def test_the_engine_is_loaded_only_when_used_and_its_absence_is_explained(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Importing the services loads no pocketsphinx; without it, using it says what to install."""
    code = "import sys, webinar_archive.services.archive; print('pocketsphinx' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        check=True,
    )
    assert loaded.stdout.strip() == "False"
    monkeypatch.setitem(sys.modules, "pocketsphinx", None)  # as if it were not installed
    engine = engine_named("pocketsphinx")
    with pytest.raises(TranscriptionUnavailable, match="pip install pocketsphinx"):
        engine.transcribe(iter([b"\0" * 3200]), "en", lambda ms: None)


def test_words_become_cues_at_pauses_and_at_a_readable_length() -> None:
    words = [Word(0, 300, "one"), Word(350, 700, "two"), Word(1_500, 1_800, "three")]
    words += [Word(2_500 + i * 400, 2_800 + i * 400, f"w{i}") for i in range(30)]
    cues = group_words(words)
    assert [c.text for c in cues[:2]] == ["one two", "three"]
    assert (cues[0].start_ms, cues[0].end_ms) == (0, 700)
    assert all(c.end_ms - c.start_ms <= 7_000 and len(c.text.split()) <= 16 for c in cues)
    assert " ".join(c.text for c in cues).split() == [w.text for w in words]


@pytest.mark.parametrize("webvtt", [True, False])
def test_written_cues_read_back_the_same(webvtt: bool, tmp_path: Path) -> None:
    """WebVTT escapes "&" and "<"; SubRip is plain text, written as it is (players show
    "R&amp;D" as written). Either file, saved and loaded, gives the same cues back."""
    plain = "R&D < 5% & Q&A > 3, this&not that"
    cues = [
        TranscriptCue(1_250, 3_000, plain, speaker="Ann <Lab> & Co"),
        TranscriptCue(3_723_004, 3_725_000, "two\n\nlines"),
    ]
    text = format_cues(cues, webvtt=webvtt)
    assert text.startswith("WEBVTT") == webvtt
    if webvtt:
        assert "<v Ann &lt;Lab&gt; &amp; Co>R&amp;D &lt; 5% &amp; Q&amp;A" in text
    else:
        assert f"\nAnn <Lab> & Co: {plain}\n" in text
        assert "&amp;" not in text and "&lt;" not in text
    path = tmp_path / ("talk.vtt" if webvtt else "talk.srt")
    path.write_text(text, encoding="utf-8")
    loaded = load_subtitles(path)
    assert loaded.warnings == []
    first = plain if webvtt else f"Ann <Lab> & Co: {plain}"
    assert [(c.start_ms, c.end_ms, c.text) for c in loaded.cues] == [
        (1_250, 3_000, first),
        (3_723_004, 3_725_000, "two\nlines"),
    ]


def test_subrip_escaped_by_earlier_versions_reads_as_plain_text(tmp_path: Path) -> None:
    """SubRip files this app wrote before escaped "&" and "<": they read as the text meant, as do
    plain files with SubRip's own markup, while a bare "&" or "<" in plain text stays."""
    old = tmp_path / "old.srt"
    old.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nAnn: R&amp;D &lt; 5% &amp; &lt;b&gt;\n", "utf-8"
    )
    plain = tmp_path / "plain.srt"
    plain.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\n<i>R&D</i> < 5% & <3, this&not<br/>that\n", "utf-8"
    )
    assert [c.text for c in load_subtitles(old).cues] == ["Ann: R&D < 5% & <b>"]
    assert [c.text for c in load_subtitles(plain).cues] == ["R&D < 5% & <3, this&notthat"]
