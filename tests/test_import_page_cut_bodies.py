"""Bodies cut short at their head or their last words, and positions held "for the" a body."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.cut_bodies import (
    bar_of_town,
    held_for,
    named_after_kind,
    widened_name,
    with_legal_form,
    with_lower_tail,
)


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    sessions = extract_text(text)
    return [(s.name, s.organisation, s.position) for s in sessions[0].draft.speakers]


@pytest.mark.parametrize(
    ("org", "near", "expected"),
    [
        ("Ministerstvo", " z Ministerstva zemědělství, odbor lesů", "Ministerstvo zemědělství"),
        (
            "Ministerstwo",
            " z Ministerstwa sprawiedliwości, departament",
            "Ministerstwo sprawiedliwości",
        ),
        # a name going on past a small word ("i") is not taken back half-way
        ("Ministerstwo", " z Ministerstwa rolnictwa i rozwoju wsi.", None),
        # a name already more than its kind stays
        ("Ministerstvo kultury", " z Ministerstva kultury a dalších", None),
        # the words after it belong to the sentence ("a", "i"): nothing to take back
        ("Ministerstvo", " z Ministerstva a z kraje.", None),
        # a proper name is no bare kind of body, whatever follows it
        ("Archivis", " z Archivis ukázala.", None),
    ],
)
def test_with_lower_tail(org: str, near: str, expected: str | None) -> None:
    assert with_lower_tail(org, near) == (expected or org)


@pytest.mark.parametrize(
    ("org", "near", "expected"),
    [
        ("Marais", ", soigneuse au refuge Les Amis du Marais.", "Les Amis du Marais"),
        ("Roble", ", voluntaria en la asociación Amigos del Roble.", "Amigos del Roble"),
        ("Colle", ", guida al rifugio Gli Amici della Colle.", "Gli Amici della Colle"),
        # a unit before its body is not part of the body's name
        ("Generalitat", ", técnica de Industria de la Generalitat.", None),
        # an acronym or a name that is already a body stays as it is
        ("ICAVB", ", vocal de Deontología del ICAVB.", None),
        # no lower-case word before the run: the run may open the sentence
        ("Marais", "Les Amis du Marais.", None),
    ],
)
def test_widened_name(org: str, near: str, expected: str | None) -> None:
    assert widened_name(org, near) == (expected or org)


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        (
            "District Warden for the Upland Moth Recording Unit (UMRU)",
            ("District Warden", "Upland Moth Recording Unit (UMRU)"),
        ),
        (
            "Chargée de mission pour la Fédération des Sentiers",
            ("Chargée de mission", "Fédération des Sentiers"),
        ),
        # bodies named for their purpose stay whole
        ("Centre for the Study of Rivers", None),
        ("Society for the Protection of Hedgehogs", None),
        # the part after "for" is no body
        ("Ranger for the Lake District", None),
    ],
)
def test_held_for(org: str, expected: tuple[str, str] | None) -> None:
    assert held_for(org) == expected


def test_czech_ministry_in_a_list_keeps_its_lower_case_name() -> None:
    people = _people(
        "Lesní hospodaření po suchu\nWebinář, středa 4. 3. 2026 v 10:00.\nPřednášející:\n"
        "Ing. Pavel Novák z Ministerstva zemědělství, odbor lesů\n"
        "Mgr. Jana Malá, Lesy Vysočiny s.r.o."
    )
    assert people[0][:2] == ("Pavel Novák", "Ministerstvo zemědělství")


def test_french_body_after_particle_is_widened_and_leaves_the_role() -> None:
    people = _people(
        "Les oiseaux des marais\nMercredi 4 mars 2026, en ligne.\nIntervenants :\n"
        "Anne Morel, soigneuse au refuge Les Amis du Marais\nPaul Girard, Université de Brest"
    )
    assert people[0] == ("Anne Morel", "Les Amis du Marais", "soigneuse au refuge")


def test_english_position_held_for_a_body_in_prose() -> None:
    people = _people(
        "Moths at night\nWednesday 4 March 2026, online.\nThe evening is led by Dr Anne Morel, "
        "Senior Lecturer, University of Leeds, with Paul Gray, District Warden for the Upland "
        "Moth Recording Unit (UMRU), and Mrs Jo Reed.\nChair: Sam Hill."
    )
    assert ("Paul Gray", "Upland Moth Recording Unit (UMRU)", "District Warden") in people


@pytest.mark.parametrize(
    ("org", "near", "expected"),
    [
        ("Drukpol sp", ", grafik z firmy Drukpol sp. z o.o. Dalej", "Drukpol sp. z o.o."),
        ("Vinařství Dvůr s", " z Vinařství Dvůr s.r.o. a další", "Vinařství Dvůr s.r.o."),
        ("Bodega Sur S", ", enóloga de Bodega Sur S.L. Luego", "Bodega Sur S.L."),
        # a dot that closes the sentence is no legal form
        ("Bodega Sur S", " de Bodega Sur S. Luego", None),
        ("Anna Bo", " Anna Bo. Dalej", None),
    ],
)
def test_with_legal_form(org: str, near: str, expected: str | None) -> None:
    assert with_legal_form(org, near) == (expected or org)


def test_polish_firm_in_a_sentence_keeps_its_legal_form() -> None:
    people = _people(
        "Skanowanie ksiąg parafialnych\nSpotkanie online, środa 4 marca 2026, godz. 18:00.\n"
        "Prowadzenie:\ndr Jan Nowak z Instytutu Archiwistyki\n"
        "Od strony technicznej spotkanie wspiera Ewa Lis, specjalistka ds. skanowania z firmy "
        "Drukpol sp. z o.o. Zapraszamy."
    )
    assert ("Ewa Lis", "Drukpol sp. z o.o.") in [(n, o) for n, o, _ in people]


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("présidente de l'association étudiante Les Grives", ("présidente", "Les Grives")),
        ("socia della cooperativa Terra Viva", ("socia", "Terra Viva")),
        ("secretary of the club Hillside Runners", ("secretary", "Hillside Runners")),
        # a capitalised kind is part of the body's own name: left to the other rules
        ("responsabile della Fondazione Ponte Verde", None),
        # a town after a small word is no body
        ("directeur d'école à Lyon", None),
        # the kind alone
        ("direttrice del museo", None),
    ],
)
def test_named_after_kind(position: str, expected: tuple[str, str] | None) -> None:
    assert named_after_kind(position) == expected


def test_french_president_of_a_named_student_association() -> None:
    people = _people(
        "Les hérissons en ville\nMercredi 4 mars 2026 à 18 h, en ligne.\n"
        "La leçon sera donnée par le Pr Jean Roux, de l'Université de Brest. "
        "Les échanges seront modérés par Léa Petit, présidente de l'association étudiante "
        "Les Grives."
    )
    assert ("Léa Petit", "Les Grives") in [(n, o) for n, o, _ in people]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ks. dr Jan Kowal – dyrektor Biblioteki Parafialnej", "Jan Kowal"),
        ("Ks. Piotr Mazur – proboszcz parafii", "Piotr Mazur"),
        ("Me Paul Roux, avocat", "Paul Roux"),
    ],
)
def test_priest_and_lawyer_titles_are_not_part_of_the_name(line: str, name: str) -> None:
    people = _people(
        f"Rencontre\nJeudi 5 février 2026.\nIntervenants :\n{line}\nDr Anne Morel, médecin"
    )
    assert name in [n for n, _, _ in people]


@pytest.mark.parametrize(
    ("org", "position", "near", "expected"),
    [
        ("Lorient", "avocate au barreau", ", avocate au barreau de Lorient.",
         "avocate au barreau de Lorient"),
        ("Cuneo", "avvocato del foro", ", avvocato del foro di Cuneo.",
         "avvocato del foro di Cuneo"),
        # a body after another kind of word stays the body
        ("Nubeluz", "responsable de marketing", ", responsable de marketing de Nubeluz.", None),
    ],
)  # fmt: skip
def test_bar_of_town(org: str, position: str, near: str, expected: str | None) -> None:
    assert bar_of_town(org, position, near) == expected


def test_a_lawyer_at_a_towns_bar_names_no_body() -> None:
    people = _people(
        "Droit du travail\nJeudi 5 février 2026.\nIntervenants :\n"
        "Me Paul Roux, avocat au barreau de Lorient\nDr Anne Morel, médecin du travail"
    )
    assert ("Paul Roux", None, "avocat au barreau de Lorient") in people
