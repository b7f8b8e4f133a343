"""Runs of capitalised words that are no person: a day of the calendar, a place where people
meet, a firm named after its partners; and a list whose next person is given with an article
and what they do ("..., l'architetto X"). Short pages of our own in several languages."""

from __future__ import annotations

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.not_people import without_non_people
from webinar_archive.importers.page.taking_part import next_person


def _people(text: str) -> list[tuple[str, str | None]]:
    html = (
        "<html><head><title>Webinar | Verein</title></head><body><h1>Wasser im Garten</h1>"
        f"<p>7 May 2024</p>{text}</body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    return [(s.name, s.organisation) for s in session.draft.speakers]


def test_a_named_day_is_no_person() -> None:
    names = [
        "World Water Day", "Journée Mondiale Du Patrimoine", "Międzynarodowy Dzień Lasu",
        "Weltwassertag Global",
    ]  # fmt: skip
    kept = without_non_people([SpeakerDraft(name=n) for n in names], "")
    assert kept == []
    assert len(without_non_people([SpeakerDraft(name="Doris Day")], "")) == 1


def test_a_meeting_place_and_a_firm_of_partners_are_no_people() -> None:
    text = "Treffpunkt am Alten Zollhaus, Livestream im Netz. Bianchi Rossi Associati"
    speakers = [
        SpeakerDraft(name="Alten Zollhaus"),
        SpeakerDraft(name="Bianchi Rossi Associati"),
        SpeakerDraft(name="Anna Bianchi"),
    ]
    assert [s.name for s in without_non_people(speakers, text)] == ["Anna Bianchi"]
    # a name also written where no word for "at" stands before it is kept
    text = "Treffpunkt am Alten Zollhaus. Alten Zollhaus, Vorsitzender des Vereins"
    assert len(without_non_people([SpeakerDraft(name="Alten Zollhaus")], text)) == 1


def test_the_next_person_of_a_list_is_no_description() -> None:
    assert next_person("l'architetto Tommaso Pieri dello studio Pieri Associati")
    assert next_person("el geólogo Andrés Pardo del Instituto Geológico")
    assert not next_person("the head of the Records Office")
    assert not next_person("directora de la Fundación CD Arenales")
    text = (
        "<p>Ne parlano l'assessora Carla Neri, il geologo Paolo Bassi del Consorzio "
        "di Bonifica Alto Po, e la sindaca Anna Riva.</p>"
    )
    people = _people(text)
    assert ("Carla Neri", "Consorzio di Bonifica Alto Po") not in people
    assert ("Paolo Bassi", "Consorzio di Bonifica Alto Po") in people
