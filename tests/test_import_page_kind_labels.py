"""Kind-of-session labels around a title: how it is held after what it is, a meeting noun with
one word of purpose, and a kind of session after the last dash."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page.kind_labels import is_kind_lead, without_kind_frame


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Stadtführung online: Die Brücken der Altstadt", "Die Brücken der Altstadt"),
        ("Visita guidata live: Il foro romano di Sestino", "Il foro romano di Sestino"),
        ("Cata online con enólogos: Vinos blancos de la costa", "Vinos blancos de la costa"),
        ("Webinar of welcome: Your first week on campus", "Your first week on campus"),
        ("Seminario di benvenuto: Come funziona la biblioteca", "Come funziona la biblioteca"),
        (
            "Jak czytać rachunek za wodę – spotkanie online dla lokatorów",
            "Jak czytać rachunek za wodę",
        ),
        (
            "Úspory energie v bytových domech – setkání online pro občany",
            "Úspory energie v bytových domech",
        ),
    ],
)
def test_a_kind_label_is_dropped(title: str, expected: str) -> None:
    assert without_kind_frame(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        # a topic that opens with a word for how things are held
        "Online safety: What parents should know",
        # what follows the colon is no title of its own
        "Stadtführung online: die Brücken",
        # a lead of more words is a topic, not a label
        "Why our city tours moved online last year: A look back",
        # a dash tail that is a topic, not a kind of session
        "Rivers and people – Living with floods in the valley",
        "Heat pumps in old houses – what works",
    ],
)
def test_a_topic_stays_whole(title: str) -> None:
    assert without_kind_frame(title) == title


def test_leads_of_a_kind_and_not() -> None:
    assert is_kind_lead("Tasting online")
    assert is_kind_lead("Conférence de rentrée")
    assert not is_kind_lead("Online marketing")
    assert not is_kind_lead("Climate of change")
