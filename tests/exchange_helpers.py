"""Shared builders for the import and exchange tests: real documents and a rich library."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive


def make_pdf(path: Path, pages: list[str], title: str | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    if title:
        pdf.setTitle(title)
    for text in pages:
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return path


def make_pptx(path: Path, slides: list[tuple[str, str]]) -> Path:
    """Slides of (text, speaker notes)."""
    from pptx import Presentation

    deck = Presentation()
    for text, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = text
        slide.notes_slide.notes_text_frame.text = notes
    deck.save(str(path))
    return path


def make_odp(path: Path, pages: list[str]) -> Path:
    from odf.draw import Frame, Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.style import MasterPage, PageLayout
    from odf.text import P

    doc = OpenDocumentPresentation()
    layout = PageLayout(name="layout")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="master", pagelayoutname=layout)
    doc.masterstyles.addElement(master)
    for i, text in enumerate(pages):
        page = Page(name=f"page{i + 1}", masterpagename=master)
        frame = Frame(width="20cm", height="3cm", x="1cm", y="1cm")
        box = TextBox()
        box.addElement(P(text=text))
        frame.addElement(box)
        page.addElement(frame)
        doc.presentation.addElement(page)
    doc.save(str(path))
    return path


def fake_media(path: Path, size: int = 4096) -> Path:
    path.write_bytes(os.urandom(size))
    return path


def rich_library(archive: Archive, work: Path) -> dict[str, int]:
    """Demo session plus a session with slides, a recording, chapters, notes and subtitle cues."""
    demo, _ = archive.sessions.create_demo()
    person = archive.people.find_person("Anais Le Corvec")
    assert person is not None
    archive.people.update_person(
        person.id, person.display_name, ["A. Le Corvec"], "Policy officer at CEBR."
    )
    grow = archive.people.find_organisation("DG GROW")
    assert grow is not None
    commission = archive.sessions.create(
        m.SessionDraft(
            title="Parent organisation holder",
            speakers=[m.SpeakerDraft("Ursula Example", "European Commission")],
        )
    )
    parent = commission.appearances[0].organisation_id
    archive.people.update_organisation(
        grow.id, "DG GROW", "GROW", ["Internal Market DG"], "EC-GROW", parent
    )
    with archive.catalogue.uow() as uow:
        uow.people.ensure_series(
            "Cluster Talks",
            "European Cluster Collaboration Platform",
            "https://example.org/ct",
            "Monthly talks on clusters.",
        )
        uow.commit()
    session = archive.sessions.create(
        m.SessionDraft(
            title="Clusters and green transition",
            series="Cluster Talks",
            theme="Green deal",
            date=dt.date(2021, 3, 4),
            start_time=dt.time(10, 30),
            timezone="Europe/Brussels",
            duration_minutes=90,
            language="en",
            summary="**Two** talks.\n\n- one\n- two",
            source_url="https://example.org/ct/green",
            retrieved_at=dt.datetime(2021, 3, 5, 8, 0, 1),
            notes="internal note",
            status=m.SessionStatus.REVIEWED,
            rights="CC BY 4.0",
            speakers=[
                m.SpeakerDraft(
                    "Sławomir Tokarski",
                    "DG GROW",
                    m.AppearanceRole.KEYNOTE,
                    position="Director",
                    contribution="Opening words.",
                ),
                m.SpeakerDraft("Marta Nowak", "Uniwersytet Łódzki", m.AppearanceRole.SPEAKER),
                m.SpeakerDraft("Marta Nowak", None, m.AppearanceRole.MODERATOR),
            ],
            links=[
                m.LinkDraft(m.LinkKind.RECORDING, "https://example.org/v", "Video"),
                m.LinkDraft(m.LinkKind.OTHER, None, "Printed programme"),
            ],
            tags=["green", "clusters", "Łódź"],
        )
    )
    pdf = make_pdf(work / "green-slides.pdf", ["Green slide one", "Green slide two"], "Green")
    pptx = make_pptx(work / "talk.pptx", [("Cluster deck", "say hello"), ("Second", "bye")])
    results = archive.files.attach(session.id, [pdf, pptx])
    assert all(r.ok and r.material_id for r in results), results
    video = fake_media(work / "talk.mp4")
    stored = archive.catalogue.files.add(video)
    subs = work / "talk.en.vtt"
    subs.write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n", encoding="utf-8")
    stored_subs = archive.catalogue.files.add(subs)
    with archive.catalogue.uow() as uow:
        rec_id = uow.parts.add_recording(
            session.id,
            m.RecordingDraft(
                file=m.FileRef(
                    original_name="talk.mp4",
                    media_type="video/mp4",
                    size=stored.size,
                    sha256=stored.sha256,
                    stored_path=stored.stored_path,
                ),
                duration_ms=5_400_000,
                container="mov,mp4",
                video_codec="h264",
                audio_codec="aac",
                width=1280,
                height=720,
            ),
            [],
        )
        uow.parts.add_subtitle(
            rec_id,
            m.SubtitleDraft(
                original_name="talk.en.vtt",
                stored_path=stored_subs.stored_path,
                sha256=stored_subs.sha256,
                language="en",
                label="English",
            ),
            [m.TranscriptCue(0, 2000, "Hello"), m.TranscriptCue(2000, 4500, "Zażółć gęślą")],
        )
        uow.commit()
    full = archive.sessions.get(session.id)
    apps = full.appearances
    archive.playback.add_chapter(rec_id, 0, "Opening", 60_000, apps[0].id)
    archive.playback.add_chapter(rec_id, 60_000, "Talk", None, apps[1].id)
    archive.playback.add_chapter(rec_id, 3_000_000, "Questions", None, None)
    archive.playback.add_note(rec_id, 90_000, "Key figure on slide 2")
    archive.playback.save_position(rec_id, 120_000)
    archive.playback.tie_material(full.materials[0].id, rec_id, 61_000, apps[1].id)
    return {"demo": demo.id, "session": session.id, "recording": rec_id, "holder": commission.id}
