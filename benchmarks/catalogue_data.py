"""Generating a large catalogue quickly (SQLAlchemy Core bulk inserts) for the benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert

from webinar_archive.domain.text import fold, sort_name
from webinar_archive.services.archive import Archive
from webinar_archive.storage import orm

GIVEN = ["Anaïs", "Sławomir", "Kevin", "Valentina", "Ilari", "Jiří", "Zoé", "Łucja", "Jan", "Ana"]
FAMILY = ["Le Corvec", "Tokarski", "Morgan", "Pinna", "Havukainen", "Dvořák", "Müller", "Nowak"]
WORDS = [
    "regional",
    "innovation",
    "cluster",
    "cooperation",
    "strategy",
    "smart",
    "specialisation",
    "circular",
    "economy",
    "digital",
    "skills",
    "industry",
    "transition",
    "value",
    "chain",
    "partnership",
    "funding",
    "health",
    "energy",
    "Lapland",
    "Łódź",
    "research",
    "SME",
    "platform",
    "policy",
    "territorial",
    "interregional",
    "investment",
    "climate",
    "data",
]


def populate(archive: Archive, sessions: int, seed: int = 7) -> None:
    """Insert ``sessions`` sessions with 3-5 speakers each, people and organisations reused."""
    rng = random.Random(seed)
    people = [f"{g} {f}" for g in GIVEN for f in FAMILY] * 3
    people = [
        f"{name} {i // len(GIVEN * len(FAMILY)) or ''}".strip() for i, name in enumerate(people)
    ]
    orgs = [f"{w.title()} Agency {i}" for i, w in enumerate(WORDS * 4)]
    now = dt.datetime(2026, 1, 1)
    with archive.catalogue.engine.begin() as conn:
        conn.execute(
            insert(orm.SeriesRow),
            [
                {
                    "id": i + 1,
                    "name": f"Series {i + 1}",
                    "name_folded": f"series {i + 1}",
                    "description": "",
                }
                for i in range(50)
            ],
        )
        conn.execute(
            insert(orm.PersonRow),
            [
                {
                    "id": i + 1,
                    "display_name": n,
                    "sort_name": sort_name(n),
                    "name_folded": fold(n),
                    "notes": "",
                }
                for i, n in enumerate(people)
            ],
        )
        conn.execute(
            insert(orm.OrganisationRow),
            [
                {"id": i + 1, "name": n, "name_folded": fold(n), "notes": ""}
                for i, n in enumerate(orgs)
            ],
        )
        batch: list[dict[str, object]] = []
        apps: list[dict[str, object]] = []
        for sid in range(1, sessions + 1):
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).capitalize()
            batch.append(
                {
                    "id": sid,
                    "title": title,
                    "title_folded": fold(title),
                    "series_id": rng.randint(1, 50),
                    "date": dt.date(2015, 1, 1) + dt.timedelta(rng.randint(0, 4000)),
                    "summary": " ".join(rng.choice(WORDS) for _ in range(120)),
                    "notes": "",
                    "status": rng.choice(["draft", "catalogued", "reviewed"]),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
            for order, pid in enumerate(rng.sample(range(1, len(people) + 1), rng.randint(3, 5))):
                apps.append(
                    {
                        "session_id": sid,
                        "person_id": pid,
                        "organisation_id": rng.randint(1, len(orgs)),
                        "role": "speaker",
                        "ord": order,
                        "contribution": "",
                    }
                )
            if len(batch) >= 5000:
                conn.execute(insert(orm.SessionRow), batch)
                conn.execute(insert(orm.AppearanceRow), apps)
                batch, apps = [], []
        if batch:
            conn.execute(insert(orm.SessionRow), batch)
            conn.execute(insert(orm.AppearanceRow), apps)


def open_generated(folder: Path, sessions: int) -> Archive:
    archive = Archive.open(folder)
    if archive.sessions.count() == 0:
        populate(archive, sessions)
    return archive
