"""Copying the next files into the store while the files before them are recorded.

A copy is flushed to disk before it may be recorded in the catalogue; on a disk slower than the
processor, that flush is most of a large file's import. Here one thread copies and hashes the
files asked for, in order, a few ahead of the caller, and a second one flushes each copy to disk
while the first copies the next; the caller meanwhile reads, probes and records the files
before them. The disk writes while the processor works. Nothing of a copy gets
its name in the store here (``FileStore.place`` does that, in the caller's thread, inside the
store's ``adding`` lock as for any attach); until then it is a temporary file held open, which a
clean-up in another program leaves alone and the next open of the library removes after a crash.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from ..domain.input_files import check_regular_file
from ..domain.progress import Cancelled, ReportProgress, step
from ..storage.filestore import FileStore, Incoming

WAIT_S = 0.1  # how often a caller waiting for a copy is asked whether to go on


class CopyAhead:
    """Copies (and flushes) files asked for on threads of its own; ``take`` each in order."""

    def __init__(self, store: FileStore, *, ahead: int = 2) -> None:
        self._store = store
        self._ahead = max(ahead, 1)  # copies made and not taken yet, at most
        self._changed = threading.Condition()
        self._order: list[Path] = []  # asked and not taken nor passed over, in order
        self._made: dict[Path, Incoming | Exception] = {}  # copied (or failed), not taken
        self._flushed: set[Path] = set()  # of those, the ones ready to be taken
        self._busy: set[Path] = set()  # being copied or flushed
        self._passed: set[Path] = set()  # passed over while busy: dropped when done
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def ask(self, paths: Iterable[Path]) -> None:
        """Copy these files next, after those asked for before."""
        with self._changed:
            known = set(self._order)
            self._order += [p for p in paths if p not in known]
            self._changed.notify_all()
        if not self._threads:
            for work, name in ((self._copy, "copy-ahead"), (self._flush, "flush-ahead")):
                thread = threading.Thread(target=work, name=name, daemon=True)
                thread.start()
                self._threads.append(thread)

    def take(self, path: Path, progress: ReportProgress | None = None) -> Incoming | None:
        """The flushed copy of ``path``, once made; None when it was not asked for.

        Raises what copying it raised (its error names the file). Files asked for before it and
        not taken are passed over (their copies removed). While waiting, ``progress`` is asked
        whether to go on every ``WAIT_S`` seconds; when it says stop, ``Cancelled``.
        """
        while True:
            with self._changed:
                if path not in self._order:
                    return None
                self._pass_over(self._order[: self._order.index(path)])
                if path in self._flushed:
                    self._order.remove(path)
                    self._flushed.discard(path)
                    got = self._made.pop(path)
                    self._changed.notify_all()
                    if isinstance(got, Exception):
                        raise got
                    return got
                self._changed.wait(WAIT_S)
            step(progress, path.name, 0, 1)

    def close(self) -> None:
        """Stop copying, wait for the threads and remove every copy not taken."""
        self._stop.set()
        with self._changed:
            self._changed.notify_all()
        for thread in self._threads:
            thread.join()
        with self._changed:
            self._pass_over(list(self._order))

    def _pass_over(self, paths: list[Path]) -> None:
        # Called holding the condition.
        for path in paths:
            self._order.remove(path)
            if path in self._busy:
                self._passed.add(path)
                continue
            self._flushed.discard(path)
            got = self._made.pop(path, None)
            if isinstance(got, Incoming):
                got.discard()
        if paths:
            self._changed.notify_all()

    def _wait_for(self, pick: Callable[[], Path | None]) -> Path | None:
        """The next path ``pick`` gives (marked busy), or None once stopped."""
        with self._changed:
            while not self._stop.is_set():
                path = pick()
                if path is not None:
                    self._busy.add(path)
                    return path
                self._changed.wait()
            return None

    def _done(self, path: Path, result: Incoming | Exception, *, flushed: bool) -> None:
        with self._changed:
            self._busy.discard(path)
            if path in self._passed or self._stop.is_set():
                self._passed.discard(path)
                self._made.pop(path, None)
                if isinstance(result, Incoming):
                    result.discard()
            else:
                self._made[path] = result
                if flushed:
                    self._flushed.add(path)
            self._changed.notify_all()

    def _to_copy(self) -> Path | None:
        if len(self._made) + len(self._busy) >= self._ahead + 1:
            return None
        return next((p for p in self._order if p not in self._made and p not in self._busy), None)

    def _to_flush(self) -> Path | None:
        return next((p for p in self._order if p in self._made and p not in self._flushed), None)

    def _copy(self) -> None:
        while (path := self._wait_for(self._to_copy)) is not None:
            result: Incoming | Exception
            try:
                check_regular_file(path)  # a FIFO would block this thread for ever
                result = self._store.copy_in(path, stop=self._stop, flush=False)
            except Cancelled:
                result = Cancelled()  # stopped: dropped by _done
            except Exception as exc:  # handed to the caller, who reports it with the file
                self._done(path, exc, flushed=True)
                continue
            self._done(path, result, flushed=False)

    def _flush(self) -> None:
        while (path := self._wait_for(self._to_flush)) is not None:
            with self._changed:
                incoming = self._made[path]
            assert isinstance(incoming, Incoming)  # failures are handed over as flushed
            try:
                self._store.flush_incoming(incoming)
            except Exception as exc:
                incoming.discard()
                self._done(path, exc, flushed=True)
                continue
            self._done(path, incoming, flushed=True)
