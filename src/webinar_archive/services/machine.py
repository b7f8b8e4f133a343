"""Settings of this machine, kept beside the user's other settings, never in a shared catalogue.

A library shared on a NAS is mounted at ``/mnt/archive`` on one machine and ``Z:\\archive`` on
another; files linked in place there are recorded with the path of the machine that linked
them. Each machine lists here where the other machines' roots are for it.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.errors import ArchiveError
from ..domain.files import write_whole
from ..domain.messages import _t
from ..domain.path_mapping import PathMapping
from .paths import config_dir

MACHINE_FILE = "machine.json"


def machine_file() -> Path:
    return config_dir() / MACHINE_FILE


def _read() -> dict[str, object]:
    path = machine_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ArchiveError(
            _t("Cannot read this machine's settings {path}: {exc}. Fix or delete the file.").format(
                path=path, exc=exc
            )
        ) from exc
    if not isinstance(data, dict):
        raise ArchiveError(
            _t("{path} is not a settings file (not a JSON object). Delete it.").format(path=path)
        )
    return data


def read_setting(key: str) -> object:
    """One value of this machine's settings (None when it has none)."""
    return _read().get(key)


def write_setting(key: str, value: object) -> Path:
    """Set (None: remove) one value of this machine's settings; the rest stays."""
    data = _read()
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value
    return _write(data)


def load_path_mappings() -> tuple[PathMapping, ...]:
    """The mappings of this machine (none when the file is not there)."""
    entries = _read().get("path_mappings", [])
    mappings = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("recorded"), str):
            local = entry.get("local")
            if isinstance(local, str) and entry["recorded"] and local:
                mappings.append(PathMapping(entry["recorded"], local))
    return tuple(mappings)


def save_path_mappings(mappings: tuple[PathMapping, ...] | list[PathMapping]) -> Path:
    """Replace this machine's mappings (the file is written whole, then renamed)."""
    data = _read()
    data["path_mappings"] = [{"recorded": x.recorded, "local": x.local} for x in mappings]
    return _write(data)


def _write(data: dict[str, object]) -> Path:
    path = machine_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_whole(
        path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), prefix=".machine-"
    )
    return path
