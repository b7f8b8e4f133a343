"""Locating bundled data files (fonts, icons) in an installed package or a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    # An installed wheel carries its data inside the package; a source checkout keeps it in the
    # top-level resources/ folder, two levels up (src/webinar_archive -> src -> repo root).
    # Looking further up could pick an unrelated folder that happens to be named resources.
    roots = [_PACKAGE_DIR / "resources"]
    roots.extend(parent / "resources" for parent in _PACKAGE_DIR.parents[:2])
    return tuple(root for root in roots if root.is_dir())


def resource_path(*parts: str) -> Path:
    """Absolute path of a bundled resource such as ``resource_path("fonts", "DejaVuSans.ttf")``.

    Raises FileNotFoundError, naming every folder searched, when no root holds the file.
    """
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    searched = ", ".join(str(r) for r in _roots()) or "no resources folder found"
    raise FileNotFoundError(f"Resource {'/'.join(parts)} not found (searched: {searched})")
