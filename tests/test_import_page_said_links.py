"""More words a page says slides or a recording will be there with: pitch decks, a French
"support" in the singular, a file added to this very page or section, handed over or sent by
electronic post in its long form. Short pages of our own, in languages other than the pages
the rules were written for."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text, page_record


def _links(sentence: str) -> dict[str, bool]:
    text = (
        "Hedgehogs in winter gardens\nWednesday 4 March 2026, 18:00, online.\n"
        f"Speaker: Ann Lee, University of Leeds.\n{sentence}"
    )
    links: dict[str, bool] = page_record(extract_text(text))["links"]
    return links


@pytest.mark.parametrize(
    "sentence",
    [
        # pitch decks
        "The teams' pitch decks will be published here after the final.",
        "Die Pitch-Decks der Teams stellen wir nach dem Finale online.",
        # a French "support" in the singular
        "Le support de cours sera envoyé aux inscrits.",
        "Le support (PDF) sera disponible après la séance.",
        # added to this page or section
        "Die Folien ergänzen wir nach dem Termin in diesem Abschnitt.",
        "Las presentaciones se añadirán a esta sección.",
        "Prezentacje prelegentów dodamy na tę stronę.",
        # handed over, or sent by electronic post
        "Les présentations seront adressées par courriel.",
        "Le slide saranno trasmesse ai partecipanti per posta elettronica.",
        "Prezentace všech přednášejících předáme účastníkům elektronickou poštou.",
    ],
)
def test_slides_said_to_come_count(sentence: str) -> None:
    assert _links(sentence)["presentations"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        # backing, not slides
        "Le dossier est disponible avec le support de la Région.",
        # a deck of cards
        "A deck of cards will be available at the door.",
    ],
)
def test_other_supports_decks_and_posts_do_not_count(sentence: str) -> None:
    assert _links(sentence)["presentations"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        # a section of a body, or of the programme itself, is no place a file is put
        "The second section of the programme looks at gardens in towns and villages.",
        "Program przygotowała Sekcja Programowa naszego stowarzyszenia w tym roku.",
        # the facilitator, a proposal, settings and a submitted file are not slides sent
        "Facilitator of the programme: Ann Lee, with questions from the audience.",
        "Au programme proposé cette année : jardins, haies et mares en ville.",
        "Das Programm des Abends wird in den Einstellungen der Plattform nicht angezeigt.",
        "Pour déposer un dossier au programme de subventions, contactez la mairie.",
    ],
)
def test_a_programme_beside_the_new_words_is_no_agenda_link(sentence: str) -> None:
    assert _links(sentence)["agenda"] is False
