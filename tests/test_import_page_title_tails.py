"""A title from <title> with a kicker line and the site's name behind the h1's words."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page


def _title(title_tag: str, kicker: str, h1: str, site: str) -> str:
    html = (
        f"<html><head><title>{title_tag}</title></head><body>"
        f"<header><a href='/'><img src='l.svg' alt='{site}'></a></header><main>"
        f"<p class='kicker'>{kicker}</p><h1>{h1}</h1>"
        "<p>Jueves 7 de mayo de 2026 a las 12:00, en directo en nuestro canal.</p>"
        "<p>Presenta la sesión Ana Ruiz, técnica del Servicio de Ayuda.</p></main>"
        f"<footer>© {site} 2026</footer></body></html>"
    )
    return extract_page(html.encode("utf-8"), content_type="text/html")[0].draft.title


def test_kicker_and_site_behind_the_h1_are_dropped() -> None:
    title = _title(
        "Cómo pedir la ayuda de alquiler - Consultas en directo - Ayuntamiento de Valdemar",
        "Consultas en directo",
        "Cómo pedir la ayuda de alquiler",
        "Ayuntamiento de Valdemar",
    )
    assert title == "Cómo pedir la ayuda de alquiler"


def test_a_part_the_page_does_not_show_stays() -> None:
    title = _title(
        "Cómo pedir la ayuda de alquiler - paso a paso - Ayuntamiento de Valdemar",
        "Consultas en directo",
        "Cómo pedir la ayuda de alquiler",
        "Ayuntamiento de Valdemar",
    )
    assert title.startswith("Cómo pedir la ayuda de alquiler")


def test_the_h1_behind_which_the_tail_was_cut_is_no_speaker() -> None:
    html = (
        "<html><head><title>Pedir la Ayuda por internet - Consultas en directo - Ayuntamiento "
        "de Valdemar</title></head><body><header><a href='/'><img src='l.svg' "
        "alt='Ayuntamiento de Valdemar'></a></header><main><p class='kicker'>Consultas en "
        "directo</p><h1>Pedir la Ayuda por internet</h1>"
        "<p>Jueves 7 de mayo de 2026 a las 12:00, en directo en nuestro canal.</p>"
        "<p>Presenta la sesión Ana Ruiz, técnica del Servicio de Ayuda.</p></main>"
        "<footer>© Ayuntamiento de Valdemar 2026</footer></body></html>"
    )
    draft = extract_page(html.encode("utf-8"), content_type="text/html")[0].draft
    assert draft.title == "Pedir la Ayuda por internet"
    assert [s.name for s in draft.speakers] == ["Ana Ruiz"]
