"""Speech-to-text engines behind one small interface, and how one is chosen by name."""

from __future__ import annotations

from collections.abc import Callable

from ...domain.messages import _t
from .base import Engine, HeardSoFar, TranscriptionUnavailable
from .whisper import WhisperSettings

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "Engine",
    "HeardSoFar",
    "TranscriptionUnavailable",
    "WhisperSettings",
]

DEFAULT_ENGINE = "pocketsphinx"


def _pocketsphinx(_whisper: WhisperSettings) -> Engine:
    from .sphinx import PocketsphinxEngine

    return PocketsphinxEngine()


def _faster_whisper(whisper: WhisperSettings) -> Engine:
    from .whisper import FasterWhisperEngine

    return FasterWhisperEngine(whisper)


# Engines by the name the user gives; each is built only when asked for, so a missing engine
# library fails on use with its own message, never when the app starts.
ENGINES: dict[str, Callable[[WhisperSettings], Engine]] = {
    "pocketsphinx": _pocketsphinx,
    "faster-whisper": _faster_whisper,
}


def engine_named(name: str, whisper: WhisperSettings | None = None) -> Engine:
    """The engine called ``name``; ``whisper`` says which model faster-whisper uses."""
    try:
        factory = ENGINES[name]
    except KeyError:
        known = ", ".join(sorted(ENGINES))
        raise TranscriptionUnavailable(
            _t("No speech-to-text engine called {name!r}; the engines are: {known}.").format(
                name=name, known=known
            )
        ) from None
    return factory(whisper or WhisperSettings())
