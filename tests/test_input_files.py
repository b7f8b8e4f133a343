"""Reading user-given files: regular files only, capped, binary and undecodable content refused."""

from __future__ import annotations

import codecs
import errno
import io
import os
from pathlib import Path

import pytest

from input_helpers import fifo
from playback_helpers import SAMPLE_MP4
from webinar_archive.domain.input_files import (
    InputFileError,
    check_regular_file,
    decode_input,
    looks_binary,
    read_capped,
    read_capped_stream,
    read_capped_text,
)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    """A named pipe is refused by its type; nothing waits for something to write into it."""
    pipe = tmp_path / "summary.md"
    with (
        fifo(pipe),
        pytest.raises(InputFileError, match=r"pipe \(FIFO\), not a regular file") as caught,
    ):
        read_capped(pipe, 1024, "a summary")
    assert str(pipe) in str(caught.value)
    assert caught.value.reason.startswith("it is a pipe")


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    """A symlink to /dev/zero (endless bytes) is refused as a device, not read."""
    link = tmp_path / "page.html"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputFileError, match="it is a device, not a regular file"):
        read_capped(link, 1024, "a web page")
    with pytest.raises(InputFileError, match="a folder"):
        check_regular_file(tmp_path)
    with pytest.raises(InputFileError, match="the file is not found"):
        check_regular_file(tmp_path / "missing.txt")


def test_the_cap_is_inclusive_and_the_message_says_the_limit(tmp_path: Path) -> None:
    """A file of exactly the limit is read; one byte more is refused, naming file and limit."""
    exact = tmp_path / "exact.srt"
    exact.write_bytes(b"x" * 2048)
    assert read_capped(exact, 2048, "a subtitle file") == b"x" * 2048
    over = tmp_path / "over.srt"
    over.write_bytes(b"x" * 2049)
    with pytest.raises(InputFileError) as caught:
        read_capped(over, 2048, "a subtitle file")
    message = str(caught.value)
    assert str(over) in message and "2 KB, the limit for a subtitle file" in message


def test_a_stream_is_read_to_the_cap_and_no_further() -> None:
    """Standard input over the cap is refused after reading one byte past it, not all of it."""
    stream = io.BytesIO(b"y" * 5000)
    with pytest.raises(InputFileError, match="standard input: it is larger than 1000 bytes"):
        read_capped_stream(stream, 1000, "a page", "standard input")
    assert stream.tell() == 1001
    assert read_capped_stream(io.BytesIO(b"short"), 1000, "a page", "stdin") == b"short"


def test_binary_content_is_told_from_text_in_any_encoding() -> None:
    """Media and random bytes are binary; UTF-8, Windows-1252 and UTF-16 with a BOM are text."""
    assert looks_binary(SAMPLE_MP4.read_bytes())
    assert looks_binary(bytes(range(256)) * 4)
    assert not looks_binary("Łódź – café\n".encode())
    assert not looks_binary("Café, naïve\tdéjà vu\r\n".encode("cp1252"))
    assert not looks_binary(codecs.BOM_UTF16_LE + "<html>Łódź</html>".encode("utf-16-le"))
    assert not looks_binary(b"")


def test_text_is_decoded_or_refused_with_the_file_named(tmp_path: Path) -> None:
    """Binary data and bytes that are not UTF-8 are refused with a message naming the file."""
    good = tmp_path / "chapters.txt"
    good.write_bytes(codecs.BOM_UTF8 + "0:00 Łódź\n".encode())
    assert read_capped_text(good, 1024, "a chapter list") == "0:00 Łódź\n"
    latin = tmp_path / "latin.txt"
    latin.write_bytes("0:00 Café\n".encode("cp1252"))
    with pytest.raises(InputFileError, match=r"latin.txt: it is not UTF-8 text \(byte 8"):
        read_capped_text(latin, 1024, "a chapter list")
    assert read_capped_text(latin, 1024, "a chapter list", errors="replace") == "0:00 Caf\ufffd\n"
    with pytest.raises(InputFileError, match="standard input: it holds binary data"):
        decode_input(b"\x00\x00\x00\x20ftypisom", "standard input")


def test_a_file_that_is_not_readable_is_a_clear_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied becomes an InputFileError naming the file (no OSError escapes).

    The tests run as root, who reads every file, so the refusal the kernel gives a user is
    made by os.open itself."""
    locked = tmp_path / "locked.md"
    locked.write_text("text", encoding="utf-8")
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if os.fspath(path) == str(locked):  # type: ignore[arg-type]
            raise PermissionError(errno.EACCES, "Permission denied", str(locked))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputFileError, match=r"locked\.md: permission denied"):
        read_capped(locked, 1024, "a summary")
