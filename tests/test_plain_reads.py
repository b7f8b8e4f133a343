"""The plain reader (sqlite3 alone) reads what the catalogue reads, from the same compiled
selects, and leaves every unusual catalogue to the catalogue."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from exchange_helpers import rich_library
from helpers import draft
from webinar_archive.cli.app import run
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive
from webinar_archive.storage import plain_reads, plain_sql, plain_sql_gen
from webinar_archive.storage.catalogue_file import CATALOGUE_FILE
from webinar_archive.storage.database import BUSY_TIMEOUT_MS
from webinar_archive.storage.filestore import INCOMING_PREFIX
from webinar_archive.storage.plain_reads import PlainReader, Unavailable
from webinar_archive.storage.search.fields import REBUILD_TABLE


def test_the_stored_statements_are_the_compiled_core_selects():
    """plain_sql.py holds exactly what the Core selects of uow.query, uow.reads and the
    settings compile to for SQLite: a changed select or table fails here until the file is
    written again (python -m webinar_archive.storage.plain_sql_gen)."""
    assert plain_sql_gen.statements() == plain_sql.STATEMENTS


def test_the_plain_reader_s_constants_are_the_catalogue_s():
    assert plain_reads.REBUILD_TABLE == REBUILD_TABLE
    assert plain_reads.BUSY_TIMEOUT_S == BUSY_TIMEOUT_MS / 1000
    # HEAD_REVISION is the one database.py uses (checked against Alembic in test_migrations).
    from webinar_archive.storage import database

    assert database.HEAD_REVISION is plain_reads.HEAD_REVISION


def _awkward_library(root: Path, work: Path) -> list[int]:
    """Every kind of part (rich_library), NULLs everywhere they may be, non-ASCII text, a
    session with many speakers, ties on the sort columns and sessions in the trash."""
    work.mkdir()
    with Archive.open(root) as archive:
        rich_library(archive, work)
        bare = archive.sessions.create(m.SessionDraft(title="Ł"))
        many = archive.sessions.create(
            draft(
                "Zażółć gęślą jaźń — 東京 ﬁnance",
                date=dt.date(2021, 3, 4),
                theme="Économie",
                speakers=[
                    m.SpeakerDraft(f"Speaker Ñ{i:02d}", f"Organisation {i % 3}" if i % 2 else None)
                    for i in range(25)
                ],
            )
        )
        tie = archive.sessions.create(draft("Same day", date=dt.date(2021, 3, 4)))
        gone = archive.sessions.create(draft("In the trash", date=dt.date(2030, 1, 1)))
        archive.sessions.trash([gone.id])
        archive.sessions.create(m.SessionDraft(title="  \t x", status=m.SessionStatus.REVIEWED))
        return [bare.id, many.id, tie.id, gone.id]


@pytest.fixture(scope="module")
def awkward(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plain") / "lib"
    _awkward_library(root, root.parent / "work")
    return root


def test_the_plain_reads_equal_the_catalogue_s(awkward: Path):
    """Ids in every order, the table's rows, every session whole and the latest: the same
    records from both readers of the same real SQLite library."""
    reader = PlainReader.open(awkward)
    assert reader is not None
    with reader, Archive.open(awkward) as archive:
        for key in m.SortKey:
            for descending in (True, False):
                core = archive.sessions.ids(m.SessionFilter(), key, descending)
                assert reader.session_ids(key, descending) == core, (key, descending)
                assert reader.session_ids(key, descending, 3) == core[:3]
        ids = archive.sessions.ids()
        assert len(ids) >= 6
        assert reader.session_rows(ids) == archive.sessions.rows(ids)
        assert reader.session_rows([*ids[:2], 999_999]) == archive.sessions.rows(
            [*ids[:2], 999_999]
        )
        asked = [*ids, 999_999]
        plain, core = reader.table_page(asked), archive.sessions.table_page(asked)
        assert {r[0]: tuple(r) for r in plain.rows} == {r[0]: tuple(r) for r in core.rows}
        assert plain.speakers == core.speakers
        trashed = archive.sessions.ids(m.SessionFilter(trash=True))
        for session_id in ids + trashed:
            assert reader.session(session_id) == archive.sessions.get(session_id)
        assert reader.latest_id() == archive.sessions.latest_id()
        with pytest.raises(Unavailable):
            reader.session(999_999)  # the catalogue says it is not there, as it always has


def _cli(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> tuple[int, str, str]:
    status = run(["--library", str(library), *args])
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("list", "--json"),
        ("list", "--limit", "3", "--sort", "speakers", "--ascending"),
        ("list", "--json", "--limit", "2", "--sort", "title"),
        ("show",),
        ("show", "1", "--json"),
        ("show", "2"),
        ("show", "999999"),
    ],
)
def test_list_and_show_print_the_same_on_both_paths(
    awkward: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args
):
    """`list`, `list --json`, `show` and `show --json` print the very same text (and exit
    status) read plainly as read through the catalogue."""
    reads: list[str] = []
    plain_run = PlainReader._run

    def counted(self: PlainReader, name: str, **arguments: object) -> list[object]:
        reads.append(name)
        return plain_run(self, name, **arguments)

    monkeypatch.setattr(PlainReader, "_run", counted)
    plain = _cli(capsys, awkward, *args)
    assert reads  # the plain reader was asked (for `show 999999` too, before the catalogue)
    monkeypatch.setattr(PlainReader, "open", classmethod(lambda cls, root: None))
    core = _cli(capsys, awkward, *args)
    assert plain == core
    assert plain[1] or plain[2]


def test_every_trashed_and_live_session_shows_the_same(
    awkward: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    with Archive.open(awkward) as archive:
        ids = archive.sessions.ids() + archive.sessions.ids(m.SessionFilter(trash=True))
    plain = [_cli(capsys, awkward, "show", str(i), "--json") for i in ids]
    monkeypatch.setattr(PlainReader, "open", classmethod(lambda cls, root: None))
    assert plain == [_cli(capsys, awkward, "show", str(i), "--json") for i in ids]


def _library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    with Archive.open(root) as archive:
        archive.sessions.create(draft())
    return root


def test_a_usual_library_is_read_plainly(tmp_path: Path):
    reader = PlainReader.open(_library(tmp_path))
    assert reader is not None
    reader.close()


def _sql(root: Path, *statements: str) -> None:
    db = sqlite3.connect(root / CATALOGUE_FILE)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda root: (root / CATALOGUE_FILE).unlink(), id="no catalogue"),
        pytest.param(lambda root: (root / CATALOGUE_FILE).write_bytes(b""), id="empty file"),
        pytest.param(
            lambda root: (root / CATALOGUE_FILE).write_bytes(b"not a database at all" * 10),
            id="not SQLite",
        ),
        pytest.param(
            lambda root: _sql(root, "UPDATE alembic_version SET version_num = '0007'"),
            id="an older schema",
        ),
        pytest.param(
            lambda root: _sql(root, "UPDATE alembic_version SET version_num = '9999'"),
            id="a newer schema",
        ),
        pytest.param(
            lambda root: _sql(root, "INSERT INTO alembic_version VALUES ('0001')"),
            id="two versions",
        ),
        pytest.param(
            lambda root: _sql(root, f"CREATE TABLE {REBUILD_TABLE} (id INTEGER)"),
            id="an index rebuild to finish",
        ),
        pytest.param(
            lambda root: (root / f"{INCOMING_PREFIX}copy.pdf").write_bytes(b"half"),
            id="a partial copy to clean up",
        ),
        pytest.param(
            lambda root: _sql(root, "PRAGMA journal_mode=DELETE"),
            id="not in WAL mode",
        ),
    ],
)
def test_an_unusual_library_is_left_to_the_catalogue(tmp_path: Path, spoil):
    """Whatever the catalogue's open handles specially (creating, upgrading, refusing,
    finishing a rebuild, cleaning up, switching to WAL) is not read plainly."""
    root = _library(tmp_path)
    spoil(root)
    assert PlainReader.open(root) is None


def test_table_pages_read_from_the_driver_equal_sqlalchemy_s_typed_rows(awkward: Path):
    """The table's pages take the driver's rows as they are and convert the date and the
    moment themselves: the same summaries as SQLAlchemy's typed rows of the same selects
    (dates and none, many speakers, a missing id), in the order asked."""
    from webinar_archive.storage import convert
    from webinar_archive.storage.catalogue import open_catalogue
    from webinar_archive.storage.repos.query import rows_statement, speakers_statement

    catalogue = open_catalogue(awkward, create=False)
    try:
        with catalogue.uow() as uow:
            ids = uow.query.session_ids(m.SessionFilter(), m.SortKey.TITLE, False)
            asked = [999_999, *reversed(ids)]
            conn = uow.connection()
            typed = convert.summaries(
                asked,
                conn.execute(rows_statement(asked)).all(),
                conn.execute(speakers_statement(asked)).all(),
            )
            read = uow.query.session_rows(asked)
    finally:
        catalogue.close()
    assert read == typed
    assert [r.id for r in read] == list(reversed(ids))
    assert any(r.date is None for r in read) and any(r.date is not None for r in read)
    assert all(isinstance(r.updated_at, dt.datetime) for r in read)
    assert any(r.speakers.count(",") >= 20 for r in read)


def test_the_table_s_cells_from_the_driver_equal_the_summaries_formatted(awkward: Path):
    """The table builds its cells straight from the driver's rows (no summary per row): the
    same cells as each summary formatted one by one (date in the locale's form, speakers
    joined, counts, duration, status, the sort values), from the catalogue and from the plain
    reader alike, in the order asked, a missing id left blank."""
    from webinar_archive.domain.time import format_ms
    from webinar_archive.ui.first_rows import PlainSessions
    from webinar_archive.ui.formats import date_text
    from webinar_archive.ui.session_table_model import read_rows, status_label

    reader = PlainReader.open(awkward)
    assert reader is not None
    with reader, Archive.open(awkward) as archive:
        ids = [999_999, *archive.sessions.ids(m.SessionFilter(), m.SortKey.TITLE, False)]
        expected: dict[int, tuple[object, ...]] = {999_999: ()}
        for s in archive.sessions.rows(ids):
            expected[s.id] = (
                s.title,
                s.series or "",
                date_text(s.date),
                s.speakers,
                s.theme or "",
                str(s.material_count) if s.material_count else "",
                format_ms(s.recording_duration_ms) if s.recording_duration_ms else "",
                status_label(s.status),
                s.material_count,
                s.recording_duration_ms or 0,
                s.date.isoformat() if s.date else "",
            )
        read = read_rows(archive.sessions, ids)
        assert read == expected
        assert list(read) == ids
        assert read_rows(PlainSessions(reader), ids) == expected
    rows = [r for r in read.values() if r]
    assert any(r[2] == "" for r in rows) and any(r[2] != "" for r in rows)
    assert any(r[8] > 0 for r in rows) and any(r[9] > 0 for r in rows)
    assert any(r[3].count(",") >= 20 for r in rows)
    assert len({r[7] for r in rows}) >= 2
