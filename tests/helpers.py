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
