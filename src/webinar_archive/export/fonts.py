"""Registering the bundled DejaVu fonts with reportlab so every European script prints."""

from __future__ import annotations

import threading
from dataclasses import dataclass

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
    global _registered
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
        _registered = True
        return FONTS
