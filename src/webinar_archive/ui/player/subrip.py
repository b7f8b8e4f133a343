"""SubRip copies of the subtitle files the player hands to libvlc.

libvlc 3 reads WebVTT with a demuxer that, after a seek, starts at the first cue beginning after
the key frame it seeks to: a cue already running there is skipped. A recording resumed, opened at
a search hit or moved with the seek bar in the middle of a sentence then shows no subtitle until
the next cue begins (seconds later, or never for a long cue). Its SubRip reader shows the running
cue. So the player gives libvlc a SubRip copy of each file, written from the cues the archive
reads itself (decoded as the transcript is), and the original only when it cannot be read.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from webinar_archive.domain.errors import ArchiveError
from webinar_archive.domain.model import TranscriptCue
from webinar_archive.media.subtitles import load_subtitles

log = logging.getLogger(__name__)


class SubRipCopies:
    """Copies made on demand in a private temporary folder, removed by :meth:`clear`."""

    def __init__(self) -> None:
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._made: dict[tuple[Path, int, int], Path] = {}

    def copy_of(self, path: Path) -> Path:
        """The SubRip file libvlc should read for ``path`` (``path`` itself when unreadable)."""
        path = Path(path)
        try:
            stat = path.stat()
            key = (path.resolve(), stat.st_mtime_ns, stat.st_size)
            if key in self._made:
                return self._made[key]
            cues = load_subtitles(path).cues
        except (OSError, ArchiveError) as exc:
            log.debug("subtitles %s given to the player as they are: %s", path, exc)
            return path
        if not cues:
            return path
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="webinar-archive-subtitles-")
        copy = Path(self._folder.name) / f"{len(self._made) + 1}.srt"
        text = _subrip(cues)
        try:
            copy.write_text(text, encoding="utf-8")
        except OSError as exc:
            log.debug("no SubRip copy of %s: %s", path, exc)
            return path
        self._made[key] = copy
        return copy

    def clear(self) -> None:
        """Remove the copies (libvlc must no longer be reading them)."""
        self._made.clear()
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


def _clock(ms: int) -> str:
    hours, rest = divmod(max(0, ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def _subrip(cues: list[TranscriptCue]) -> str:
    """The cues as SubRip for libvlc: their text as it is read, since libvlc shows "&amp;" as
    written, with no speaker names (the picture shows what was said, as filed; speakers are the
    transcript's business)."""
    parts: list[str] = []
    for number, cue in enumerate(cues, start=1):
        # A blank line would end the cue early: keep the text's lines full.
        text = "\n".join(line for line in cue.text.splitlines() if line.strip()) or "…"
        end = max(cue.end_ms, cue.start_ms + 1)
        parts += [str(number), f"{_clock(cue.start_ms)} --> {_clock(end)}", text, ""]
    return "\n".join(parts)
