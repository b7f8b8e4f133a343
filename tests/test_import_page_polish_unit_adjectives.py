"""A Polish unit whose name ends in an adjective agreeing with the noun before it ("Instytut
Botaniki Stosowanej") is cut from its body after that adjective; an adjective that does not
agree opens the body's name ("Śląski Uniwersytet Medyczny")."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page.unit_genitives import split_unit_genitive


@pytest.mark.parametrize(
    ("org", "body"),
    [
        (
            "Instytutu Ekologii Stosowanej Uniwersytetu Nadodrzańskiego",
            "Uniwersytet Nadodrzański",
        ),
        (
            "Katedry Chemii Organicznej Politechniki Nadwarciańskiej",
            "Politechnika Nadwarciańska",
        ),
        (
            "Katedry Rolnictwa Ekologicznego Akademii Rolniczej w Lipnie",
            "Akademia Rolnicza w Lipnie",
        ),
        ("Wydziału Biologii Śląskiego Uniwersytetu Medycznego", "Śląski Uniwersytet Medyczny"),
    ],
)
def test_body_after_the_unit(org, body):
    found = split_unit_genitive(None, org, org)
    assert found is not None and found[1] == body
