"""Links of an imported page: each has an address, a label that says what it is, and a kind."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import LinkKind
from webinar_archive.importers.page import extract_page

HEAD = (
    '<html><head><link rel="canonical" href="https://clusters.example.eu/events/talk/"></head>'
    "<body><h1>Open data for regional clusters</h1><p>3 November 2020</p>"
    "<p>Speakers: Anna Nowak (KTH), Jan Dvořák (CzechInvest)</p>"
)


def _links(body: str) -> list[tuple[LinkKind, str, str | None]]:
    [session] = extract_page((HEAD + body + "</body></html>").encode(), content_type="text/html")
    return [(link.kind, link.label, link.url) for link in session.draft.links]


@pytest.mark.parametrize(
    ("body", "kind", "label"),
    [
        # A recording on a video platform, linked as "watch again" and its kin, in seven languages.
        ('<p>Watch again <a href="https://www.youtube.com/watch?v=a1">here</a>.</p>',
         LinkKind.RECORDING, "Recording"),
        ('<p>Die Aufzeichnung finden Sie <a href="https://vimeo.com/1">hier</a>.</p>',
         LinkKind.RECORDING, "Recording"),
        ('<p>Le replay est <a href="https://www.dailymotion.com/video/x1">ici</a>.</p>',
         LinkKind.RECORDING, "Recording"),
        ('<p>La grabación, <a href="https://youtu.be/b2">aquí</a>.</p>',
         LinkKind.RECORDING, "Recording"),
        ('<p>Rivedi il webinar: <a href="https://example.it/webinar/rivedi">clicca qui</a></p>',
         LinkKind.RECORDING, "Recording"),
        ('<p>Nagranie dostępne <a href="https://example.pl/nagranie-webinaru">tutaj</a>.</p>',
         LinkKind.RECORDING, "Recording"),
        ('<p>Záznam ze semináře najdete <a href="https://example.cz/z">zde</a>.</p>',
         LinkKind.RECORDING, "Recording"),
        # Agendas called programme, Programm, programu.
        ('<p>The programme is <a href="https://example.org/p1">here</a>.</p>',
         LinkKind.AGENDA, "Agenda"),
        ('<p>Das Programm: <a href="https://example.de/p">mehr lesen</a></p>',
         LinkKind.AGENDA, "Agenda"),
        ('<p>Szczegóły programu: <a href="https://example.pl/program.pdf">pobierz</a></p>',
         LinkKind.AGENDA, "Agenda: program.pdf"),
        # Slides linked under a speaker's name, with or without a word saying "slides".
        ('<ul><li><a href="https://example.org/pinna.pdf">Valentina Pinna, DG GROW (PDF, 640 kB)'
         "</a></li></ul>",
         LinkKind.PRESENTATIONS, "Slides: Valentina Pinna, DG GROW"),
        ('<ul><li>Valentina Pinna, DG GROW: <a href="https://example.org/vp.pptx">slides</a>'
         "</li></ul>",
         LinkKind.PRESENTATIONS, "Slides: Valentina Pinna, DG GROW"),
        ('<p>Les présentations sont <a href="https://example.fr/docs/h2.pdf">ici</a>.</p>',
         LinkKind.PRESENTATIONS, "Slides: h2.pdf"),
        # "Read more" says nothing: the label names where it goes.
        ('<p>The cluster network. <a href="https://www.clusters.example.eu/about">Read more</a>'
         "</p>",
         LinkKind.MORE_INFO, "More information: clusters.example.eu"),
    ],
)  # fmt: skip
def test_kind_and_label_say_what_the_link_is(body: str, kind: LinkKind, label: str) -> None:
    found = _links(body)
    assert [(k, text) for k, text, _ in found] == [(kind, label)]


def test_a_descriptive_label_is_kept() -> None:
    body = '<p>Partner: <a href="https://www.boost4health.eu/">Boost4Health</a></p>'
    assert _links(body)[0][1] == "Boost4Health"


def test_no_link_without_an_address() -> None:
    """A link the page only names, or one to a fragment or script, is never kept."""
    body = (
        "<p>Slides will be available soon.</p>"
        '<p><a href="#top">Back to top</a> <a href="javascript:void(0)">Share</a></p>'
        '<p>The recording is <a href="https://vimeo.com/2">online</a>.</p>'
    )
    assert [url for _, _, url in _links(body)] == ["https://vimeo.com/2"]
