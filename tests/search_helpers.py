"""Builders the search tests share: sessions, a generated PDF, a recording with a transcript."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from webinar_archive.domain import model as m
from webinar_archive.storage.search.base import BATCH
from webinar_archive.storage.search.fields import DOC_COLUMNS


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A PDF with the given text, one page each (reportlab; pypdf reads it back)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for page in pages:
        canvas.setFont("Helvetica", 14)
        y = 760
        for line in page.split("\n"):
            canvas.drawString(60, y, line)
            y -= 20
        canvas.showPage()
    canvas.save()
    return path


def session_draft(title: str, **fields: Any) -> m.SessionDraft:
    draft = m.SessionDraft(title=title, status=m.SessionStatus.CATALOGUED)
    for key, value in fields.items():
        setattr(draft, key, value)
    return draft


def speaker(name: str, organisation: str | None = None) -> m.SpeakerDraft:
    return m.SpeakerDraft(name=name, organisation=organisation)


def add_recording(archive: Any, session_id: int, name: str = "talk.mp4") -> int:
    """A recording row (no media file needed for search) on the session."""
    draft = m.RecordingDraft(
        file=m.FileRef(
            original_name=name,
            media_type="video/mp4",
            size=1000,
            sha256=(name.encode().hex() * 8)[:64],
            stored_path=f"files/{name}",
        ),
        duration_ms=3_600_000,
    )
    with archive.catalogue.uow() as uow:
        recording_id = int(uow.parts.add_recording(session_id, draft, []))
        uow.commit()
    return recording_id


def add_transcript(
    archive: Any, recording_id: int, cues: list[tuple[int, int, str]], language: str = "en"
) -> int:
    draft = m.SubtitleDraft(
        original_name=f"talk.{language}.srt",
        stored_path=f"files/talk-{recording_id}.{language}.srt",
        sha256=(f"srt{recording_id}{language}".encode().hex() * 8)[:64],
        language=language,
        label=language,
    )
    with archive.catalogue.uow() as uow:
        track_id = int(
            uow.parts.add_subtitle(
                recording_id, draft, [m.TranscriptCue(a, b, t) for a, b, t in cues]
            )
        )
        uow.commit()
    return track_id


def build_library(archive: Any, tmp_path: Path) -> dict[str, int]:
    """A small library exercising every field and filter; returns session ids by nickname."""
    ids: dict[str, int] = {}
    s = archive.sessions
    ids["lodz"] = s.create(
        session_draft(
            "Smart cities in Łódź",
            series="Regional Innovation Talks",
            theme="Urban regeneration",
            date=dt.date(2020, 9, 11),
            language="pl",
            summary="Sławomir Nowak describes how Łódź rebuilt its textile district.",
            speakers=[
                speaker("Sławomir Nowak", "Uniwersytet Łódzki"),
                speaker("Anaïs Le Corvec", "CEBR"),
            ],
            tags=["urban", "textiles"],
            notes="Follow up with the city council.",
        )
    ).id
    ids["health"] = s.create(
        session_draft(
            "Boost4Health: digital health clusters",
            series="Cluster Webinars",
            theme="Health",
            date=dt.date(2020, 11, 3),
            language="en",
            summary="How clusters support e-health start-ups across borders; opening words by "
            "Slawomir Tokarski.",
            speakers=[speaker("Kevin Morgan", "Cardiff University")],
            tags=["health", "clusters"],
            status=m.SessionStatus.REVIEWED,
        )
    ).id
    ids["oslo"] = s.create(
        session_draft(
            "Green hydrogen valleys",
            series="Regional Innovation Talks",
            theme="Energy",
            date=dt.date(2021, 3, 2),
            language="en-GB",
            summary="Søren Ødegård on hydrogen valleys in the North Sea region.",
            speakers=[speaker("Søren Ødegård", "SINTEF")],
            tags=["energy"],
            status=m.SessionStatus.DRAFT,
        )
    ).id
    ids["undated"] = s.create(
        session_draft(
            "Clusters and the circular economy",
            summary="A talk about the circular economy without a date.",
            speakers=[speaker("Ilari Havukainen", "Regional Council of Lapland")],
        )
    ).id
    pdf = make_pdf(
        tmp_path / "Boost4Health.pdf",
        ["Boost4Health overview\nwelcome", "Scaling telemedicine in Lodz\nand beyond"],
    )
    results = archive.files.attach(ids["health"], [pdf])
    assert results[0].material_id is not None, results
    ids["pdf"] = results[0].material_id
    ids["recording"] = add_recording(archive, ids["oslo"])
    add_transcript(
        archive,
        ids["recording"],
        [
            (5_000, 9_000, "Welcome everybody to this session."),
            (754_000, 760_000, "Electrolysers in Bergen produce hydrogen at scale."),
            (800_000, 805_000, "Questions from the audience followed."),
        ],
    )
    return ids


def build_hydrogen_library(archive: Any, folder: Path) -> dict[str, int]:
    """``build_library`` plus sessions that put "hydrogen" in each kind of place (title,
    series, speaker, summary, slides, tags), for the tiers of words too common to rank."""
    ids = build_library(archive, folder)
    s = archive.sessions
    ids["title_old"] = s.create(
        session_draft("Hydrogen refuelling corridors", date=dt.date(2022, 5, 1), language="en")
    ).id
    ids["series"] = s.create(
        session_draft(
            "Port logistics",
            series="Hydrogen Economy Forum",
            date=dt.date(2021, 6, 1),
            language="en",
        )
    ).id
    ids["speaker"] = s.create(
        session_draft(
            "Fuel cells for buses",
            speakers=[speaker("Hydrogen Jones", "Bus Makers Ltd")],
            date=dt.date(2021, 7, 1),
        )
    ).id
    ids["summary"] = s.create(
        session_draft(
            "Steel without coal",
            summary="Direct reduction with hydrogen, twice: hydrogen.",
            date=dt.date(2021, 8, 1),
            language="en",
        )
    ).id
    ids["slides"] = s.create(session_draft("Ammonia shipping", date=dt.date(2021, 9, 1))).id
    pdf = make_pdf(folder / "ammonia.pdf", ["Ammonia as a hydrogen carrier"])
    archive.files.attach(ids["slides"], [pdf])
    for name in ("tagged_a", "tagged_b"):  # in the names tier, no language
        ids[name] = s.create(
            session_draft(f"Permits {name}", tags=["hydrogen"], date=dt.date(2021, 10, 1))
        ).id
    ids["summary2"] = s.create(
        session_draft(
            "Glass furnaces",
            summary="Furnaces fired with hydrogen.",
            date=dt.date(2021, 11, 1),
            language="en",
        )
    ).id
    ids["title_new"] = s.create(
        session_draft("Hydrogen in the Baltic", date=dt.date(2023, 2, 1), language="en")
    ).id
    return ids


def snapshot_rows(archive: Any) -> tuple[list[Any], list[Any]]:
    """The whole index without row ids, to compare with what a rebuild makes."""
    sqlite = archive.catalogue.backend == "sqlite"
    if sqlite:  # the document in its two tables (storage/search/sqlite.py)
        doc_columns = ", ".join([*DOC_COLUMNS, "filters"])
        source = "search_session JOIN search_label ON search_label.rowid = search_session.rowid"
        doc_key = "search_session.rowid"
    else:
        doc_columns = ", ".join(f"{c}::text" for c in [*DOC_COLUMNS, "doc"])
        source, doc_key = "search_session", "session_id"
    with archive.catalogue.engine.connect() as conn:
        locations = sorted(
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT session_id, kind, ref_id, material_id, page_no, recording_id, "
                    "time_ms, source, text, body FROM search_location"
                )
            )
        )
        documents = sorted(
            tuple(r) for r in conn.execute(text(f"SELECT {doc_key}, {doc_columns} FROM {source}"))
        )
    return locations, documents


_PIECES = [
    '"',
    "'",
    "*",
    "-",
    ":",
    "(",
    ")",
    "^",
    "{",
    "}",
    "[",
    "]",
    ";",
    "--",
    "/*",
    "*/",
    "\\",
    "NEAR",
    "NEAR(",
    "AND",
    "OR",
    "NOT",
    "DROP TABLE session",
    "'; DELETE FROM session; --",
    "speaker:",
    "year:",
    "date:..",
    "has:",
    "lang:",
    "status:",
    'org:"',
    "tag:(",
    "%",
    "_",
    "Łódź",
    "ß",
    "ﬁ",
    "\x00",
    "\u0301",
    "😀",
    " ",
    " ",
    "  ",
    "\t",
    "a",
    "b",
    "clusters",
    "0",
    "2020",
    "..",
    "|",
    "&",
    "!",
    "<->",
    ":*",
    "NEAR/3",
    "+",
    "=",
    "~",
    "$1",
    "?",
    "@",
]


def hostile_queries(count: int, seed: int = 20260911) -> list[str]:
    rng = random.Random(seed)
    queries = []
    for _ in range(count):
        queries.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))))
    return queries


# Several committed steps of a stepwise index rebuild (storage/search/indexer.py), the last short.
REBUILD_SESSIONS = 3 * BATCH + 17


def catalogue_to_upgrade(library: Path, sessions: int = REBUILD_SESSIONS) -> None:
    """A real catalogue of ``sessions`` sessions (one more in the trash) at revision 0003,
    whose upgrade (0004) makes the search index again."""
    from alembic import command

    from webinar_archive.services.archive import Archive
    from webinar_archive.storage.database import alembic_config

    document = {
        "format": "webinar-archive-exchange",
        "version": 1,
        "people": [{"key": "p", "display_name": "Anaïs Le Corvec"}],
        "sessions": [
            {
                "title": f"Regional cooperation {i}",
                "summary": f"Smart specialisation in Łódź, part {i}",
                "appearances": [{"person": "p"}],
                "tags": ["hydrogen"] if i % 7 == 0 else [],
            }
            for i in range(sessions + 1)
        ],
    }
    with Archive.open(library) as archive:
        created = archive.exchange.import_document(document, Path(".")).created
        assert len(created) == sessions + 1
        archive.sessions.trash([created[5]])
        command.downgrade(alembic_config(archive.catalogue.engine), "0003")


def rebuild_progress(library: Path) -> tuple[str | None, Any]:
    """The catalogue's schema revision and its pending index rebuild (None when whole)."""
    from webinar_archive.storage.database import create_catalogue_engine, current_revision
    from webinar_archive.storage.search import rebuild_state

    engine = create_catalogue_engine(f"sqlite:///{library / 'catalogue.sqlite'}")
    try:
        with engine.connect() as conn:
            return current_revision(engine), rebuild_state(conn)
    finally:
        engine.dispose()


def vm_steps(archive: Any, query: str) -> int:
    """SQLite's virtual machine steps (in hundreds) of one search: a measure of the rows read
    that does not depend on the machine's speed."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    def watch(conn: Any, *_: Any) -> None:
        conn.connection.dbapi_connection.set_progress_handler(count, 100)

    engine = archive.catalogue.engine
    event.listen(engine, "before_cursor_execute", watch)
    try:
        archive.search.search(query, limit=50)
    finally:
        event.remove(engine, "before_cursor_execute", watch)
        with engine.connect() as conn:
            conn.connection.dbapi_connection.set_progress_handler(None, 0)  # type: ignore[union-attr]
    return steps[0]
