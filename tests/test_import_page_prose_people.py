"""People named in running prose: a position at the site's own body said by a bare word for
its kind, a position of several words ("metteur en scène"), a name that only says whose a work
is, and an online campus in brackets; short pages written for the test."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page


def _people(site: str, text: str, title: str = "Webinar") -> list[tuple[str, str | None]]:
    html = (
        f"<html><head><title>{title} | {site}</title>"
        f'<meta property="og:site_name" content="{site}"></head><body>'
        f"<h1>{title}</h1><p>7 May 2024</p>{text}<footer>© 2024 {site}</footer></body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    return [(s.name, s.organisation) for s in session.draft.speakers]


def _positions(site: str, text: str) -> list[tuple[str, str | None]]:
    html = (
        f"<html><head><title>Webinar | {site}</title>"
        f'<meta property="og:site_name" content="{site}"></head><body>'
        f"<h1>Webinar</h1><p>7 May 2024</p>{text}<footer>© 2024 {site}</footer></body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    return [(s.name, s.position) for s in session.draft.speakers]


def test_a_position_before_a_bare_word_for_the_sites_kind_is_held_at_the_site() -> None:
    """ "prezes fundacji Name", "vedoucí knihovny Name": in languages without articles a
    position, then the site's kind in the genitive, names the body whose page it is; a kind
    the site is not stays unnamed."""
    text = "<p>Warsztat poprowadzi prezes fundacji Anna Wrona. Wszystkich zapraszamy.</p>"
    assert _people("Fundacja Zielony Most", text) == [("Anna Wrona", "Fundacja Zielony Most")]
    text = "<p>Seminář zahájí vedoucí knihovny Petr Malina a potom se budeme ptát.</p>"
    assert _people("Knihovna Horní Brod", text) == [("Petr Malina", "Knihovna Horní Brod")]
    text = "<p>Seminář zahájí vedoucí knihovny Petr Malina a potom se budeme ptát.</p>"
    assert ("Petr Malina", "Knihovna Horní Brod") not in _people("Muzeum Horní Brod", text)


def test_a_czech_manager_of_the_site_is_a_position() -> None:
    text = "<p>Program uvede naše projektová manažerka Jana Horká.</p>"
    assert _people("Agentura Horní Les", text) == [("Jana Horká", "Agentura Horní Les")]
    assert _positions("Agentura Horní Les", text) == [("Jana Horká", "projektová manažerka")]


def test_a_position_of_several_words_joined_by_en_comes_whole() -> None:
    """ "le metteur en scène Name", "la chargée en communication Name": the words after
    "en" belong to the position."""
    text = (
        "<p>Le metteur en scène Hugo Baillet et la chargée en communication Inès Roux "
        "reviennent sur la saison.</p>"
    )
    assert _positions("Compagnie du Levant", text) == [
        ("Hugo Baillet", "metteur en scène"),
        ("Inès Roux", "chargée en communication"),
    ]


def test_a_name_that_only_says_whose_a_work_is_is_no_speaker() -> None:
    """ "the soundtrack of Name, recorded in ...", "le fotografie di Name, scattate ...": the
    words after the name say more of the work; a position after the name keeps the person."""
    text = (
        "<p>Moderated by Dana Holt. We will listen to the soundtrack of Jonas Field, "
        "recorded in Bergen last winter, before the questions.</p>"
    )
    assert [n for n, _ in _people("Harbour Arts Centre", text)] == ["Dana Holt"]
    text = (
        "<p>Relatori:</p><ul><li>Paola Serra, conservatrice del museo</li></ul>"
        "<p>Vedremo le fotografie di Carla Neri, scattate in Sicilia "
        "durante il restauro.</p>"
    )
    assert [n for n, _ in _people("Museo Civico di Brenta", text)] == ["Paola Serra"]
    text = "<p>We will discuss the archive of Anna Berg, head of the Records Office.</p>"
    assert [n for n, _ in _people("Harbour Arts Centre", text)] == ["Anna Berg"]


def test_an_online_campus_in_brackets_is_a_place_not_a_person() -> None:
    text = (
        "<ul><li>Formato: online (Campus Digitale)</li><li>Durata: 2 ore</li></ul>"
        "<p>Relatori:</p><ul><li>Marco Valli, docente di diritto</li></ul>"
    )
    assert [n for n, _ in _people("Ordine degli Ingegneri", text)] == ["Marco Valli"]
    text = "<p>Ort: Kampus Nord (Hörsaal 2)</p><p>Es spricht Lena Vogt, Referentin.</p>"
    assert "Kampus Nord" not in [n for n, _ in _people("Stadtbibliothek Ulm", text)]


def test_what_the_body_is_to_the_event_after_a_second_comma_leaves_the_body_named() -> None:
    """ "Name, chair of the X Foundation, partner of the festival": the lower-case phrase
    after the body says what the body is to the event; the position and body stay apart."""
    text = (
        "<p>The evening opens with Mira Castell, chair of the Brightwater Foundation, "
        "partner of the festival.</p>"
    )
    assert _people("Harbour Arts Centre", text) == [("Mira Castell", "Brightwater Foundation")]
    assert _positions("Harbour Arts Centre", text) == [("Mira Castell", "chair")]
    text = "<p>Spotkanie otworzy Anna Lis, prezes Fundacji Zielony Most, partner programu.</p>"
    assert _positions("Biblioteka Miejska", text) == [("Anna Lis", "prezes")]
    [(_, body)] = _people("Biblioteka Miejska", text)
    assert body is not None and body.startswith("Fundacj")
