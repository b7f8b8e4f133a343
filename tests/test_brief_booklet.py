"""Booklets and one-PDF-per-session folders: contents page numbers, outline, names, cancelling."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from brief_helpers import demo, have, page_texts, pdftotext, session_from_draft
from webinar_archive.domain.model import AppearanceRole, Session, SessionDraft, SpeakerDraft
from webinar_archive.domain.progress import Cancelled, Progress
from webinar_archive.export.booklet import render_booklet, render_many, unique_filenames
from webinar_archive.export.options import booklet_title

GENERATED = dt.date(2026, 3, 14)


def _sessions() -> list[Session]:
    """Three sessions of different lengths, so that their first pages are not evenly spaced."""
    first = dataclasses.replace(demo(), id=1, title="Alpha: cooperation in Łódź and Brno")
    short = session_from_draft(
        SessionDraft(
            title="Beta: a short session",
            date=dt.date(2021, 2, 3),
            speakers=[SpeakerDraft("Jiří Dvořák", "VUT Brno")],
            summary="Only *one* paragraph.",
        ),
        session_id=2,
    )
    crowded = session_from_draft(
        SessionDraft(
            title="Gamma: fifteen panellists",
            date=dt.date(2022, 5, 6),
            series="Panels",
            summary="\n\n".join(f"Paragraph {i}. " + "Text of the panel. " * 40 for i in range(6)),
            speakers=[
                SpeakerDraft(f"Panellist {i}", "Organisation " * 10, AppearanceRole.PANELLIST)
                for i in range(15)
            ],
        ),
        session_id=3,
    )
    return [first, short, crowded]


def _toc_numbers(toc_text: str, titles: list[str]) -> dict[str, int]:
    numbers = {}
    for title in titles:
        match = re.search(rf"^\s*{re.escape(title)}\s+(\d+)\s*$", toc_text, re.M)
        assert match, (title, toc_text)
        numbers[title] = int(match.group(1))
    return numbers


def test_contents_page_numbers_point_at_each_session(tmp_path: Path) -> None:
    sessions = _sessions()
    target = tmp_path / "booklet.pdf"
    pages = render_booklet(sessions, target, title="Cooperation 2020–2022", generated=GENERATED)
    reader = PdfReader(target)
    assert pages == len(reader.pages)
    texts = page_texts(target)
    assert "Cooperation 2020–2022" in texts[0]
    assert "3 sessions" in texts[0]
    assert "page 1 of" not in texts[0]  # the cover is bare
    toc = pdftotext(target, layout=True, page=2)
    assert "Contents" in toc
    titles = [s.title for s in sessions]
    numbers = _toc_numbers(toc, titles)
    assert len(set(numbers.values())) == 3
    for title, number in numbers.items():
        # The first page (after the contents) that prints the title is the listed one ...
        first = next(i for i, text in enumerate(texts[2:], start=3) if title in text)
        assert first == number, (title, first, number)
        # ... and the brief's title block starts it (the series or title leads the page).
        body = texts[number - 1]
        assert f"page {number} of {pages}" in body
    # Every brief starts on a new page: the sessions' pages do not overlap.
    ordered = sorted(numbers.values())
    assert ordered[0] == 3 and ordered[1] > ordered[0] + 1 and ordered[2] > ordered[1]
    assert pages > ordered[2]  # the 15-speaker brief runs over more than one page
    for number, text in enumerate(texts[1:], start=2):
        assert f"page {number} of {pages}" in text


def test_booklet_outline_and_contents_links(tmp_path: Path) -> None:
    sessions = _sessions()
    target = tmp_path / "booklet.pdf"
    render_booklet(sessions, target, title="Booklet", generated=GENERATED)
    reader = PdfReader(target)
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top] == ["Contents", *(s.title for s in sessions)]
    toc = _toc_numbers(pdftotext(target, layout=True, page=2), [s.title for s in sessions])
    for item in top[1:]:
        assert reader.get_destination_page_number(item) + 1 == toc[item.title]
    # Each contents line is a link to its session's first page.
    targets = []
    for annot in reader.pages[1].get("/Annots") or []:
        annot = annot.get_object()
        if annot.get("/Subtype") == "/Link" and "/Dest" in annot:
            dest = annot["/Dest"]
            if isinstance(dest, str):
                dest = reader.named_destinations[dest]
                targets.append(reader.get_destination_page_number(dest) + 1)
            else:
                targets.append(reader.get_page_number(dest[0].get_object()) + 1)
    assert sorted(targets) == sorted(toc.values())
    if have("qpdf"):
        result = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout


def test_booklet_progress_and_pictures(tmp_path: Path) -> None:
    sessions = _sessions()
    picture = tmp_path / "frame.png"
    PILImage.new("RGB", (320, 180), (10, 120, 60)).save(picture)
    calls: list[tuple[int, int]] = []

    def progress(step: Progress) -> bool:
        calls.append((step.done, step.total))
        return True

    target = tmp_path / "booklet.pdf"
    render_booklet(
        sessions,
        target,
        title="Booklet",
        progress=progress,
        pictures={2: picture},
        generated=GENERATED,
    )
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    toc = _toc_numbers(pdftotext(target, layout=True, page=2), [s.title for s in sessions])
    reader = PdfReader(target)
    with_images = [n + 1 for n, page in enumerate(reader.pages) if page.images]
    assert with_images == [toc["Beta: a short session"]]


@pytest.mark.parametrize("stop_at", [0, 2, 3])
def test_cancelled_booklet_leaves_no_file(tmp_path: Path, stop_at: int) -> None:
    target = tmp_path / "out" / "booklet.pdf"
    with pytest.raises(Cancelled):
        render_booklet(
            _sessions(), target, title="Booklet", progress=lambda step: step.done < stop_at
        )
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_cancelled_booklet_keeps_an_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "booklet.pdf"
    target.write_bytes(b"earlier")
    with pytest.raises(Cancelled):
        render_booklet(_sessions(), target, title="B", progress=lambda step: step.done < 1)
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["booklet.pdf"]


def test_one_pdf_per_session(tmp_path: Path) -> None:
    sessions = _sessions()
    twin = dataclasses.replace(sessions[1], id=9)  # same date and title as "Beta"
    folder = tmp_path / "briefs"
    calls: list[tuple[int, int]] = []
    paths = render_many(
        [*sessions, twin],
        folder,
        progress=lambda step: calls.append((step.done, step.total)) is None,
        generated=GENERATED,
    )
    names = [p.name for p in paths]
    assert names == [
        "2020-09-11_alpha-cooperation-in-lodz-and-brno.pdf",
        "2021-02-03_beta-a-short-session.pdf",
        "2022-05-06_gamma-fifteen-panellists.pdf",
        "2021-02-03_beta-a-short-session-2.pdf",
    ]
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert calls[-1] == (4, 4)
    for path, session in zip(paths, [*sessions, twin], strict=True):
        text = pdftotext(path)
        assert session.title in text
        assert PdfReader(path).metadata.title == session.title


@pytest.mark.parametrize("stop_at", [0, 2, 3])
def test_cancelled_folder_export_changes_nothing(tmp_path: Path, stop_at: int) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    earlier = folder / "2021-02-03_beta-a-short-session.pdf"
    earlier.write_bytes(b"earlier run")
    with pytest.raises(Cancelled):
        render_many(_sessions(), folder, progress=lambda step: step.done < stop_at)
    assert list(folder.iterdir()) == [earlier]
    assert earlier.read_bytes() == b"earlier run"


def test_folder_export_replaces_earlier_files(tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    earlier = folder / "2021-02-03_beta-a-short-session.pdf"
    earlier.write_bytes(b"earlier run")
    paths = render_many(_sessions(), folder)
    assert earlier in paths
    assert earlier.read_bytes().startswith(b"%PDF-")
    assert sorted(folder.iterdir()) == sorted(paths)


def test_unique_filenames_ignore_case_clashes() -> None:
    base = session_from_draft(SessionDraft(title="Same", date=dt.date(2020, 1, 1)))
    other = dataclasses.replace(base, title="SAME")
    assert unique_filenames([base, other, base]) == [
        "2020-01-01_same.pdf",
        "2020-01-01_same-2.pdf",
        "2020-01-01_same-3.pdf",
    ]


def test_booklet_with_an_enormous_title(tmp_path: Path) -> None:
    huge = session_from_draft(SessionDraft(title="Enormous title " * 400))
    target = tmp_path / "b.pdf"
    pages = render_booklet([huge, *_sessions()[1:2]], target, title="B")
    assert pages == len(PdfReader(target).pages)
    assert "Enormous title Enormous title" in pdftotext(target, page=2)


def test_booklet_is_chronological_whatever_the_order_given(tmp_path: Path) -> None:
    """Sessions handed over newest first (as a table sorted by date selects them) come out
    oldest first, in the contents and in the body; an undated session goes last."""
    alpha, beta, gamma = _sessions()
    undated = dataclasses.replace(beta, id=4, title="Delta: no date", date=None)
    target = tmp_path / "booklet.pdf"
    render_booklet([undated, gamma, beta, alpha], target, title="B", generated=GENERATED)
    top = [item for item in PdfReader(target).outline if not isinstance(item, list)]
    assert [item.title for item in top] == [
        "Contents",
        alpha.title,
        beta.title,
        gamma.title,
        undated.title,
    ]


def test_cover_names_series_period_size_and_organisations(tmp_path: Path) -> None:
    """The cover says what the booklet holds: its series, period, number of sessions, hours of
    recordings and the organisations that spoke (the most frequent first)."""
    target = tmp_path / "booklet.pdf"
    render_booklet(_sessions(), target, title="Cooperation", generated=GENERATED)
    cover = " ".join(pdftotext(target, page=1).split())
    assert "Series: European Alliance Against Coronavirus Daily Webinar · Panels" in cover
    assert "Period: September 2020 – May 2022" in cover
    assert "3 sessions · 1.1 hours of recordings" in cover
    # The panel's organisation (15 speakers), then DG GROW (2), then the rest by name.
    assert "Organisation Organisation" in cover.split("Organisations:")[1].split(" · ")[0]
    assert (
        " · DG GROW · Cardiff University · CEBR · Regional Council of Lapland · VUT Brno" in cover
    )
    assert "Generated 14 March 2026" in cover


@pytest.mark.parametrize(
    ("series", "dates", "title"),
    [
        (["Panels", "Panels"], [dt.date(2020, 1, 1), dt.date(2024, 1, 1)], "Panels"),
        (["Panels", None], [dt.date(2020, 1, 1), dt.date(2024, 6, 1)], "Sessions, 2020–2024"),
        (["A", "B"], [dt.date(2021, 1, 1), dt.date(2021, 6, 1)], "Sessions, 2021"),
        ([None, None], [None, None], "Sessions"),
    ],
)
def test_default_booklet_title(
    series: list[str | None], dates: list[dt.date | None], title: str
) -> None:
    """A booklet is named after the series all its sessions share, else after their years."""
    sessions = [
        dataclasses.replace(demo(), id=i, series=name, date=date)
        for i, (name, date) in enumerate(zip(series, dates, strict=True))
    ]
    assert booklet_title(sessions) == title


def _page_streams(path: Path) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(path).pages]


def test_booklet_holds_no_page_content_and_no_drawn_contents_line_until_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a booklet keeps in memory grows with its pages (reportlab writes the file only at
    the end), so each finished page's content waits in a spool file, not in memory, and the
    contents lines are let go once drawn; the pages are those of a booklet kept in memory."""
    import gc
    import weakref

    from reportlab.pdfgen.canvas import Canvas

    from webinar_archive.export import booklet, document

    sessions = [*_sessions(), *(dataclasses.replace(demo(), id=10 + i) for i in range(3))]
    lines: list[weakref.ref[booklet.TocEntry]] = []
    real_init = booklet.TocEntry.__init__

    def tracked(self: booklet.TocEntry, *args: object) -> None:
        real_init(self, *args)
        lines.append(weakref.ref(self))

    alive_at_last_session: list[int] = []

    def progress(report: Progress) -> bool:
        if report.done == report.total - 1:  # the contents pages are long done
            gc.collect()
            alive_at_last_session.append(sum(ref() is not None for ref in lines))
        return True

    held: list[tuple[str, bytes]] = []
    spools: list[object] = []
    real_save = document.CompactCanvas.save

    def save(self: document.CompactCanvas) -> None:
        held.extend((type(p.Contents).__name__, p.Contents.content) for p in self._doc.Pages.pages)
        spools.append(getattr(self, "_spool", None))
        real_save(self)

    monkeypatch.setattr(booklet.TocEntry, "__init__", tracked)
    monkeypatch.setattr(document.CompactCanvas, "save", save)
    spooled = tmp_path / "spooled.pdf"
    pages = render_booklet(
        sessions, spooled, title="Memory", generated=GENERATED, progress=progress
    )

    assert len(lines) == len(sessions)
    assert alive_at_last_session == [0]
    assert len(held) == pages
    assert {kind for kind, _ in held} == {"SpooledStream"}
    assert {content for _, content in held} == {b""}
    assert spools[0].closed  # type: ignore[attr-defined]

    # The same booklet drawn by reportlab's own canvas, every page kept in memory.
    monkeypatch.setattr(document, "CompactCanvas", Canvas)
    in_memory = tmp_path / "in-memory.pdf"
    assert render_booklet(sessions, in_memory, title="Memory", generated=GENERATED) == pages
    assert _page_streams(spooled) == _page_streams(in_memory)
