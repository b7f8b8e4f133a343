"""Facts about the Qt binding the app relies on, checked on the installed version."""

from __future__ import annotations

import subprocess
import sys

_EMIT_MANY = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    value = Signal(int)
    bare = Signal()

app = QCoreApplication([])
source = Source()
received = []
source.value.connect(received.append)
source.bare.connect(lambda: None)
before = sys.getrefcount(True)
for number in range(5000):
    source.value.emit(number)
    source.bare.emit()
print(len(received), sys.getrefcount(True) - before)
"""


def test_many_signal_emits_do_not_wear_down_true():
    """10,000 emits leave the refcount of True alone (PySide6 6.12.0 aborted Python 3.11 here)."""
    result = subprocess.run(
        [sys.executable, "-c", _EMIT_MANY], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    received, drift = (int(x) for x in result.stdout.split())
    assert received == 5000 and abs(drift) < 10
