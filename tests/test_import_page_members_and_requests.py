"""Slides or a recording kept for members only, made available or given to those who came, or
to be had on request, in the seven languages; a session "open to members" or a programme
"for members" says nothing of them. Sentences of our own."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text, page_record

REC, SLIDES, AGENDA = "recording", "presentations", "agenda"


def _said(sentence: str) -> set[str]:
    text = (
        "Hedgehogs in winter gardens\nWednesday 4 March 2026, 18:00, online.\n"
        f"Speaker: Ann Lee, University of Leeds.\n{sentence}"
    )
    links: dict[str, bool] = page_record(extract_text(text))["links"]
    return {kind for kind, there in links.items() if there}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # for members only
        ("The slides of all three speakers are for members only.", SLIDES),
        ("Les diapositives des intervenants sont réservées aux adhérents.", SLIDES),
        ("Las diapositivas de los ponentes son solo para socios de la asociación.", SLIDES),
        ("Le slide dei relatori sono riservate ai soci dell'associazione.", SLIDES),
        ("Prezentacje prelegentów są tylko dla członków stowarzyszenia.", SLIDES),
        ("Prezentace přednášejících jsou jen pro členy spolku.", SLIDES),
        # made available or given
        ("Le replay de la soirée sera proposé aux adhérents après la réunion.", REC),
        ("La grabación de la jornada se facilitará a los socios tras el encuentro.", REC),
        ("La registrazione della serata sarà messa a disposizione dei soci.", REC),
        ("Záznam večera zpřístupníme členům spolku po setkání.", REC),
        ("Nagranie całego wieczoru wrzucimy do sieci w przyszłym tygodniu.", REC),
        ("Handouts of the talks will be given to all participants after the session.", SLIDES),
        # on request
        ("The speakers' slides can be requested from the organisers after the session.", SLIDES),
        ("Die Vortragsfolien können nach der Veranstaltung bei uns angefordert werden.", SLIDES),
        ("Les diaporamas peuvent être demandés aux organisateurs après la séance.", SLIDES),
        ("Las presentaciones pueden solicitarse a la organización tras la jornada.", SLIDES),
        ("Le presentazioni possono essere richieste alla segreteria dopo il seminario.", SLIDES),
        ("Prezentacje można zamówić u organizatorów po seminarium.", SLIDES),
        ("O prezentace si můžete po semináři napsat organizátorům.", SLIDES),
    ],
)
def test_a_kind_kept_for_members_given_or_on_request_counts(sentence: str, kind: str) -> None:
    assert _said(sentence) == {kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "The programme of the evening is open to members of the network and their guests.",
        "Das Programm des Abends richtet sich an Mitglieder und Gäste des Vereins.",
        "Le programme de la soirée s'adresse aux adhérents et à leurs invités.",
        "The presentation of the award to our longest-serving member opens the evening.",
    ],
)
def test_a_session_for_members_says_nothing_of_its_links(sentence: str) -> None:
    assert not _said(sentence) & {REC, SLIDES, AGENDA}
