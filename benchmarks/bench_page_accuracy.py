"""Accuracy of the page importer against hand-written records; prints JSON.

    python -m benchmarks.bench_page_accuracy [FOLDER ...] [--details]

Every page (``NAME.txt`` / ``NAME.html``) that has a ``NAME.expected.json`` next to it is
imported and compared with the record an archivist wrote for it (format described in
tests/data/pages/README.md). Each folder is reported on its own, then all together:

- speakers: precision, recall and F1 of the names found (compared accents and case aside);
- organisations: share of the correctly found speakers whose organisation is right;
- dates, titles: share of records (the page, and each session of a page listing several) whose
  date / title is right; titles are compared without case, accents, quotes and punctuation;
- link_kinds: share of the three booleans (recording, presentations, agenda) that are right.

Default folders: tests/data/pages and its sub-folders ``unseen`` and ``heldout*`` (those in
``MEASURED_OUTSIDE_FLOORS`` are measured but not yet counted into the fixture test's floors).
Held-out pages are measured once before the rules are tuned on them, so that first measurement
(kept in tests/data/pages/README.md) is the honest estimate of how the rules do on pages nobody
has seen.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from webinar_archive.domain.text import fold  # noqa: E402
from webinar_archive.importers.page import extract_page, page_record  # noqa: E402

PAGES = ROOT / "tests" / "data" / "pages"
DEFAULT_FOLDERS = (
    PAGES,
    PAGES / "unseen",
    PAGES / "heldout",
    PAGES / "heldout2",
    PAGES / "heldout3",
    PAGES / "heldout4",
    PAGES / "heldout5",
    PAGES / "heldout6",
    PAGES / "heldout7",
    PAGES / "heldout8",
    PAGES / "heldout9",
    PAGES / "heldout10",
    PAGES / "heldout11",
    PAGES / "heldout12",
    PAGES / "heldout13",
    PAGES / "heldout14",
    PAGES / "heldout15",
)
# Measured by default too, but not counted into the floors of tests/test_import_page_fixtures.py
# (which reads DEFAULT_FOLDERS): their first figure is below those floors, and a floor is not
# lowered to take a new set in; they join DEFAULT_FOLDERS once the rules reach the floors on them.
MEASURED_OUTSIDE_FLOORS = (
    PAGES / "heldout16",
    PAGES / "heldout17",
    PAGES / "heldout18",
    PAGES / "heldout19",
    PAGES / "heldout20",
    PAGES / "heldout21",
    PAGES / "heldout22",
)
LINK_KINDS = ("recording", "presentations", "agenda")


def _norm_title(title: str | None) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold(title or "")))


def _norm(text: str | None) -> str:
    return fold(text or "")


@dataclass
class Score:
    """Counts summed over pages; the ratios are computed at the end."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    org_right: int = 0
    dates_right: int = 0
    titles_right: int = 0
    records: int = 0
    kinds_right: int = 0
    kinds: int = 0
    pages: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for f in fields(self):
            if f.name != "misses":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        self.misses += other.misses

    def report(self, details: bool = False) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        precision = ratio(self.tp, self.tp + self.fp)
        recall = ratio(self.tp, self.tp + self.fn)
        f1 = ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)
        out: dict[str, Any] = {
            "pages": self.pages,
            "speakers": {"precision": precision, "recall": recall, "f1": f1},
            "organisations": ratio(self.org_right, self.tp),
            "dates": ratio(self.dates_right, self.records),
            "titles": ratio(self.titles_right, self.records),
            "link_kinds": ratio(self.kinds_right, self.kinds),
        }
        if details:
            out["misses"] = self.misses
        return out


def _records(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The page record and, on a page listing several sessions, each session's record."""
    return [record, *record.get("sessions", [])]


def score_page(page: Path, expected: dict[str, Any]) -> Score:
    """Compare the importer's record of ``page`` with ``expected``."""
    got = page_record(extract_page(page.read_bytes()))
    score = Score(pages=1)
    miss: dict[str, Any] = {}
    want_speakers = {_norm(s["name"]): s for s in expected.get("speakers", [])}
    got_speakers = {_norm(s["name"]): s for s in got.get("speakers", [])}
    for key, want in want_speakers.items():
        found = got_speakers.get(key)
        if found is None:
            score.fn += 1
            miss.setdefault("speakers_missed", []).append(want["name"])
            continue
        score.tp += 1
        if _norm(found["organisation"]) == _norm(want["organisation"]):
            score.org_right += 1
        else:
            miss.setdefault("organisations", []).append(
                {"name": want["name"], "want": want["organisation"], "got": found["organisation"]}
            )
    for key, found in got_speakers.items():
        if key not in want_speakers:
            score.fp += 1
            miss.setdefault("speakers_extra", []).append(found["name"])
    want_records, got_records = _records(expected), _records(got)
    for i, want in enumerate(want_records):
        have = got_records[i] if i < len(got_records) else {}
        score.records += 1
        if want.get("date") == have.get("date"):
            score.dates_right += 1
        else:
            miss.setdefault("dates", []).append({"want": want.get("date"), "got": have.get("date")})
        if _norm_title(want.get("title")) == _norm_title(have.get("title")):
            score.titles_right += 1
        else:
            miss.setdefault("titles", []).append(
                {"want": want.get("title"), "got": have.get("title")}
            )
    want_links, got_links = expected.get("links", {}), got.get("links", {})
    for kind in LINK_KINDS:
        score.kinds += 1
        if bool(want_links.get(kind)) == bool(got_links.get(kind)):
            score.kinds_right += 1
        else:
            miss.setdefault("link_kinds", []).append(
                {"kind": kind, "want": bool(want_links.get(kind))}
            )
    if miss:
        score.misses.append({"page": page.name, **miss})
    return score


def pages_in(folder: Path) -> list[tuple[Path, Path]]:
    """(page, expected record) pairs in ``folder``: a .txt and an .html of one name count twice."""
    pairs = []
    for expected in sorted(folder.glob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        for suffix in (".txt", ".html"):
            page = folder / f"{stem}{suffix}"
            if page.exists():
                pairs.append((page, expected))
    return pairs


def score_folder(folder: Path) -> Score:
    total = Score()
    for page, expected in pages_in(folder):
        total.add(score_page(page, json.loads(expected.read_text(encoding="utf-8"))))
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--details", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    defaults = (*DEFAULT_FOLDERS, *MEASURED_OUTSIDE_FLOORS)
    folders = args.folders or [f for f in defaults if f.is_dir()]
    overall = Score()
    out: dict[str, Any] = {"folders": {}}
    for folder in folders:
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
        score = score_folder(folder)
        overall.add(score)
        out["folders"][str(folder)] = score.report(args.details)
    out["all"] = overall.report()
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
