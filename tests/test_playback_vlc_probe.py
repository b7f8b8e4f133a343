"""probe_vlc() survives every way libvlc can be missing or broken, and never exits."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from playback_helpers import SAMPLE_SRT
from webinar_archive.playback import vlc_backend
from webinar_archive.playback.vlc_backend import VlcBackend, VlcUnavailableError, probe_vlc


@pytest.fixture
def fake_vlc_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Put a module named ``vlc`` first on sys.path so the import does what a test says."""
    monkeypatch.delitem(sys.modules, "vlc", raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("PYTHON_VLC_LIB_PATH", raising=False)
    monkeypatch.delenv("PYTHON_VLC_MODULE_PATH", raising=False)

    def write(body: str) -> None:
        (tmp_path / "vlc.py").write_text(textwrap.dedent(body), encoding="utf-8")

    yield write
    sys.modules.pop("vlc", None)
    # Forget the failures seen through the fake module so later tests probe the real one.
    vlc_backend._probe_cache.clear()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("raise ImportError('no module')\n", "not installed"),
        ("raise OSError('libvlc.so.5: cannot open shared object file')\n", "could not be loaded"),
        ("import sys\nsys.exit(1)\n", "python-vlc gave up"),
        ("raise NotImplementedError('Cannot find libvlc lib')\n", "not installed or cannot be"),
        (
            "def libvlc_get_version():\n    return b'3.0.0'\n"
            "def Instance(args):\n    return None\n",
            "could not start",
        ),
        (
            "def libvlc_get_version():\n    raise OSError('symbol not found')\n",
            "does not answer",
        ),
    ],
    ids=["import-error", "os-error", "sys-exit", "no-libvlc", "instance-none", "version-fails"],
)
def test_failure_modes_become_reasons(fake_vlc_dir, body: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    fake_vlc_dir(body)
    status = probe_vlc(refresh=True)
    assert not status.available
    assert status.version is None
    assert status.reason is not None and expected in status.reason
    with pytest.raises(VlcUnavailableError):
        VlcBackend(headless=True)


def test_missing_lib_path_is_caught_before_import(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", str(tmp_path / "libvlc.so"))
    status = probe_vlc(refresh=True)
    assert not status.available
    assert (
        status.reason == f"PYTHON_VLC_LIB_PATH points to a missing file: {tmp_path / 'libvlc.so'}"
    )


def test_lib_path_to_a_non_library_is_checked_in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    # python-vlc calls sys.exit(1) on this; the child process takes that, not us.
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", str(SAMPLE_SRT))
    monkeypatch.delitem(sys.modules, "vlc", raising=False)
    status = probe_vlc(refresh=True)
    assert not status.available
    assert status.reason is not None and status.reason.startswith("libvlc failed to load")
    assert "vlc" not in sys.modules


def test_module_path_must_be_a_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PYTHON_VLC_MODULE_PATH", str(tmp_path / "plugins"))
    status = probe_vlc(refresh=True)
    assert status.reason is not None and "PYTHON_VLC_MODULE_PATH" in status.reason


def test_results_are_cached_per_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", str(tmp_path / "a.so"))
    first = probe_vlc(refresh=True)
    (tmp_path / "a.so").write_bytes(b"")  # the cached answer stands until refresh
    assert probe_vlc() is first
    assert vlc_backend.fourcc_name(int.from_bytes(b"mp4a", "little")) == "aac"
