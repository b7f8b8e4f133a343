"""Decoding text files of unknown encoding (subtitles, summaries, notes, spreadsheets) one way."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from ..domain.input_files import InputFileError, looks_binary, read_capped
from ..domain.messages import _t

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Windows code pages, most common first: the legacy encodings text files here come in (Notepad,
# Excel, subtitle tools). DOS pages such as cp852 are left out on purpose: a detector prefers
# them for short Polish text and turns "Łódź" into box-drawing characters.
_LEGACY = ("cp1252", "cp1250", "cp1251", "cp1257", "cp1254", "cp1253")
# The code page to try first when a file name carries a language (talk.pl.srt).
_BY_LANGUAGE = {
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro", "sq"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk"), "cp1251"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "tr": "cp1254",
    "el": "cp1253",
}
_SAMPLE_BYTES = 64 * 1024  # enough text to judge an encoding by; a 20 MB file is not scored whole


def decode_legacy_text(data: bytes, language: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding used; never raises.

    A byte order mark decides first, then UTF-16 without a mark (told by its NUL bytes), then
    strict UTF-8, then the Windows code page under which the most non-ASCII characters are
    letters (``language`` breaks ties). Undecodable bytes become U+FFFD.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    # UTF-16 first: its ASCII letters with NUL high bytes are valid UTF-8 too, and no text
    # file holds NULs of its own.
    wide = _utf16_without_bom(data)
    if wide is not None:
        return data.decode(wide, errors="replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    preferred = _BY_LANGUAGE.get((language or "").lower()[:2])
    order = ([preferred] if preferred else []) + [c for c in _LEGACY if c != preferred]
    sample = data[:_SAMPLE_BYTES]
    best = max(order, key=lambda codec: _letter_score(sample, codec))
    return data.decode(best, errors="replace"), best


def read_legacy_text(path: Path, limit: int, what: str, language: str | None = None) -> str:
    """The text of the regular file ``path`` (capped as ``read_capped`` does) in whatever
    encoding it was saved; InputFileError when it is not a readable file or holds binary data."""
    data = read_capped(path, limit, what)
    if _utf16_without_bom(data) is None and looks_binary(data):
        raise InputFileError(
            path, _t("it holds binary data, not text. Check that it is the right file.")
        )
    return decode_legacy_text(data, language)[0]


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when most characters have a NUL high byte, as Latin text does."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    if odd_nuls > pairs * 0.3 and even_nuls < pairs * 0.05:
        return "utf-16-le"
    if even_nuls > pairs * 0.3 and odd_nuls < pairs * 0.05:
        return "utf-16-be"
    return None


def _letter_score(data: bytes, codec: str) -> int:
    """Non-ASCII letters minus other non-ASCII characters when ``data`` is read as ``codec``.

    Text in the right code page has letters where a wrong one shows symbols (cp1250's "ż"
    is cp1252's "¿"); max() keeps the first of equal scores, so the order above breaks ties.
    """
    score = 0
    for char in data.decode(codec, errors="replace"):
        if char < "\x80":
            continue
        score += 1 if unicodedata.category(char).startswith("L") else -1
    return score
