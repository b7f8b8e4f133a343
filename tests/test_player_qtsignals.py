"""Emitting many signals from Python must not wear down the interpreter's ``True``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from webinar_archive.ui.player.qtsignals import emit, leaks_true


class _Source(QObject):
    value = Signal(int)
    bare = Signal()


def test_emit_keeps_true_refcount_stable() -> None:
    source = _Source()
    received: list[int] = []
    source.value.connect(received.append)
    leaks_true()  # the one-off detection is not part of what is measured
    before = sys.getrefcount(True)
    for number in range(3000):
        emit(source.value, number)
        emit(source.bare)
    # A faulty emit would lose 6000 references here; allow for a few held by Qt's caches.
    assert abs(sys.getrefcount(True) - before) < 10
    assert received == list(range(3000))
