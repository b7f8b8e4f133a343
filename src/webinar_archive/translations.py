"""The translation catalogues: the window's .ts sources in resources/i18n and the .qm files built
from them; the app's messages (domain.messages) in the gettext catalogue resources/locale/*/
LC_MESSAGES/messages.po, which the build compiles to .mo.

Stdlib only at import, so the build hook (setup.py), the dev scripts and the app itself share it
without importing Qt (Babel is imported by the message functions only).
``python -m webinar_archive.translations update`` re-extracts both from the sources (``update-
messages`` only the messages); ``... build [FOLDER]`` compiles the .ts to .qm.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# The catalogues. English is the source language: its catalogue holds only the plurals, whose
# source text ("%n session(s)") needs English forms too.
LANGUAGES = ("en", "pl")
PLURAL_ONLY = ("en",)
CATALOGUE_PREFIX = "webinar_archive_"

_PACKAGE_DIR = Path(__file__).resolve().parent
# A source checkout: src/webinar_archive -> src -> the repository root.
_CHECKOUT = _PACKAGE_DIR.parents[1]


class ToolMissing(RuntimeError):
    """Qt's lupdate or lrelease cannot be found."""


def source_dir() -> Path:
    """resources/i18n of the source checkout (where the .ts files live)."""
    return _CHECKOUT / "resources" / "i18n"


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or source_dir()) / f"{CATALOGUE_PREFIX}{language}.ts"


def qm_name(language: str) -> str:
    return f"{CATALOGUE_PREFIX}{language}.qm"


def find_tool(name: str) -> Path:
    """Qt's ``lrelease`` or ``lupdate``: PySide6's own copy (no import of Qt), else the PATH.

    ``WEBINAR_ARCHIVE_LRELEASE`` / ``WEBINAR_ARCHIVE_LUPDATE`` name one explicitly.
    """
    explicit = os.environ.get(f"WEBINAR_ARCHIVE_{name.upper()}")
    if explicit:
        return Path(explicit)
    # The PySide6 package on the path, found without importing Qt (the build hook has no Qt).
    for entry in sys.path:
        for candidate in (name, f"{name}.exe", f"Qt/libexec/{name}"):
            path = Path(entry or ".") / "PySide6" / candidate
            if path.is_file() and os.access(path, os.X_OK):
                return path
    for command in (f"pyside6-{name}", f"{name}-qt6", name):
        found = shutil.which(command)
        if found:
            return Path(found)
    raise ToolMissing(
        f"Qt's {name} was not found: install PySide6 (pip install PySide6-Essentials) "
        f"or name the program in WEBINAR_ARCHIVE_{name.upper()}"
    )


def build(target: Path | None = None, sources: Path | None = None) -> list[Path]:
    """Compile every .ts of ``sources`` to a .qm in ``target`` (both default to resources/i18n)."""
    sources = sources or source_dir()
    target = target or sources
    target.mkdir(parents=True, exist_ok=True)
    lrelease = find_tool("lrelease")
    built = []
    for language in LANGUAGES:
        qm = target / qm_name(language)
        # Written beside and renamed: a running app may have the old file mapped.
        partial = qm.with_name(f".{qm.name}.{os.getpid()}")
        result = subprocess.run(
            [str(lrelease), "-silent", str(ts_path(language, sources)), "-qm", str(partial)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not partial.is_file():
            partial.unlink(missing_ok=True)
            raise RuntimeError(f"lrelease failed on {ts_path(language, sources)}: {result.stderr}")
        os.replace(partial, qm)
        built.append(qm)
    return built


def ensure_built(language: str) -> Path:
    """The .qm of a source checkout, (re)built when missing or older than its .ts."""
    ts = ts_path(language)
    qm = ts.with_suffix(".qm")
    if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
        build()
    return qm


def python_sources(root: Path | None = None) -> list[Path]:
    """The modules lupdate reads: every user-facing string lives in the ui package."""
    package = (root or _CHECKOUT / "src") / "webinar_archive" / "ui"
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts_files: list[Path] | None = None, root: Path | None = None) -> None:
    """Re-extract the strings of the sources into the .ts files (kept translations stay;
    vanished strings are dropped, new ones come in unfinished)."""
    lupdate = find_tool("lupdate")
    files = ts_files or [ts_path(lang) for lang in LANGUAGES]
    base = (root or _CHECKOUT).resolve()
    # A list file keeps the command line short and the locations relative to the checkout.
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in python_sources(base / "src")))
    try:
        for ts in files:
            language = ts.stem.removeprefix(CATALOGUE_PREFIX)
            result = subprocess.run(
                [
                    str(lupdate),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    *(["-pluralonly"] if language in PLURAL_ONLY else []),
                    f"@{lst.name}",
                    "-ts",
                    str(ts),
                ],
                capture_output=True,
                text=True,
                check=False,
                cwd=base,
            )
            if result.returncode != 0:
                raise RuntimeError(f"lupdate failed on {ts}: {result.stderr}")
    finally:
        os.unlink(lst.name)


# The marks of domain.messages, as Babel's extractor is told them (name: the message arguments).
MESSAGE_KEYWORDS: dict[str, Any] = {"_t": None, "_tn": (1, 2), "_mark": None}
MESSAGE_LANGUAGES = ("pl",)  # English is the source language: it needs no catalogue


def messages_po(language: str, root: Path | None = None) -> Path:
    return (root or _CHECKOUT) / "resources" / "locale" / language / "LC_MESSAGES" / "messages.po"


def extract_messages(root: Path | None = None):  # type: ignore[no-untyped-def]
    """Every marked message of the package's sources, as a Babel catalogue (the template)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    base = (root or _CHECKOUT).resolve()
    package = base / "src" / "webinar_archive"
    template = Catalog(project="Webinar Archive", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(package),
        method_map=[("**.py", "python")],
        keywords=MESSAGE_KEYWORDS,
        comment_tags=("TRANSLATORS:",),
    ):
        location = (package.relative_to(base).joinpath(filename).as_posix(), lineno)
        template.add(message, None, [location], auto_comments=comments, context=context)
    return template


def update_messages(root: Path | None = None) -> list[Path]:
    """Bring every messages.po up to the sources: new messages come in untranslated, vanished
    ones are dropped, translations made stay (no line numbers, so a file changes only when its
    messages do)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = extract_messages(root)
    written = []
    for language in MESSAGE_LANGUAGES:
        po = messages_po(language, root)
        if po.is_file():
            with po.open("rb") as infile:
                catalog = read_po(infile, locale=language, domain="messages")
        else:
            catalog = Catalog(locale=language, domain="messages", project="Webinar Archive")
        before = {m.id for m in catalog if m.id}, catalog.creation_date
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        if {m.id for m in catalog if m.id} == before[0]:
            catalog.creation_date = before[1]  # the same messages: the file stays as it was
        po.parent.mkdir(parents=True, exist_ok=True)
        with po.open("wb") as outfile:
            write_po(outfile, catalog, width=100, include_lineno=False, sort_output=True)
        written.append(po)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        if args[:1] == ["update"]:
            update()
            print("Updated " + ", ".join(str(ts_path(lang)) for lang in LANGUAGES))
            print("Updated " + ", ".join(str(po) for po in update_messages()))
        elif args[:1] == ["update-messages"]:
            print("Updated " + ", ".join(str(po) for po in update_messages()))
        elif args[:1] == ["build"] and len(args) <= 2:
            for qm in build(Path(args[1]) if len(args) == 2 else None):
                print(f"Built {qm}")
        else:
            print(
                "usage: python -m webinar_archive.translations update | update-messages | "
                "build [FOLDER]",
                file=sys.stderr,
            )
            return 2
    except (ToolMissing, RuntimeError, OSError) as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
