"""A library read without opening its catalogue (no SQLAlchemy): the window's first page,
``list`` and ``show``, whenever the library is in its usual state; else None, and the caller
opens the library as before (``Archive.open``), which handles what is unusual."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..domain.errors import ArchiveError
from ..storage.plain_reads import PlainReader as PlainReader
from ..storage.plain_reads import Unavailable as Unavailable
from .machine import load_path_mappings
from .paths import DATABASE_URL_ENV, default_library_dir

SCHEDULE_KEY = "backup.schedule"
"""The library setting of automatic catalogue copies (services/backup.py)."""

T = TypeVar("T")


def open_plain(
    library: Path | None, database_url: str | None, *, command: bool = False
) -> PlainReader | None:
    """The library of ``Archive.open(library, database_url)`` for plain reads, or None.

    ``command``: for a command, which first makes an automatic catalogue copy when one is due
    (``cli/app.py``): a library with a schedule of copies is left to the archive, which
    decides.
    """
    url = database_url if database_url is not None else os.environ.get(DATABASE_URL_ENV) or None
    if url is not None:
        return None  # a database server: the plain reader reads SQLite files only
    root = (library if library is not None else default_library_dir()).expanduser()
    try:
        load_path_mappings()  # as Archive.open: a settings file it cannot read fails there
    except ArchiveError:
        return None
    reader = PlainReader.open(root)
    if reader is not None and command:
        try:
            copies = _copies_scheduled(reader)
        except Unavailable:
            copies = True
        if copies:
            reader.close()
            return None
    return reader


def read_plain(
    library: Path | None,
    database_url: str | None,
    work: Callable[[PlainReader], T],
    *,
    command: bool = False,
) -> T | None:
    """``work`` done on the library read plainly; None when it cannot be (``open_plain``), or
    when ``work`` met something the plain reader leaves to the catalogue."""
    reader = open_plain(library, database_url, command=command)
    if reader is None:
        return None
    with reader:
        try:
            return work(reader)
        except Unavailable:
            return None


def _copies_scheduled(reader: PlainReader) -> bool:
    """Whether automatic copies may be due: any schedule but "never", on a writable library."""
    value = reader.setting(SCHEDULE_KEY)
    if value is None or not os.access(reader.root, os.W_OK):
        return False
    try:
        return not isinstance(value, dict) or int(value.get("every_days", 0)) != 0
    except (TypeError, ValueError):
        return True
