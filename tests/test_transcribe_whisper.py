"""The faster-whisper adapter: a fake model for what it does, the real one when configured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from helpers import draft
from speech_helpers import make_speech
from webinar_archive.media.transcribe import (
    TranscriptionUnavailable,
    WhisperSettings,
    engine_named,
)
from webinar_archive.media.transcribe import whisper as w
from webinar_archive.media.transcribe.audio import BYTES_PER_MS
from webinar_archive.services.archive import Archive

SRC = Path(__file__).parents[1] / "src"


class FakeModel:
    """Answers like faster-whisper's WhisperModel: segments (with words when it has them)
    for each window of sound, in seconds from the start of that window."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, dict[str, Any]]] = []

    def transcribe(self, audio: bytes, **options: Any) -> tuple[Any, Any]:
        self.calls.append((len(audio) // BYTES_PER_MS, options))
        word = SimpleNamespace
        segments = [
            SimpleNamespace(
                start=0.5,
                end=1.5,
                text=" Dzień dobry",
                words=[
                    word(start=0.5, end=0.9, word=" Dzień"),
                    word(start=1.0, end=1.5, word=" dobry"),
                ],
            ),
            SimpleNamespace(start=2.0, end=2.8, text=" bez słów ", words=None),
        ]
        return iter(segments), SimpleNamespace(language=options["language"])


def _engine(model: FakeModel, settings: WhisperSettings | None = None) -> w.FasterWhisperEngine:
    loaded: list[tuple[str, Path | None, bool]] = []

    def load(name: str, folder: Path | None, download: bool) -> FakeModel:
        loaded.append((name, folder, download))
        return model

    engine = w.FasterWhisperEngine(
        settings or WhisperSettings("tiny"), load_model=load, to_audio=lambda pcm: pcm
    )
    engine.loaded = loaded  # type: ignore[attr-defined]
    return engine


def test_segments_and_words_become_cues_at_their_place_in_each_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two windows of 4 s: each window's words become cues shifted by the window's start,
    a segment without words becomes a cue of its own; the language reaches the model and
    progress climbs to the whole length."""
    monkeypatch.setattr(w, "WINDOW_BYTES", 4_000 * BYTES_PER_MS)
    model = FakeModel()
    engine = _engine(model)
    heard: list[int] = []
    chunks = [b"\0" * (1_000 * BYTES_PER_MS)] * 7  # 7 s: a 4 s window and a 3 s one
    cues = engine.transcribe(iter(chunks), "pl", heard.append)
    assert [(c.start_ms, c.end_ms, c.text) for c in cues] == [
        (500, 1_500, "Dzień dobry"),
        (2_000, 2_800, "bez słów"),
        (4_500, 5_500, "Dzień dobry"),
        (6_000, 6_800, "bez słów"),
    ]
    assert [ms for ms, _ in model.calls] == [4_000, 3_000]
    assert all(o["language"] == "pl" and o["word_timestamps"] for _, o in model.calls)
    assert heard == sorted(heard) and heard[-1] == 7_000
    assert engine.model_name("pl") == "tiny"


def test_no_model_a_wrong_folder_and_a_bad_language_are_explained(tmp_path: Path) -> None:
    with pytest.raises(TranscriptionUnavailable, match=r"needs a model.*tiny \(75 MB"):
        _engine(FakeModel(), WhisperSettings(None)).model_name("en")
    with pytest.raises(TranscriptionUnavailable, match=r"no model\.bin"):
        _engine(FakeModel(), WhisperSettings(str(tmp_path))).model_name("en")
    (tmp_path / "model.bin").write_bytes(b"")
    assert _engine(FakeModel(), WhisperSettings(str(tmp_path))).model_name("en") == tmp_path.name
    with pytest.raises(TranscriptionUnavailable, match="not a language code"):
        _engine(FakeModel()).model_name("polish!")


def test_importing_the_engines_loads_neither_faster_whisper_nor_numpy() -> None:
    code = (
        "import sys, webinar_archive.media.transcribe as t; t.engine_named('faster-whisper'); "
        "print('faster_whisper' in sys.modules, 'numpy' in sys.modules)"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        check=True,
    )
    assert loaded.stdout.split() == ["False", "False"]


def test_the_cli_says_what_to_install_when_faster_whisper_is_missing(tmp_path: Path) -> None:
    if w._installed():
        pytest.skip("faster-whisper is installed here: its absence cannot be shown")
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        session = archive.sessions.create(draft())
        [attached] = archive.files.attach(session.id, [make_speech(tmp_path)[0]])
    refused = subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), "transcribe",
         str(attached.recording_id), "--engine", "faster-whisper", "--language", "pl",
         "--model", "tiny"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(SRC)},
    )  # fmt: skip
    assert refused.returncode == 1, refused.stderr
    assert "pip install 'webinar-archive[whisper]'" in refused.stderr
    assert "Traceback" not in refused.stderr
    with Archive.open(library) as archive:
        assert archive.transcription.queued() == []  # refused before anything was queued


@pytest.mark.sqlite_only
def test_a_real_model_transcribes_speech_into_cues_inside_the_spoken_spans(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    """Runs only where a model is configured: WEBINAR_ARCHIVE_WHISPER_MODEL names a model
    folder (or a size already downloaded) and faster-whisper is installed."""
    model = os.environ.get("WEBINAR_ARCHIVE_WHISPER_MODEL")
    if not model:
        pytest.skip("no faster-whisper model configured (set WEBINAR_ARCHIVE_WHISPER_MODEL)")
    if not w._installed():
        pytest.skip("faster-whisper is not installed (pip install '.[whisper]')")
    mp4, spans = make_speech(tmp_path)
    session = sqlite_archive.sessions.create(draft())
    [attached] = sqlite_archive.files.attach(session.id, [mp4])
    assert attached.recording_id is not None
    result = sqlite_archive.transcription.transcribe(
        attached.recording_id, "faster-whisper", "en", whisper=WhisperSettings(model)
    )
    assert result.cue_count > 0 and result.engine == "faster-whisper"
    for cue in sqlite_archive.playback.cues(attached.recording_id):
        assert any(s - 1_000 <= cue.start_ms and cue.end_ms <= e + 1_000 for s, e in spans)


def test_engine_named_builds_the_adapter_with_its_settings() -> None:
    engine = engine_named("faster-whisper", WhisperSettings("base", download=True))
    assert isinstance(engine, w.FasterWhisperEngine)
    assert engine.settings.model == "base" and engine.settings.download


def test_pcm_becomes_the_float_samples_faster_whisper_takes() -> None:
    """Signed 16-bit little-endian PCM to float32 in [-1, 1) (numpy comes with faster-whisper)."""
    np = pytest.importorskip("numpy", reason="numpy comes with faster-whisper, not installed")
    samples = w._samples(b"\x00\x80\x00\x00\xff\x7f")
    assert samples.dtype == np.float32
    assert samples.tolist() == [-1.0, 0.0, pytest.approx(32767 / 32768)]
