"""The layering rule: which of our packages may import which libraries (docs/architecture.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import webinar_archive

PACKAGE = Path(webinar_archive.__file__).parent
STDLIB = set(sys.stdlib_module_names)

PDF_WRITERS = (
    "export/booklet.py",
    "export/brief.py",
    "export/document.py",
    "export/fonts.py",
    "export/markdown_flow.py",
    "export/overview_page.py",
    "export/qr.py",
)

# library -> the only places (package paths relative to webinar_archive/) that may import it
ALLOWED = {
    "PySide6": ("ui/",),
    "sqlalchemy": ("storage/",),
    "alembic": ("storage/",),
    # The PDF writers only: brief options (export/options.py) stay free of it, so that the UI,
    # the CLI and the services import them at the top without loading reportlab.
    "reportlab": PDF_WRITERS,
    # Tests only: the reference the briefs' own encoder (export/qr_encoder.py) is checked against.
    "qrcode": (),
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
    """PySide6 only in ui/, SQLAlchemy and Alembic only in storage/, reportlab only in the PDF
    writers of export/, vlc only in the VLC backend."""
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
    """domain imports none of ours; the layers around it import domain (and storage its own
    file helpers) but not each other's outer neighbours; services no ui or cli; the ui never the
    cli; the cli never storage (it works through the services), nor the ui but to open it."""
    faces = ("ui", "cli")
    rules = {
        "domain/": ("storage", "services", "importers", "export", "playback", "media", *faces),
        "storage/": ("services", "importers", "export", "playback", *faces),
        # media may ask the VLC backend to parse a file when ffprobe is missing (vlc stays in one
        # module); playback never needs media.
        "media/": ("services", "storage", "importers", "export", *faces),
        "playback/": ("services", "storage", "importers", "export", "media", *faces),
        "importers/": ("services", "storage", "export", "playback", *faces),
        "export/": ("services", "storage", "importers", "playback", *faces),
        "services/": faces,
        "ui/": ("cli",),
        # The `gui` command opens the window: test_the_cli_imports_the_ui_only_to_open_the_...
        "cli/": ("storage",),
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


def test_brief_options_load_no_pdf_machinery():
    """Brief options, and the brief feature of the UI and the CLI that use them, are imported
    without loading reportlab (it is loaded when a brief is written)."""
    code = (
        "import sys, webinar_archive.export.options, webinar_archive.cli.briefs,"
        " webinar_archive.ui.brief_controller;"
        "print(','.join(m for m in ('reportlab', 'qrcode') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _module_name(rel: str) -> str:
    parts = rel.removesuffix(".py").split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(["webinar_archive", *parts])


def _our_imports(rel: str, path: Path, known: set[str]) -> set[str]:
    """Our modules that ``rel`` imports (absolute, relative, under TYPE_CHECKING or in a
    function alike): ``from . import x`` counts as the module x when there is one, not as the
    package."""
    name = _module_name(rel)
    package = name if rel.endswith("__init__.py") else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            bases = [alias.name for alias in node.names]
            found.update(b for b in bases if b in known)
            continue
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            module = f"{base}.{node.module}" if node.module else base
        else:
            module = node.module or ""
        submodules = {f"{module}.{alias.name}" for alias in node.names} & known
        found |= submodules
        # ``from pkg import sub`` needs the module sub, not what pkg/__init__ defines (Python
        # finds a submodule even while pkg/__init__ is still running): pkg counts only when a
        # name comes from its __init__.
        if module in known and len(submodules) < len(node.names):
            found.add(module)
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = {_module_name(rel) for rel, _ in modules}
    graph = {_module_name(rel): _our_imports(rel, path, known) for rel, path in modules}
    # Importing a.b.c runs a/__init__ and a/b/__init__ first; those edges are not cycles
    # of ours unless the package's __init__ imports back, which the graph already shows.
    return graph


def test_no_import_cycles_anywhere():
    """No module of ours imports itself back through others (a depth-first search)."""
    graph = _graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == []


# The main window's features: each is built with the shell and knows none of the others.
FEATURE_CONTROLLERS = {
    "webinar_archive.ui.catalogue_controller",
    "webinar_archive.ui.files_controller",
    "webinar_archive.ui.people_controller",
    "webinar_archive.ui.search_controller",
    "webinar_archive.ui.player_controller",
    "webinar_archive.ui.brief_controller",
    "webinar_archive.ui.import_controller",
    "webinar_archive.ui.library_controller",
    "webinar_archive.ui.session_editor",
}


def test_feature_controllers_do_not_import_each_other():
    """Features talk through the shell's signals and selection, never by importing a peer."""
    graph = _graph()
    offenders = sorted(
        f"{name} imports {other}"
        for name in FEATURE_CONTROLLERS
        for other in graph[name] & FEATURE_CONTROLLERS
    )
    assert offenders == []


def test_the_cli_imports_the_ui_only_to_open_the_desktop_app():
    """Of cli/, only sessions.py (the `gui` command) imports ui/, inside a function (importing
    the CLI loads no Qt: test_importing_services_pulls_in_neither_qt_nor_vlc)."""
    offenders = sorted(
        f"{name} imports {other}"
        for name, imported in _graph().items()
        if name.startswith("webinar_archive.cli") and name != "webinar_archive.cli.sessions"
        for other in imported
        if other.startswith("webinar_archive.ui")
    )
    assert offenders == []


def test_modules_are_imported_not_looked_up_by_name():
    """Every feature ships, so none is looked up by name (importlib.import_module, find_spec,
    __import__): such a look-up hides the import from mypy and from the checks in this file."""
    lookups = {"import_module", "find_spec", "__import__"}
    offenders = []
    for rel, path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                name = node.attr
            elif isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.ImportFrom) and node.module and "importlib" in node.module:
                name = next((a.name for a in node.names if a.name in lookups), "")
            else:
                continue
            if name in lookups:
                offenders.append(f"{rel}:{node.lineno} {name}")
    assert offenders == []
