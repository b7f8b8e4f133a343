"""Importing a folder of session folders against ``sha256sum`` (and ``cp -r`` + ``sha256sum``).

    python -m benchmarks.bench_folder_import [--gb 1] [--sessions 20] [--repeat 3]

Writes ``--sessions`` session folders of ``--gb`` GB in all into a temporary folder, each as a
user keeps one: ``recording.mp4`` (a two-second recording made by ffmpeg, grown to its share of
the size by a ``free`` box of distinct bytes at its end, as editors leave padding), ``slides.pdf``
(ten pages of text, each with a raw grey picture; our own minimal PDF) and ``summary.md``.
Then, in the same run, alternating, each ``--repeat`` times:

- ``sha256sum`` of every file of the folder;
- ``cp -r`` of the folder into an empty one, then ``sha256sum`` of the copies (attach's baseline);
- the app's folder import into an empty library, as the window does it: the review
  (``folder_import.plan``, which probes each recording) and then the import
  (``folder_import.run``: copies, hashes, probes, extracts the slides' text, saves the sessions).

Prints JSON with the median seconds and CPU seconds (this process and its children, such as
ffprobe) of each, MB/s, and ``speed_ratio`` (``cp -r`` + ``sha256sum`` seconds / import seconds;
the budget is at least 0.8, attach's) next to ``hash_ratio`` (``sha256sum`` alone / import).
Every side reads files the page cache holds. Without ffmpeg the recordings are a bare MP4
header and padding (the prober then warns about each; ``recordings_made_by`` says which).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from webinar_archive.services.archive import Archive

BUDGET = 0.8
BLOCK = 4 * 1024 * 1024
SLIDE_PAGES = 10
RECORDING_SHARE = 0.85  # of each session's bytes; the slides take the rest


def _template_recording(work: Path) -> tuple[bytes, str]:
    """A short real MP4 (ffmpeg: test picture and tone), or a bare header without ffmpeg."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is not None:
        target = work / "template.mp4"
        command = [ffmpeg, "-hide_banner", "-loglevel", "error", "-y"]
        command += ["-f", "lavfi", "-i", "sine=frequency=440:duration=2"]
        command += ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=10:duration=2"]
        command += ["-c:v", "mpeg4", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "1"]
        done = subprocess.run([*command, str(target)], capture_output=True, timeout=120)
        if done.returncode == 0:
            data = target.read_bytes()
            target.unlink()
            return data, "ffmpeg"
    ftyp = b"isom\x00\x00\x02\x00isomiso2mp41"
    return (8 + len(ftyp)).to_bytes(4, "big") + b"ftyp" + ftyp, "header only"


def _padding(out: Any, size: int, tag: str, block: bytes) -> None:
    """``size`` bytes of content unique to ``tag`` (a numbered random block)."""
    written, n = 0, 0
    while written < size:
        piece = (f"{tag}:{n}:".encode() + block)[: min(BLOCK, size - written)]
        out.write(piece)
        written += len(piece)
        n += 1


def write_recording(path: Path, template: bytes, size: int, block: bytes) -> None:
    """The template followed by one ``free`` box that brings the file to ``size`` bytes."""
    box = max(size - len(template), 8)
    with path.open("wb") as out:
        out.write(template)
        out.write(box.to_bytes(4, "big") + b"free")
        _padding(out, box - 8, path.parent.name, block)


def write_slides(path: Path, title: str, size: int, block: bytes) -> None:
    """A PDF of ``SLIDE_PAGES`` pages, each a line of text and a raw grey picture; the
    pictures make up ``size``. Written object by object with its cross-reference table."""
    side = max(int((max(size, 1000) / SLIDE_PAGES) ** 0.5), 1)
    chunks: list[bytes] = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]
    offsets: dict[int, int] = {}
    position = len(chunks[0])

    def add(number: int, body: bytes) -> None:
        nonlocal position
        offsets[number] = position
        chunk = f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        chunks.append(chunk)
        position += len(chunk)

    kids = " ".join(f"{4 + 3 * i} 0 R" for i in range(SLIDE_PAGES))
    add(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    add(2, f"<< /Type /Pages /Kids [{kids}] /Count {SLIDE_PAGES} >>".encode())
    add(3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i in range(SLIDE_PAGES):
        page, content, picture = 4 + 3 * i, 5 + 3 * i, 6 + 3 * i
        add(
            page,
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents {content} 0 R "
                f"/Resources << /Font << /F1 3 0 R >> /XObject << /Im1 {picture} 0 R >> >> >>"
            ).encode(),
        )
        words = f"{title}: slide {i + 1} on regional cooperation"
        text = f"BT /F1 24 Tf 60 520 Td ({words}) Tj ET q 400 0 0 300 60 120 cm /Im1 Do Q"
        add(content, f"<< /Length {len(text)} >>\nstream\n{text}\nendstream".encode())
        pixels = bytearray()
        _padding(_Sink(pixels), side * side, f"{title}-{i}", block)
        add(
            picture,
            f"<< /Type /XObject /Subtype /Image /Width {side} /Height {side} "
            f"/ColorSpace /DeviceGray /BitsPerComponent 8 /Length {len(pixels)} >>\n".encode()
            + b"stream\n"
            + bytes(pixels)
            + b"\nendstream",
        )
    count = 4 + 3 * SLIDE_PAGES
    xref = [f"xref\n0 {count}\n0000000000 65535 f \n"]
    xref += [f"{offsets[n]:010d} 00000 n \n" for n in range(1, count)]
    trailer = f"trailer\n<< /Size {count} /Root 1 0 R >>\nstartxref\n{position}\n%%EOF\n"
    with path.open("wb") as out:
        out.writelines(chunks)
        out.write(("".join(xref) + trailer).encode())


class _Sink:
    def __init__(self, into: bytearray) -> None:
        self.into = into

    def write(self, data: bytes) -> None:
        self.into += data


def make_tree(root: Path, total_bytes: int, sessions: int) -> dict[str, Any]:
    """``sessions`` session folders under ``root`` of about ``total_bytes`` in all."""
    root.mkdir(parents=True)
    template, made_by = _template_recording(root.parent)
    block = os.urandom(BLOCK)
    each = max(total_bytes // max(sessions, 1), 4096)
    for i in range(sessions):
        title = f"Session {i + 1}"
        folder = root / f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} {title} on clusters"
        folder.mkdir()
        write_recording(folder / "recording.mp4", template, int(each * RECORDING_SHARE), block)
        write_slides(folder / "slides.pdf", title, each - int(each * RECORDING_SHARE), block)
        (folder / "summary.md").write_text(
            f"---\nseries: Cluster Talks\nspeakers:\n  - Speaker {i % 7} (Agency {i % 3})\n"
            f"tags: clusters, regions\n---\n# {title}: cooperation across regions\n\n"
            "How regions work together on smart specialisation.\n",
            encoding="utf-8",
        )
    return {"recordings_made_by": made_by}


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _measured(work: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall seconds, CPU seconds (this process and the children it waited for), result."""
    before = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    start = time.perf_counter()
    result = work()
    wall = time.perf_counter() - start
    after = (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    cpu = sum(
        a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime
        for a, b in zip(after, before, strict=True)
    )
    return wall, cpu, result


def hash_only(root: Path) -> tuple[float, float]:
    files = [str(p) for p in _files(root)]
    wall, cpu, _ = _measured(
        lambda: subprocess.run(["sha256sum", *files], check=True, capture_output=True)
    )
    return wall, cpu


def copy_and_hash(root: Path, target: Path) -> tuple[float, float]:
    def work() -> None:
        subprocess.run(["cp", "-r", str(root), str(target)], check=True)
        files = [str(p) for p in _files(target)]
        subprocess.run(["sha256sum", *files], check=True, capture_output=True)

    wall, cpu, _ = _measured(work)
    shutil.rmtree(target)
    return wall, cpu


def folder_import(root: Path, library: Path) -> dict[str, Any]:
    """The review and then the import, as the window runs them; seconds of each."""
    with Archive.open(library) as archive:
        plan_wall, plan_cpu, plan = _measured(lambda: archive.folder_import.plan(root))
        run_wall, run_cpu, report = _measured(lambda: archive.folder_import.run(root))
    shutil.rmtree(library)
    assert not report.refused, report.refused
    return {
        "review_s": plan_wall,
        "review_cpu_s": plan_cpu,
        "import_s": run_wall,
        "import_cpu_s": run_cpu,
        "wall_s": plan_wall + run_wall,
        "cpu_s": plan_cpu + run_cpu,
        "planned": len(plan.sessions),
        "created": len(report.created),
        "attached": len(report.attached),
        "warnings": report.all_warnings(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gb", type=float, default=1.0, help="total size of the folder")
    parser.add_argument("--sessions", type=int, default=20, help="session folders")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="wa-bench-folder-"))
    try:
        root = work / "webinars"
        made = make_tree(root, int(args.gb * 1e9), args.sessions)
        files = _files(root)
        total = sum(f.stat().st_size for f in files)
        hashed: list[tuple[float, float]] = []
        copied: list[tuple[float, float]] = []
        ours: list[dict[str, Any]] = []
        for i in range(args.repeat):
            hashed.append(hash_only(root))
            copied.append(copy_and_hash(root, work / f"cp-{i}"))
            ours.append(folder_import(root, work / f"library-{i}"))

        def median(values: list[float]) -> float:
            return round(statistics.median(values), 3)

        hash_s, copy_s = median([w for w, _ in hashed]), median([w for w, _ in copied])
        import_s = median([r["wall_s"] for r in ours])
        speed = copy_s / max(import_s, 1e-9)
        report = {
            "bytes": total,
            "files": len(files),
            "sessions": args.sessions,
            "repeat": args.repeat,
            **made,
            "baseline_sha256sum_s": hash_s,
            "baseline_sha256sum_cpu_s": median([c for _, c in hashed]),
            "baseline_cp_sha256sum_s": copy_s,
            "baseline_cp_sha256sum_cpu_s": median([c for _, c in copied]),
            "folder_import_s": import_s,
            "folder_import_cpu_s": median([r["cpu_s"] for r in ours]),
            "review_s": median([r["review_s"] for r in ours]),
            "review_cpu_s": median([r["review_cpu_s"] for r in ours]),
            "import_s": median([r["import_s"] for r in ours]),
            "import_cpu_s": median([r["import_cpu_s"] for r in ours]),
            "sha256sum_mb_per_s": round(total / 1e6 / max(hash_s, 1e-9), 1),
            "cp_sha256sum_mb_per_s": round(total / 1e6 / max(copy_s, 1e-9), 1),
            "folder_import_mb_per_s": round(total / 1e6 / max(import_s, 1e-9), 1),
            "speed_ratio": round(speed, 2),
            "hash_ratio": round(hash_s / max(import_s, 1e-9), 2),
            "budget_speed_ratio": BUDGET,
            "within_budget": speed >= BUDGET,
            "created": ours[-1]["created"],
            "attached": ours[-1]["attached"],
            "warnings": ours[-1]["warnings"][:10],
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
