"""Benchmark of full-text search: a generated library, typical queries through SearchService
against hand-written FTS5 SQL over the same index in the same run; prints JSON.

    PYTHONPATH=src python benchmarks/bench_search.py --sessions 100000

The baseline does by hand what a search result needs: the ranked page of sessions (bm25 with
the same column weights), the total, titles, and the best places of each session on the page
with SQLite's own snippet(); "baseline_ranking_only" is the floor of just the ranked page and
the total. Targets: p95 of the service under 50 ms and no more than twice the baseline's p95.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from webinar_archive.services.archive import Archive
from webinar_archive.storage import orm as o

NAMES_GIVEN = [
    "Sławomir",
    "Anaïs",
    "Søren",
    "Jürgen",
    "Zoë",
    "Łukasz",
    "Małgorzata",
    "José",
    "Ana",
    "François",
    "Kevin",
    "Ilari",
    "Valentina",
    "Åsa",
    "Göran",
    "Núria",
    "Tomáš",
    "Ewa",
    "Bjørn",
    "Hélène",
    "Đorđe",
    "Mateja",
    "Ciarán",
    "Iñaki",
    "Jan",
    "Maria",
    "Piotr",
    "Katrin",
]
NAMES_FAMILY = [
    "Tokarski",
    "Le Corvec",
    "Ødegård",
    "Müller",
    "Nowak",
    "Kowalski",
    "Jiménez",
    "Šimić",
    "Pinna",
    "Havukainen",
    "Morgan",
    "Dubois",
    "Łęcki",
    "Grünwald",
    "Åkesson",
    "Ó Briain",
    "Zieliński",
    "Van der Berg",
    "García",
    "Novák",
    "Horváth",
    "Lindström",
    "Rossi",
    "Papadopoulos",
]
PLACES = ["Łódź", "Kraków", "Gdańsk", "Tromsø", "Málaga", "Zürich", "Köln", "Besançon", "Cluj"]
DOMAIN = [
    "innovation",
    "cluster",
    "smart",
    "specialisation",
    "region",
    "regional",
    "hydrogen",
    "health",
    "digital",
    "circular",
    "economy",
    "energy",
    "transition",
    "mobility",
    "tourism",
    "agriculture",
    "manufacturing",
    "skills",
    "research",
    "partnership",
    "funding",
    "cohesion",
    "policy",
    "interregional",
    "cooperation",
    "startup",
    "telemedicine",
    "electrolysers",
    "biomass",
    "textile",
    "heritage",
    "industry",
    "platform",
    "data",
    "network",
    "governance",
]
ORGS = [
    ("European Commission", "EC"),
    ("Cardiff University", None),
    ("SINTEF", None),
    ("Uniwersytet Łódzki", "UŁ"),
    ("Regional Council of Lapland", None),
    ("CEBR", None),
    ("Fraunhofer-Gesellschaft", "FhG"),
    ("Politecnico di Milano", "PoliMi"),
]


def vocabulary(rng: random.Random, size: int) -> list[str]:
    syllables = [
        "ka",
        "lo",
        "mi",
        "ne",
        "tru",
        "sta",
        "vel",
        "dor",
        "pi",
        "ran",
        "ska",
        "po",
        "le",
        "qui",
        "zen",
        "bar",
        "ma",
        "ri",
        "ton",
        "ges",
        "lu",
        "fa",
        "nor",
        "di",
    ]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return DOMAIN + sorted(words)


class TextMaker:
    def __init__(self, rng: random.Random, words: list[str]) -> None:
        self.rng = rng
        self.words = words
        # Zipf-like frequencies: a few words are everywhere, most are rare.
        weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(words))]
        self.cumulative = list(itertools.accumulate(weights))
        self.extra = PLACES + NAMES_GIVEN + NAMES_FAMILY

    def words_of(self, n: int) -> str:
        chosen = self.rng.choices(self.words, cum_weights=self.cumulative, k=n)
        for _ in range(max(1, n // 40)):
            chosen[self.rng.randrange(n)] = self.rng.choice(self.extra)
        return " ".join(chosen)

    def sentence_text(self, n: int) -> str:
        text = self.words_of(n)
        return text[0].upper() + text[1:] + "."


def generate(archive: Archive, sessions: int, seed: int) -> dict[str, int]:
    """Bulk insert a library with Core ``insert()`` of lists of dicts."""
    rng = random.Random(seed)
    maker = TextMaker(rng, vocabulary(rng, 4000))
    now = dt.datetime(2026, 1, 1)
    engine = archive.catalogue.engine
    counts = {"sessions": sessions, "appearances": 0, "pages": 0, "cues": 0}
    people_count = max(50, sessions // 4)
    with engine.begin() as conn:
        conn.execute(
            insert(o.SeriesRow),
            [
                {
                    "id": i + 1,
                    "name": f"Series {maker.words_of(2)} {i}",
                    "name_folded": f"s{i}",
                    "description": "",
                }
                for i in range(60)
            ],
        )
        orgs = [
            {"id": i + 1, "name": n, "name_folded": n.lower(), "acronym": a, "notes": ""}
            for i, (n, a) in enumerate(ORGS)
        ]
        orgs += [
            {
                "id": len(ORGS) + i + 1,
                "name": f"Agency {maker.words_of(2)} {i}",
                "name_folded": f"agency {i}",
                "acronym": None,
                "notes": "",
            }
            for i in range(1500)
        ]
        conn.execute(insert(o.OrganisationRow), orgs)
        people = []
        for i in range(people_count):
            name = f"{rng.choice(NAMES_GIVEN)} {rng.choice(NAMES_FAMILY)}"
            people.append(
                {
                    "id": i + 1,
                    "display_name": name,
                    "sort_name": name,
                    "name_folded": name.lower(),
                    "notes": "",
                }
            )
        conn.execute(insert(o.PersonRow), people)
        conn.execute(
            insert(o.TagRow),
            [
                {"id": i + 1, "name": f"{maker.words_of(1)} {i}", "name_folded": f"t{i}"}
                for i in range(300)
            ],
        )
    batch = 2000
    app_id = material_id = page_id = recording_id = track_id = cue_id = 0
    for start in range(0, sessions, batch):
        rows, apps, tags, materials, pages = [], [], [], [], []
        recordings, tracks, cues = [], [], []
        for sid in range(start + 1, min(sessions, start + batch) + 1):
            date = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3650))
            title = maker.words_of(rng.randint(4, 9)).capitalize()
            rows.append(
                {
                    "id": sid,
                    "title": title,
                    "title_folded": title.lower(),
                    "series_id": rng.randint(1, 60),
                    "theme": maker.words_of(2),
                    "date": date,
                    "language": rng.choice(["en", "pl", "fr", "de", "en"]),
                    "summary": " ".join(maker.sentence_text(15) for _ in range(10)),
                    "notes": "",
                    "status": rng.choice(["draft", "catalogued", "reviewed"]),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
            for order, pid in enumerate(rng.sample(range(1, people_count + 1), rng.randint(3, 5))):
                app_id += 1
                apps.append(
                    {
                        "id": app_id,
                        "session_id": sid,
                        "person_id": pid,
                        "organisation_id": rng.randint(1, len(ORGS) + 1500),
                        "role": "speaker",
                        "ord": order,
                        "contribution": "",
                    }
                )
            for tag in rng.sample(range(1, 301), 2):
                tags.append({"session_id": sid, "tag_id": tag})
            if rng.random() < 0.2:
                material_id += 1
                n_pages = rng.randint(3, 6)
                materials.append(
                    {
                        "id": material_id,
                        "session_id": sid,
                        "title": "Slides",
                        "original_name": f"slides-{sid}.pdf",
                        "media_type": "application/pdf",
                        "kind": "pdf",
                        "size": 1,
                        "sha256": f"{sid:064d}",
                        "stored_path": f"files/{sid}.pdf",
                        "linked": False,
                        "page_count": n_pages,
                        "text": "",
                        "added_at": now,
                    }
                )
                for page_no in range(1, n_pages + 1):
                    page_id += 1
                    pages.append(
                        {
                            "id": page_id,
                            "material_id": material_id,
                            "page_no": page_no,
                            "text": maker.words_of(80),
                        }
                    )
            if rng.random() < 0.05:
                recording_id += 1
                track_id += 1
                recordings.append(
                    {
                        "id": recording_id,
                        "session_id": sid,
                        "original_name": f"talk-{sid}.mp4",
                        "media_type": "video/mp4",
                        "size": 1,
                        "sha256": f"{sid:064x}",
                        "stored_path": f"files/{sid}.mp4",
                        "linked": False,
                        "duration_ms": 3_600_000,
                        "resume_ms": 0,
                        "watched": False,
                        "added_at": now,
                    }
                )
                tracks.append(
                    {
                        "id": track_id,
                        "recording_id": recording_id,
                        "original_name": f"talk-{sid}.en.srt",
                        "stored_path": "x",
                        "sha256": "x",
                        "language": "en",
                        "label": "en",
                    }
                )
                for k in range(120):
                    cue_id += 1
                    cues.append(
                        {
                            "id": cue_id,
                            "track_id": track_id,
                            "start_ms": k * 30_000,
                            "end_ms": k * 30_000 + 4_000,
                            "text": maker.sentence_text(10),
                        }
                    )
        with engine.begin() as conn:
            for table, data in (
                (o.SessionRow, rows),
                (o.AppearanceRow, apps),
                (o.SessionTagRow, tags),
                (o.MaterialRow, materials),
                (o.MaterialPageRow, pages),
                (o.RecordingRow, recordings),
                (o.SubtitleTrackRow, tracks),
                (o.TranscriptCueRow, cues),
            ):
                if data:
                    conn.execute(insert(table), data)
        counts["appearances"] += len(apps)
        counts["pages"] += len(pages)
        counts["cues"] += len(cues)
    return counts


# Each typical query as a user types it, and the FTS5 expression and SQL condition one would
# write by hand for the same meaning (the last word of a typed query is a prefix).
QUERIES: list[tuple[str, str, str]] = [
    ("innovation", '"innovation"*', ""),
    ("hydrogen valleys", '"hydrogen" AND "valleys"*', ""),
    ("Sławomir", '"slawomir"*', ""),
    ("lodz", '"lodz"*', ""),
    ("innov", '"innov"*', ""),
    ('"smart specialisation"', '"smart specialisation"', ""),
    ("speaker:müller", 'speakers : "muller"*', ""),
    ("cluster year:2020", '"cluster"', "AND s.date BETWEEN '2020-01-01' AND '2020-12-31'"),
    ("health -digital", '"health" NOT ("digital")', ""),
    ("telemedicine OR electrolysers", '("telemedicine" OR "electrolysers"*)', ""),
    ("kalomi dorvel", '"kalomi" AND "dorvel"*', ""),
    ("Łódź textile heritage", '"lodz" AND "textile" AND "heritage"*', ""),
]
WEIGHTS = "10.0, 6.0, 4.0, 3.0, 3.0, 3.0, 2.0, 1.5, 1.0"


def baseline_ranking(db: sqlite3.Connection, match: str, extra: str, limit: int = 50) -> list[int]:
    """The ranked page and the total, as one would write them by hand."""
    if extra:
        source = "search_session CROSS JOIN session s"
        where = f"s.id = search_session.rowid AND search_session MATCH ? {extra}"
    else:  # the trash is kept out of the index, so words alone need no join
        source, where = "search_session", "search_session MATCH ?"
    page = [
        int(r[0])
        for r in db.execute(
            f"SELECT search_session.rowid FROM {source} WHERE {where} "
            f"ORDER BY search_session.rank LIMIT {limit}",
            (match,),
        )
    ]
    db.execute(f"SELECT count(*) FROM {source} WHERE {where}", (match,)).fetchone()
    return page


def baseline(db: sqlite3.Connection, match: str, extra: str, limit: int = 50) -> int:
    """Ranking, total, titles and each session's best places with SQLite's own snippet()."""
    page = baseline_ranking(db, match, extra, limit)
    if page:
        listed = ", ".join(map(str, page))
        db.execute(f"SELECT id, title, date FROM session WHERE id IN ({listed})").fetchall()
    hit_match = match.replace("speakers : ", "").replace(' NOT ("digital")', "")
    hit_match = " OR ".join(part.strip("()") for part in hit_match.split(" AND "))
    for sid in page:
        low = sid << 24
        db.execute(
            "SELECT kind, snippet(search_location, 0, '[', ']', '…', 24) FROM search_location "
            "WHERE search_location MATCH ? AND rowid BETWEEN ? AND ? ORDER BY prio, rowid LIMIT 5",
            (hit_match, low, low + (1 << 24) - 1),
        ).fetchall()
    return len(page)


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm the caches once
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(pct(values, 0.5), 2),
        "p95_ms": round(pct(values, 0.95), 2),
        "mean_ms": round(statistics.fmean(values), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per query")
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--library", type=Path, help="where to build it (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the generated library")
    parser.add_argument(
        "--reuse", action="store_true", help="time queries on an existing --library as it is"
    )
    args = parser.parse_args(argv)
    folder = args.library or Path(tempfile.mkdtemp(prefix="bench-search-"))
    report: dict[str, Any] = {"sessions": args.sessions, "repeat": args.repeat}
    try:
        with Archive.open(folder) as archive:
            if args.reuse and archive.sessions.count():
                report["reused"] = str(folder)
                report["sessions"] = archive.sessions.count()
            else:
                start = time.perf_counter()
                report["generated"] = generate(archive, args.sessions, args.seed)
                report["generate_s"] = round(time.perf_counter() - start, 1)
                start = time.perf_counter()
                archive.search.reindex()
                report["reindex_s"] = round(time.perf_counter() - start, 1)
            db = sqlite3.connect(folder / "catalogue.sqlite")
            service_all: list[float] = []
            base_all: list[float] = []
            floor_all: list[float] = []
            per_query = []
            for typed, match, extra in QUERIES:
                results = archive.search.search(typed, limit=50)
                expected = baseline(db, match, extra)
                service = timed(lambda q=typed: archive.search.search(q, limit=50), args.repeat)
                base = timed(lambda m=match, e=extra: baseline(db, m, e), args.repeat)
                floor = timed(lambda m=match, e=extra: baseline_ranking(db, m, e), args.repeat)
                floor_all += floor
                ids = timed(lambda q=typed: archive.search.session_ids(q), max(3, args.repeat // 3))
                service_all += service
                base_all += base
                per_query.append(
                    {
                        "query": typed,
                        "total": results.total,
                        "page": len(results.sessions),
                        "baseline_page": expected,
                        "service": summary(service),
                        "baseline": summary(base),
                        "baseline_ranking_only": summary(floor),
                        "session_ids": summary(ids),
                        "ratio_p95": round(pct(service, 0.95) / max(pct(base, 0.95), 1e-6), 2),
                        "ratio_p95_to_ranking_only": round(
                            pct(service, 0.95) / max(pct(floor, 0.95), 1e-6), 2
                        ),
                    }
                )
            db.close()
            report["queries"] = per_query
            report["service"] = summary(service_all)
            report["baseline"] = summary(base_all)
            report["baseline_ranking_only"] = summary(floor_all)
            report["ratio_p95_to_ranking_only"] = round(
                pct(service_all, 0.95) / max(pct(floor_all, 0.95), 1e-6), 2
            )
            report["ratio_p95"] = round(pct(service_all, 0.95) / max(pct(base_all, 0.95), 1e-6), 2)
            report["target"] = {
                "p95_under_50ms": report["service"]["p95_ms"] < 50,
                "within_2x_baseline": report["ratio_p95"] <= 2.0,
            }
            report["catalogue_mb"] = round(
                sum(p.stat().st_size for p in folder.glob("catalogue.sqlite*")) / 1e6, 1
            )
    finally:
        if not args.keep and args.library is None:
            shutil.rmtree(folder, ignore_errors=True)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
