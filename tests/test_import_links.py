"""Links of an imported page: each has an address, a label that says what it is, and a kind."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from webinar_archive.domain.model import LinkKind
from webinar_archive.importers.page import extract_page, extract_text, page_record

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


# -- which kinds a page says it has -------------------------------------------------------------

TEXT_HEAD = "Open data for regional clusters\n\n3 November 2020\n\nAnna Nowak, KTH, presented.\n\n"


def _kinds(text: str) -> set[str]:
    """The link kinds the page record claims for a short text page."""
    flags = page_record(extract_text(TEXT_HEAD + text))["links"]
    return {kind for kind, present in flags.items() if present}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # Pointer words take any ending: "dostępne", "do pobrania", "disponibile", ...
        ("Nagranie spotkania jest dostępne na kanale.", {"recording"}),
        ("Pełna wersja programu do pobrania (PDF).", {"agenda"}),
        ("La registrazione è disponibile sul canale dell'associazione.", {"recording"}),
        ("Die Folien stehen ab sofort zur Verfügung.", {"presentations"}),
        ("Prezentace jsou dostupné účastníkům.", {"presentations"}),
        ("Les présentations sont disponibles pour les participants.", {"presentations"}),
        ("Le support est téléchargeable en fin de page : diaporama complet.", {"presentations"}),
        # Where a thing is, or that it is sent or published, also says it is there.
        ("Die Aufzeichnung finden Sie in unserer Mediathek.", {"recording"}),
        ("Las presentaciones se enviarán a los asistentes.", {"presentations"}),
        ("Záznam bude zveřejněn na webu.", {"recording"}),
        # Those who took part receive it; it is on a page or on line.
        ("Die Folien erhalten alle Teilnehmenden nach der Veranstaltung per E-Mail.",
         {"presentations"}),
        ("Les diapositives sont en ligne.", {"presentations"}),
        ("Programma completo nella pagina dell'evento.", {"agenda"}),
    ],
)  # fmt: skip
def test_inflected_pointer_words_say_a_kind_is_there(text: str, kinds: set[str]) -> None:
    assert _kinds(text) == kinds


def test_diaporama_is_french_for_slides() -> None:
    assert _kinds("Le diaporama de la séance est en ligne, ici.") == {"presentations"}


def test_a_short_line_naming_a_recording_or_slides_is_their_link() -> None:
    assert _kinds("Revoir le webinaire") == {"recording"}
    assert _kinds("Slides der Referentin") == {"presentations"}
    # A "Programme" line heads the programme printed below it: no agenda to link to.
    assert _kinds("Programme\n\n10:00 Welcome\n\n10:15 Open data in practice") == set()


def test_every_kind_a_block_names_counts_not_only_the_first() -> None:
    assert _kinds("Slides and recording are available below.") == {"presentations", "recording"}
    both = "Die Präsentationen finden Sie hier. Das Programm steht als PDF zum Download bereit."
    assert _kinds(both) == {"presentations", "agenda"}
    spanish = "Consulte el programa aquí. Las ponencias grabadas pueden verse en el canal."
    assert _kinds(spanish) == {"agenda", "recording"}


def test_words_that_only_look_like_a_kind_or_a_pointer_claim_nothing() -> None:
    # "registration" is not the Italian "registrato"; "bereits" (already) is not "bereit".
    assert _kinds("Registration is available here.") == set()
    assert _kinds("Die Präsentation der Studie war bereits 2022 Thema.") == set()
    # A sentence saying the thing is not there; a "no" about something else is no such thing.
    assert _kinds("The slides are not available for download.") == set()
    assert _kinds("Le replay n'est pas disponible.") == set()
    assert _kinds("Die Aufzeichnung ist leider nicht mehr abrufbar.") == set()
    assert _kinds("Missed it? No problem: the recording is available here.") == {"recording"}


@pytest.mark.parametrize(
    "text",
    [
        "The webinar is held by video conference and the link is sent to those registered.",
        "Die Veranstaltung findet als Videokonferenz statt, den Link finden Sie in der Mail.",
        "Spotkanie odbędzie się w formie wideokonferencji, link zostanie wysłany uczestnikom.",
    ],
)
def test_a_video_conference_is_how_a_session_is_held_not_a_recording(text: str) -> None:
    assert _kinds(text) == set()


def test_a_pdf_under_a_speakers_name_is_slides_whatever_its_neighbours_are() -> None:
    body = (
        '<p><a href="https://youtu.be/Hx81kQ">Watch again</a> | '
        '<a href="https://example.org/media/weiss.pdf">Hannah Weiss</a> | '
        '<a href="https://example.org/media/agenda.pdf">Programme</a></p>'
    )
    assert [kind for kind, _, _ in _links(body)] == [
        LinkKind.RECORDING,
        LinkKind.PRESENTATIONS,
        LinkKind.AGENDA,
    ]


def test_the_session_itself_on_a_video_platform_is_its_recording() -> None:
    assert _kinds("The webinar is now on our YouTube channel.") == {"recording"}
    assert _kinds("Das Seminar gibt es in unserer Mediathek.") == {"recording"}
    # Following a channel is not watching this session.
    assert _kinds("Follow our YouTube channel for more webinars.") == set()


@pytest.mark.parametrize(
    "share",
    [
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fclusters.example.eu%2Ft",
        "https://www.facebook.com/sharer.php?u=x",
        "https://twitter.com/intent/tweet?url=https://clusters.example.eu/t",
        "https://x.com/intent/post?url=x",
        "https://www.linkedin.com/sharing/share-offsite/?url=https://clusters.example.eu/t",
        "https://www.linkedin.com/shareArticle?mini=true&url=x",
        "https://wa.me/?text=Open%20data",
        "https://wa.me/",
        "https://api.whatsapp.com/send?text=x",
        "https://t.me/share/url?url=x",
        "https://www.xing.com/spi/shares/new?url=x",
    ],
)
def test_share_buttons_are_no_links_of_the_session(share: str) -> None:
    """ "Share on Facebook / X / LinkedIn / WhatsApp" buttons post the page elsewhere: leaving
    them in gave each imported session links (and QR codes in its brief) to delete by hand,
    whatever the line around them says ("Sdílet", "Teilen"), while the organisation's own
    profile on the same network stays."""
    body = (
        '<p>The cluster network is on <a href="https://www.linkedin.com/company/clusters-example">'
        "LinkedIn</a>.</p>"
        f'<div class="sdilet">Sdílet: <a href="{share}">Facebook</a></div>'
    )
    urls = [url for _kind, _label, url in _links(body)]
    assert urls == ["https://www.linkedin.com/company/clusters-example"]


def test_a_saved_page_with_share_buttons_imports_its_own_links_only() -> None:
    """The Czech faculty page of the walk-through: its Facebook and LinkedIn buttons are gone,
    the agenda and the sign-up form stay."""
    page = Path(__file__).parent / "data" / "pages" / "heldout11" / "c01_cs_fakulta.html"
    [session] = extract_page(page.read_bytes())
    hosts = [urlsplit(link.url or "").hostname for link in session.draft.links]
    assert hosts == ["fast.tukralovice.cz", "akce.tukralovice.cz"]
