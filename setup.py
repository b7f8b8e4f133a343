"""Build hook: the top-level resources/ folder goes into the package of every wheel.

The source checkout keeps fonts, icons, the user guide and the desktop files in resources/ at the
top (webinar_archive.resources finds them there); an installed wheel has no checkout around it,
so the build copies the folder to webinar_archive/resources/ where the same lookup finds it.
Everything else about the build is declared in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    """build_py that also copies resources/ into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ from the checkout itself
        target = Path(self.build_lib) / "webinar_archive" / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(
            ROOT / "resources",
            target,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", "*.qm"),
        )
        # The translations ship compiled: .qm files built from the .ts sources by Qt's lrelease
        # (PySide6-Essentials, a build requirement, carries it).
        _translations().build(target / "i18n", ROOT / "resources" / "i18n")


def _translations():  # type: ignore[no-untyped-def]
    # The package's stdlib-only module, loaded by path: the package is not installed yet.
    spec = importlib.util.spec_from_file_location(
        "_wa_translations", ROOT / "src" / "webinar_archive" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


setup(cmdclass={"build_py": BuildWithResources})
