"""How long work says how far it got, and how it says it was stopped: one type for each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """A step of long work: what it is doing now and how far it is (``total`` 0: unknown)."""

    text: str = ""
    done: int = 0
    total: int = 0


# Reports a step; returns False once the user asked the work to stop.
ReportProgress = Callable[[Progress], bool]


class Cancelled(Exception):
    """Long work stopped early because its user asked it to."""


def step(progress: ReportProgress | None, text: str = "", done: int = 0, total: int = 0) -> None:
    """Report a step to ``progress`` (when there is one); raise ``Cancelled`` once it says stop.

    The one way long work learns it was cancelled: whoever can leave partial work behind
    catches ``Cancelled`` where it can say what was kept.
    """
    if progress is not None and not progress(Progress(text, done, total)):
        raise Cancelled
