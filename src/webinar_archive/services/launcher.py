"""The desktop launcher: .desktop entry, AppStream metadata and icon in the user's XDG folders."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import APP_ID
from ..domain.errors import ArchiveError
from ..domain.files import write_whole
from ..domain.messages import _t
from ..resources import resource_path

COMMAND = "webinar-archive"


@dataclass(frozen=True)
class LauncherFiles:
    """Where the launcher's three files go under one data folder (``$XDG_DATA_HOME``)."""

    data_home: Path

    @property
    def desktop(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.data_home / "metainfo" / f"{APP_ID}.metainfo.xml"

    @property
    def icon(self) -> Path:
        return self.data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"

    def all(self) -> tuple[Path, Path, Path]:
        return (self.desktop, self.metainfo, self.icon)


def user_data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` as the XDG specification says when unset."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> str:
    """What the launcher runs: the command by name when the desktop will find it on PATH, else
    the absolute path of the one running now (a virtual environment of a source checkout)."""
    on_path = shutil.which(COMMAND)
    running = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if on_path and (running is None or Path(on_path).resolve() == running):
        return COMMAND
    if running is not None and running.name == COMMAND and os.access(running, os.X_OK):
        return shlex.quote(str(running))
    scripts = Path(sys.executable).parent / COMMAND
    if scripts.exists():
        return shlex.quote(str(scripts))
    return f"{shlex.quote(sys.executable)} -m webinar_archive"


def _desktop_entry(command: str) -> bytes:
    template = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = [
        f"Exec={command}" if line.startswith("Exec=") else line for line in template.splitlines()
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def install_launcher(data_home: Path | None = None, command: str | None = None) -> LauncherFiles:
    """Write the three files (replacing older copies) and return where they went."""
    files = LauncherFiles(data_home or user_data_home())
    contents = (
        _desktop_entry(command or launch_command()),
        resource_path("desktop", f"{APP_ID}.metainfo.xml").read_bytes(),
        resource_path("icons", f"{APP_ID}.svg").read_bytes(),
    )
    for target, data in zip(files.all(), contents, strict=True):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_whole(target, data)
        except OSError as exc:
            raise ArchiveError(
                _t(
                    "Could not write the launcher file {target}: {value}. Check that the "
                    "folder is yours and writable, then run the command again."
                ).format(target=target, value=exc.strerror or exc)
            ) from exc
    return files


def uninstall_launcher(data_home: Path | None = None) -> list[Path]:
    """Remove the files an earlier install wrote; returns those that were there."""
    files = LauncherFiles(data_home or user_data_home())
    removed = []
    for target in files.all():
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ArchiveError(
                _t("Could not remove the launcher file {target}: {value}.").format(
                    target=target, value=exc.strerror or exc
                )
            ) from exc
        removed.append(target)
    return removed
