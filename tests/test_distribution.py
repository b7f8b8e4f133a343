"""The sdist and the wheel, built the way a packager builds them, carry what users and testers need.

The wheel is installed alone into a fresh virtual environment outside the source tree and makes a
brief: fonts, icons and the guide must come from inside the installed package. Its dependencies
come from the environment running the tests (a path line in the new environment, after its own
site-packages), so the test needs no download beyond the build back-end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
_SKIP = shutil.ignore_patterns(
    ".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", ".*_cache", "benchmarks/results"
)


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory) -> dict[str, Path]:
    """An sdist and a wheel built from a copy of the checkout (the build writes into its tree)."""
    work = tmp_path_factory.mktemp("dist")
    tree = work / "tree"
    shutil.copytree(ROOT, tree, ignore=_SKIP)
    out = work / "out"
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(tree)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return {"sdist": sdist, "wheel": wheel, "work": work}


def test_wheel_carries_resources_and_licences(artefacts):
    """Fonts, icon, guide, desktop files and both licences are inside the wheel."""
    names = set(zipfile.ZipFile(artefacts["wheel"]).namelist())
    for needed in (
        "webinar_archive/resources/fonts/DejaVuSans.ttf",
        "webinar_archive/resources/fonts/DejaVuSans-Bold.ttf",
        "webinar_archive/resources/icons/io.github.webinar_archive.WebinarArchive.svg",
        "webinar_archive/resources/guide/user-guide.md",
        "webinar_archive/resources/desktop/io.github.webinar_archive.WebinarArchive.desktop",
        "webinar_archive/resources/desktop/io.github.webinar_archive.WebinarArchive.metainfo.xml",
        "webinar_archive/resources/demo/eu-s3-webinar-2020-09-11.mp4",
        "webinar_archive/resources/demo/eu-s3-webinar-2020-09-11.en.vtt",
        "webinar_archive/resources/demo/s3-cooperation-slides.pdf",
        "webinar_archive/resources/demo/chapters.txt",
        "webinar_archive/storage/migrations/versions/0001_initial_catalogue_schema.py",
        # Compiled by the build from resources/i18n/*.ts (which stay out of the wheel).
        "webinar_archive/resources/i18n/webinar_archive_pl.qm",
        "webinar_archive/resources/i18n/webinar_archive_en.qm",
        # the brief catalogue, compiled by the build from its .po
        "webinar_archive/resources/locale/pl/LC_MESSAGES/brief.mo",
        # the app's messages (errors, reports), compiled the same way
        "webinar_archive/resources/locale/pl/LC_MESSAGES/messages.mo",
    ):
        assert needed in names, needed
    assert not [n for n in names if n.endswith((".ts", ".po"))], "catalogue sources: sdist only"
    licences = [n for n in names if "/licenses/" in n]
    assert any(n.endswith("/LICENSE") for n in licences), licences
    assert any(n.endswith("LICENSE-DejaVu.txt") for n in licences), licences


def test_sdist_carries_what_its_tests_need(artefacts, tmp_path):
    """The sdist has resources, licences, packaging, tests with data and helpers; they collect."""
    with tarfile.open(artefacts["sdist"]) as tar:
        tar.extractall(tmp_path, filter="data")
    (top,) = tmp_path.iterdir()
    for needed in (
        "LICENSE",
        "setup.py",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/LICENSE-DejaVu.txt",
        "tests/conftest.py",
        "tests/helpers.py",
        "tests/data/media/sample.srt",
        "packaging",
        "scripts/check",
    ):
        assert (top / needed).exists(), needed
    env = {**os.environ, "PYTHONPATH": str(top / "src")}
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=top,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-3000:]
    ran = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_packaging.py",
            "tests/test_cli_brief.py",
        ],
        cwd=top,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]


def _outside_env(home: Path) -> dict[str, str]:
    """The environment without this checkout on the path, and a home of its own."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["HOME"] = str(home / "home")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _install_alone(wheel: Path, where: Path) -> Path:
    """A new environment holding the wheel; the test's own dependencies reachable after it."""
    venv.EnvBuilder(with_pip=False).create(where)
    python = where / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    subprocess.run(
        [*pip, "install", "-q", "--no-deps", "--no-index", "--force-reinstall", str(wheel)],
        env=_outside_env(where.parent),
        check=True,
        capture_output=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Written after the install, which would otherwise see this checkout's editable install there
    # and skip. A plain path line: the running environment's own .pth files (such as that editable
    # install) are not processed, so webinar_archive can only come from the wheel.
    Path(site, "zz_test_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return python


def test_installed_wheel_makes_a_brief_outside_the_tree(artefacts, tmp_path):
    """Installed alone, the wheel's command opens a library, makes a brief with its own fonts."""
    python = _install_alone(artefacts["wheel"], tmp_path / "venv")
    env = _outside_env(tmp_path)
    command = tmp_path / "venv" / "bin" / "webinar-archive"
    library = tmp_path / "library"
    out = tmp_path / "brief.pdf"
    outputs = []
    polish = tmp_path / "brief-pl.pdf"
    for args in (
        ["demo"],
        ["brief", "1", "-o", str(out)],
        ["brief", "1", "-o", str(polish), "--language", "pl"],
        ["show", "1"],
    ):
        result = subprocess.run(
            [str(command), "--library", str(library), *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        outputs.append(result.stdout)
    # The demo's media come from the installed package too.
    assert "Recording: #1 eu-s3-webinar-2020-09-11.mp4" in outputs[-1]
    assert "Valentina" in "".join(page.extract_text() for page in PdfReader(out).pages)
    # The compiled catalogue and Babel's locale data work from the installed package.
    assert "11 września 2020" in "".join(page.extract_text() for page in PdfReader(polish).pages)
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import webinar_archive.resources as r; "
            "print(r.resource_path('fonts', 'DejaVuSans.ttf'))",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(tmp_path / "venv"), where
