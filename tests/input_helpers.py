"""Hostile inputs made on the spot: FIFOs that cannot hang a test, CLI runs of bounded cost."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
CLI_MEMORY_LIMIT = 2 * 1024**3  # /dev/zero read whole must end in MemoryError, not swap


@contextmanager
def fifo(path: Path, rescue_every: float = 2.0) -> Iterator[Path]:
    """A named pipe at ``path`` that cannot hang the test run.

    Code that opens it for reading waits for a writer: every ``rescue_every`` seconds a
    helper thread opens it for writing and closes it at once, so such a reader gets an empty
    file instead of blocking forever (and the test fails on what it asserts, not by hanging).
    """
    os.mkfifo(path)
    stop = threading.Event()

    def rescue() -> None:
        while not stop.wait(rescue_every):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # nobody is reading: nothing to rescue
                continue
            os.close(fd)

    helper = threading.Thread(target=rescue, name="fifo-rescue", daemon=True)
    helper.start()
    try:
        yield path
    finally:
        stop.set()
        helper.join()


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CLI_MEMORY_LIMIT, CLI_MEMORY_LIMIT))


def run_cli(
    library: Path, *args: str, stdin: bytes = b"", timeout: float = 60
) -> tuple[int, str, str]:
    """The CLI in a new process (exit status, stdout, stderr); a hang fails after ``timeout``."""
    done = subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=timeout,
        preexec_fn=_limit_memory,
        check=False,
    )
    return (
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )
