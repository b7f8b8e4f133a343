"""Emitting Qt signals from Python without PySide6 6.12's stray release of ``True``.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit`` without taking a reference, so on
CPython 3.11 (where ``True`` is an ordinary refcounted object) every emit loses one reference
and after some thousands the interpreter aborts in ``bool_dealloc``. :func:`emit` measures once
whether this build does that and, if so, gives the reference back after each emit.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_leaks_true: bool | None = None


def _raw_emit(signal: SignalInstance, *args: Any) -> object:
    # The stubs say emit() returns None; at run time it returns a bool.
    emitter: Any = signal.emit
    return emitter(*args)


class _Probe(QObject):
    ping = Signal()


def _detect() -> bool:
    if sys.version_info >= (3, 12):
        return False  # True is immortal there; nothing to repair
    probe = _Probe()
    rounds = 16
    before = sys.getrefcount(True)
    results = [_raw_emit(probe.ping) for _ in range(rounds)]
    # The list holds `rounds` references of its own; a correct emit leaves exactly those.
    leaked = before + rounds - sys.getrefcount(True)
    del results
    if leaked > 0:
        # Repay what the probe itself took.
        for _ in range(leaked):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return leaked >= rounds


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, repaying the reference a faulty PySide6 takes from ``True``."""
    global _leaks_true
    if _leaks_true is None:
        _leaks_true = _detect()
    result = _raw_emit(signal, *args)
    if _leaks_true and result is True:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def leaks_true() -> bool:
    """Whether this PySide6 build needs the repair (for diagnostics and tests)."""
    global _leaks_true
    if _leaks_true is None:
        _leaks_true = _detect()
    return _leaks_true
