"""Write tests/data/catalogues/NNNN.json: a small catalogue at each released schema revision.

Run from the repository root when a revision is released (``PYTHONPATH=src python
tests/make_catalogue_fixtures.py``). Each fixture is made by upgrading an empty SQLite file to
that revision with Alembic and inserting rows with plain SQL that fits it, then saved as rows
(the format of the backups made before upgrades), so a test can load it into SQLite or
PostgreSQL and upgrade it to head. Committed fixtures are never regenerated for an old
revision: they stand for catalogues users already have.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import text

from webinar_archive.storage.database import (
    alembic_config,
    create_catalogue_engine,
    json_value,
    rows_document,
)

OUT = Path(__file__).parent / "data" / "catalogues"
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")

# Every revision so far keeps the tables of 0001; what differs is the search index (not saved)
# and where a folder's claim on a session lives (settings before 0005, folder_claim after).
ROWS = """
insert into series (id, name, name_folded, description) values
  (1, 'Regional Innovation Talks', 'regional innovation talks', '');
insert into organisation (id, name, name_folded, acronym, notes) values
  (1, 'Regional Council of Lapland', 'regional council of lapland', NULL, ''),
  (2, 'Université de Łódź', 'universite de lodz', 'UŁ', '');
insert into organisation_alias (id, organisation_id, alias, alias_folded) values
  (1, 2, 'University of Lodz', 'university of lodz');
insert into person (id, display_name, sort_name, name_folded, notes) values
  (1, 'Ilari Havukainen', 'Havukainen, Ilari', 'ilari havukainen', ''),
  (2, 'Anaïs Le Corvec', 'Le Corvec, Anaïs', 'anais le corvec', '');
insert into person_alias (id, person_id, alias, alias_folded) values
  (1, 2, 'Anais Le Corvec', 'anais le corvec');
insert into session (id, title, title_folded, series_id, theme, date, start_time, timezone,
  duration_minutes, language, summary, source_url, notes, status, created_at, updated_at,
  deleted_at, version) values
  (1, 'Circular economy in Lapland', 'circular economy in lapland', 1, 'Circularity',
   '2020-09-11', '10:00:00.000000', 'Europe/Helsinki', 90, 'en',
   'Kept **whole** across upgrades: ł, é, 東京.', 'https://example.org/s/1', '', 'recorded',
   '2020-09-12 08:00:00.000000', '2020-09-12 08:00:00.000000', NULL, 3),
  (2, 'A session in the trash', 'a session in the trash', NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, '', NULL, '', 'planned', '2021-01-01 00:00:00.000000', '2021-01-01 00:00:00.000000',
   '2021-02-01 00:00:00.000000', 1);
insert into appearance (id, session_id, person_id, organisation_id, role, position, ord,
  contribution) values
  (1, 1, 1, 1, 'speaker', 'Director', 0, ''),
  (2, 1, 2, 2, 'moderator', NULL, 1, '');
insert into link (id, session_id, kind, url, label, ord) values
  (1, 1, 'recording', 'https://example.org/rec/1', 'Recording', 0);
insert into tag (id, name, name_folded) values (1, 'circular economy', 'circular economy');
insert into session_tag (session_id, tag_id) values (1, 1);
insert into material (id, session_id, title, original_name, media_type, kind, size, sha256,
  stored_path, linked, text, added_at) values
  (1, 1, 'Slides', 'slides.pdf', 'application/pdf', 'slides', 4,
   'ac0e5bd1a1f7c0a7b12bb0bc4d1ab64fbcdc0b53dc0a7b3e5a3e1ed4b6f8a8c1',
   'files/ac/ac0e5bd1a1f7c0a7b12bb0bc4d1ab64fbcdc0b53dc0a7b3e5a3e1ed4b6f8a8c1.pdf', 0,
   'Smart specialisation in Lapland', '2020-09-12 08:00:00.000000');
insert into setting (key, value) values ('brief.options', '{"paper": "A4"}');
insert into saved_search (id, name, query) values (1, 'Lapland', 'lapland');
"""
CLAIM_BEFORE_0005 = (
    "insert into setting (key, value) values ('import.folder:file:///talks/lapland', '1');"
)
CLAIM_FROM_0005 = (
    "insert into folder_claim (marker, session_id) values ('file:///talks/lapland', 1);"
)


def make(revision: str, folder: Path) -> dict[str, object]:
    engine = create_catalogue_engine(f"sqlite:///{folder / f'{revision}.sqlite'}")
    try:
        command.upgrade(alembic_config(engine), revision)
        claim = CLAIM_FROM_0005 if revision >= "0005" else CLAIM_BEFORE_0005
        with engine.begin() as conn:
            for statement in (ROWS + claim).split(";"):
                if statement.strip():
                    conn.execute(text(statement))
        document = rows_document(engine)
    finally:
        engine.dispose()
    tables = document["tables"]
    assert isinstance(tables, dict)
    document["tables"] = {
        name: data for name, data in sorted(tables.items()) if not name.startswith("search_")
    }
    return document


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for revision in REVISIONS:
            target = OUT / f"{revision}.json"
            if target.exists() and "--force" not in sys.argv:
                continue
            document = make(revision, Path(work))
            target.write_text(
                json.dumps(document, ensure_ascii=False, indent=1, default=json_value) + "\n",
                encoding="utf-8",
            )
            print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
