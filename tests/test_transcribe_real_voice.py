"""A recording of a real person's voice, with no subtitles, becomes searchable by its spoken
words from the command line (Debian's pocketsphinx-testdata: a LibriVox volunteer reading
*Sense and Sensibility*, installed by scripts/_setup.sh, never copied into the project)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only

SRC = Path(__file__).parents[1] / "src"
READING = Path("/usr/share/pocketsphinx/test/data/librivox")
SENTENCE = "sense_and_sensibility_01_austen_64kb-0920.wav"
# What the reader says in it; the long words are those search should find.
SPOKEN = "had he married a more amiable woman he might have been made still more respectable"


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=600,
    )


def test_a_real_voice_is_found_by_its_words_from_the_command_line(tmp_path: Path) -> None:
    """add, attach the reading, transcribe, search: most of its long words are found, each by
    a transcript hit inside the 7-second recording."""
    if not (READING / SENTENCE).is_file() or shutil.which("ffmpeg") is None:
        pytest.skip("needs pocketsphinx-testdata and ffmpeg (scripts/_setup.sh installs both)")
    library = tmp_path / "library"
    recording = shutil.copyfile(READING / SENTENCE, tmp_path / "reading.wav")
    for args in (
        ("add", "--title", "Sense and Sensibility, read aloud", "--language", "en"),
        ("attach", "1", str(recording)),
        ("transcribe", "1"),
    ):
        done = _cli(library, *args)
        assert done.returncode == 0, done.stderr
    found = []
    for word in sorted({w for w in SPOKEN.split() if len(w) >= 7}):  # amiable married ...
        done = _cli(library, "search", "--json", word)
        assert done.returncode == 0, done.stderr
        hits = [h for s in json.loads(done.stdout)["sessions"] for h in s["hits"]]
        spoken = [h for h in hits if h["kind"] == "transcript"]
        assert all(0 <= h["time_ms"] < 7500 and h["recording_id"] == 1 for h in spoken)
        if spoken:
            found.append(word)
    assert len(found) >= 2, found
