"""PostgreSQL for the benchmark run: the server given (``--pg-url``), or a throwaway one started
on loopback in a temporary folder, and a fresh database on it for a generated library."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


class NoServer(Exception):
    """No PostgreSQL server could be had; the message says why and what to do."""


def _binaries() -> Path | None:
    """The folder of initdb and pg_ctl (Debian keeps them per version), or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
    for folder in reversed(found):
        if (folder / "initdb").exists():
            return folder
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def throwaway_server() -> Iterator[str]:
    """A PostgreSQL server of our own on 127.0.0.1 (its data in a temporary folder, removed
    with it); yields the URL of its ``postgres`` database."""
    binaries = _binaries()
    if binaries is None:
        raise NoServer("no PostgreSQL server: install postgresql, or give --pg-url")
    folder = Path(tempfile.mkdtemp(prefix="wa-bench-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        shutil.chown(folder, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    ctl = [*as_postgres, str(binaries / "pg_ctl"), "-D", str(folder / "data")]
    initdb = [*as_postgres, str(binaries / "initdb"), "-D", str(folder / "data")]
    try:
        subprocess.run(
            [*initdb, "-A", "trust", "-U", "postgres", "-E", "UTF8"],
            check=True,
            capture_output=True,
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [*ctl, "-l", str(folder / "log"), "-w", "-o", options, "start"],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        detail = getattr(exc, "stderr", b"") or b""
        raise NoServer(f"could not start PostgreSQL ({exc}): {detail.decode()[-300:]}") from None
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*ctl, "-m", "fast", "-w", "stop"], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def fresh_database(server_url: str, prefix: str = "wa_bench") -> Iterator[str]:
    """An empty database on the server, dropped after; yields its URL (the tests' PostgreSQL
    fixtures make theirs here too)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"{prefix}_{secrets.token_hex(6)}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
