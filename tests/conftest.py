"""Shared fixtures: a fresh library per test on SQLite (and PostgreSQL when a server is given)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Widget tests run offscreen; the display tests start their own Xvfb and say so.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's language follows the system's: tests (and the CLI runs they start) speak English
# whatever this machine's locale, and ask for Polish where that is what they check.
os.environ["LANGUAGE"] = "en"

PG_ENV = "WEBINAR_ARCHIVE_TEST_PG_URL"


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    """The PostgreSQL server the checks started (scripts/check does), or a visible skip."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV} (scripts/check starts one)")
    return url


@pytest.fixture()
def pg_database_url(pg_server_url: str) -> Iterator[str]:
    """A new empty database on the test server, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"wa_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    try:
        yield make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``sqlite_only`` (the desktop UI's) take the ``archive`` on SQLite alone."""
    keep, drop = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        on_pg = params.get("archive") == "postgres"
        (drop if on_pg and item.get_closest_marker("sqlite_only") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(autouse=True)
def _own_config_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Each test (and the CLI runs it starts) has a settings folder of its own, so neither this
    machine's choices (the language chosen in Settings) nor another test's reach it; and each
    starts with messages in English, whatever language the one before set."""
    from webinar_archive.services.language import use_language

    monkeypatch.setenv("WEBINAR_ARCHIVE_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("WEBINAR_ARCHIVE_LANGUAGE", raising=False)
    use_language("en")
    yield
    use_language("en")


@pytest.fixture(autouse=True)
def _demo_without_media(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process tests use the demo session as a ready session with speakers and count the
    files they attach to it: there it comes without its media, unless the test is marked
    ``demo_media``. (A ``demo`` run in a subprocess always brings them.)"""
    if request.node.get_closest_marker("demo_media") is None:
        monkeypatch.setattr("webinar_archive.services.sessions.add_demo_media", lambda *_args: [])


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """An Archive on a new library: SQLite in a temp folder, and again on PostgreSQL."""
    from webinar_archive.services.archive import Archive

    url = request.getfixturevalue("pg_database_url") if request.param == "postgres" else None
    with Archive.open(tmp_path / "library", url) as opened:
        yield opened


@pytest.fixture()
def sqlite_archive(tmp_path: Path) -> Iterator[object]:
    """An Archive on a new SQLite library only (for SQLite-specific behaviour)."""
    from webinar_archive.services.archive import Archive

    with Archive.open(tmp_path / "library") as opened:
        yield opened
