"""The speech-to-text engine layer: lazy loading, cues made of words, cues written as files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from webinar_archive.domain.model import TranscriptCue
from webinar_archive.media.subtitles import format_cues, parse_subtitles
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
def test_written_cues_read_back_the_same(webvtt: bool) -> None:
    cues = [
        TranscriptCue(1_250, 3_000, "a <b> & c"),
        TranscriptCue(3_723_004, 3_725_000, "two\n\nlines"),
    ]
    text = format_cues(cues, webvtt=webvtt)
    assert text.startswith("WEBVTT") == webvtt
    read, warnings = parse_subtitles(text)
    assert warnings == []
    assert read == [cues[0], TranscriptCue(3_723_004, 3_725_000, "two\nlines")]
