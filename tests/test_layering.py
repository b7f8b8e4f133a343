"""The layering rule: which of our packages may import which libraries (architecture.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import webinar_archive

PACKAGE = Path(webinar_archive.__file__).parent
STDLIB = set(sys.stdlib_module_names)

# library -> the only places (package paths relative to webinar_archive/) that may import it
ALLOWED = {
    "PySide6": ("ui/",),
    "sqlalchemy": ("storage/",),
    "alembic": ("storage/",),
    "reportlab": ("export/",),
    "vlc": ("playback/vlc_backend.py",),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _modules() -> list[tuple[str, Path]]:
    return [(p.relative_to(PACKAGE).as_posix(), p) for p in sorted(PACKAGE.rglob("*.py"))]


def test_restricted_libraries_stay_in_their_layer():
    """PySide6 only in ui/, SQLAlchemy and Alembic only in storage/, reportlab only in export/,
    vlc only in the VLC backend."""
    offenders = []
    for rel, path in _modules():
        for name in _imports(path):
            allowed = ALLOWED.get(name)
            if allowed is not None and not rel.startswith(allowed):
                offenders.append(f"{rel} imports {name}")
    assert offenders == []


def test_domain_imports_only_the_standard_library():
    """domain/ depends on nothing but the stdlib (and itself)."""
    offenders = [
        f"{rel} imports {name}"
        for rel, path in _modules()
        if rel.startswith("domain/")
        for name in _imports(path)
        if name not in STDLIB and name != "__future__"
    ]
    assert offenders == []


def test_inner_layers_do_not_import_outer_ones():
    """domain imports none of ours; storage no services/ui; services no ui or cli."""
    rules = {
        "domain/": ("storage", "services", "ui", "cli", "importers", "export", "playback", "media"),
        "storage/": ("services", "ui", "cli", "importers", "export", "playback"),
        "services/": ("ui", "cli"),
        "media/": ("ui", "services", "storage", "cli"),
        "importers/": ("ui", "cli"),
        "export/": ("ui", "cli", "storage"),
    }
    offenders = []
    for rel, path in _modules():
        forbidden = next((v for k, v in rules.items() if rel.startswith(k)), ())
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if node.level > 0:
                    target = module.split(".")[0]
                    if node.level == 1 and "/" in rel:
                        continue  # same package
                elif module.startswith("webinar_archive."):
                    target = module.split(".")[1]
                else:
                    continue
                if target in forbidden:
                    offenders.append(f"{rel} imports {target}")
    assert offenders == []


def test_importing_services_pulls_in_neither_qt_nor_vlc():
    """A fresh interpreter that imports the services and the CLI has no PySide6 or vlc loaded."""
    code = (
        "import sys, webinar_archive.services.archive, webinar_archive.cli;"
        "bad=[m for m in ('PySide6','vlc','reportlab') if m in sys.modules];"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
