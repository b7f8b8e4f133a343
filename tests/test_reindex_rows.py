"""The rows a full reindex writes, row ids and every column, against those recorded in
``data/reindex_rows.json``: how the index is written may change (speed), what the query side
reads may not. After an intended change of the index's rows, record them again with
``PYTHONPATH=src:tests python tests/test_reindex_rows.py DIR`` and say why in the commit."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import text

from search_helpers import build_hydrogen_library
from webinar_archive.services.archive import Archive
from webinar_archive.storage.search import SearchStore

FIXTURE = Path(__file__).parent / "data" / "reindex_rows.json"
TABLES = ("search_location", "search_session", "search_label")


def _library(folder: Path) -> Path:
    """``build_hydrogen_library`` with aliases, an acronym, a chapter, a timestamped note and
    a session in the trash: every kind of place there is."""
    library = folder / "library"
    with Archive.open(library) as archive:
        ids = build_hydrogen_library(archive, folder)
        people = archive.people
        person = people.find_person("Sławomir Nowak")
        assert person is not None
        people.update_person(person.id, person.display_name, ["S. Nowak"])
        org = people.find_organisation("Cardiff University")
        assert org is not None
        people.update_organisation(org.id, org.name, "CU", ["Prifysgol Caerdydd"])
        archive.playback.add_chapter(ids["recording"], 700_000, "Électrolyseurs à Bergen")
        archive.playback.add_note(ids["recording"], 801_000, "Ask about ÆØÅ storage")
        archive.sessions.trash([ids["title_old"]])
    return library


def index_rows(library: Path) -> dict[str, list[list[Any]]]:
    """Every row of the index's tables with its row id, in row id order."""
    with Archive.open(library) as archive, archive.catalogue.engine.connect() as conn:
        return {
            table: [
                list(r) for r in conn.execute(text(f"SELECT rowid, * FROM {table} ORDER BY rowid"))
            ]
            for table in TABLES
        }


def test_a_reindex_writes_the_rows_recorded(tmp_path: Path) -> None:
    """A full reindex in committed steps (``reindex``) and one in a single transaction (a
    repair's ``rebuild``) both write exactly the recorded rows: same row ids, same columns,
    same words."""
    library = _reindexed(tmp_path)
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert index_rows(library) == expected
    with Archive.open(library) as archive:
        SearchStore(archive.catalogue.engine).rebuild()
    assert index_rows(library) == expected


def _reindexed(folder: Path) -> Path:
    library = _library(folder)
    with Archive.open(library) as archive:
        archive.search.reindex()
    return library


if __name__ == "__main__":
    tables = index_rows(_reindexed(Path(sys.argv[1])))
    lines = ",\n".join(
        f"{json.dumps(table)}: [\n"
        + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
        + "\n]"
        for table, rows in tables.items()
    )
    FIXTURE.write_text("{\n" + lines + "\n}\n", encoding="utf-8")
