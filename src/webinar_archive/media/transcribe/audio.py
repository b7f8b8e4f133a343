"""Decoding a recording's sound to 16 kHz mono PCM with the system ffmpeg, in chunks."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Generator
from pathlib import Path

from ...domain.messages import _t
from .base import TranscriptionUnavailable

SAMPLE_RATE = 16_000
BYTES_PER_MS = SAMPLE_RATE * 2 // 1000  # signed 16-bit mono
# Two seconds of sound a chunk: small enough that a three-hour recording never sits in memory,
# large enough that reading the pipe costs nothing beside recognition.
CHUNK_BYTES = 2_000 * BYTES_PER_MS
_ERROR_TAIL = 2_000


def pcm_chunks(
    path: Path, name: str | None = None, chunk_bytes: int = CHUNK_BYTES
) -> Generator[bytes, None, None]:
    """The sound of ``path`` as 16 kHz mono signed 16-bit little-endian PCM, chunk by chunk.

    ``name`` is the file's name as the user knows it (the library stores files by hash).

    ffmpeg runs while the chunks are read and is stopped when the reader stops early (a
    cancelled transcription), so nothing keeps decoding in the background.
    """
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise TranscriptionUnavailable(
            _t(
                "Transcription needs ffmpeg to decode the recording's sound, and it is "
                "not installed. Install it (on Debian and Ubuntu: sudo apt install "
                "ffmpeg) and try again."
            )
        )
    command = [
        exe,
        "-nostdin",
        "-hide_banner",
        "-loglevel",
        "error",
        "-i",
        str(path),
        "-map",
        "0:a:0",
        "-vn",
        "-ac",
        "1",
        "-ar",
        str(SAMPLE_RATE),
        "-f",
        "s16le",
        "-",
    ]
    # Errors go to a file, not a pipe nobody reads: a chatty ffmpeg would otherwise block.
    with tempfile.TemporaryFile() as errors:
        # Its own session: Ctrl+C reaches this process, which stops ffmpeg itself, instead of
        # ffmpeg dying first and its cut-off output looking like a damaged file.
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, start_new_session=True
        )
        assert process.stdout is not None
        finished = False
        try:
            while chunk := process.stdout.read(chunk_bytes):
                yield chunk
            finished = True
        finally:
            if not finished:
                process.kill()
            process.stdout.close()
            status = process.wait()
        if status != 0:
            errors.seek(0)
            detail = errors.read()[-_ERROR_TAIL:].decode("utf-8", "replace").strip()
            shown = name or path.name
            if "matches no streams" in detail:
                raise TranscriptionUnavailable(
                    _t(
                        "{shown}: the recording has no sound track, so there is nothing to "
                        "transcribe."
                    ).format(shown=shown)
                )
            raise TranscriptionUnavailable(
                _t(
                    "{shown}: ffmpeg could not decode its sound ({value}). Check that the "
                    "file plays (webinar-archive check) and try again."
                ).format(shown=shown, value=detail or f"status {status}")
            )
