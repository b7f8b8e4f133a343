"""A Polish or Czech body in the genitive left at the end of a position."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.role_bodies import settle_role_bodies, split_role_body


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        (
            "adiunkt Uniwersytetu Przyrodniczego w Lesznie",
            ("adiunkt", "Uniwersytet Przyrodniczy w Lesznie"),
        ),
        ("koordynatorka Fundacji Zielony Brzeg", ("koordynatorka", "Fundacja Zielony Brzeg")),
        # A masculine noun and its adjective in the genitive, back in the nominative.
        ("prezes Klubu Sportowego Orlik", ("prezes", "Klub Sportowy Orlik")),
        ("dyrektor Teatru Miejskiego w Olszy", ("dyrektor", "Teatr Miejski w Olszy")),
        # A municipality stays in its mayor's role, a board in its member's.
        ("wójt Gminy Lipowa Wola", None),
        ("przewodniczący Rady Nadzorczej", None),
        # No capitalised name, or no known head of a body: the position is left alone.
        ("kierownik działu sprzedaży", None),
        ("ekspert Jan Nowak", None),
    ],
)
def test_split_role_body(position: str, expected: tuple[str, str] | None) -> None:
    assert split_role_body(position) == expected


def test_prose_position_with_its_body_in_the_genitive() -> None:
    page = (
        "Spotkanie online: zielone dachy w mieście\n\n"
        "Termin: wtorek, 3 marca 2026 r.\n\n"
        "Spotkanie poprowadzi Joanna Wierzbicka, adiunktka Politechniki Nadmorskiej w Sopotku, "
        "która od lat bada roślinność miejską.\n"
    )
    speaker = extract_text(page)[0].draft.speakers[0]
    assert (speaker.name, speaker.position, speaker.organisation) == (
        "Joanna Wierzbicka",
        "adiunktka",
        "Politechnika Nadmorska w Sopotku",
    )


def test_only_polish_and_czech_positions_are_split() -> None:
    speakers = [SpeakerDraft(name="Ana Ruiz", position="profesora Universidad de Lince")]
    settle_role_bodies(speakers, "es")
    assert (speakers[0].position, speakers[0].organisation) == (
        "profesora Universidad de Lince",
        None,
    )
