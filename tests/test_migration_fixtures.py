"""Every released schema revision's fixture catalogue upgrades to head with its data intact."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive
from webinar_archive.storage.database import head_revision
from webinar_archive.storage.snapshot import load_rows_into

FIXTURES = Path(__file__).parent / "data" / "catalogues"
REVISIONS = sorted(p.stem for p in FIXTURES.glob("*.json"))


def test_every_migration_has_a_fixture() -> None:
    """A new revision needs its fixture (tests/make_catalogue_fixtures.py writes it)."""
    versions = Path(__file__).parents[1] / "src/webinar_archive/storage/migrations/versions"
    released = sorted(p.name[:4] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))
    assert released == REVISIONS


@pytest.mark.parametrize("revision", REVISIONS)
@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_fixture_upgrades_to_head_with_its_data(
    tmp_path: Path, request: pytest.FixtureRequest, revision: str, backend: str
) -> None:
    url = request.getfixturevalue("pg_database_url") if backend == "postgres" else None
    lib = tmp_path / "lib"
    lib.mkdir()
    document = json.loads((FIXTURES / f"{revision}.json").read_text(encoding="utf-8"))
    assert load_rows_into(url or f"sqlite:///{lib / 'catalogue.sqlite'}", document) == revision
    with Archive.open(lib, url) as archive:
        head = head_revision(archive.catalogue.engine)
        assert archive.catalogue.schema_action == ("current" if revision == head else "upgraded")
        session = archive.sessions.get(1)
        assert session.title == "Circular economy in Lapland"
        assert session.series == "Regional Innovation Talks"
        assert session.date == dt.date(2020, 9, 11)
        assert session.start_time == dt.time(10, 0)
        assert session.timezone == "Europe/Helsinki"
        assert session.summary == "Kept **whole** across upgrades: ł, é, 東京."
        assert session.version == 3
        assert [(a.person_name, a.organisation_name, a.role) for a in session.appearances] == [
            ("Ilari Havukainen", "Regional Council of Lapland", m.AppearanceRole.SPEAKER),
            ("Anaïs Le Corvec", "Université de Łódź", m.AppearanceRole.MODERATOR),
        ]
        assert list(session.tags) == ["circular economy"]
        assert [(x.kind, x.url) for x in session.links] == [
            (m.LinkKind.RECORDING, "https://example.org/rec/1")
        ]
        assert [x.original_name for x in session.materials] == ["slides.pdf"]
        trash = archive.sessions.list_rows(m.SessionFilter(trash=True))
        assert [r.title for r in trash] == ["A session in the trash"]
        with archive.catalogue.uow() as uow:
            assert uow.sessions.folder_claims() == {"file:///talks/lapland": 1}
            assert uow.settings.get_setting("brief.options") == {"paper": "A4"}
            assert uow.settings.saved_searches() == [(1, "Lapland", "lapland")]
        archive.search.reindex()
        assert archive.search.count("lodz") == 1
        # New rows get ids after the loaded ones (sequences follow on PostgreSQL).
        assert archive.sessions.create(m.SessionDraft(title="Added after")).id == 3
