"""A live stream that stays to be watched is the recording; a file e-mailed in any tense and
person is there; a plan of the session as a document is the agenda; a title before a name ends
no sentence. Short pages written for the test, in several languages."""

from __future__ import annotations

from webinar_archive.domain.model import LinkKind
from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.link_cues import sentences
from webinar_archive.importers.page.links import classify


def _links(body: str) -> dict[str, bool]:
    html = (
        "<html><head><title>Talk</title></head><body><h1>Pruning old apple trees</h1>"
        f"<p>Saturday 14 March 2026, 10:00, online.</p>{body}</body></html>"
    )
    return page_record(extract_page(html.encode()))["links"]


def test_a_live_stream_that_stays_available_is_the_recording() -> None:
    assert _links("<p>Der Livestream bleibt danach in unserer Mediathek abrufbar.</p>")["recording"]
    assert _links("<p>La retransmisión quedará disponible en la web del club.</p>")["recording"]
    assert _links("<p>Přenos zůstane k dispozici na našem webu.</p>")["recording"]
    # a live stream alone, or one whose page stays, keeps nothing of the session
    assert not _links("<p>Der Livestream beginnt um 10 Uhr.</p>")["recording"]
    assert not _links("<p>The stream starts at ten. Questions stay open in the chat.</p>")[
        "recording"
    ]


def test_slides_sent_by_mail_in_other_tenses_are_there() -> None:
    assert _links("<p>The slides will be emailed to everyone who booked.</p>")["presentations"]
    assert _links(
        "<p>Prezentację prelegentów wyślemy wszystkim uczestnikom dzień po spotkaniu.</p>"
    )["presentations"]
    assert _links("<p>Prezentace obou hostů vám zašleme hned druhý den po webináři.</p>")[
        "presentations"
    ]
    assert _links("<p>Le diapositive le invieremo ai partecipanti.</p>")["presentations"]
    assert not _links("<p>The slides will not be emailed.</p>")["presentations"]


def test_a_plan_of_the_session_as_a_document_is_the_agenda() -> None:
    url = "https://x.example/files/plan.pdf"
    assert classify("Session plan (PDF)", url) == LinkKind.AGENDA
    assert classify("Plan de la séance (PDF)", url) == LinkKind.AGENDA
    assert classify("Plan del taller", url) == LinkKind.AGENDA
    assert classify("Seminarplan", url) == LinkKind.AGENDA
    # a plan of something else, or a plan that is no document, is no agenda
    assert classify("Site plan (PDF)", url) != LinkKind.AGENDA
    assert classify("Session plan", "https://x.example/news/") != LinkKind.AGENDA


def test_a_title_before_a_name_ends_no_sentence() -> None:
    assert sentences("Le slide del prof. Marangon saranno inviate. Grazie.") == [
        "Le slide del prof. Marangon saranno inviate.",
        "Grazie.",
    ]
    assert sentences("Slajdy dr. Nowaka wyślemy. Do zobaczenia.") == [
        "Slajdy dr. Nowaka wyślemy.",
        "Do zobaczenia.",
    ]
    assert len(sentences("Prezentace – M. Kolářová. Záznam bude.")) == 2
    links = _links("<p>Die Folien von Dr. Weiss senden wir Ihnen gern zu.</p>")
    assert links["presentations"]
