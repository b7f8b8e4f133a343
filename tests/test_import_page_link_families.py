"""Ways a page says a recording or slides will be there, by family, in the seven languages:
a members' or private area, a "not" that reaches only its own clause ("will not be recorded,
but the slides will be shared"), platforms and deferred broadcasts, files sent, uploaded or
put up in the forms the fixed words missed. Sentences of our own."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text, page_record

REC, SLIDES = "recording", "presentations"


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
        # a members' or private area
        ("Die Folien aller Referenten stehen anschließend im Mitgliederbereich.", SLIDES),
        ("Les diaporamas des intervenants seront déposés dans l'espace adhérents.", SLIDES),
        ("Las presentaciones de los ponentes quedarán en el área de socios.", SLIDES),
        ("Le slide dei relatori saranno caricate nell'area riservata agli iscritti.", SLIDES),
        ("Prezentacje prelegentów umieścimy w strefie członkowskiej serwisu.", SLIDES),
        ("Die Aufzeichnung des gesamten Abends kommt in den Mitgliederbereich.", REC),
        ("La grabación completa de la sesión se subirá al área privada.", REC),
        ("La registrazione integrale dell'incontro sarà caricata nell'area soci.", REC),
        ("Nagranie całego spotkania trafi do strefy dla członków stowarzyszenia.", REC),
        # a "not" that reaches only its own clause
        (
            "The session will not be recorded, but the slides will be shared with all "
            "participants afterwards.",
            SLIDES,
        ),
        (
            "Die Veranstaltung wird nicht aufgezeichnet, die Folien schicken wir aber allen "
            "Teilnehmenden.",
            SLIDES,
        ),
        (
            "La séance ne sera pas enregistrée, mais les diaporamas seront envoyés aux "
            "participants.",
            SLIDES,
        ),
        ("L'incontro non sarà registrato, ma le slide saranno inviate ai partecipanti.", SLIDES),
        # platforms, talks and deferred broadcasts
        ("Den Vortrag können Sie später auf unserem PeerTube-Kanal nachschauen.", REC),
        ("La conférence sera diffusée en différé sur notre chaîne Dailymotion.", REC),
        ("La charla quedará colgada en nuestro canal de YouTube para verla cuando quieras.", REC),
        ("Całą rozmowę będzie można odsłuchać jako podcast na Spotify.", REC),
        # recorded, in the verb forms the fixed words missed
        ("La sesión se grabará y podrás verla después en esta página.", REC),
        ("Registreremo l'incontro e lo pubblicheremo sul sito dell'associazione.", REC),
        # sent in the forms the fixed words missed
        ("Die Präsentationen der Vortragenden versenden wir nach dem Webinar.", SLIDES),
        ("Les présentations seront communiquées aux inscrits après le webinaire.", SLIDES),
        ("Las diapositivas se harán llegar a los inscritos después del webinario.", SLIDES),
    ],
)
def test_a_kind_said_to_be_there_counts(sentence: str, kind: str) -> None:
    assert _said(sentence) == {kind}


@pytest.mark.parametrize(
    "sentence",
    [
        # "nor" goes on with the "not"
        "The session will not be recorded, nor will the slides be shared afterwards.",
        "Das Webinar wird nicht aufgezeichnet, noch werden die Folien verschickt.",
        "La sesión no se grabará, ni se enviarán las presentaciones después.",
        "Webinarium nie będzie nagrywane, ani prezentacje nie zostaną rozesłane.",
        # both clauses say "not"
        "Les diaporamas ne seront pas diffusés, et la séance ne sera pas enregistrée.",
        # a platform to follow, and a private area with nothing of the session's in it
        "Follow our talks on Spotify and never miss an episode of the lecture series.",
        "Le slide non saranno caricate nell'area riservata.",
    ],
)
def test_kinds_said_not_to_be_there_do_not_count(sentence: str) -> None:
    assert not _said(sentence) & {REC, SLIDES}
