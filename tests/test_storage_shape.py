"""The storage layer's shape: repositories return domain records, none grows into a god class."""

from __future__ import annotations

import inspect
import typing
from functools import cached_property
from pathlib import Path

import pytest

import webinar_archive.storage as storage_pkg
from webinar_archive.storage import orm
from webinar_archive.storage.catalogue import open_catalogue
from webinar_archive.storage.uow import UnitOfWork

MAX_METHODS = 40
MAX_LINES = 600
# Repositories on ORM rows and reads on Core tables alike live in the storage package.
STORAGE_PACKAGE = storage_pkg.__name__ + "."


def _repositories(tmp_path: Path) -> dict[str, object]:
    catalogue = open_catalogue(tmp_path / "lib")
    try:
        with catalogue.uow() as uow:
            # Each repository is made on first use: every one the unit of work offers.
            offered = [n for n, v in vars(UnitOfWork).items() if isinstance(v, cached_property)]
            return {
                name: value
                for name in offered
                if not name.startswith("_")
                and type(value := getattr(uow, name)).__module__.startswith(STORAGE_PACKAGE)
            }
    finally:
        catalogue.close()


def _row_types(hint: object) -> list[type]:
    found = []
    if isinstance(hint, type) and issubclass(hint, orm.Base):
        found.append(hint)
    for arg in typing.get_args(hint):
        found += _row_types(arg)
    return found


def test_the_unit_of_work_has_no_catch_all_repository(tmp_path):
    """Each aggregate has its repository; the old one-for-everything ``uow.repo`` is gone."""
    repos = _repositories(tmp_path)
    assert {"sessions", "parts", "query", "people", "files", "playback", "settings"} <= set(repos)
    assert not hasattr(UnitOfWork, "repo") and "repo" not in repos


def test_no_repository_hands_orm_rows_to_its_callers(tmp_path):
    """Public repository methods return domain records or plain values, never ORM rows."""
    leaks = []
    for name, repo in _repositories(tmp_path).items():
        for method_name, method in inspect.getmembers(type(repo), inspect.isfunction):
            if method_name.startswith("_"):
                continue
            hints = typing.get_type_hints(method)
            rows = _row_types(hints.get("return"))
            if rows:
                leaks.append(f"uow.{name}.{method_name} -> {[r.__name__ for r in rows]}")
    assert leaks == []


def test_no_repository_is_a_god_class(tmp_path):
    for name, repo in _repositories(tmp_path).items():
        methods = [n for n, _ in inspect.getmembers(type(repo), inspect.isfunction)]
        assert len(methods) <= MAX_METHODS, f"uow.{name} has {len(methods)} methods"


STORAGE = Path(storage_pkg.__file__).parent


@pytest.mark.parametrize(
    "module",
    sorted(
        str(p.relative_to(STORAGE))
        for p in STORAGE.rglob("*.py")
        if "migrations" not in p.parts
        and not p.name.startswith("search_")
        # written by a generator from the Core statements (storage/plain_sql_gen.py), not by hand
        and "do not edit by hand" not in p.read_text(encoding="utf-8")[:600]
    ),
)
def test_storage_modules_stay_small(module):
    """Storage modules (migrations and generated ones aside) stay under ~600 lines; search has
    its own reshaping."""
    assert len((STORAGE / module).read_text(encoding="utf-8").splitlines()) <= MAX_LINES
