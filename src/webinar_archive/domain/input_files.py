"""Reading the files a user names: regular files only, under a set size, text when text is due."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import ArchiveError
from .messages import _t
from .os_errors import plain_reason

MB = 1024 * 1024

# Every input the archive reads whole goes through read_capped with one of these caps: a FIFO,
# /dev/zero or a runaway download must end in a clear refusal, never in a hang or a full memory.
PAGE_LIMIT = 20 * MB  # a saved or downloaded web page
STDIN_LIMIT = PAGE_LIMIT  # a page or text piped on standard input
SUMMARY_LIMIT = 5 * MB  # a Markdown summary (--summary-file, summary.md in a session folder)
SUBTITLE_LIMIT = 20 * MB  # a subtitle track or a chapter list
TEXT_DOCUMENT_LIMIT = 20 * MB  # a .txt or .md document whose text is extracted for search
CSV_LIMIT = 100 * MB  # a spreadsheet of sessions
EXCHANGE_LIMIT = 1024 * MB  # a JSON exchange file (a whole library with its transcripts)

_READ_CHUNK = 1024 * 1024
_SNIFF_BYTES = 8192
# The bytes the WHATWG sniffing rules call binary: controls that text (even legacy) never uses.
_BINARY_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class InputFileError(ArchiveError):
    """A file given as input is not read: not a regular file, over its size limit, or not text.

    The message names the file; ``reason`` is the same without the name, for lists that
    already show it (import reports, attach results).
    """

    def __init__(self, name: Path | str, reason: str) -> None:
        super().__init__(_t("Not reading {name}: {reason}").format(name=name, reason=reason))
        self.name = str(name)
        self.reason = reason


def size_text(size: int) -> str:
    """``20 MB``, ``512 KB``, ``17 bytes``: a size as a user reads it in a message."""
    if size >= MB:
        return f"{size / MB:.3g} MB"
    if size >= 1024:
        return f"{size / 1024:.3g} KB"
    return f"{size} bytes"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return _t("it is a folder, not a regular file.")
    if stat.S_ISFIFO(mode):
        return _t("it is a pipe (FIFO), not a regular file.")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _t("it is a device, not a regular file.")
    if stat.S_ISSOCK(mode):
        return _t("it is a socket, not a regular file.")
    return _t("it is not a regular file.")


def _not_regular(path: Path, mode: int) -> InputFileError:
    return InputFileError(
        path, _kind(mode) + " " + _t("Save the content to a file and give that file.")
    )


def _too_large(name: Path | str, limit: int, what: str) -> InputFileError:
    return InputFileError(
        name,
        _t(
            "it is larger than {size}, the limit for {what}. "
            "Check that it is the right file, or make it smaller."
        ).format(size=size_text(limit), what=what),
    )


def _unreadable(path: Path, exc: OSError) -> InputFileError:
    return InputFileError(path, plain_reason(exc))


def check_regular_file(path: Path) -> os.stat_result:
    """The file's status when ``path`` (after symlinks) is a regular file; else InputFileError.

    Only stat is used, so a FIFO or a device is refused without being opened (opening a FIFO
    for reading waits for a writer; opening some devices has effects of its own).
    """
    try:
        status = os.stat(path)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not stat.S_ISREG(status.st_mode):
        raise _not_regular(path, status.st_mode)
    return status


def read_capped(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the regular file ``path``, refused (InputFileError) past ``limit`` bytes.

    ``what`` names the kind of input in messages ("a web page"). The file is checked by stat
    before it is opened, opened without blocking, checked again on the open descriptor (it may
    have been swapped in between) and read to at most ``limit + 1`` bytes, as sizes can lie
    (files that grow, /proc).
    """
    path = Path(path)
    status = check_regular_file(path)
    if status.st_size > limit:
        raise _too_large(path, limit, what)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(path, mode)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = _read_up_to(handle, limit + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    finally:
        os.close(fd)
    if len(data) > limit:
        raise _too_large(path, limit, what)
    return data


def read_capped_stream(stream: BinaryIO, limit: int, what: str, name: str) -> bytes:
    """At most ``limit`` bytes of an open stream (standard input), refused when there are more."""
    data = _read_up_to(stream, limit + 1)
    if len(data) > limit:
        raise _too_large(name, limit, what)
    return data


def _read_up_to(stream: BinaryIO, count: int) -> bytes:
    parts: list[bytes] = []
    left = count
    while left > 0:
        chunk = stream.read(min(left, _READ_CHUNK))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def read_capped_text(
    path: Path, limit: int, what: str, *, encoding: str = "utf-8-sig", errors: str = "strict"
) -> str:
    """``read_capped`` decoded; binary content or (with ``errors="strict"``) bad bytes refused."""
    return decode_input(read_capped(path, limit, what), str(path), encoding=encoding, errors=errors)


def decode_input(
    data: bytes, name: str, *, encoding: str = "utf-8-sig", errors: str = "strict"
) -> str:
    """Text of ``data`` read from ``name``; InputFileError when it is binary or not decodable."""
    if looks_binary(data):
        raise InputFileError(
            name, _t("it holds binary data, not text. Check that it is the right file.")
        )
    try:
        return data.decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        raise InputFileError(
            name,
            _t(
                "it is not {encoding} text (byte {start} cannot be decoded). "
                "Save it as UTF-8 and try again."
            ).format(encoding=exc.encoding.upper(), start=exc.start),
        ) from None


def looks_binary(data: bytes) -> bool:
    """True when the start of ``data`` is not text in any encoding (media, archives, PDFs).

    A known file signature (PDF, zip, images, media: their compressed parts may look like
    Latin-1 text), a NUL byte, or more than a tenth of control characters that no text uses,
    in the first 8 KB. UTF-16 and UTF-32 text (whose ASCII letters carry NULs) is judged after
    decoding when a byte order mark announces it.
    """
    head = data[:_SNIFF_BYTES]
    if binary_format(head) is not None:
        return True
    text: str | None = None
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            width = 4 if "32" in codec else 2
            body = head[len(bom) :]
            text = body[: len(body) - len(body) % width].decode(codec, errors="replace")
            break
    if text is None:
        text = head.decode("latin-1")
    if "\x00" in text:
        return True
    return len(_BINARY_CHARS.findall(text)) * 10 > len(text)


# Signatures (magic numbers) of the binary formats people mistake for text or pages most often.
_SIGNATURES = (
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a zip archive (or an Office document)"),
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"GIF8", "a GIF image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"OggS", "an Ogg audio or video file"),
    (0, b"\x1a\x45\xdf\xa3", "a Matroska or WebM video"),
    (0, b"ID3", "an MP3 audio file"),
    (0, b"RIFF", "a RIFF file (WAV audio, AVI video or WebP image)"),
    (4, b"ftyp", "an MP4 or QuickTime video"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"\xd0\xcf\x11\xe0", "an old Office document"),
)


def binary_format(data: bytes) -> str | None:
    """What a known binary file is ("a PDF document"), from its first bytes; None otherwise."""
    for offset, magic, what in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return what
    return None
