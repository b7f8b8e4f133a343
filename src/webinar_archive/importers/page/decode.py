"""Bytes of a saved page to text: BOM, HTTP header, meta charset, then a statistical guess."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_XML_ENCODING = re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I)
# Browsers treat these labels as their superset; so do we, or Polish pages lose ł, ś and ż.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WHATWG_SUPERSETS = {
    "iso-8859-1": "windows-1252",
    "latin-1": "windows-1252",
    "ascii": "windows-1252",
}


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    try:
        found = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    return _WHATWG_SUPERSETS.get(found, found)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset the page or its HTTP header declares, if Python knows it."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and (codec := _codec(match.group(1))):
            return codec
    head = data[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        found = pattern.search(head)
        if found and (codec := _codec(found.group(1))):
            # A page served as UTF-16 cannot carry an ASCII meta tag, so that label lies.
            return "utf-8" if codec.startswith("utf-16") else codec
    return None


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode a saved page; never raises, undecodable bytes become U+FFFD."""
    if not data:
        return ""
    codec = declared_charset(data, content_type)
    if codec is not None:
        text = data.decode(codec, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            best = from_bytes(data[:200_000]).best()
            guess = _codec(best.encoding) if best is not None else None
            text = data.decode(guess or "windows-1252", errors="replace")
    return _CONTROL.sub("", text.lstrip("\ufeff"))
