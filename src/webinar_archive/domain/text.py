"""Text rules shared by every layer: control-character cleaning, terminal-safe output, folding."""

from __future__ import annotations

import re
import unicodedata

# C0 controls, DEL and C1 controls: never text. ESC (\x1b) and CSI (\x9b) start terminal
# escape sequences, so a title holding them could recolour, retitle or clear a terminal.
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
# Lone surrogates come from undecodable bytes (file names, argv); they cannot be encoded.
_SURROGATES = {c: "\ufffd" for c in range(0xD800, 0xE000)}

_LINE_TABLE: dict[int, str | None] = {c: None for c in _CONTROLS}
_LINE_TABLE.update({ord(c): " " for c in "\t" + _LINE_BREAKS})
_LINE_TABLE.update(_SURROGATES)

_TEXT_TABLE: dict[int, str | None] = {c: None for c in _CONTROLS}
_TEXT_TABLE.update({ord(c): "\n" for c in "\r\x0b\x0c\x85"})
_TEXT_TABLE.update({ord("\n"): "\n", ord("\t"): "\t"})
_TEXT_TABLE.update(_SURROGATES)

# Letters that NFKD leaves whole, so stripping combining marks does not fold them.
_EXTRA_FOLDS = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "Ŧ": "t",
        "\u2019": "'",
        "\u2018": "'",
        # Controls fold to nothing (line breaks to a space) as clean_line() stores them.
        **{chr(c): None for c in _CONTROLS},
        **{c: " " for c in "\t" + _LINE_BREAKS},
    }
)

_SPACE = re.compile(r"\s+")
# The combining marks of the Combining Diacritical Marks block (U+034F, the grapheme joiner,
# is not one: ``fold`` keeps it).
_LATIN_MARKS = {c: None for c in range(0x300, 0x370) if unicodedata.combining(chr(c))}

# Explicit bidi embeddings, overrides and isolates (not the implicit LRM/RLM/ALM marks).
_BIDI_EXPLICIT = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def clean_line(text: str) -> str:
    """``text`` fit for a one-line field: controls dropped, tabs and line breaks made spaces."""
    return text.translate(_LINE_TABLE)


def clean_text(text: str) -> str:
    """``text`` fit for a multi-line field: controls dropped, line breaks as ``\\n``, tabs kept."""
    return text.replace("\r\n", "\n").translate(_TEXT_TABLE)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TERMINAL_TABLE: dict[int, str] = {
    c: _escape(chr(c))
    for c in (*_CONTROLS, *range(0xD800, 0xE000), *map(ord, _BIDI_EXPLICIT + "\u2028\u2029"))
}
_TERMINAL_TABLE[ord("\t")] = "\t"
_TERMINAL_MULTILINE = {**_TERMINAL_TABLE, ord("\n"): "\n"}


def terminal_text(text: str, *, multiline: bool = False) -> str:
    """``text`` safe to print on a terminal: controls shown as ``\\x1b``-style escapes.

    Catalogues written before text was cleaned on the way in may still hold escape sequences.
    Explicit bidi overrides and isolates are shown escaped too: a terminal applies them to the
    rest of the line, across columns, so they could make one record look like another. The
    implicit marks (LRM, RLM, ALM) only steer neighbouring punctuation and stay.
    """
    return text.translate(_TERMINAL_MULTILINE if multiline else _TERMINAL_TABLE)


# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection"):
# such a cell is written with a leading apostrophe, which spreadsheets take as "text follows".
# Apostrophes already in front of one are counted too, so that reading back is exact.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")


def spreadsheet_cell(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet will run: ``=SUM(A1)`` becomes ``'=SUM(A1)``."""
    return "'" + text if _FORMULA_START.match(text) else text


def from_spreadsheet_cell(cell: str) -> str:
    """Undo :func:`spreadsheet_cell` (exactly: ``''=x`` was written for ``'=x``)."""
    return cell[1:] if cell.startswith("'") and _FORMULA_START.match(cell, 1) else cell


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, with ł→l, ø→o, ß→ss and spaces collapsed."""
    text = text.translate(_EXTRA_FOLDS)
    if text.isascii():
        # NFKD, combining marks and casefold change nothing else in ASCII; split() cuts on
        # the same whitespace as ``_SPACE`` (an import folds every title twice).
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    # The accents of Latin letters in one C call; a character-by-character look-up only for
    # text that still has other characters.
    stripped = decomposed.translate(_LATIN_MARKS)
    if not stripped.isascii():
        stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped.casefold().translate(_EXTRA_FOLDS)).strip()


def sort_name(display_name: str) -> str:
    """Derive a 'Family, Given' sort key from a display name (last word is taken as family name)."""
    parts = display_name.split()
    if len(parts) < 2:
        return display_name.strip()
    # Particles such as "Le", "van", "de" belong to the family name.
    particles = {"le", "la", "de", "del", "della", "van", "von", "der", "den", "du", "da", "di"}
    i = len(parts) - 1
    while i > 1 and parts[i - 1].lower() in particles:
        i -= 1
    return f"{' '.join(parts[i:])}, {' '.join(parts[:i])}"


def is_storable(text: str) -> bool:
    """False for a name read from the file system whose bytes are not UTF-8: Python keeps
    them as lone surrogates, which no database, JSON file or terminal accepts."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable(text: object) -> str:
    """``str(text)`` with undecodable file-system bytes shown as U+FFFD, fit to print and store."""
    return str(text).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def abbreviate(text: str, limit: int = 120) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis: a label, not the whole value."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def slugify(text: str, max_length: int = 60) -> str:
    """A file-name-safe ASCII slug of ``text`` (used for brief and export file names)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:max_length].rstrip("-") or "untitled"
