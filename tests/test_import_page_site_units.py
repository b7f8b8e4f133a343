"""The site's own body named by its kind after a position: a unit then the kind
("wiceprezes Zarządu Stowarzyszenia"), or one position word and the kind ("ředitelka muzea")."""

from __future__ import annotations

from webinar_archive.importers.page.site_units import site_unit

_POLISH_SITE = ["SPW", "Stowarzyszenie Przyjaciół Wisły"]
_CZECH_SITE = ["Muzeum Horního Pootaví"]


def test_unit_and_kind_of_the_site() -> None:
    text = "Prowadzi: Jan Lis, wiceprezes Zarządu Stowarzyszenia. Zapraszamy."
    got = site_unit("wiceprezes", "Zarząd Stowarzyszenia", _POLISH_SITE, text)
    assert got == ("wiceprezes Zarządu", "Stowarzyszenie Przyjaciół Wisły")


def test_position_and_kind_of_the_site() -> None:
    got = site_unit("ředitelka muzea", None, _CZECH_SITE, "")
    assert got == ("ředitelka", "Muzeum Horního Pootaví")


def test_another_body_stays() -> None:
    text = "Prowadzi: Jan Lis, prezes Zarządu Fundacji. Zapraszamy."
    assert site_unit("prezes", "Zarząd Fundacji", _POLISH_SITE, text) == (
        "prezes",
        "Zarząd Fundacji",
    )
    assert site_unit("ředitelka školy", None, _CZECH_SITE, "") == ("ředitelka školy", None)


def test_no_site_no_change() -> None:
    assert site_unit("ředitelka muzea", None, [], "") == ("ředitelka muzea", None)
