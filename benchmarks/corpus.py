"""A generated library that reads like a real webinar archive, for the search benchmark.

Its words come from ``benchmarks.vocabulary`` (function words, bursty topics, many names). Sizes
follow what sessions of the seed's kind carry: a summary of 8-12 sentences, a slide deck of
8-24 pages for one session in five, and for a few sessions a full transcript (one cue every six
seconds or so of a 30-60 minute talk) with timestamped notes.
"""

from __future__ import annotations

import datetime as dt
import random
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy import ColumnDefault, Connection, Engine, Table, insert, text

from benchmarks.vocabulary import (
    DOMAIN,
    ORG_KINDS,
    ORGS,
    SERIES_KINDS,
    SLIDE,
    SPEECH,
    SUMMARY,
    TITLE,
    TOPICS,
    Corpus,
    Pool,
)
from webinar_archive.services.archive import Archive
from webinar_archive.storage import orm as o

SLIDE_SHARE = 0.2  # sessions with a slide deck
RECORDING_SHARE = 0.25  # sessions with a recording
TRANSCRIPT_SHARE = 0.03  # sessions whose recording has a full transcript


Rows = list[dict[str, object]]
# The tables a batch of sessions fills, in the order they are inserted.
BATCH_TABLES = (
    o.SessionRow,
    o.AppearanceRow,
    o.SessionTagRow,
    o.MaterialRow,
    o.MaterialPageRow,
    o.RecordingRow,
    o.SubtitleTrackRow,
    o.TranscriptCueRow,
    o.NoteRow,
)


class LibraryBuilder:
    """The rows of a generated library: people, organisations, series and tags first, then
    sessions in batches with their speakers, tags, slides, recordings and transcripts."""

    def __init__(self, seed: int, sessions: int) -> None:
        self.rng = random.Random(seed)
        self.corpus = Corpus(self.rng)
        self.now = dt.datetime(2026, 1, 1)
        self.last_id: dict[type, int] = {}
        self.batch: dict[type, Rows] = {table: [] for table in BATCH_TABLES}
        self.series_of_topic: dict[str, list[int]] = {}
        self.family_of: dict[int, str] = {}
        self.org_of: dict[int, int] = {}
        self.people_count = max(50, sessions // 4)
        self.tag_of: dict[str, int] = {}
        self.tag_names: list[str] = []
        self.speaker_pool: Pool | None = None

    def next_id(self, table: type) -> int:
        self.last_id[table] = self.last_id.get(table, 0) + 1
        return self.last_id[table]

    def add(self, table: type, **row: object) -> int:
        """Queue a row of ``table`` in the batch; return its new id (when the table has one)."""
        if table is not o.SessionTagRow and "id" not in row:
            row["id"] = self.next_id(table)
        self.batch[table].append(row)
        row_id = row.get("id")
        return row_id if isinstance(row_id, int) else 0

    # ------------------------------------------------------------------ reference rows

    def reference_rows(self) -> dict[type, Rows]:
        rng, corpus = self.rng, self.corpus
        series: Rows = []
        for topic in corpus.topics:
            for kind in rng.sample(SERIES_KINDS, rng.randint(2, 3)):
                name = f"{topic} {kind}"
                series.append(
                    {"id": len(series) + 1, "name": name, "name_folded": name.lower()}
                    | {"description": ""}
                )
                self.series_of_topic.setdefault(topic, []).append(len(series))
        orgs: Rows = [
            {"id": i + 1, "name": n, "name_folded": n.lower(), "acronym": a, "notes": ""}
            for i, (n, a) in enumerate(ORGS)
        ]
        org_names = {str(row["name"]) for row in orgs}
        while len(orgs) < 2500:
            name = f"{corpus.places.one()} {rng.choice(ORG_KINDS)}"
            if name not in org_names:
                org_names.add(name)
                orgs.append(
                    {"id": len(orgs) + 1, "name": name, "name_folded": name.lower()}
                    | {"acronym": None, "notes": ""}
                )
        people: Rows = []
        org_pool = Pool(rng, [str(row["id"]) for row in orgs], 0.8)
        for pid in range(1, self.people_count + 1):
            family = corpus.family.one()
            name = f"{corpus.given.one()} {family}"
            self.family_of[pid] = family
            self.org_of[pid] = int(org_pool.one())
            people.append(
                {"id": pid, "display_name": name, "sort_name": name}
                | {"name_folded": name.lower(), "notes": ""}
            )
        # Popular speakers speak often.
        self.speaker_pool = Pool(rng, [str(p) for p in range(1, self.people_count + 1)], 0.7)
        self.tag_names = sorted(
            {w for words in TOPICS.values() for w in words[:3]}
            | set(DOMAIN[:12])
            | {"S3", "Interreg"}
        )
        self.tag_of = {name: i + 1 for i, name in enumerate(self.tag_names)}
        tags: Rows = [
            {"id": i, "name": n, "name_folded": n.lower()} for n, i in self.tag_of.items()
        ]
        return {o.SeriesRow: series, o.OrganisationRow: orgs, o.PersonRow: people, o.TagRow: tags}

    # ------------------------------------------------------------------ sessions

    def session(self, sid: int) -> None:
        rng, corpus = self.rng, self.corpus
        assert self.speaker_pool is not None, "reference_rows() comes first"
        topic, second = rng.sample(corpus.topics, 2)
        date = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        speakers = list(dict.fromkeys(int(p) for p in self.speaker_pool.take(rng.randint(2, 5))))
        place = corpus.places.one()
        title_words = corpus.words(rng.randint(4, 9), TITLE, topic, second)
        if rng.random() < 0.3:
            title_words.append(place)
        title = " ".join(title_words)
        title = title[:1].upper() + title[1:]
        sentences = []
        for k in range(rng.randint(8, 12)):
            extra: list[str] = []
            if k < len(speakers) and rng.random() < 0.6:
                extra.append(self.family_of[speakers[k]])
            if k == 1:
                extra.append(place)
            sentences.append(corpus.sentence(rng.randint(12, 22), SUMMARY, topic, second, extra))
        self.add(
            o.SessionRow,
            id=sid,
            title=title,
            title_folded=title.lower(),
            series_id=rng.choice(self.series_of_topic[topic]),
            theme=topic,
            date=date,
            language=rng.choice(["en", "en", "en", "pl", "fr", "de"]),
            summary=" ".join(sentences),
            notes="",
            status=rng.choice(["draft", "catalogued", "reviewed"]),
            created_at=self.now,
            updated_at=self.now,
            version=1,
        )
        for order, pid in enumerate(speakers):
            self.add(
                o.AppearanceRow,
                session_id=sid,
                person_id=pid,
                organisation_id=self.org_of[pid],
                role="speaker",
                ord=order,
                contribution="",
            )
        for name in {rng.choice(TOPICS[topic][:3]), rng.choice(self.tag_names)}:
            self.add(o.SessionTagRow, session_id=sid, tag_id=self.tag_of[name])
        if rng.random() < SLIDE_SHARE:
            self.slides(sid, topic, second)
        if rng.random() < RECORDING_SHARE:
            self.recording(sid, topic, second)

    def slides(self, sid: int, topic: str, second: str) -> None:
        rng = self.rng
        n_pages = rng.randint(8, 24)
        material_id = self.add(
            o.MaterialRow,
            session_id=sid,
            title="Slides",
            original_name=f"slides-{sid}.pdf",
            media_type="application/pdf",
            kind="pdf",
            size=1,
            sha256=f"{sid:064d}",
            stored_path=f"files/{sid}.pdf",
            linked=False,
            page_count=n_pages,
            text="",
            added_at=self.now,
        )
        for page_no in range(1, n_pages + 1):
            lines = [
                self.corpus.sentence(rng.randint(5, 12), SLIDE, topic, second)
                for _ in range(rng.randint(3, 7))
            ]
            self.add(
                o.MaterialPageRow, material_id=material_id, page_no=page_no, text="\n".join(lines)
            )

    def recording(self, sid: int, topic: str, second: str) -> None:
        rng, corpus = self.rng, self.corpus
        minutes = rng.randint(30, 60)
        recording_id = self.add(
            o.RecordingRow,
            session_id=sid,
            original_name=f"talk-{sid}.mp4",
            media_type="video/mp4",
            size=1,
            sha256=f"{sid:064x}",
            stored_path=f"files/{sid}.mp4",
            linked=False,
            duration_ms=minutes * 60_000,
            resume_ms=0,
            watched=False,
            added_at=self.now,
        )
        if rng.random() >= TRANSCRIPT_SHARE / RECORDING_SHARE:
            return
        track_id = self.add(
            o.SubtitleTrackRow,
            recording_id=recording_id,
            original_name=f"talk-{sid}.en.srt",
            stored_path="x",
            sha256="x",
            language="en",
            label="en",
        )
        at = 0
        while at < minutes * 60_000:
            length = rng.randint(3_000, 8_000)
            self.add(
                o.TranscriptCueRow,
                track_id=track_id,
                start_ms=at,
                end_ms=at + length,
                text=corpus.sentence(rng.randint(6, 14), SPEECH, topic, second),
            )
            at += length + rng.randint(0, 1_500)
        for _ in range(rng.randint(3, 8)):
            self.add(
                o.NoteRow,
                recording_id=recording_id,
                at_ms=rng.randrange(minutes * 60_000),
                text=corpus.sentence(rng.randint(5, 12), SLIDE, topic, second),
                created_at=self.now,
            )

    def take_batch(self) -> dict[type, Rows]:
        batch, self.batch = self.batch, {table: [] for table in BATCH_TABLES}
        return batch


def _insert_batch(engine: Engine, batch: dict[type, Rows]) -> None:
    """One batch of rows in one transaction: Core ``insert()`` of lists of dicts on SQLite;
    ``COPY`` on PostgreSQL (Core's multi-row inserts were most of a PostgreSQL library's
    build: 100,000 sessions in about 30 minutes)."""
    with engine.begin() as conn:
        for table, rows in batch.items():
            if not rows:
                continue
            if engine.dialect.name == "sqlite":
                conn.execute(insert(table), rows)
            else:
                _copy(conn, table, rows)


def _copy(conn: Connection, table: type, rows: Rows) -> None:
    """``rows`` into ``table`` with psycopg's ``COPY``, the columns they leave out given the
    Python-side defaults that ``insert()`` would give them."""
    core: Table = table.__table__  # type: ignore[attr-defined]
    given = list(rows[0])
    defaults = {
        c.name: c.default.arg if c.default.is_scalar else c.default.arg(None)
        for c in core.columns
        if c.name not in given and isinstance(c.default, ColumnDefault)
    }
    columns = [*given, *defaults]
    tail = tuple(defaults.values())
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    listed = ", ".join(f'"{c}"' for c in columns)
    with cursor.copy(f'COPY "{core.name}" ({listed}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row((*(row[c] for c in given), *tail))


def generate(archive: Archive, sessions: int, seed: int) -> dict[str, int]:
    """Bulk insert a library of ``sessions`` sessions, 1,000 to a transaction. The same seed
    gives the same rows on SQLite and on PostgreSQL; on PostgreSQL a batch is written on a
    thread while the next one is made (the server works on the other CPU)."""
    builder = LibraryBuilder(seed, sessions)
    engine = archive.catalogue.engine
    counted = {
        "appearances": o.AppearanceRow,
        "pages": o.MaterialPageRow,
        "cues": o.TranscriptCueRow,
        "notes": o.NoteRow,
    }
    counts = {"sessions": sessions} | dict.fromkeys(counted, 0)
    _insert_batch(engine, builder.reference_rows())
    threaded = engine.dialect.name != "sqlite"
    with ThreadPoolExecutor(max_workers=1) as writer:
        pending: Future[None] | None = None
        for start in range(0, sessions, 1000):
            for sid in range(start + 1, min(sessions, start + 1000) + 1):
                builder.session(sid)
            batch = builder.take_batch()
            for name, table in counted.items():
                counts[name] += len(batch[table])
            if pending is not None:
                pending.result()  # in order, one batch ahead at most
            if threaded:
                pending = writer.submit(_insert_batch, engine, batch)
            else:
                _insert_batch(engine, batch)
        if pending is not None:
            pending.result()
    return counts


def at_rest(archive: Archive) -> None:
    """Leave a generated library as one in use would be: on SQLite its log checkpointed; on
    PostgreSQL the id sequences past the inserted ids (rows added later in the app get new
    ones) and the tables vacuumed and analysed (the planner's statistics, and the visibility
    map that lets an index scan skip reading rows)."""
    engine = archive.catalogue.engine
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    with engine.begin() as conn:
        for table in o.Base.metadata.sorted_tables:
            if "id" not in table.c:
                continue
            sequence = conn.scalar(
                text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}
            )
            if sequence is not None:
                conn.execute(
                    text(
                        "SELECT setval(:s, (SELECT coalesce(max(id), 0) + 1 "
                        f'FROM "{table.name}"), false)'
                    ),
                    {"s": sequence},
                )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
