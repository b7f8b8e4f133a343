"""Build hook: the top-level resources/ folder goes into the package of every wheel.

The source checkout keeps fonts, icons, the user guide and the desktop files in resources/ at the
top (webinar_archive.resources finds them there); an installed wheel has no checkout around it,
so the build copies the folder to webinar_archive/resources/ where the same lookup finds it.
Everything else about the build is declared in pyproject.toml.
"""

from __future__ import annotations

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
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts"),
        )


setup(cmdclass={"build_py": BuildWithResources})
