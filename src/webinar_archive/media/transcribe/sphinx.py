"""The pocketsphinx engine: the English model its PyPI wheel ships, no download, no network."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ...domain.messages import _t
from ...domain.model import TranscriptCue
from .audio import BYTES_PER_MS, SAMPLE_RATE
from .base import HeardSoFar, TranscriptionUnavailable
from .cues import Word, group_words

_MODEL = "en-us"
_LANGUAGES = ("en", "en-us", "en-gb")
# pocketsphinx's frames are 10 ms apart (its default frame rate of 100 a second).
_FRAME_MS = 10
# A speaker who never pauses still gets an utterance cut here: the decoder keeps every path
# of an utterance until it ends, so its memory grows with the utterance, not the recording.
_MAX_UTTERANCE_BYTES = 30_000 * BYTES_PER_MS
# Alternative pronunciations come back as "the(2)"; fillers and silences as <sil>, [NOISE], ++UM++.
_VARIANT = re.compile(r"\(\d+\)$")


def _is_word(text: str) -> bool:
    return bool(text) and text[0] not in "<[+"


class PocketsphinxEngine:
    """CMU pocketsphinx with the US English model, dictionary and language model it ships."""

    name = "pocketsphinx"

    def model_name(self, language: str) -> str:
        self._check_language(language)
        return _MODEL

    @staticmethod
    def _check_language(language: str) -> None:
        if language.lower() not in _LANGUAGES:
            raise TranscriptionUnavailable(
                _t(
                    "The pocketsphinx engine knows English only (its bundled model), not "
                    "{language!r}. Use --language en, or another engine for other languages."
                ).format(language=language)
            )

    @staticmethod
    def _load() -> tuple[Any, Any]:
        """The decoder and the voice activity detector that cuts the sound into utterances."""
        try:
            import pocketsphinx
        except ImportError as exc:
            raise TranscriptionUnavailable(
                _t(
                    "The pocketsphinx engine is not installed in this Python environment "
                    "({exc}). Install it with: pip install pocketsphinx"
                ).format(exc=exc)
            ) from exc
        model = Path(pocketsphinx.get_model_path()) / _MODEL
        if not (model / _MODEL).is_dir():
            raise TranscriptionUnavailable(
                _t(
                    "pocketsphinx's English model is missing from {model}. Reinstall the "
                    "engine with: pip install --force-reinstall pocketsphinx"
                ).format(model=model)
            )
        try:
            decoder = pocketsphinx.Decoder(samprate=SAMPLE_RATE, loglevel="FATAL")
        except (RuntimeError, ValueError) as exc:
            raise TranscriptionUnavailable(
                _t("pocketsphinx could not load its English model from {model}: {exc}").format(
                    model=model, exc=exc
                )
            ) from exc
        return decoder, pocketsphinx.Endpointer(sample_rate=SAMPLE_RATE)

    def transcribe(
        self, audio_chunks: Iterable[bytes], language: str, progress: HeardSoFar
    ) -> list[TranscriptCue]:
        self._check_language(language)
        decoder, endpointer = self._load()
        frame_bytes = endpointer.frame_bytes
        words: list[Word] = []
        utterance_ms: int | None = None  # where the utterance being decoded starts
        utterance_bytes = 0
        continued_ms: int | None = None  # where a cut-off utterance's speech goes on

        def end_utterance() -> None:
            nonlocal utterance_ms
            decoder.end_utt()
            assert utterance_ms is not None
            for seg in decoder.seg():
                if _is_word(seg.word):
                    words.append(
                        Word(
                            utterance_ms + seg.start_frame * _FRAME_MS,
                            utterance_ms + (seg.end_frame + 1) * _FRAME_MS,
                            _VARIANT.sub("", seg.word),
                        )
                    )
            utterance_ms = None

        def hear(speech: bytes | None) -> None:
            nonlocal utterance_ms, utterance_bytes, continued_ms
            if speech is None:
                return
            if utterance_ms is None:
                if continued_ms is not None:
                    utterance_ms, continued_ms = continued_ms, None
                else:
                    utterance_ms = round(endpointer.speech_start * 1000)
                utterance_bytes = 0
                decoder.start_utt()
            decoder.process_raw(speech, False, False)
            utterance_bytes += len(speech)
            if not endpointer.in_speech:
                end_utterance()
            elif utterance_bytes >= _MAX_UTTERANCE_BYTES:
                start = utterance_ms
                end_utterance()
                continued_ms = start + utterance_bytes // BYTES_PER_MS

        pending = bytearray()
        heard = 0
        for chunk in audio_chunks:
            pending += chunk
            whole = len(pending) - len(pending) % frame_bytes
            for offset in range(0, whole, frame_bytes):
                hear(endpointer.process(bytes(pending[offset : offset + frame_bytes])))
            del pending[:whole]
            heard += len(chunk)
            progress(heard // BYTES_PER_MS)
        if pending or endpointer.in_speech:
            hear(endpointer.end_stream(bytes(pending)))
        if utterance_ms is not None:
            end_utterance()
        return group_words(words)
