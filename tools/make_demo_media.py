"""Build the demo media in resources/demo/: a spoken recording, subtitles, chapters, slides.

Usage: python tools/make_demo_media.py [--out resources/demo]
Needs espeak-ng and ffmpeg (with libx264 and drawtext) on PATH, and reportlab (a dependency of
the app). Everything is made here from the text below, so the files are the project's own.
The outputs are committed; the app and the tests never run this script.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
FONT_BOLD = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"

STEM = "eu-s3-webinar-2020-09-11"
RECORDING = f"{STEM}.mp4"
SUBTITLES = f"{STEM}.en.vtt"
CHAPTERS = "chapters.txt"
SLIDES = "s3-cooperation-slides.pdf"

TITLE = "S3: International and territorial cooperation"
GAP_S = 0.35  # silence between two sentences of one speaker
TURN_S = 0.8  # silence when the next speaker takes over
SIZE = (480, 270)


@dataclass(frozen=True)
class Part:
    """One speaker's turn: who (as in the demo session), a voice and what is said.

    Each line is (caption, spoken): the caption is what the subtitles show; the spoken form
    helps the synthesiser with names such as CE4BIG.
    """

    speaker: str
    organisation: str
    voice: str
    colour: str
    lines: tuple[tuple[str, str], ...]


def _same(text: str) -> tuple[str, str]:
    return text, text


SCRIPT = (
    Part(
        "Kevin Morgan",
        "Cardiff University",
        "en-gb+m3",
        "0x1f4e79",
        (
            _same("Welcome to this webinar on international and territorial cooperation."),
            _same("Smart specialisation set high ambitions for every region."),
            _same("Cooperation across borders is still the weakest part of it."),
        ),
    ),
    Part(
        "Anaïs Le Corvec",
        "CEBR",
        "en+f3",
        "0x6a1b4d",
        (
            (
                "Boost4Health, CE4BIG and SIGs show cooperation at several levels.",
                "Boost for Health, C E for Big, and sigs show cooperation at several levels.",
            ),
            _same("The pandemic made the case for closer collaboration."),
        ),
    ),
    Part(
        "Valentina Pinna",
        "DG GROW",
        "en-us+f2",
        "0x2e6b30",
        (
            _same("The Interregional Innovation Instruments support mature partnerships."),
            _same("Choose partners along the value chain, not because they are neighbours."),
        ),
    ),
    Part(
        "Ilari Havukainen",
        "Regional Council of Lapland",
        "en-gb-scotland",
        "0x7a4b12",
        (
            _same("East and Northern Finland share priorities in clean technologies,"),
            _same("the circular economy and digitisation."),
        ),
    ),
    Part(
        "Slawomir Tokarski",
        "DG GROW",
        "en-us+m7",
        "0x4a3f78",
        (
            _same("Clusters are at the heart of a smarter Europe."),
            _same("Thank you all for joining us."),
        ),
    ),
)

# The slides: (heading, lines). Search must find their words, e.g. Rovaniemi or Kajaani.
SLIDE_PAGES = (
    (
        TITLE,
        (
            "European Alliance Against Coronavirus Daily Webinar",
            "11 September 2020",
            "Kevin Morgan, Anaïs Le Corvec, Valentina Pinna, Ilari Havukainen, Slawomir Tokarski",
        ),
    ),
    (
        "Smart specialisation: where cooperation falls short",
        (
            "Kevin Morgan, Cardiff University",
            "Partnerships across borders too often stay on paper.",
            "Industry should lead alliances that make regions stronger.",
            "Regional innovation strategies need shared investment pipelines.",
        ),
    ),
    (
        "Interregional Innovation Instruments (I3)",
        (
            "Valentina Pinna, DG GROW",
            "Money and advice for mature partnerships that invest in interregional projects.",
            "Capacity building for value chains in less developed regions.",
            "Choose partners along the value chain, not because they are neighbours.",
        ),
    ),
    (
        "East and Northern Finland working together",
        (
            "Ilari Havukainen, Regional Council of Lapland",
            "Rovaniemi, Kajaani and Joensuu share one smart specialisation agenda.",
            "Priorities: clean and low-carbon technologies, circular economy, digitisation.",
            "Arctic testbeds for cold-climate mobility and forest bioeconomy.",
        ),
    ),
)


def _run(*args: str) -> None:
    subprocess.run(list(args), check=True)


def _speak(text: str, voice: str, out: Path) -> None:
    _run("espeak-ng", "-v", voice, "-s", "165", "-w", str(out), text)


def _vtt_time(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _plain_time(seconds: float) -> str:
    ms = round(seconds * 1000)
    m, rest = divmod(ms, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{m}:{s:02d}.{ms:03d}"


def _drawtext_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(":", "\\:").replace("'", "\\'").replace(",", "\\,")


def build_audio(tmp: Path) -> tuple[Path, list[tuple[float, float, str]], list[float], float]:
    """Speak the script into one WAV; return it, the cues, each part's start and the length."""
    cues: list[tuple[float, float, str]] = []
    starts: list[float] = []
    frames = bytearray()
    params = None
    clock = 0.0
    for p_index, part in enumerate(SCRIPT):
        if p_index:
            clock += TURN_S - GAP_S
        starts.append(clock)
        for l_index, (caption, spoken) in enumerate(part.lines):
            piece = tmp / f"p{p_index}-{l_index}.wav"
            _speak(spoken, part.voice, piece)
            with wave.open(str(piece), "rb") as w:
                if params is None:
                    params = w.getparams()
                rate = w.getframerate()
                data = w.readframes(w.getnframes())
                length = w.getnframes() / rate
            silence_before = round((clock - len(frames) / 2 / rate) * rate)
            frames.extend(b"\0\0" * max(0, silence_before))
            cues.append((clock, clock + length, caption))
            frames.extend(data)
            clock += length + GAP_S
    assert params is not None
    total = clock + 0.5
    frames.extend(b"\0\0" * max(0, round(total * params.framerate) - len(frames) // 2))
    out = tmp / "speech.wav"
    with wave.open(str(out), "wb") as w:
        w.setparams(params)
        w.writeframes(bytes(frames))
    return out, cues, starts, total


def build_video(out: Path, speech: Path, starts: list[float], total: float, tmp: Path) -> None:
    """Title cards, one per speaker, over the speech; chapters in the file's metadata too."""
    width, height = SIZE
    bounds = [*starts[1:], total]
    chains = []
    for index, (part, start, end) in enumerate(zip(SCRIPT, starts, bounds, strict=True)):
        font = _drawtext_escape(str(FONT))
        bold = _drawtext_escape(str(FONT_BOLD))
        chains.append(
            f"color=c={part.colour}:s={width}x{height}:r=10:d={end - start:.3f},"
            f"drawtext=fontfile={bold}:text='{_drawtext_escape(part.speaker)}':"
            "fontcolor=white:fontsize=30:x=(w-text_w)/2:y=h*0.36,"
            f"drawtext=fontfile={font}:text='{_drawtext_escape(part.organisation)}':"
            "fontcolor=white@0.9:fontsize=20:x=(w-text_w)/2:y=h*0.52,"
            f"drawtext=fontfile={font}:text='{_drawtext_escape(TITLE)}':"
            "fontcolor=white@0.75:fontsize=14:x=(w-text_w)/2:y=h*0.08"
            f"[v{index}]"
        )
    joined = "".join(f"[v{i}]" for i in range(len(SCRIPT)))
    graph = ";".join(chains) + f";{joined}concat=n={len(SCRIPT)}:v=1:a=0[v]"
    meta = tmp / "ffmetadata.txt"
    lines = [";FFMETADATA1", f"title={TITLE} (demo)", "artist=Webinar Archive demo", ""]
    for part, start, end in zip(SCRIPT, starts, bounds, strict=True):
        lines += [
            "[CHAPTER]",
            "TIMEBASE=1/1000",
            f"START={round(start * 1000)}",
            f"END={round(end * 1000)}",
            f"title={part.speaker}",
            "",
        ]
    meta.write_text("\n".join(lines), encoding="utf-8")
    _run(
        "ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
        "-filter_complex", graph,
        "-i", str(speech),
        "-i", str(meta),
        "-map", "[v]", "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1",
        "-c:v", "libx264", "-preset", "veryslow", "-tune", "stillimage", "-crf", "30",
        "-pix_fmt", "yuv420p", "-g", "20",
        "-c:a", "aac", "-b:a", "32k", "-ac", "1", "-ar", "22050",
        "-movflags", "+faststart", "-fflags", "+bitexact",
        str(out),
    )  # fmt: skip


def write_subtitles(out: Path, cues: list[tuple[float, float, str]]) -> None:
    blocks = ["WEBVTT", ""]
    for start, end, text in cues:
        blocks += [f"{_vtt_time(start)} --> {_vtt_time(end)}", text, ""]
    out.write_text("\n".join(blocks), encoding="utf-8")


def write_chapters(out: Path, starts: list[float]) -> None:
    out.write_text(
        "".join(
            f"{_plain_time(start)} {part.speaker}\n"
            for part, start in zip(SCRIPT, starts, strict=True)
        ),
        encoding="utf-8",
    )


def write_slides(out: Path) -> None:
    from reportlab.lib.pagesizes import landscape
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DemoSans", str(FONT)))
    pdfmetrics.registerFont(TTFont("DemoSans-Bold", str(FONT_BOLD)))
    page = landscape((18 * cm, 32 * cm))  # 16:9
    pdf = canvas.Canvas(str(out), pagesize=page, invariant=True)
    pdf.setTitle(f"{TITLE}: slides")
    pdf.setAuthor("Webinar Archive demo")
    width, height = page
    for number, (heading, lines) in enumerate(SLIDE_PAGES, start=1):
        pdf.setFillColorRGB(0.12, 0.31, 0.47)
        pdf.rect(0, height - 3.2 * cm, width, 3.2 * cm, stroke=0, fill=1)
        pdf.setFillColorRGB(1, 1, 1)
        pdf.setFont("DemoSans-Bold", 26)
        pdf.drawString(1.5 * cm, height - 2.1 * cm, heading)
        pdf.setFillColorRGB(0.1, 0.1, 0.1)
        y = height - 5 * cm
        for index, line in enumerate(lines):
            pdf.setFont("DemoSans-Bold" if index == 0 else "DemoSans", 20 if index == 0 else 18)
            pdf.drawString(1.5 * cm, y, line if index == 0 else f"•  {line}")
            y -= 1.6 * cm
        pdf.setFont("DemoSans", 10)
        pdf.setFillColorRGB(0.35, 0.35, 0.35)
        pdf.drawRightString(width - 1 * cm, 0.8 * cm, f"{number} / {len(SLIDE_PAGES)}")
        pdf.showPage()
    pdf.save()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "demo")
    args = parser.parse_args(argv)
    missing = [tool for tool in ("espeak-ng", "ffmpeg") if shutil.which(tool) is None]
    if missing:
        print(f"Not on PATH: {', '.join(missing)}; install them and run again.", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        speech, cues, starts, total = build_audio(tmp)
        build_video(args.out / RECORDING, speech, starts, total, tmp)
    write_subtitles(args.out / SUBTITLES, cues)
    write_chapters(args.out / CHAPTERS, starts)
    write_slides(args.out / SLIDES)
    for name in (RECORDING, SUBTITLES, CHAPTERS, SLIDES):
        print(f"{name}: {(args.out / name).stat().st_size} bytes")
    print(f"length: {total:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
