"""Small builders the tests share: PDFs made on the spot, drafts with speakers."""

from __future__ import annotations

from pathlib import Path

from webinar_archive.domain import model as m


def make_pdf(path: Path, pages: list[str]) -> Path:
    """Write a PDF with one line of text per page (reportlab, so pypdf can read it back)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for text in pages:
        canvas.setFont("Helvetica", 18)
        canvas.drawString(72, 720, text)
        canvas.rect(72, 300, 400, 300, stroke=1, fill=0)
        canvas.showPage()
    canvas.save()
    return path


def draft(title: str = "Circular economy in Lapland", **fields: object) -> m.SessionDraft:
    base = m.SessionDraft(
        title=title,
        series="Regional Innovation Talks",
        speakers=[
            m.SpeakerDraft("Ilari Havukainen", "Regional Council of Lapland"),
            m.SpeakerDraft("Anaïs Le Corvec", "CEBR", m.AppearanceRole.MODERATOR),
        ],
        links=[m.LinkDraft(m.LinkKind.RECORDING, "https://example.org/rec", "Recording")],
        tags=["circular economy"],
    )
    for key, value in fields.items():
        setattr(base, key, value)
    return base


# Codecs each container takes (ffmpeg's defaults need encoders a build may lack, e.g. AMR).
_AUDIO_CODECS = {
    ".mp3": "libmp3lame",
    ".ogg": "libvorbis",
    ".oga": "libvorbis",
    ".opus": "libopus",
    ".webm": "libopus",
    ".flac": "flac",
    ".wav": "pcm_s16le",
    ".wma": "wmav2",
    ".wmv": "wmav2",
    ".avi": "libmp3lame",
}
_VIDEO_CODECS = {".webm": "libvpx", ".wmv": "wmv2", ".mkv": "mpeg4"}


def make_media(path: Path, *, video: bool = False, seconds: float = 1.0) -> Path:
    """A short real recording made by ffmpeg: a tone, and a test picture when ``video``.

    The container follows the suffix; the test is skipped when ffmpeg is not installed.
    """
    import shutil
    import subprocess

    import pytest

    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is needed to make sample recordings")
    suffix = path.suffix.lower()
    command = [ffmpeg, "-hide_banner", "-loglevel", "error", "-y"]
    command += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"]
    if video:
        command += ["-f", "lavfi", "-i", f"testsrc2=size=320x240:rate=10:duration={seconds}"]
        command += ["-c:v", _VIDEO_CODECS.get(suffix, "mpeg4"), "-pix_fmt", "yuv420p"]
    command += ["-c:a", _AUDIO_CODECS.get(suffix, "aac"), "-ac", "1"]
    if suffix == ".m4b":
        command += ["-f", "ipod"]
    subprocess.run([*command, str(path)], check=True, capture_output=True, timeout=60)
    return path
