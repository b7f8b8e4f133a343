"""Speech made on the spot for the transcription tests: espeak-ng sentences between silences."""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

import pytest

SENTENCES = (
    "The quarterly budget meeting starts now.",
    "We discuss computer clusters and servers.",
    "Thank you all for coming today.",
)
SILENCE_S = 2.5


def speech_tools() -> tuple[str, str]:
    espeak, ffmpeg = shutil.which("espeak-ng"), shutil.which("ffmpeg")
    if espeak is None or ffmpeg is None:
        pytest.skip("espeak-ng and ffmpeg make the speech (scripts/_setup.sh installs both)")
    return espeak, ffmpeg


def make_speech(work: Path) -> tuple[Path, list[tuple[int, int]]]:
    """An MP4 of spoken sentences with silence around each, and where each sentence is (ms)."""
    espeak, ffmpeg = speech_tools()
    inputs: list[str] = ["-f", "lavfi", "-t", str(SILENCE_S), "-i", "anullsrc=r=22050:cl=mono"]
    spans: list[tuple[int, int]] = []
    at = SILENCE_S
    for number, sentence in enumerate(SENTENCES):
        wav = work / f"s{number}.wav"
        subprocess.run([espeak, "-v", "en", "-w", str(wav), sentence], check=True)
        with wave.open(str(wav)) as w:
            assert w.getframerate() == 22050 and w.getnchannels() == 1
            seconds = w.getnframes() / w.getframerate()
        spans.append((round(at * 1000), round((at + seconds) * 1000)))
        at += seconds + SILENCE_S
        inputs += ["-i", str(wav)]
    order = "".join(f"[0][{n + 1}]" for n in range(len(SENTENCES))) + "[0]"
    mp4 = work / "budget talk.mp4"
    subprocess.run(
        [ffmpeg, "-hide_banner", "-loglevel", "error", "-y", *inputs, "-filter_complex",
         f"{order}concat=n={2 * len(SENTENCES) + 1}:v=0:a=1[a]", "-map", "[a]", "-c:a", "aac",
         str(mp4)],
        check=True,
    )  # fmt: skip
    return mp4, spans
