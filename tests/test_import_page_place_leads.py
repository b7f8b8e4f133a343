"""A town or body written right before a person's name is taken off the name when the page
writes it elsewhere on its own; a first name of three words stays whole. Short pages of our
own in several languages."""

from __future__ import annotations

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.place_leads import settle_place_leads


def _names(text: str) -> list[str]:
    html = (
        "<html><head><title>Webinar | Verein</title></head><body><h1>Radwege für Kinder</h1>"
        f"<p>7 May 2024</p>{text}</body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    return [s.name for s in session.draft.speakers]


def test_a_town_before_a_name_seen_alone_elsewhere_is_no_part_of_it() -> None:
    text = (
        "<p>Es spricht die Bürgermeisterin von Lindau Eva Roth, danach der Radverein "
        "Lindau e.V. mit seinen Plänen.</p>"
    )
    assert "Eva Roth" in _names(text)
    speakers = [SpeakerDraft(name="Ferrano Luca Baldini", position="coordinatore")]
    settle_place_leads(speakers, "i bicibus di Ferrano Luca Baldini. Ferrano in Bici ODV")
    assert speakers[0].name == "Luca Baldini"


def test_a_name_of_three_words_stays_whole() -> None:
    speakers = [SpeakerDraft(name="Anna Maria Rossi", position="storica")]
    settle_place_leads(speakers, "Interviene la storica di Anna Maria Rossi. Anna Maria Rossi.")
    assert speakers[0].name == "Anna Maria Rossi"
    speakers = [SpeakerDraft(name="Jan Maria Rokita", position=None)]
    settle_place_leads(speakers, "Wykład z Jan Maria Rokita o historii.")
    assert speakers[0].name == "Jan Maria Rokita"
