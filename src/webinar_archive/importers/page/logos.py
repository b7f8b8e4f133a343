"""The names a page's logo gives its site: the image's alternative text, or the text of a
link home marked as the logo ("MBAV – Musée des Beaux-Arts de Valdrieu") or holding the logo's
image beside the name ("Godło" then "Kuratorium Oświaty w X": the emblem's alternative text
says what the image is, the link's text names the body)."""

from __future__ import annotations

import re
from typing import Any

from webinar_archive.domain.text import fold

from .blocks import clean_space

_PARTS = re.compile(r"\s+[–—|-]\s+|\s*[|·•]\s*")
# What an image is rather than whom it names: "Godło", "Logo", "Wappen", "Escudo", folded.
_IMAGE_WORDS = frozenset(
    [
        "logo", "logotyp", "logotipo", "logotype", "godlo", "herb", "znak", "wappen",
        "stadtwappen", "emblem", "embleme", "escudo", "stemma", "erb", "znak mesta",
        "coat of arms", "crest", "home", "startseite", "accueil", "inicio", "strona glowna",
        "uvodni stranka",
    ]
)  # fmt: skip
_HOME = ("/", "./", "index.html", "index.php")


def _is_logo(el: Any) -> bool:
    for node in [el, *el.iterancestors()]:
        if not isinstance(node.tag, str):
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if "logo" in marks or node.tag == "header":
            return True
        if node.tag == "a" and (node.get("href") or "").strip() in _HOME:
            return True
    return False


def _own_parts(el: Any, text: str) -> list[str]:
    """The texts of a logo link's own elements when they make up its text: "IZSAT" and
    "Istituto Zooprofilattico ..." set in two spans are two names of the site, not one."""
    parts = [clean_space(c.text_content()) for c in el if isinstance(c.tag, str)]
    parts = [p for p in parts if p]
    return parts if len(parts) > 1 and " ".join(parts) == text else []


def logo_names(root: Any) -> list[str]:
    """Names of the site its logo shows, each part of an "Acronym – Long name" apart."""
    found: list[str] = []
    for el in root.iter("img", "a"):
        if el.tag == "img":
            text = clean_space(el.get("alt") or "")
            if fold(text) in _IMAGE_WORDS:
                continue
        else:
            classes = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
            # A link home around an emblem and the body's name: the name is the link's text.
            home = (el.get("href") or "").strip() in _HOME and any(True for _ in el.iter("img"))
            text = clean_space(el.text_content()) if "logo" in classes or home else ""
        if not text or len(text) > 120 or not _is_logo(el):
            continue
        parts = [p for p in _PARTS.split(text) if p.strip()]
        if len(parts) < 2 and el.tag == "a":
            parts = _own_parts(el, text)
        for part in parts if len(parts) > 1 else [text]:
            part = part.strip()
            if part and part not in found and re.search(r"[^\W\d_]", part):
                found.append(part)
        if len(found) >= 12:
            break
    return found
