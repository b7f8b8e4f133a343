"""The faster-whisper engine (an optional extra): many languages, a model the user provides."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...domain.messages import _t
from ...domain.model import TranscriptCue
from .audio import BYTES_PER_MS
from .base import HeardSoFar, TranscriptionUnavailable
from .cues import Word, group_words


@dataclass(frozen=True, slots=True)
class ModelSize:
    """A model faster-whisper can download, with what it costs on disk and on a CPU."""

    name: str
    download_mb: int
    # Seconds of speech heard per second of work on a recent 4-core laptop CPU (int8), rounded
    # from faster-whisper's published figures: a guide to choose by, not a promise.
    cpu_speed: float


MODEL_SIZES = (
    ModelSize("tiny", 75, 10.0),
    ModelSize("base", 145, 6.0),
    ModelSize("small", 485, 2.5),
    ModelSize("medium", 1_530, 0.8),
    ModelSize("large-v3", 3_100, 0.4),
)
SIZE_NAMES = tuple(s.name for s in MODEL_SIZES)
# Whisper hears a 30 s window at a time; five minutes of sound at once keeps memory flat
# (20 MB of samples) for a recording of any length.
WINDOW_BYTES = 300_000 * BYTES_PER_MS


def sizes_text() -> str:
    return ", ".join(
        f"{s.name} ({s.download_mb:,} MB, about {s.cpu_speed:g}x real time on a CPU)"
        for s in MODEL_SIZES
    )


@dataclass(frozen=True, slots=True)
class WhisperSettings:
    """Which model to use: a folder holding a converted model, or a size name; whether the
    user agreed to download it; and where downloads are kept."""

    model: str | None = None
    download: bool = False
    models_dir: Path | None = None


def _is_folder(model: str) -> bool:
    return model not in SIZE_NAMES


def downloaded(size: str, models_dir: Path | None) -> bool:
    """The model of ``size`` was downloaded into ``models_dir`` before (Hugging Face's cache
    layout, which faster-whisper's download uses)."""
    if models_dir is None or size not in SIZE_NAMES:
        return False
    return any(models_dir.glob(f"models--*--faster-whisper-{size}/snapshots/*/model.bin"))


def _installed() -> bool:
    """The faster-whisper package is installed (its metadata read: importing it takes
    seconds, and the check runs before anything is queued)."""
    try:
        importlib.metadata.version("faster-whisper")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def _samples(pcm: bytes) -> Any:
    """16-bit PCM as the float32 samples faster-whisper takes (numpy comes with it)."""
    import numpy as np

    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


class FasterWhisperEngine:
    """faster-whisper (CTranslate2 Whisper) on the CPU, loaded only when a recording is heard."""

    name = "faster-whisper"

    def __init__(
        self,
        settings: WhisperSettings | None = None,
        load_model: Callable[[str, Path | None, bool], Any] | None = None,
        to_audio: Callable[[bytes], Any] = _samples,
    ) -> None:
        self.settings = settings or WhisperSettings()
        self._load_model = load_model or _load_real_model
        self._to_audio = to_audio

    def _model(self) -> str:
        model = self.settings.model
        if not model:
            raise TranscriptionUnavailable(
                _t(
                    "The faster-whisper engine needs a model. Point to a model folder "
                    "(transcribe --model FOLDER, or the app's Settings), or download one by "
                    "its size with --model SIZE --download-model. The sizes: {sizes}."
                ).format(sizes=sizes_text())
            )
        if _is_folder(model) and not (Path(model).expanduser() / "model.bin").is_file():
            raise TranscriptionUnavailable(
                _t(
                    "{model}: not a faster-whisper model folder (it has no model.bin). Give "
                    "the folder of a converted Whisper model, or one of the sizes: {names}."
                ).format(model=model, names=", ".join(SIZE_NAMES))
            )
        return model

    def model_name(self, language: str) -> str:
        if not language.isalpha() or not 2 <= len(language) <= 3:
            raise TranscriptionUnavailable(
                _t("{language!r} is not a language code; give one like en, pl or de.").format(
                    language=language
                )
            )
        if self._load_model is _load_real_model and not _installed():
            raise TranscriptionUnavailable(
                _t(
                    "The faster-whisper engine is not installed. Install it with: pip "
                    "install 'webinar-archive[whisper]' (or pip install faster-whisper)."
                )
            )
        model = self._model()
        return Path(model).name if _is_folder(model) else model

    def transcribe(
        self, audio_chunks: Iterable[bytes], language: str, progress: HeardSoFar
    ) -> list[TranscriptCue]:
        self.model_name(language)
        model = self._load_model(self._model(), self.settings.models_dir, self.settings.download)
        cues: list[TranscriptCue] = []
        words: list[Word] = []
        window = bytearray()
        offset_ms = 0

        def hear(pcm: bytes) -> None:
            nonlocal offset_ms
            try:
                segments, _info = model.transcribe(
                    self._to_audio(pcm),
                    language=language,
                    word_timestamps=True,
                    vad_filter=True,
                )
                for segment in segments:
                    end_ms = offset_ms + round(segment.end * 1000)
                    found = getattr(segment, "words", None) or []
                    if found:
                        words.extend(
                            Word(
                                offset_ms + round(w.start * 1000),
                                offset_ms + round(w.end * 1000),
                                w.word.strip(),
                            )
                            for w in found
                            if w.word.strip()
                        )
                    elif segment.text.strip():
                        start_ms = offset_ms + round(segment.start * 1000)
                        cues.append(TranscriptCue(start_ms, end_ms, segment.text.strip()))
                    progress(min(end_ms, offset_ms + len(pcm) // BYTES_PER_MS))
            except ValueError as exc:  # an unknown language, among others
                raise TranscriptionUnavailable(
                    _t("faster-whisper refused the sound: {exc}").format(exc=exc)
                ) from exc
            offset_ms += len(pcm) // BYTES_PER_MS
            progress(offset_ms)

        for chunk in audio_chunks:
            window += chunk
            if len(window) >= WINDOW_BYTES:
                hear(bytes(window))
                window.clear()
        if window:
            hear(bytes(window))
        return sorted(cues + group_words(words), key=lambda c: (c.start_ms, c.end_ms))


def _load_real_model(model: str, models_dir: Path | None, download: bool) -> Any:
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:
        raise TranscriptionUnavailable(
            _t(
                "The faster-whisper engine is not installed ({exc}). Install it with: "
                "pip install 'webinar-archive[whisper]' (or pip install faster-whisper)."
            ).format(exc=exc)
        ) from exc
    path = str(Path(model).expanduser()) if _is_folder(model) else model
    try:
        return WhisperModel(
            path,
            device="cpu",
            compute_type="int8",
            download_root=str(models_dir) if models_dir is not None else None,
            # Nothing is fetched unless the user said yes to this download.
            local_files_only=not download,
        )
    except Exception as exc:  # huggingface_hub and CTranslate2 raise their own kinds
        if not _is_folder(model) and not download:
            raise TranscriptionUnavailable(
                _t(
                    "The faster-whisper model {model!r} is not on this computer. Download it "
                    "once with --download-model (or agree in the app); the sizes: "
                    "{sizes_text}."
                ).format(model=model, sizes_text=sizes_text())
            ) from exc
        raise TranscriptionUnavailable(
            _t("faster-whisper could not load the model {model!r}: {exc}").format(
                model=model, exc=exc
            )
        ) from exc
