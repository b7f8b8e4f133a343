"""Czech bodies whose feminine head reads the same in the genitive, back to the nominative
by their adjectives."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page.nominative import nominative_body


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Krajské nemocnice Liberec", "Krajská nemocnice Liberec"),
        ("Městské organizace Praha", "Městská organizace Praha"),
        ("Evropské komise", "Evropská komise"),
        ("Regionální rozvojové agentury Jih", "Regionální rozvojová agentura Jih"),
    ],
)
def test_a_genitive_adjective_before_a_same_form_head(written: str, nominative: str) -> None:
    assert nominative_body(written) == nominative


@pytest.mark.parametrize(
    "written",
    ["Krajská nemocnice Liberec", "Fakultní nemocnice Olomouc", "Národní galerie"],
)
def test_a_nominative_or_a_soft_adjective_stays(written: str) -> None:
    assert nominative_body(written) == written
