"""One-session briefs read back with pypdf and poppler: text, scripts, pages, outline, safety."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from brief_helpers import demo, have, page_texts, pdftotext, session_from_draft
from webinar_archive.domain.errors import ValidationError
from webinar_archive.domain.model import (
    AppearanceRole,
    LinkDraft,
    LinkKind,
    SessionDraft,
    SpeakerDraft,
)
from webinar_archive.export.brief import render_brief
from webinar_archive.export.brief_text import brief_text
from webinar_archive.export.options import SECTIONS, BriefOptions, brief_filename
from webinar_archive.export.qr import qr_matrix, qr_payload

GENERATED = dt.date(2026, 3, 14)


def _render(session, tmp_path: Path, options: BriefOptions | None = None, **kw) -> Path:
    path = tmp_path / "brief.pdf"
    pages = render_brief(session, path, options, generated=GENERATED, **kw)
    assert pages == len(PdfReader(path).pages)
    return path


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    found: list[tuple[int, str, int]] = []

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def test_demo_brief_keeps_every_speaker_and_organisation(tmp_path: Path) -> None:
    session = demo()
    path = _render(session, tmp_path)
    text = _flat(pdftotext(path))
    assert len(session.appearances) == 5
    for appearance in session.appearances:
        assert appearance.person_name in text
        assert appearance.organisation_name in text
    assert "Anaïs Le Corvec" in text
    for chunk in (
        "S3: International and territorial cooperation",
        "European Alliance Against Coronavirus Daily Webinar",
        "Friday, 11 September 2020",
        "10:00 (Europe/Brussels, UTC+02:00)",
        "Smart specialisation (S3)",
        "English (en)",
        "Director F – Industrial Policy and Innovation",
        # summary Markdown: list items and emphasis come through as text
        "• Boost4Health",
        "Interregional Innovation Instruments (I3): money",
        # materials, recording, chapters, notes
        "EAAC_2020-09-11_Morgan_Cardiff-U",
        "2.4 MB",
        "MP4 video, H.264, 1280×720, 1 hr 5 mins",
        "0:25:01 Interregional Innovation Instruments Valentina Pinna",
        "1:02:05 Closing remarks Slawomir Tokarski",
        "Good overview slide on S3 <3",
        "https://www.youtube.com/watch?v=Qm7f2XkLr9E",
    ):
        assert chunk in text, chunk


def test_every_page_has_header_and_page_n_of_m(tmp_path: Path) -> None:
    path = _render(demo(), tmp_path)
    texts = page_texts(path)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"page {number} of {len(texts)}" in text
        assert "Webinar Archive" in text
        assert "Generated 14 March 2026" in text


def test_outline_and_metadata(tmp_path: Path) -> None:
    session = demo()
    path = _render(session, tmp_path, BriefOptions(archive_name="Cluster Library"))
    reader = PdfReader(path)
    outline = _outline(reader)
    assert outline[0] == (0, session.title, 1)
    sections = [title for depth, title, _ in outline if depth == 1]
    assert sections == [
        "Speakers",
        "Summary",
        "Contributions",
        "Materials",
        "Recording",
        "Chapters",
        "Notes",
        "Links",
    ]
    # Each section's bookmark points at the page where its heading is printed.
    texts = page_texts(path)
    for depth, title, page in outline[1:]:
        assert depth == 1
        assert re.search(rf"^{title}$", texts[page - 1], re.M), (title, page)
    meta = reader.metadata
    assert meta.title == session.title
    assert meta.author == "Cluster Library"
    assert "European Alliance Against Coronavirus Daily Webinar" in meta.subject
    assert "2020-09-11" in meta.subject
    assert "smart specialisation" in meta["/Keywords"]


def test_links_are_clickable(tmp_path: Path) -> None:
    session = demo()
    path = _render(session, tmp_path)
    uris = set()
    for page in PdfReader(path).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.add(action["/URI"])
    for link in session.links:
        assert link.url in uris
    assert session.source_url in uris


def test_markup_injection_prints_literally(tmp_path: Path) -> None:
    draft = SessionDraft(
        title="Escaping <b>test</b> & co",
        summary="<script>alert(1)</script> & <b>x</b> 1 < 2",
        speakers=[SpeakerDraft("Ann <i>Smith</i>", "R&D <Lab>", contribution="a <br/> b")],
    )
    path = _render(session_from_draft(draft), tmp_path)
    text = _flat(pdftotext(path))
    assert "<script>alert(1)</script> & <b>x</b> 1 < 2" in text
    assert "Escaping <b>test</b> & co" in text
    assert "Ann <i>Smith</i>" in text
    assert "R&D <Lab>" in text
    assert "a <br/> b" in text


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("Sławomir Łódź-Żółć", "Politechnika Łódzka, Wydział Zarządzania"),
        ("Jiří Dvořák", "Vysoké učení technické v Brně, Fakulta řízení"),
        ("Γιώργος Παπαδόπουλος", "Εθνικό Μετσόβιο Πολυτεχνείο"),
        ("Анна Кузнецова", "Московский государственный университет"),
        ("Jürgen Weiß", "Fraunhofer-Gesellschaft für Größenforschung"),
        ("François Lefèvre", "Université de Montréal, Œuvre sociale"),
        ("Iñaki Muñoz", "Universidad de Cádiz, Señalización"),
    ],
)
def test_european_scripts_survive(tmp_path: Path, name: str, organisation: str) -> None:
    draft = SessionDraft(
        title=f"Spotkanie: {name}",
        speakers=[SpeakerDraft(name, organisation, position="Kierownik zespołu")],
        summary=f"**{name}** presented.",
    )
    path = _render(session_from_draft(draft), tmp_path)
    text = _flat(pdftotext(path))
    assert name in text
    assert organisation in text
    assert "Kierownik zespołu" in text
    # The outline title is Unicode too.
    assert _outline(PdfReader(path))[0][1] == f"Spotkanie: {name}"


def test_fonts_are_embedded_dejavu(tmp_path: Path) -> None:
    path = _render(demo(), tmp_path)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = listing.stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert "DejaVu" in line or "WA-" in line, line
        assert " yes " in line  # embedded


def test_right_to_left_name_does_not_break_layout(tmp_path: Path) -> None:
    draft = SessionDraft(
        title="מפגש אזורי — لقاء إقليمي",
        speakers=[
            SpeakerDraft("דוד כהן", "אוניברסיטת תל אביב"),
            SpeakerDraft("محمد العلي", "جامعة القاهرة"),
        ],
    )
    path = _render(session_from_draft(draft), tmp_path)
    assert len(PdfReader(path).pages) == 1
    assert "page 1 of 1" in pdftotext(path)


@pytest.mark.skipif(not have("qpdf"), reason="qpdf is not installed")
def test_qpdf_finds_no_errors(tmp_path: Path) -> None:
    path = _render(demo(), tmp_path)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_layout_stress(tmp_path: Path) -> None:
    long_org = ("Regionalna Agencja Współpracy Międzynarodowej i Rozwoju Innowacji " * 8)[:500]
    title = ("Very long title about interregional innovation and cooperation " * 6)[:300]
    long_url = "https://example.org/" + "a-very-long-path-segment/" * 12 + "?q=" + "x" * 120
    draft = SessionDraft(
        title=title,
        series="Series " * 20,
        summary="",
        speakers=[
            SpeakerDraft(
                f"Speaker Number {i} Ąęśćźżół",
                long_org,
                AppearanceRole.PANELLIST,
                position="Head of unit " * 5,
            )
            for i in range(1, 16)
        ],
        links=[LinkDraft(LinkKind.MORE_INFO, long_url, "L" * 200)],
    )
    path = _render(session_from_draft(draft), tmp_path)
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    text = _flat(pdftotext(path))
    for i in range(1, 16):
        assert f"Speaker Number {i} Ąęśćźżół" in text
    assert "Summary" not in [t for _, t, _ in _outline(reader)]
    assert "Materials" not in text
    # The long title wraps instead of running off the page: every word is extracted.
    assert "Very long title about interregional" in text
    # Nothing is drawn outside the page: the layout text never exceeds the page width.
    for page_text in page_texts(path):
        for line in page_text.splitlines():
            assert len(line) < 140
    if have("qpdf"):
        assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_minimal_session(tmp_path: Path) -> None:
    path = _render(session_from_draft(SessionDraft(title="")), tmp_path)
    text = pdftotext(path)
    assert "Untitled session" in text
    assert "page 1 of 1" in text


def test_sections_are_chosen_and_ordered_by_options(tmp_path: Path) -> None:
    options = BriefOptions(sections=("links", "speakers"), qr_codes=False)
    path = _render(demo(), tmp_path, options)
    outline = [t for d, t, _ in _outline(PdfReader(path)) if d == 1]
    assert outline == ["Links", "Speakers"]
    text = pdftotext(path)
    assert not re.search(r"^Summary$", text, re.M)
    assert "Boost4Health" not in text


def test_letter_and_a4_paper(tmp_path: Path) -> None:
    for paper, width in (("A4", 595.27), ("Letter", 612.0)):
        path = _render(demo(), tmp_path, BriefOptions(paper=paper))
        box = PdfReader(path).pages[0].mediabox
        assert float(box.width) == pytest.approx(width, abs=0.1)


def test_picture_and_logo_are_drawn(tmp_path: Path) -> None:
    picture = tmp_path / "slide.png"
    PILImage.new("RGB", (640, 360), (30, 90, 160)).save(picture)
    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (200, 80), (200, 40, 40)).save(logo)
    path = _render(demo(), tmp_path, BriefOptions(logo=logo), picture=picture)
    reader = PdfReader(path)
    first = reader.pages[0]
    images = first.images
    sizes = sorted((img.image.width, img.image.height) for img in images)
    assert sizes == [(200, 80), (640, 360)]
    # The logo repeats in every page header, the picture only once.
    assert all(len(page.images) >= 1 for page in reader.pages)


def test_missing_picture_is_skipped(tmp_path: Path) -> None:
    path = _render(demo(), tmp_path, picture=tmp_path / "absent.png")
    assert len(PdfReader(path).pages[0].images) == 0


def test_render_to_stream() -> None:
    buffer = io.BytesIO()
    pages = render_brief(demo(), buffer, generated=GENERATED)
    assert buffer.getvalue().startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(buffer.getvalue())).pages) == pages


def test_failed_render_leaves_no_file(tmp_path: Path) -> None:
    options = BriefOptions(logo=tmp_path / "no-such-logo.png")
    target = tmp_path / "out.pdf"
    with pytest.raises(OSError):
        render_brief(demo(), target, options)
    assert list(tmp_path.iterdir()) == []


def test_qr_payload_is_ascii_and_keeps_reserved_characters() -> None:
    url = "https://example.org/zażółć gęślą?q=a&b=ü#frag"
    payload = qr_payload(url)
    assert payload.isascii()
    assert (
        payload
        == "https://example.org/za%C5%BC%C3%B3%C5%82%C4%87%20g%C4%99%C5%9Bl%C4%85?q=a&b=%C3%BC#frag"
    )
    assert qr_payload(payload) == payload  # already-encoded URLs are not encoded twice
    matrix = qr_matrix(payload)
    assert len(matrix) == len(matrix[0]) >= 21
    assert (len(matrix) - 17) % 4 == 0  # a valid QR version size


def test_brief_filename() -> None:
    session = demo()
    assert brief_filename(session) == "2020-09-11_s3-international-and-territorial-cooperation.pdf"
    undated = dataclasses.replace(session, date=None, title="Łódź: Zukunft & Innovation")
    assert brief_filename(undated) == "undated_lodz-zukunft-innovation.pdf"


def test_sizes_in_both_languages() -> None:
    """Binary multiples as file managers show them, with the language's decimal mark and
    grouping, and bytes in words with their plural."""
    en, pl = brief_text("en"), brief_text("pl")
    assert en.size(0) == "0 bytes"
    assert en.size(1) == "1 byte"
    assert en.size(1536) == "1.5 KB"
    assert en.size(2_483_112) == "2.4 MB"
    assert en.size(5 * 1024**4) == "5,120.0 GB"
    assert [pl.size(n) for n in (1, 3, 22, 25)] == ["1 bajt", "3 bajty", "22 bajty", "25 bajtów"]
    assert pl.size(1536) == "1,5 KB"
    assert pl.size(5 * 1024**4) == "5\u00a0120,0 GB"


def test_options_round_trip_and_validation() -> None:
    options = BriefOptions(
        paper="Letter",
        sections=("summary", "speakers"),
        qr_codes=False,
        archive_name="Łódź archive",
        logo=Path("/x/logo.png"),
    )
    assert BriefOptions.from_dict(options.to_dict()) == options
    assert BriefOptions.from_dict({}) == BriefOptions()
    assert BriefOptions().sections == SECTIONS
    newer = {"sections": ["speakers", "hologram", "summary"], "paper": "A4"}
    assert BriefOptions.from_dict(newer).sections == ("speakers", "summary")
    with pytest.raises(ValidationError):
        BriefOptions(paper="A3")
    with pytest.raises(ValidationError):
        BriefOptions(sections=("speakers", "speakers"))
    with pytest.raises(ValidationError):
        BriefOptions(sections=("hologram",))
    with pytest.raises(ValidationError):
        BriefOptions.from_dict({"sections": "speakers"})


@pytest.mark.parametrize("zone", ["Europe", "Mars/Olympus", "", "Europe/"])
def test_unknown_time_zone_is_shown_without_offset(tmp_path: Path, zone: str) -> None:
    session = dataclasses.replace(demo(), timezone=zone or None)
    text = _flat(pdftotext(_render(session, tmp_path)))
    assert f"10:00 ({zone})" in text if zone else "10:00" in text


def _path_ops(path: Path) -> int:
    return sum(page.get_contents().get_data().count(b" re") for page in PdfReader(path).pages)


def test_qr_codes_can_be_switched_off(tmp_path: Path) -> None:
    with_codes = _path_ops(_render(demo(), tmp_path))
    without = _path_ops(_render(demo(), tmp_path, BriefOptions(qr_codes=False)))
    # Eight links, each code a few hundred module runs; table shading is a handful of rects.
    assert with_codes - without > 8 * 100


def test_visual_order_fallback() -> None:
    from webinar_archive.export.markdown_flow import BIDI_AVAILABLE, visual

    assert visual("Łódź") == "Łódź"
    if not BIDI_AVAILABLE:
        assert visual("דוד כהן") == "דוד כהן"
    else:
        assert visual("דוד כהן") == "ןהכ דוד"


@pytest.mark.parametrize(
    "draft",
    [
        SessionDraft(title="X" * 300, speakers=[SpeakerDraft("N" * 300, "O" * 500)]),
        SessionDraft(title="t", speakers=[SpeakerDraft("n", "Organisation name " * 600)]),
        SessionDraft(title="t", theme="theme " * 1500),
        SessionDraft(title="t", summary=("word " * 3000 + "\n\n") * 3),
        SessionDraft(
            title="t",
            links=[LinkDraft(LinkKind.OTHER, "https://e.org/" + "y" * 5000, "label " * 1000)],
        ),
    ],
    ids=["no-spaces", "org-taller-than-a-page", "huge-theme", "huge-summary", "huge-link"],
)
def test_oversized_fields_still_render(tmp_path: Path, draft: SessionDraft) -> None:
    path = _render(session_from_draft(draft), tmp_path)
    texts = page_texts(path)
    for number, text in enumerate(texts, start=1):
        assert f"page {number} of {len(texts)}" in text


def test_qr_code_is_drawn_module_for_module(tmp_path: Path) -> None:
    """Rasterise a drawn code and compare every module with the encoder's matrix."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from webinar_archive.export.qr import QrCode

    payload = qr_payload("https://example.org/Łódź?x=1")
    size = 20 * mm
    pdf = tmp_path / "qr.pdf"
    canvas = Canvas(str(pdf), pagesize=(size, size))
    QrCode(payload, size).drawOn(canvas, 0, 0)
    canvas.save()
    subprocess.run(
        ["pdftoppm", "-r", "600", "-gray", "-png", "-singlefile", str(pdf), str(tmp_path / "qr")],
        check=True,
    )
    image = PILImage.open(tmp_path / "qr.png").convert("L")
    matrix = qr_matrix(payload)
    count = len(matrix)
    module = image.width / (count + 4)
    for row in range(-2, count + 2):
        for col in range(-2, count + 2):
            x = int((col + 2.5) * module)
            y = int((row + 2.5) * module)
            dark = image.getpixel((x, y)) < 128
            inside = 0 <= row < count and 0 <= col < count
            assert dark == (inside and bool(matrix[row][col])), (row, col)


def test_each_paragraph_breaks_its_lines_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, the tables of a brief broke the lines of each cell twice at the same width (to
    measure the rows, then to draw them): 205 line breakings for 109 paragraphs, the largest
    part of laying out a brief. Now each paragraph does it once per width, and the PDF is the
    same (the text of every page)."""
    from reportlab.platypus import paragraph

    done: list[tuple[int, float]] = []
    real = paragraph.Paragraph.breakLines

    def counting(self: paragraph.Paragraph, widths: list[float]) -> object:
        done.append((id(self), widths[0]))
        return real(self, widths)

    session = demo()
    plain = io.BytesIO()
    with monkeypatch.context() as patch:
        # The same brief laid out by plain Paragraphs, to compare the text with.
        from webinar_archive.export import brief, markdown_flow

        patch.setattr(markdown_flow, "Para", paragraph.Paragraph, raising=False)
        patch.setattr(brief, "Para", paragraph.Paragraph, raising=False)
        render_brief(session, plain, BriefOptions(), generated=dt.date(2026, 1, 5))
    monkeypatch.setattr(paragraph.Paragraph, "breakLines", counting)
    once = io.BytesIO()
    render_brief(session, once, BriefOptions(), generated=dt.date(2026, 1, 5))
    assert len(done) > 50
    assert len(done) == len(set(done))
    texts = [
        [page.extract_text() for page in PdfReader(io.BytesIO(pdf.getvalue())).pages]
        for pdf in (plain, once)
    ]
    assert texts[0] == texts[1]


def _page_streams(pdf: bytes) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_plain_paragraphs_get_the_parsers_fragments_without_the_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Text without tags or entities (most table cells) skips reportlab's markup parser and
    gets the fragment it would have made: the same fragments, and no list shared between two
    paragraphs."""
    from reportlab.platypus import Paragraph, paraparser

    from webinar_archive.export.brief import styles
    from webinar_archive.export.markdown_flow import Para

    st = styles()
    texts = ["Kevin Morgan", "  spaced   out\n over lines ", "Łódź – 2,4 MB", "1:35", "\u00a0x"]
    for style in (st.body, st.cell, st.cell_bold, st.head, st.title, st.markdown.code):
        for text in texts:
            fast, parsed = Para(text, style), Paragraph(text, style)
            assert [vars(f) for f in fast.frags] == [vars(f) for f in parsed.frags], text
            assert (fast.text, fast.style) == (parsed.text, parsed.style)
    one, two = Para("one", st.cell), Para("two", st.cell)
    assert one.frags[0].link is not two.frags[0].link
    assert one.frags[0].us_lines is not two.frags[0].us_lines

    parses: list[str] = []
    real = paraparser.ParaParser.parse

    def counting(self: paraparser.ParaParser, text: str, style: object) -> object:
        parses.append(text)
        return real(self, text, style)

    monkeypatch.setattr(paraparser.ParaParser, "parse", counting)
    for number in range(50):
        Para(f"Cell {number}", st.cell)
    assert parses == []
    Para("<b>bold</b> &amp; markup", st.cell)
    assert len(parses) == 1


def test_plain_paragraphs_draw_the_same_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A brief whose plain paragraphs skip the parser has the same pages, stream for stream,
    as one laid out by reportlab's own Paragraph, in English and in Polish."""
    from reportlab.platypus import paragraph

    from webinar_archive.export import brief, markdown_flow

    for language in ("en", "pl"):
        options = BriefOptions(language=language)
        ours = io.BytesIO()
        render_brief(demo(), ours, options, generated=GENERATED)
        plain = io.BytesIO()
        with monkeypatch.context() as patch:
            patch.setattr(markdown_flow, "Para", paragraph.Paragraph)
            patch.setattr(brief, "Para", paragraph.Paragraph)
            render_brief(demo(), plain, options, generated=GENERATED)
        assert _page_streams(ours.getvalue()) == _page_streams(plain.getvalue())
