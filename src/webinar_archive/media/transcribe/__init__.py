"""Speech-to-text engines behind one small interface, and how one is chosen by name."""

from __future__ import annotations

from collections.abc import Callable

from .base import Engine, HeardSoFar, TranscriptionUnavailable

__all__ = ["DEFAULT_ENGINE", "ENGINES", "Engine", "HeardSoFar", "TranscriptionUnavailable"]

DEFAULT_ENGINE = "pocketsphinx"


def _pocketsphinx() -> Engine:
    from .sphinx import PocketsphinxEngine

    return PocketsphinxEngine()


# Engines by the name the user gives; each is built only when asked for, so a missing engine
# library fails on use with its own message, never when the app starts.
ENGINES: dict[str, Callable[[], Engine]] = {"pocketsphinx": _pocketsphinx}


def engine_named(name: str) -> Engine:
    try:
        factory = ENGINES[name]
    except KeyError:
        known = ", ".join(sorted(ENGINES))
        raise TranscriptionUnavailable(
            f"No speech-to-text engine called {name!r}; the engines are: {known}."
        ) from None
    return factory()
