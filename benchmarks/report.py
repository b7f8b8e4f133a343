"""The run's report beyond its figures: the machine it ran on, and the summary as a table."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError):
        total_kib = int(Path("/proc/meminfo").read_text().split()[1])
        info["memory_gb"] = round(total_kib / 1024 / 1024, 1)
    with contextlib.suppress(OSError):
        info["load_average"] = Path("/proc/loadavg").read_text().split()[:3]
    with contextlib.suppress(sqlite3.Error):
        info["sqlite"] = sqlite3.sqlite_version
    return info


def render(report: dict[str, Any]) -> str:
    """The summary as a plain table."""
    out = [f"Webinar Archive benchmarks, {report['started_utc']}, {report['total_s']} s"]
    m = report["machine"]
    out.append(f"machine: {m.get('cpu', '?')}, {m.get('cpus')} CPUs, load {m.get('load_average')}")
    for line in report["figures"]:
        verdict = {True: "met", False: "NOT MET", None: ""}[line["met"]]
        base = (
            f"  baseline {line['baseline']} ({line['baseline_is']})  ratio {line['ratio']}"
            if "baseline" in line
            else ""
        )
        out.append(f"- {line['figure']}: {line['value']} {line['unit']}{base}")
        if line["budget"]:
            out.append(f"    budget: {line['budget']}  {verdict}")
    for name, error in report["errors"].items():
        out.append(f"- {name}: ERROR {error}")
    return "\n".join(out)
