"""Brief and booklet rendering speed and memory, relative to plain reportlab in the same run.

Run: ``PYTHONPATH=src python benchmarks/bench_briefs.py [--sessions 200] [--repeat 15]
[--summary-kb 1000]``. Prints one JSON object. Every booklet measurement runs in a fresh child
process so that its peak RSS (VmHWM) is its own and not the high-water mark of an earlier step.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the session builders the brief tests use


def _sessions(count: int) -> list:
    from brief_helpers import demo

    base = demo()
    out = []
    for i in range(count):
        # Distinct titles and recording links, as in a real series (QR codes differ too).
        links = tuple(
            dataclasses.replace(link, url=f"{link.url}?session={i}") if link.url else link
            for link in base.links
        )
        title = f"{base.title} ({i + 1})"
        out.append(dataclasses.replace(base, id=i + 1, title=title, links=links))
    return out


def _peak_rss_mb() -> float:
    """This process's peak resident memory. Linux carries ``ru_maxrss`` over a fork and exec,
    so a child started by a large parent reported the parent's peak as its own (the plain
    reportlab baseline showed "no growth" over the 136 MB of the benchmark process); the
    memory map's own high-water mark (VmHWM) starts afresh at exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    # Linux reports kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _baseline_doc(target: io.BytesIO | str, titles: list[str]) -> int:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    story = []
    for title in titles:
        story += [Paragraph(title, style), PageBreak()]
    doc = SimpleDocTemplate(target)
    doc.build(story)
    return doc.page


def child(kind: str, count: int) -> dict[str, float]:
    """One booklet-sized job in this (fresh) process."""
    sessions = _sessions(count)
    rss_before = _peak_rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "out.pdf"
        start = time.perf_counter()
        if kind == "booklet":
            from webinar_archive.export.booklet import render_booklet

            pages = render_booklet(sessions, target, title="Benchmark booklet")
        elif kind == "many":
            from webinar_archive.export.booklet import render_many

            pages = len(render_many(sessions, Path(tmp) / "many"))
        else:
            pages = _baseline_doc(str(target), [s.title for s in sessions])
        seconds = time.perf_counter() - start
        size = target.stat().st_size if target.exists() else 0
    return {
        "seconds": round(seconds, 3),
        "pages": pages,
        "bytes": size,
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "rss_before_mb": round(rss_before, 1),
    }


def _run_child(kind: str, count: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--sessions", str(count)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout)


def _median_ms(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 2)


def _long_summary(kb: int) -> dict[str, float]:
    """One brief whose summary is ``kb`` KB in a single paragraph (and in hard-broken short
    lines), against the same words in ordinary paragraphs of about 600 characters."""
    from brief_helpers import demo
    from webinar_archive.export.brief import render_brief
    from webinar_archive.export.options import BriefOptions

    words = [f"word{i}" for i in range(kb * 1000 // 8)]
    shapes = {
        "one_paragraph": " ".join(words),
        "short_lines": "  \n".join(" ".join(words[i : i + 4]) for i in range(0, len(words), 4)),
        "baseline_paragraphs": "\n\n".join(
            " ".join(words[i : i + 75]) for i in range(0, len(words), 75)
        ),
    }
    options = BriefOptions(sections=("summary",), qr_codes=False)
    out: dict[str, float] = {"summary_kb": kb}
    for name, text in shapes.items():
        session = dataclasses.replace(demo(), summary=text)
        start = time.perf_counter()
        pages = render_brief(session, io.BytesIO(), options)
        out[f"{name}_s"] = round(time.perf_counter() - start, 2)
        out[f"{name}_pages"] = pages
    base = max(out["baseline_paragraphs_s"], 1e-9)
    out["one_paragraph_ratio"] = round(out["one_paragraph_s"] / base, 2)
    out["short_lines_ratio"] = round(out["short_lines_s"] / base, 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--summary-kb", type=int, default=1000)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.sessions)))
        return

    from webinar_archive.export.brief import render_brief
    from webinar_archive.export.qr import qr_matrix

    sessions = _sessions(args.repeat + 1)
    render_brief(sessions[0], io.BytesIO())  # font loading happens once per process
    it = iter(sessions[1:])

    def cold() -> None:
        qr_matrix.cache_clear()
        render_brief(next(it), io.BytesIO())

    one_cold = _median_ms(cold, args.repeat)
    one_warm = _median_ms(lambda: render_brief(sessions[0], io.BytesIO()), args.repeat)
    baseline_one = _median_ms(lambda: _baseline_doc(io.BytesIO(), [sessions[0].title]), args.repeat)

    long_summary = _long_summary(args.summary_kb)
    booklet = _run_child("booklet", args.sessions)
    baseline = _run_child("baseline", args.sessions)
    report = {
        "one_brief_ms": {
            "median_new_qr_codes": one_cold,
            "median_cached_qr_codes": one_warm,
            "baseline_one_paragraph": baseline_one,
            "ratio_to_baseline": round(one_cold / baseline_one, 1),
            "repeat": args.repeat,
        },
        "long_summary": long_summary,
        "booklet": {
            "sessions": args.sessions,
            **booklet,
            "ms_per_session": round(booklet["seconds"] * 1000 / args.sessions, 1),
        },
        "baseline_booklet": {"sessions": args.sessions, **baseline},
        "booklet_vs_baseline": {
            "time_ratio": round(booklet["seconds"] / max(baseline["seconds"], 1e-9), 1),
            "extra_peak_rss_mb": round(booklet["peak_rss_mb"] - baseline["peak_rss_mb"], 1),
        },
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
