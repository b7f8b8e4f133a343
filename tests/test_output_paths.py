"""Files written to a path the user gave: folders, devices, FIFOs and sockets are refused, a
link is written through, the umask is respected, and nothing half-written is left behind."""

from __future__ import annotations

import json
import os
import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from webinar_archive.cli import run
from webinar_archive.domain.errors import ArchiveError
from webinar_archive.export.output import atomic_output

MEDIA = Path(__file__).parent / "data" / "media"


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A library with two sessions and a recording that has chapters."""
    root = tmp_path_factory.mktemp("outputs")
    path = str(root / "lib")
    run(["--library", path, "demo"])
    run(["--library", path, "add", "--title", "Second talk", "--date", "2021-01-05"])
    run(["--library", path, "attach", "2", str(MEDIA / "sample.mp4"), "--json"])
    return {"path": path, "session": "1", "other": "2"}


def _recording(lib: dict[str, str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    run(["--library", lib["path"], "show", lib["other"], "--json"])
    return str(json.loads(capsys.readouterr().out)["recordings"][0]["id"])


COMMANDS: dict[str, Callable[[dict[str, str], str, str], list[str]]] = {
    "brief": lambda lib, rec, out: ["brief", lib["session"], "-o", out],
    "booklet": lambda lib, rec, out: ["brief", lib["session"], lib["other"], "-o", out],
    "export json": lambda lib, rec, out: ["export", "json", "-o", out],
    "export csv": lambda lib, rec, out: ["export", "csv", "-o", out],
    "chapters": lambda lib, rec, out: ["chapters", rec, "--export", out],
}
FIRST_BYTES = {
    "brief": b"%PDF",
    "booklet": b"%PDF",
    "export json": b"{",
    "export csv": b"\xef\xbb\xbfid,",
    "chapters": b"0:00",
}


@pytest.fixture()
def call(
    lib: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> Iterator[Callable[[str, Path], tuple[int, str]]]:
    rec = _recording(lib, capsys)
    previous = os.umask(0o022)

    def invoke(command: str, target: Path) -> tuple[int, str]:
        capsys.readouterr()
        code = run(["--library", lib["path"], *COMMANDS[command](lib, rec, str(target))])
        return code, capsys.readouterr().err

    yield invoke
    os.umask(previous)


def _siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_target_is_refused_and_no_part_file_is_left(
    call: Callable[[str, Path], tuple[int, str]], tmp_path: Path, command: str
) -> None:
    """Given a folder, the command says so, writes nothing and leaves no DIR.part beside it."""
    target = tmp_path / "out"
    target.mkdir()
    code, err = call(command, target)
    assert code == 1
    assert "is a folder" in err and "Traceback" not in err
    assert _siblings(tmp_path) == ["out"]
    assert list(target.iterdir()) == []


def _make_socket(path: Path) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    return sock


@pytest.mark.parametrize("command", COMMANDS)
def test_a_socket_target_is_refused(
    call: Callable[[str, Path], tuple[int, str]], tmp_path: Path, command: str
) -> None:
    target = tmp_path / "out"
    sock = _make_socket(target)
    try:
        code, err = call(command, target)
    finally:
        sock.close()
    assert code == 1 and "socket" in err
    assert stat.S_ISSOCK(target.lstat().st_mode)
    assert _siblings(tmp_path) == ["out"]


# Old code opened some targets for writing, which blocks forever on a FIFO with no reader: the
# FIFO case covers the commands that replaced the target by renaming instead.
@pytest.mark.parametrize("command", ["brief", "booklet", "export json"])
def test_a_fifo_target_is_refused(
    call: Callable[[str, Path], tuple[int, str]], tmp_path: Path, command: str
) -> None:
    target = tmp_path / "out"
    os.mkfifo(target)
    code, err = call(command, target)
    assert code == 1 and "FIFO" in err
    assert stat.S_ISFIFO(target.lstat().st_mode)
    assert _siblings(tmp_path) == ["out"]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("command", COMMANDS)
def test_a_device_target_is_refused_not_replaced(
    call: Callable[[str, Path], tuple[int, str]], tmp_path: Path, command: str
) -> None:
    """As root the old code replaced a device node with a regular file."""
    target = tmp_path / "null"
    os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    code, err = call(command, target)
    assert code == 1 and "device" in err
    assert stat.S_ISCHR(target.lstat().st_mode)
    assert _siblings(tmp_path) == ["null"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_link_is_written_through_and_stays_a_link(
    call: Callable[[str, Path], tuple[int, str]], tmp_path: Path, command: str
) -> None:
    """The file the link points to gets the content, in its own folder; the link stays."""
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "target.out"
    real.write_bytes(b"old")
    link = tmp_path / "link.out"
    link.symlink_to(real)
    code, err = call(command, link)
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes().startswith(FIRST_BYTES[command])
    assert _siblings(tmp_path) == ["link.out", "real"]
    assert _siblings(real_dir) == ["target.out"]


@pytest.mark.parametrize("command", COMMANDS)
def test_new_files_get_the_mode_the_umask_allows(
    call: Callable[[str, Path], tuple[int, str]], tmp_path: Path, command: str
) -> None:
    """Under umask 022 a new file is 0644 (a temporary file alone would give 0600)."""
    target = tmp_path / "sub" / "new.out"
    code, err = call(command, target)
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_bytes().startswith(FIRST_BYTES[command])
    assert _siblings(target.parent) == ["new.out"]


def test_a_replaced_file_keeps_its_own_mode(
    call: Callable[[str, Path], tuple[int, str]], tmp_path: Path
) -> None:
    target = tmp_path / "private.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    assert call("brief", target)[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF")


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "kept.txt"
    target.write_bytes(b"before")
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("renderer failed")
    assert target.read_bytes() == b"before"
    assert _siblings(tmp_path) == ["kept.txt"]


def test_a_link_loop_is_refused_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(ArchiveError, match="loops"), atomic_output(tmp_path / "a"):
        pass
