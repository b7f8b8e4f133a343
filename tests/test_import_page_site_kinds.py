"""The site's own body named by its kind alone at the end of a position."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.site_kinds import site_kind


@pytest.mark.parametrize(
    ("position", "lang", "expected"),
    [
        ("responsable de prensa del estudio", "es", ("responsable de prensa", "estudio")),
        ("conservatrice du domaine", "fr", ("conservatrice", "domaine")),
        ("tisková mluvčí společnosti", "cs", ("tisková mluvčí", "společnosti")),
        # What someone is in charge of is no body.
        ("adjointe au maire chargée de la culture", "fr", None),
        # A part of a body is not the site's body, nor is a bare genitive in English.
        ("děkan fakulty", "cs", None),
        ("head of communications", "en", None),
    ],
)
def test_site_kind(position: str, lang: str, expected: tuple[str, str] | None) -> None:
    assert site_kind(position, lang) == expected


def _page(lang: str, site: str, line: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Taller en línea | {site}</title></head><body>"
        f"<header><div class='logo'>{site}</div></header><main><h1>Cómo leer un contrato de"
        " alquiler</h1><p>Martes, 10 de marzo de 2026, 18:00.</p>"
        f"<p>{line}</p></main><footer>© 2026 {site}</footer></body></html>"
    )


def test_a_position_ending_in_the_sites_kind_gets_the_sites_body() -> None:
    html = _page(
        "es",
        "Vidal & Soto Asesores",
        "Presenta la sesión Lucía Bermejo, jefa de prensa del despacho.",
    )
    speaker = page_record(extract_page(html.encode("utf-8")))["speakers"][0]
    assert (speaker["name"], speaker["organisation"], speaker["role"]) == (
        "Lucía Bermejo",
        "Vidal & Soto Asesores",
        "jefa de prensa",
    )


def test_a_position_in_charge_of_a_subject_gets_no_body() -> None:
    html = _page(
        "es",
        "Vidal & Soto Asesores",
        "Presenta la sesión Lucía Bermejo, encargada de la formación.",
    )
    speaker = page_record(extract_page(html.encode("utf-8")))["speakers"][0]
    assert speaker["organisation"] is None
