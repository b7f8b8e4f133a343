"""PostgreSQL for tests: a fresh, empty database per test module (or per block), dropped after.

Point ``WEBINAR_ARCHIVE_TEST_PG_URL`` at a server (a database there that the user can connect
to, e.g. ``postgresql+psycopg://postgres@127.0.0.1:54329/postgres``); without it the tests that
use these fixtures are skipped with that reason. Use in a test module::

    from pg_helpers import pg_module_database_url  # noqa: F401  (the fixture)

    @pytest.mark.postgres
    def test_x(pg_module_database_url): ...
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from benchmarks.pg_server import fresh_database

PG_URL_ENV = "WEBINAR_ARCHIVE_TEST_PG_URL"


def pg_server_url() -> str | None:
    """The server URL from the environment, or None."""
    return os.environ.get(PG_URL_ENV) or None


def require_pg_server_url() -> str:
    url = pg_server_url()
    if url is None:
        pytest.skip(f"{PG_URL_ENV} is not set; PostgreSQL tests need a server")
    return url


@contextmanager
def temporary_database(server_url: str, prefix: str = "wa_test") -> Iterator[str]:
    """Create a database with a random name on ``server_url``; yield its URL; drop it after."""
    with fresh_database(server_url, prefix) as url:
        yield url


@pytest.fixture(scope="module")
def pg_module_database_url() -> Iterator[str]:
    """A fresh empty PostgreSQL database for the test module (skips without a server)."""
    with temporary_database(require_pg_server_url()) as url:
        yield url
