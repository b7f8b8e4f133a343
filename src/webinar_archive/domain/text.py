"""Text folding shared by matching and search: accents, case and letters Unicode won't decompose."""

from __future__ import annotations

import re
import unicodedata

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
    }
)

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, with ł→l, ø→o, ß→ss and spaces collapsed."""
    text = text.translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
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


def slugify(text: str, max_length: int = 60) -> str:
    """A file-name-safe ASCII slug of ``text`` (used for brief and export file names)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:max_length].rstrip("-") or "untitled"
