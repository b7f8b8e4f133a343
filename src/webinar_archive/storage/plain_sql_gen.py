"""Writes ``plain_sql.py``: the Core selects of the plain reads compiled for SQLite.

    PYTHONPATH=src python -m webinar_archive.storage.plain_sql_gen

Run it after changing a select of ``repos/query.py``, ``repos/reads.py`` or
``repos/settings.setting_statement``, or the tables they read: ``tests/test_plain_reads.py``
fails until the stored statements are the compiled ones again.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import processors

from ..domain import model as m
from . import tables as t
from .plain_sql import Statement
from .repos import reads
from .repos.query import SessionQueryRepository, rows_statement, speakers_statement
from .repos.settings import setting_statement

# Values no real argument has: each one found among a compiled statement's parameters names
# the parameter that argument goes to (the others are constants of the statement).
_ONE = 987_654_321
_LIST = [987_654_322, 987_654_323]
_TEXT = "\x00plain-sql-argument"
_ARGUMENTS: dict[str, Any] = {"id": _ONE, "ids": _LIST, "limit": _ONE + 100, "key": _TEXT}

# What SQLAlchemy's SQLite dialect does to a result column, as the plain reader does it.
_KINDS: dict[Any, str] = {
    None: "",
    processors.str_to_date: "date",
    processors.str_to_datetime: "datetime",
    processors.str_to_time: "time",
    processors.int_to_boolean: "bool",
}

DIALECT = sqlite.dialect(paramstyle="named")


def compile_statement(query: Select[Any]) -> Statement:
    """``query`` (built with the arguments of ``_ARGUMENTS``) as the plain reader runs it."""
    compiled = query.compile(dialect=DIALECT)
    params: dict[str, Any] = {}
    inputs: list[tuple[str, str]] = []
    expanding: list[str] = []
    for name, value in compiled.params.items():
        argument = next((a for a, v in _ARGUMENTS.items() if v == value), None)
        if argument is not None:
            inputs.append((argument, name))
        elif isinstance(value, int | str) and not isinstance(value, bool):
            params[name] = value
        else:
            raise ValueError(f"a parameter the plain reader cannot give: {name}={value!r}")
        if isinstance(value, list):
            expanding.append(name)
    kinds = []
    for column in query.selected_columns:
        processor = column.type.dialect_impl(DIALECT).result_processor(DIALECT, None)
        if processor not in _KINDS:
            raise ValueError(f"a column the plain reader cannot convert: {column} {column.type}")
        kinds.append(_KINDS[processor])
    return Statement(
        sql=str(compiled),
        params=params,
        inputs=tuple(sorted(inputs)),
        expanding=tuple(sorted(expanding)),
        columns=tuple(query.selected_columns.keys()),
        kinds=tuple(kinds),
    )


def statements() -> dict[str, Statement]:
    """Every statement of the plain reads, by the name ``plain_reads.py`` runs it by."""
    query = SessionQueryRepository(_no_connection)
    live = m.SessionFilter()
    found: dict[str, Callable[[], Select[Any]]] = {}
    for key in m.SortKey:
        if key is m.SortKey.RELEVANCE:
            continue  # search results: the plain reader leaves them to the catalogue
        for descending in (True, False):
            found[ids_name(key.value, descending)] = partial(
                query.ids_statement, live, key, descending, _ARGUMENTS["limit"]
            )
    found.update(
        rows=lambda: rows_statement(_LIST),
        speakers=lambda: speakers_statement(_LIST),
        latest_id=reads.latest_id_statement,
        session=lambda: reads.session_statement(_ONE),
        appearances=lambda: reads.appearances_statement(_ONE),
        materials=lambda: reads.parts_statement(t.material, _ONE, "id"),
        recordings=lambda: reads.parts_statement(t.recording, _ONE, "id"),
        links=lambda: reads.parts_statement(t.link, _ONE, "ord"),
        chapters=lambda: reads.by_recording_statement(t.chapter, _LIST, "start_ms"),
        notes=lambda: reads.by_recording_statement(t.note, _LIST, "at_ms"),
        tracks=lambda: reads.by_recording_statement(t.subtitle_track, _LIST, "id"),
        cue_counts=lambda: reads.cue_counts_statement(_LIST),
        tags=lambda: reads.tags_statement(_ONE),
        setting=lambda: setting_statement(_TEXT),
    )
    return {name: compile_statement(make()) for name, make in found.items()}


def ids_name(sort: str, descending: bool) -> str:
    return f"ids_{sort}_{'desc' if descending else 'asc'}"


def _no_connection() -> Any:
    raise AssertionError("building a statement runs none")


HEADER = '''"""The selects of ``plain_reads.py``, compiled for SQLite from the Core statements of
``repos/query.py``, ``repos/reads.py`` and ``repos/settings.py``.

Written by ``python -m webinar_archive.storage.plain_sql_gen``; do not edit by hand
(``tests/test_plain_reads.py`` compiles the statements again and compares).
"""

from __future__ import annotations

from typing import NamedTuple


class Statement(NamedTuple):
    """One compiled select: its text (named parameters), the constants among its parameters,
    which argument each other parameter takes (``expanding``: a list, for ``IN``), and the
    names of its columns with how SQLAlchemy converts each (``date``, ``datetime``, ``time``,
    ``bool``; ``""``: as the driver gives it)."""

    sql: str
    params: dict[str, int | str]
    inputs: tuple[tuple[str, str], ...]
    expanding: tuple[str, ...]
    columns: tuple[str, ...]
    kinds: tuple[str, ...]


'''


def render() -> str:
    lines = [HEADER, "STATEMENTS: dict[str, Statement] = {"]
    for name, statement in statements().items():
        lines.append(f"    {name!r}: Statement(")
        lines.append("        sql=(")
        lines.extend(f"            {piece!r}" for piece in _pieces(statement.sql))
        lines.append("        ),")
        for field in ("params", "inputs", "expanding", "columns", "kinds"):
            lines.append(f"        {field}={getattr(statement, field)!r},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _pieces(sql: str, width: int = 80) -> list[str]:
    """The text cut after spaces and newlines into pieces short enough for a line each."""
    pieces: list[str] = []
    current = ""
    for word in sql.replace("\n", "\n\x00").replace(" ", " \x00").split("\x00"):
        if current and (len(current) + len(word) > width or current.endswith("\n")):
            pieces.append(current)
            current = ""
        current += word
    if current:
        pieces.append(current)
    return pieces


def main() -> int:
    target = Path(__file__).with_name("plain_sql.py")
    target.write_text(render(), encoding="utf-8")
    # The project's formatter has the last word on the layout (the values are what count).
    subprocess.run([sys.executable, "-m", "ruff", "format", str(target)], check=False)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
