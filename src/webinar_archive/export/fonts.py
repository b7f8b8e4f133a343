"""The brief fonts: the bundled DejaVu faces, and system fonts for the scripts DejaVu lacks."""

from __future__ import annotations

import contextlib
import contextvars
import re
import subprocess
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from webinar_archive.resources import resource_path


@dataclass(frozen=True, slots=True)
class FontSet:
    """Names under which the brief fonts are registered with reportlab."""

    regular: str = "WA-Sans"
    bold: str = "WA-Sans-Bold"
    italic: str = "WA-Sans-Oblique"
    bold_italic: str = "WA-Sans-BoldOblique"
    mono: str = "WA-Mono"


FONTS = FontSet()

_FILES = {
    FONTS.regular: "DejaVuSans.ttf",
    FONTS.bold: "DejaVuSans-Bold.ttf",
    FONTS.italic: "DejaVuSans-Oblique.ttf",
    FONTS.bold_italic: "DejaVuSans-BoldOblique.ttf",
    FONTS.mono: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> FontSet:
    """Register the fonts once per process (idempotent, thread-safe) and return their names.

    Helvetica and the other standard PDF fonts only cover Latin-1, so Polish, Czech, Greek and
    Cyrillic letters would come out as boxes; DejaVu Sans covers all of them.
    """
    global _registered, _covered
    with _lock:
        if _registered:
            return FONTS
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # The family lets Paragraph markup (<b>, <i>) pick the right face.
        pdfmetrics.registerFontFamily(
            FONTS.regular,
            normal=FONTS.regular,
            bold=FONTS.bold,
            italic=FONTS.italic,
            boldItalic=FONTS.bold_italic,
        )
        for bold, italic, face in (
            (0, 0, FONTS.regular),
            (1, 0, FONTS.bold),
            (0, 1, FONTS.italic),
            (1, 1, FONTS.bold_italic),
        ):
            addMapping(FONTS.mono, bold, italic, FONTS.mono)
            addMapping(FONTS.regular, bold, italic, face)
        _covered = frozenset(pdfmetrics.getFont(FONTS.regular).face.charToGlyph)
        _registered = True
        return FONTS


# ----------------------------------------------------------------------------------------------
# Fallback fonts for the scripts DejaVu does not cover (CJK, Thai, Devanagari, ...)

FontFile = tuple[str, int]
"""A font file and the index of the face in it (collections hold several)."""

_SKIPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})
_EAST_ASIAN = frozenset(
    {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "BOPOMOFO", "KANGXI", "FULLWIDTH"}
)
_SCRIPT_NAMES = {"CJK": "Chinese/Japanese/Korean", "IDEOGRAPHIC": "Chinese/Japanese/Korean"}

_covered: frozenset[int] = frozenset()
_fallback_lock = threading.Lock()
_by_script: dict[str, list[tuple[str, frozenset[int]]]] = {}
_lookups: dict[str, int] = {}
_font_of: dict[int, str | None] = {}  # per character, once decided
_loaded: dict[FontFile, tuple[str, frozenset[int]] | None] = {}
_missing: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "wa_missing_glyphs", default=None
)


def system_font_files(char: str) -> list[FontFile]:
    """TrueType fonts on this machine that fontconfig says have ``char``, best match first."""
    try:
        result = subprocess.run(
            [
                "fc-match",
                "-s",
                "-f",
                "%{file}\t%{index}\t%{fontformat}\n",
                f":charset={ord(char):x}",
            ],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):  # no fontconfig tools: no fallback
        return []
    found: list[FontFile] = []
    for line in result.stdout.splitlines():
        file, _, rest = line.partition("\t")
        index, _, kind = rest.partition("\t")
        # reportlab reads TrueType outlines only (not CFF ".otf", not bitmap emoji fonts).
        if kind == "TrueType" and index.isdigit() and file.lower().endswith((".ttf", ".ttc")):
            found.append((file, int(index)))
    return found


font_finder: Callable[[str], list[FontFile]] = system_font_files
"""How fallback fonts are looked up; tests replace it to simulate a machine without them."""


def script_of(char: str) -> str:
    """A coarse script key from the character's Unicode name ("THAI", "CJK", "DEVANAGARI")."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else f"U+{ord(char) >> 7:04X}"


def forget_fallbacks() -> None:
    """Look fallback fonts up again next time (after fonts were installed, or in tests)."""
    with _fallback_lock:
        _by_script.clear()
        _lookups.clear()
        _font_of.clear()


def _load(file: FontFile) -> tuple[str, frozenset[int]] | None:
    if file in _loaded:
        return _loaded[file]
    path, index = file
    # The name goes into Paragraph markup as an attribute: keep it to plain characters.
    name = f"WA-Fallback-{re.sub(r'[^A-Za-z0-9-]', '_', Path(path).stem)}-{index}"
    try:
        font = TTFont(name, path, subfontIndex=index)
    except Exception:  # not a font reportlab can embed: try the next one
        _loaded[file] = None
        return None
    pdfmetrics.registerFont(font)
    for bold in (0, 1):  # <b> and <i> around such text keep the same face
        for italic in (0, 1):
            addMapping(name, bold, italic, name)
    _loaded[file] = loaded = (name, frozenset(font.face.charToGlyph))
    return loaded


def _fallback_for(char: str) -> str | None:
    """The name of a registered font that draws ``char``. fontconfig is asked about the first
    such character of each script, and again (a few times at most) for characters the fonts
    found so far for the script lack."""
    code = ord(char)
    if code in _font_of:
        return _font_of[code]
    key = script_of(char)
    with _fallback_lock:
        _font_of[code] = found = _find(code, char, key)
    return found


def _find(code: int, char: str, key: str) -> str | None:
    fonts = _by_script.setdefault(key, [])
    for name, cmap in fonts:
        if code in cmap:
            return name
    if _lookups.get(key, 0) >= 3:
        return None
    _lookups[key] = _lookups.get(key, 0) + 1
    for file in font_finder(char)[:8]:
        loaded = _load(file)
        if loaded is not None and code in loaded[1]:
            fonts.append(loaded)
            return loaded[0]
    return None


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` as runs of (font name, text): None for the brief's own font, else a system
    font that has the characters. Characters no font here can draw stay in the brief font
    (they print as boxes) and are reported to :func:`collect_missing_glyphs`."""
    register_fonts()
    if text.isascii():
        return [(None, text)]
    runs: list[tuple[str | None, str]] = []
    current: str | None = None
    start = 0
    for index, char in enumerate(text):
        if ord(char) in _covered or unicodedata.category(char) in _SKIPPED_CATEGORIES:
            # A combining mark stays with the letter it sits on.
            font = current if unicodedata.combining(char) else None
        else:
            font = _fallback_for(char)
            if font is None:
                missing = _missing.get()
                if missing is not None:
                    missing.add(char)
        if font != current:
            if index > start:
                runs.append((current, text[start:index]))
            current, start = font, index
    runs.append((current, text[start:]))
    return runs


@contextlib.contextmanager
def collect_missing_glyphs() -> Iterator[set[str]]:
    """Within the block, characters no font could draw are added to the yielded set."""
    found: set[str] = set()
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def missing_glyphs_message(chars: set[str]) -> str:
    """What to tell the user about characters that printed as boxes, and what to install."""
    by_script: dict[str, list[str]] = {}
    for char in sorted(chars):
        by_script.setdefault(script_of(char), []).append(char)
    parts = []
    for key, found in sorted(by_script.items()):
        shown = "".join(found[:8]) + ("…" if len(found) > 8 else "")
        parts.append(f"{_SCRIPT_NAMES.get(key, key.title())} ({shown})")
    packages = ["fonts-noto-core"] if any(k not in _EAST_ASIAN for k in by_script) else []
    if any(k in _EAST_ASIAN for k in by_script):
        packages.append("fonts-wqy-zenhei")
    return (
        f"{len(chars)} character(s) have no font on this computer and print as boxes: "
        f"{', '.join(parts)}. Install a TrueType font that has them (on Debian or Ubuntu: "
        f"sudo apt install {' '.join(packages)}), then export again."
    )
