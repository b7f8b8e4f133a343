"""Locating bundled data files (fonts, icons) in an installed package or a source checkout."""

from __future__ import annotations

import gettext
import io
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


def gettext_catalogue(domain: str, language: str) -> gettext.NullTranslations:
    """The gettext catalogue ``locale/<language>/LC_MESSAGES/<domain>``: the ``.mo`` the build
    put next to the package, else (a source checkout, which never holds a compiled file) the
    ``.po`` compiled in memory, so the two cannot disagree. English, the source language, and a
    language without a catalogue give the text as written."""
    folder = ("locale", language, "LC_MESSAGES")
    try:
        with resource_path(*folder, f"{domain}.mo").open("rb") as mo:
            return gettext.GNUTranslations(mo)
    except FileNotFoundError:
        pass
    try:
        po_path = resource_path(*folder, f"{domain}.po")
    except FileNotFoundError:
        return gettext.NullTranslations()
    # Babel only here, and only in a checkout: an installed app reads the compiled file.
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as po:
        catalog = read_po(po, locale=language, domain=domain)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
