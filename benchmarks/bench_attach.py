"""Attaching large files (copy into the library + SHA-256) against ``cp`` then ``sha256sum``.

    python -m benchmarks.bench_attach [--gb 0.25] [--files 8] [--repeat 3]

Writes ``--files`` files of ``--gb`` GB in all into a temporary folder, then in the same run,
alternating, each ``--repeat`` times: the baseline (``cp`` of the files into an empty folder,
then ``sha256sum`` of the copies) and ``attach`` of the same files to a session of an empty
library (one read of each file, hashed while it is copied, flushed to disk before the rename).
Prints JSON with the median seconds of each, MB/s, and ``speed_ratio`` (baseline seconds /
attach seconds; the budget is at least 0.8). Both read files the page cache holds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive

BUDGET = 0.8
BLOCK = 4 * 1024 * 1024


def make_files(folder: Path, total_bytes: int, count: int) -> list[Path]:
    """``count`` files of distinct content (a random block, numbered) totalling about
    ``total_bytes``; named .bin, so attaching extracts no text from them."""
    folder.mkdir(parents=True)
    block = os.urandom(BLOCK)
    size = max(total_bytes // count, 1)
    paths = []
    for i in range(count):
        path = folder / f"recording-part-{i}.bin"
        with path.open("wb") as out:
            written = 0
            n = 0
            while written < size:
                piece = (f"{i}:{n}:".encode() + block)[: min(BLOCK, size - written)]
                out.write(piece)
                written += len(piece)
                n += 1
        paths.append(path)
    return paths


def baseline(files: list[Path], target: Path) -> float:
    target.mkdir()
    start = time.perf_counter()
    subprocess.run(["cp", *map(str, files), str(target)], check=True)
    subprocess.run(
        ["sha256sum", *(str(target / f.name) for f in files)], check=True, capture_output=True
    )
    took = time.perf_counter() - start
    shutil.rmtree(target)
    return took


def attach(files: list[Path], library: Path) -> float:
    with Archive.open(library) as archive:
        session_id = archive.sessions.create(m.SessionDraft(title="Large files")).id
        start = time.perf_counter()
        results = archive.files.attach(session_id, files)
        took = time.perf_counter() - start
    assert all(r.error is None for r in results), [r.error for r in results]
    shutil.rmtree(library)
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gb", type=float, default=0.25, help="total size of the files")
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="wa-bench-attach-"))
    try:
        files = make_files(work / "source", int(args.gb * 1e9), args.files)
        total = sum(f.stat().st_size for f in files)
        base: list[float] = []
        ours: list[float] = []
        for i in range(args.repeat):
            base.append(baseline(files, work / f"cp-{i}"))
            ours.append(attach(files, work / f"library-{i}"))
        base_s, ours_s = statistics.median(base), statistics.median(ours)
        ratio = base_s / max(ours_s, 1e-9)
        report = {
            "bytes": total,
            "files": len(files),
            "repeat": args.repeat,
            "baseline_cp_sha256sum_s": round(base_s, 3),
            "attach_s": round(ours_s, 3),
            "baseline_mb_per_s": round(total / 1e6 / max(base_s, 1e-9), 1),
            "attach_mb_per_s": round(total / 1e6 / max(ours_s, 1e-9), 1),
            "speed_ratio": round(ratio, 2),
            "budget_speed_ratio": BUDGET,
            "within_budget": ratio >= BUDGET,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
