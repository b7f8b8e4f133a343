"""Briefs in Polish and English: headings from the brief catalogue, dates and numbers by locale."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from brief_helpers import demo, session_from_draft
from webinar_archive.domain.model import SessionDraft, SpeakerDraft
from webinar_archive.domain.overview import Overview, Tally
from webinar_archive.export.booklet import render_booklet
from webinar_archive.export.brief import render_brief
from webinar_archive.export.brief_text import brief_text
from webinar_archive.export.options import BriefOptions, booklet_title

ROOT = Path(__file__).resolve().parent.parent
GENERATED = dt.date(2026, 3, 14)
POLISH = BriefOptions(language="pl")

# What an English brief prints as whole lines: none of them may be left in a Polish one.
ENGLISH_HEADINGS = (
    "Speakers",
    "Summary",
    "Contributions",
    "Materials",
    "Recording",
    "Chapters",
    "Notes",
    "Links",
    "Contents",
    "Overview",
    "Sessions per year",
)
POLISH_HEADINGS = (
    "Prelegenci",
    "Streszczenie",
    "Wystąpienia",
    "Materiały",
    "Nagranie",
    "Rozdziały",
    "Notatki",
    "Odnośniki",
)


def _lines(path: Path) -> list[str]:
    return [
        line.strip() for page in PdfReader(path).pages for line in page.extract_text().splitlines()
    ]


def _text(path: Path) -> str:
    return "\n".join(_lines(path))


def _english_leftovers(lines: list[str]) -> list[str]:
    labels = ("Date ", "Time ", "Time zone ", "Theme ", "Language ", "Tags ", "Generated ")
    return [
        line
        for line in lines
        if line in ENGLISH_HEADINGS
        or line.startswith(labels)
        or " of recordings" in line
        or ("page " in line and " of " in line)
    ]


def test_polish_brief_has_polish_headings_dates_and_numbers(tmp_path: Path) -> None:
    """Every heading, label and fixed text of a full brief is Polish, the date is written the
    Polish way, sizes use a decimal comma, and the PDF declares its language as pl."""
    target = tmp_path / "pl.pdf"
    render_brief(demo(), target, POLISH, generated=GENERATED)
    lines = _lines(target)
    text = "\n".join(lines)
    for heading in POLISH_HEADINGS:
        assert heading in lines, heading
    assert "piątek, 11 września 2020" in text
    assert "Wygenerowano 14 marca 2026" in text
    assert "strona 1 z" in text
    for words in ("Imię i nazwisko", "Organizacja", "Rola", "Otwarcie", "Rozmiar", "Godzina"):
        assert words in text, words
    assert "2,4 MB" in text  # 2,483,112 bytes with a decimal comma
    assert "wideo MP4, H.264, 1280×720, 1 godz. 5 min" in text
    assert _english_leftovers(lines) == []
    assert PdfReader(target).trailer["/Root"]["/Lang"] == "pl"


def test_english_brief_keeps_its_words(tmp_path: Path) -> None:
    """The default brief is English, as before: headings, British date order, /Lang en."""
    target = tmp_path / "en.pdf"
    render_brief(demo(), target, generated=GENERATED)
    lines = _lines(target)
    text = "\n".join(lines)
    for heading in ("Speakers", "Summary", "Contributions", "Materials", "Recording", "Links"):
        assert heading in lines, heading
    assert "Friday, 11 September 2020" in text
    assert "Generated 14 March 2026" in text
    assert "page 1 of" in text
    assert "2.4 MB" in text
    assert not any(word in text for word in ("Prelegenci", "września", "strona"))
    assert PdfReader(target).trailer["/Root"]["/Lang"] == "en"


def _booklet_sessions() -> list:
    first = dataclasses.replace(demo(), id=1)
    second = session_from_draft(
        SessionDraft(
            title="Łódź follow-up",
            date=dt.date(2020, 10, 2),
            series=first.series,
            speakers=[SpeakerDraft("Sławomir Tokarski", "DG GROW")],
        ),
        session_id=2,
    )
    return [first, second]


def test_polish_booklet_cover_contents_and_overview(tmp_path: Path) -> None:
    """A Polish booklet: the cover's facts with Polish month names and plural, the overview
    page and the contents in Polish, no English heading anywhere."""
    sessions = _booklet_sessions()
    overview = Overview(
        sessions=2,
        first_year=2020,
        last_year=2020,
        per_year=((2020, 2),),
        organisations=(Tally("DG GROW", 2), Tally("CEBR", 1)),
        speakers=(Tally("Sławomir Tokarski", 2),),
        recordings=1,
        recorded_ms=3_905_000,
        without_recording=1,
        without_slides=1,
    )
    target = tmp_path / "booklet.pdf"
    render_booklet(sessions, target, POLISH, title="Seria", generated=GENERATED, overview=overview)
    lines = _lines(target)
    text = "\n".join(lines)
    assert "Okres: wrzesień 2020 – październik 2020" in text
    assert "2 sesje · 1,1 godziny nagrań" in text
    for words in ("Spis treści", "Przegląd", "Sesje w kolejnych latach", "Bez nagrania"):
        assert words in lines, words
    assert "piątek, 11 września 2020" in text  # a contents line
    assert "0,5" in lines  # a tick of a chart's value axis, with the decimal comma
    assert "Prelegenci" in lines
    assert _english_leftovers(lines) == []
    assert PdfReader(target).trailer["/Root"]["/Lang"] == "pl"


def test_polish_plural_has_three_forms() -> None:
    """1 sesja, 3 sesje, 5 sesji, 22 sesje: Polish plurals come from the catalogue."""
    t = brief_text("pl")
    counted = [
        t.ngettext("{count} session", "{count} sessions", n).format(count=n) for n in (1, 3, 5, 22)
    ]
    assert counted == ["1 sesja", "3 sesje", "5 sesji", "22 sesje"]


def test_default_booklet_title_in_polish() -> None:
    """A booklet named after its years says so in the brief's language."""
    sessions = _booklet_sessions()
    mixed = [dataclasses.replace(sessions[0], series=None), sessions[1]]
    assert booklet_title(mixed, "pl") == "Sesje, 2020"
    assert booklet_title(mixed) == "Sessions, 2020"


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.parametrize(
    ("system", "chosen", "flag", "expected"),
    [
        ("pl_PL.UTF-8", None, [], "pl"),  # no --language: the system's language
        ("pl_PL.UTF-8", None, ["--language", "en"], "en"),
        ("en_GB.UTF-8", None, ["--language", "pl"], "pl"),
        ("de_DE.UTF-8", None, [], "en"),  # a language briefs are not written in: English
        ("en_GB.UTF-8", "pl", [], "pl"),  # the app's language chosen for the run
    ],
)
def test_cli_brief_language(
    tmp_path: Path, system: str, chosen: str | None, flag: list[str], expected: str
) -> None:
    """`brief --language pl|en` chooses the brief's language; without it the app's language
    (WEBINAR_ARCHIVE_LANGUAGE, else the system's) decides."""
    drop = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "WEBINAR_ARCHIVE_LANGUAGE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env |= {"LANG": system, "PYTHONPATH": str(ROOT / "src")}
    if chosen:
        env["WEBINAR_ARCHIVE_LANGUAGE"] = chosen
    library = str(tmp_path / "lib")
    assert _cli("--library", library, "demo", env=env).returncode == 0
    out = tmp_path / "brief.pdf"
    done = _cli("--library", library, "brief", "1", "-o", str(out), *flag, env=env)
    assert done.returncode == 0, done.stderr
    assert PdfReader(out).trailer["/Root"]["/Lang"] == expected
    text = _text(out)
    assert ("11 września 2020" in text) == (expected == "pl")
    assert ("11 September 2020" in text) == (expected == "en")


def test_cli_refuses_a_language_briefs_are_not_written_in(tmp_path: Path) -> None:
    """`--language de` is refused with the choices named, and nothing is written."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = tmp_path / "brief.pdf"
    done = _cli(
        "--library",
        str(tmp_path / "lib"),
        "brief",
        "1",
        "-o",
        str(out),
        "--language",
        "de",
        env=env,
    )
    assert done.returncode != 0
    assert "'en', 'pl'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", ("Chapter 2", "Chapter 7")), ("pl", ("Rozdział 2", "Rozdział 7"))],
)
def test_chapters_without_a_title_are_named_in_the_brief_language(
    tmp_path: Path, language: str, shown: tuple[str, str]
) -> None:
    """A chapter stored without a title prints as "Chapter N" in the brief's language (N its
    place), and a "Chapter N" an earlier version stored prints the same way with its N."""
    session = demo()
    recording = session.recordings[0]
    chapters = list(recording.chapters)
    chapters[1] = dataclasses.replace(chapters[1], title="")
    chapters[2] = dataclasses.replace(chapters[2], title="Chapter 7")
    recording = dataclasses.replace(recording, chapters=tuple(chapters))
    session = dataclasses.replace(session, recordings=(recording, *session.recordings[1:]))
    target = tmp_path / f"{language}.pdf"
    render_brief(session, target, BriefOptions(language=language), generated=GENERATED)
    text = _text(target)
    for title in shown:
        assert title in text, title
    assert "Opening" in text  # a title of its own is printed as written
    if language == "pl":
        assert "Chapter" not in text


def _fact(path: Path, label: str) -> str | None:
    """The value of a row of the brief's facts table (pypdf reads each cell on a line of its
    own, the label first); None when the table has no such row."""
    lines = _lines(path)
    return lines[lines.index(label) + 1] if label in lines else None


@pytest.mark.parametrize(
    ("language", "label", "recorded", "typed"),
    [
        ("en", "Duration", "1 hr 5 mins (recording)", "90 mins"),
        ("pl", "Czas trwania", "1 godz. 5 min (nagranie)", "90 min"),
    ],
)
def test_brief_duration_is_the_recordings_length_when_none_is_typed(
    tmp_path: Path, language: str, label: str, recorded: str, typed: str
) -> None:
    """A session with no duration of its own gives the length of its recordings, marked as
    such in the brief's language, as the session table and the editor do; a typed duration
    still wins, and a session with neither prints no Duration."""
    session = demo()
    assert session.duration_minutes is None and session.recorded_ms == 3_905_000
    options = BriefOptions(language=language)
    target = tmp_path / "recorded.pdf"
    render_brief(session, target, options, generated=GENERATED)
    assert _fact(target, label) == recorded

    render_brief(dataclasses.replace(session, duration_minutes=90), target, options)
    assert _fact(target, label) == typed

    render_brief(dataclasses.replace(session, recordings=()), target, options)
    assert _fact(target, label) is None
