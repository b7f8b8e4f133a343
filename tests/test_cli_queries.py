"""What `list` and `show` ask the catalogue: only the rows they print, whatever its size.

Speed itself is measured by benchmarks/bench_start.py; these tests read the SQL statements a
command runs (an SQLAlchemy event listener), so a query over every session creeping back into
a command that prints a few fails here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from helpers import draft
from webinar_archive.cli.app import run
from webinar_archive.services.archive import Archive
from webinar_archive.storage.plain_reads import PlainReader

SESSIONS = 30


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    with Archive.open(root) as archive:
        for n in range(SESSIONS):
            archive.sessions.create(
                draft(f"Session {n:02d}", date=dt.date(2020, 1, 1) + dt.timedelta(days=n))
            )
    return root


@pytest.fixture()
def statements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every SQL statement run while the test runs, as sent to the database: through the
    catalogue's engine, or by the plain reader (storage/plain_reads.py) that answers `list`
    and `show` on a usual SQLite library."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        seen.append(" ".join(statement.split()))

    opener = PlainReader.open.__func__  # type: ignore[attr-defined]

    def traced(cls: type[PlainReader], root: Path) -> PlainReader | None:
        reader = opener(cls, root)
        if reader is not None:
            reader._db.set_trace_callback(lambda sql: seen.append(" ".join(sql.split())))
        return reader

    monkeypatch.setattr(PlainReader, "open", classmethod(traced))
    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)


def _session_lists(statements: list[str]) -> list[str]:
    """The statements that list sessions in an order (the table's sort), not by given ids."""
    return [s for s in statements if "FROM session " in s and "ORDER BY session." in s]


def test_list_with_a_limit_reads_only_that_many_ids(library, statements, capsys):
    """`list --limit 3` asks the database for the first three ids in order (LIMIT in the SQL,
    which the sort index answers) instead of reading every session id and keeping three."""
    assert run(["--library", str(library), "list", "--limit", "3", "--json"]) == 0
    titles = [row["title"] for row in json.loads(capsys.readouterr().out)]
    assert titles == ["Session 29", "Session 28", "Session 27"]
    ordered = _session_lists(statements)
    assert ordered, statements  # the listing query was seen: an empty list would prove nothing
    assert all("LIMIT" in s for s in ordered), ordered


def test_list_ascending_with_a_limit_keeps_the_order(library, statements, capsys):
    """The limit applies after the sort, in either direction."""
    assert run(["--library", str(library), "list", "--limit", "2", "--ascending", "--json"]) == 0
    titles = [row["title"] for row in json.loads(capsys.readouterr().out)]
    assert titles == ["Session 00", "Session 01"]
    assert all("LIMIT" in s for s in _session_lists(statements))


def test_show_reads_no_list_of_sessions(library, statements, capsys):
    """`show ID --json` reads that session and its parts, never a listing of the library."""
    assert run(["--library", str(library), "show", "5", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == 5
    assert statements
    assert _session_lists(statements) == []


def test_the_id_list_is_read_as_plain_values(library, monkeypatch):
    """The session table's id list (100,000 integers in a big library, read before the window's
    first rows) comes straight from the database cursor: none of it goes through the ORM's
    row loading, which made each row an ORM result row first."""
    from sqlalchemy.orm import loading

    loaded: list[object] = []
    real = loading.instances

    def counting(*args: object, **kwargs: object) -> object:
        loaded.append(args[0])
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "instances", counting)
    with Archive.open(library) as archive:
        ids = archive.sessions.ids()
    assert len(ids) == SESSIONS
    assert ids == sorted(ids, reverse=True)  # newest date first, the dates follow the ids
    assert loaded == []
